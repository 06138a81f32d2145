// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/iconcache.h"

#include "repos/download.h"
#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

const QStringList Types = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("gif"),
                           QStringLiteral("webp"), QStringLiteral("svg")};

QString nameFor(const QUrl &url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

IconCache::IconCache(QNetworkAccessManager *network, QString folder)
    : m_network(network)
    , m_folder(std::move(folder))
{}

QString IconCache::imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    // SVG: XML whose first element is <svg (after a declaration, comments or a doctype).
    const QByteArray head = bytes.left(1024).trimmed();
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--") ||
         head.startsWith("<!DOCTYPE svg")) &&
        head.contains("<svg"))
        return QStringLiteral("svg");
    return {};
}

QString IconCache::pathFor(const QUrl &url, const QString &type) const
{
    return QDir(m_folder).filePath(nameFor(url) + QLatin1Char('.') + type);
}

QString IconCache::cached(const QUrl &url) const
{
    for (const QString &type : Types) {
        const QString path = pathFor(url, type);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

IconJob *IconCache::icon(const QUrl &url, QObject *parent)
{
    auto *job = new IconJob(parent);
    job->setStarted();
    const QString old = cached(url);
    if (!old.isEmpty() &&
        QFileInfo(old).lastModified().secsTo(QDateTime::currentDateTime()) < FreshForSeconds) {
        job->succeedLater(old);
        return job;
    }
    if (!QDir().mkpath(m_folder)) {
        job->failLater(Error::make(ErrorCode::Io,
                                   Text::tr("Could not create the icon folder %1.").arg(m_folder)));
        return job;
    }
    DownloadRequest request;
    request.url = url;
    request.what = Text::tr("an icon");
    request.maxBytes = MaxIconBytes;
    request.stallTimeoutMs = 10000;
    request.totalTimeoutMs = 30000;
    request.files = url.isLocalFile() ? UrlPolicy::Files::Allowed : UrlPolicy::Files::Refused;
    Download *download = Download::start(m_network, request, job);
    QObject::connect(download, &Job::finished, job, [this, job, download, url, old] {
        // A failed fetch keeps the old file: an icon a week old is better than none.
        const auto fallBack = [&](const Error &error) {
            if (!old.isEmpty())
                return job->succeed(old);
            job->fail(error);
        };
        if (!download->succeeded())
            return fallBack(download->error());
        const QByteArray bytes = download->result().body;
        const QString type = imageType(bytes);
        if (type.isEmpty()) {
            return fallBack(Error::make(ErrorCode::InvalidInput,
                                        Text::tr("%1 is not a PNG, JPEG, GIF, WebP or SVG image.")
                                            .arg(UrlPolicy::display(url))));
        }
        QSaveFile file(pathFor(url, type));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            return fallBack(Error::make(
                ErrorCode::Io,
                Text::tr("Could not keep the icon in %1: %2.").arg(m_folder, file.errorString())));
        }
        if (!old.isEmpty() && old != file.fileName())
            QFile::remove(old);
        job->succeed(file.fileName());
    });
    return job;
}

} // namespace plugboard
