// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace plugboard::ui {

// Plugin logos decoded on a pool thread at the size they are shown, so scrolling a long list
// never decodes images on the GUI thread. pixmap() answers from the cache or starts a load and
// returns a null pixmap; ready() says when to ask again.
class LogoCache : public QObject {
    Q_OBJECT

public:
    explicit LogoCache(QObject *parent = nullptr);

    QPixmap pixmap(const QString &path, int size, qreal devicePixelRatio);
    void clear();

Q_SIGNALS:
    void ready(const QString &path);

private:
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
};

} // namespace plugboard::ui
