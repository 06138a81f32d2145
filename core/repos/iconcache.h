// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/resultjob.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace plugboard {

using IconJob = ResultJob<QString>; // the icon's file in the cache

// Plugin icons from repositories, kept on disk (<data dir>/cache/icons/) so a list of a thousand
// plugins does not fetch a thousand icons every time. An icon is fetched once and used for a
// week before it is fetched again; a fetch that fails keeps the old file. Only PNG, JPEG, GIF,
// WebP and SVG files of at most 512 KiB are kept (recognised by their bytes, not their name),
// over the same address rules as every repository download.
class IconCache {
public:
    static constexpr qint64 MaxIconBytes = 512 * 1024;
    static constexpr qint64 FreshForSeconds = 7 * 24 * 3600;

    IconCache(QNetworkAccessManager *network, QString folder);

    // The cached file for `url` when there is one (fresh or not), else empty. No network.
    QString cached(const QUrl &url) const;
    // The file, fetched first when missing or stale. Ends with an Error when there is none.
    IconJob *icon(const QUrl &url, QObject *parent);

    // What kind of image `bytes` are ("png", "jpg", "gif", "webp", "svg"), or empty.
    static QString imageType(const QByteArray &bytes);

private:
    QString pathFor(const QUrl &url, const QString &type) const;

    QNetworkAccessManager *m_network;
    QString m_folder;
};

} // namespace plugboard
