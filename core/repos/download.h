// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/resultjob.h"
#include "repos/urlpolicy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace plugboard {

// What to fetch and within which limits.
struct DownloadRequest {
    QUrl url;
    QString what; // what it is, for sentences: "the repository's manifest"
    qint64 maxBytes = 16 * 1024 * 1024;
    int stallTimeoutMs = 20000;  // no byte for this long ends the download
    int totalTimeoutMs = 300000; // nor may the whole transfer take longer
    int maxRedirects = 5;
    // The validators of the copy already held: the server may answer "not modified".
    QString etag;
    QString lastModified;
    // Stream the body into this file (created or truncated; removed again on failure) instead
    // of keeping it in memory.
    QString saveTo;
    UrlPolicy::Files files = UrlPolicy::Files::Refused;
};

struct DownloadResult {
    bool notModified = false; // the server confirmed the copy held (body empty)
    QByteArray body;          // when not saved to a file
    QString savedTo;
    QByteArray sha256; // lower-case hex of the body
    qint64 size = 0;
    QString etag;
    QString lastModified;
    QUrl finalUrl; // after redirects
};

// One HTTP(S) or file:// GET as a job. Every limit is checked while the bytes arrive, not
// after: an oversize body is cut off at the cap, a server that goes quiet is given up on, and
// each redirect hop is checked by UrlPolicy before it is followed. The job lives on the thread
// of `network` and never blocks it. Errors: InvalidInput (an address refused), Io (the
// network, the server's answer, the file), TimedOut, Cancelled.
class Download : public ResultJob<DownloadResult> {
public:
    static Download *start(QNetworkAccessManager *network, DownloadRequest request,
                           QObject *parent);
    // How many requests this process has sent (every hop counts): what proves that a fresh
    // start sends none before online access is allowed.
    static quint64 requestsSent();
    ~Download() override;

private:
    Download(QNetworkAccessManager *network, DownloadRequest request, QObject *parent);
    // One GET of `url`; a redirect is checked and then sent again from here, never by Qt, so
    // every hop passes UrlPolicy and the count of hops.
    void send(const QUrl &url);
    void stop(Error reason);
    void receive();
    void settle();
    void failAndDiscard(const Error &error);
    struct Transfer;
    std::unique_ptr<Transfer> m_transfer;
};

} // namespace plugboard
