// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpmessage.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace plugboard {

class HttpResponder;

// Maps method + path to a handler. Patterns are paths whose `<name>` segments capture one
// percent-decoded path segment ("/api/plugins/plugins/<key>/run/"); a trailing slash is
// optional on both sides, as Django's paths end in one and curl users forget it.
class ApiRouter {
public:
    using Handler = std::function<void(const HttpRequest &request, const QStringList &captures,
                                       HttpResponder responder)>;

    struct Route {
        QByteArray method;
        QString pattern;
        QByteArrayList segments; // percent-encoded literals, or "<" for a capture
        Handler handler;
    };

    struct Lookup {
        const Route *route = nullptr; // null: see allowed
        QStringList captures;
        QByteArrayList allowed; // methods the path knows, when the method did not match
    };

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // route null and allowed empty: no such path (404); allowed non-empty: 405.
    Lookup find(const QByteArray &method, const QByteArray &encodedPath) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace plugboard
