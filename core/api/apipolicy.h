// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpmessage.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace plugboard {

struct ApiLimits {
    qint64 maxBody = 1024 * 1024;               // JSON bodies
    qint64 maxImportBody = 256LL * 1024 * 1024; // a plugin zip (the inspector allows 200 MiB
                                                // unpacked) plus the multipart framing
};

// Who may talk to the API, judged on the request head alone (SPEC §12): the Host must be a
// loopback name (a DNS-rebinding page cannot pass), a browser Origin must be this server's own,
// the bearer token must match <data dir>/api-token (re-read when the file changes, so
// `plugboardctl token --rotate` takes effect at once), and the body must fit the route's limit.
class ApiPolicy {
public:
    ApiPolicy(QString dataDir, ApiLimits limits = {});

    void setPort(quint16 port) { m_port = port; }
    const ApiLimits &limits() const { return m_limits; }

    // A refusal (403, 401, 413, 500 when the token file is unsafe), or nothing.
    std::optional<HttpResponse> admit(const RequestHead &head) const;

    // The same checks for a request that has already arrived (defence in depth, and for
    // WebSockets whose upgrade QWebSocketServer completed).
    bool authorized(QByteArrayView authorization) const;
    // The same against the token the gate last read, without looking at the file again: for
    // the handler's second look, microseconds after the gate's.
    bool authorizedAsJudged(QByteArrayView authorization) const
    {
        return matches(authorization, m_token);
    }
    bool originAllowed(QByteArrayView origin) const;
    bool hostAllowed(QByteArrayView host) const;

    static bool isImportPath(QByteArrayView rawPath);

private:
    static bool matches(QByteArrayView authorization, const QByteArray &expected);
    // The current token; empty with *problem set when the file is missing or unsafe.
    QByteArray token(QString *problem) const;

    QString m_dataDir;
    QByteArray m_tokenFile; // encoded once: stat() runs on every request
    ApiLimits m_limits;
    quint16 m_port = 0;
    mutable QByteArray m_token;
    mutable dev_t m_device = 0;
    mutable ino_t m_inode = 0;
    mutable qint64 m_ctimeNs = -1; // changes with the content and with chmod
};

} // namespace plugboard
