// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logocache.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace plugboard::ui {

namespace {

QString cacheKey(const QString &path, int pixels)
{
    return path + QLatin1Char('@') + QString::number(pixels);
}

QImage decode(const QString &path, int pixels)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > 8192 || size.height() > 8192))
        return {};
    if (size.isValid())
        reader.setScaledSize(size.scaled(pixels, pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() != pixels && image.height() != pixels)
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

LogoCache::LogoCache(QObject *parent)
    : QObject(parent)
    , m_cache(2000)
{
    // Logos are capped at 2 MiB on disk, but a small file can still claim a huge canvas.
    QImageReader::setAllocationLimit(64);
}

QPixmap LogoCache::pixmap(const QString &path, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    const QString key = cacheKey(path, pixels);
    if (const QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_failed.contains(key) || m_loading.contains(key))
        return {};
    m_loading.insert(key);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, key, path, devicePixelRatio] {
                watcher->deleteLater();
                if (!m_loading.remove(key))
                    return; // cleared meanwhile
                const QImage image = watcher->result();
                if (image.isNull()) {
                    m_failed.insert(key);
                    return;
                }
                auto *pixmap = new QPixmap(QPixmap::fromImage(image));
                pixmap->setDevicePixelRatio(devicePixelRatio);
                m_cache.insert(key, pixmap);
                Q_EMIT ready(path);
            });
    watcher->setFuture(QtConcurrent::run(decode, path, pixels));
    return {};
}

void LogoCache::clear()
{
    m_cache.clear();
    m_loading.clear();
    m_failed.clear();
}

} // namespace plugboard::ui
