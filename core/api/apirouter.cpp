// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apirouter.h"

#include "api/httpserver.h"

#include <QUrl>

namespace plugboard {

namespace {

// Marks a capture in Route::segments; a literal "<" is always sent encoded (%3C).
const QByteArray kCapture("<");

QByteArrayList splitPath(QByteArray path)
{
    if (path.endsWith('/'))
        path.chop(1);
    return path.split('/');
}

} // namespace

void ApiRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    QByteArrayList segments;
    for (const QString &segment : pattern.split(QLatin1Char('/'))) {
        const bool capture =
            segment.startsWith(QLatin1Char('<')) && segment.endsWith(QLatin1Char('>'));
        segments.append(capture ? kCapture : QUrl::toPercentEncoding(segment));
    }
    if (pattern.endsWith(QLatin1Char('/')))
        segments.removeLast(); // the empty segment after the trailing slash
    m_routes.append({method, pattern, segments, std::move(handler)});
}

ApiRouter::Lookup ApiRouter::find(const QByteArray &method, const QByteArray &encodedPath) const
{
    // Literal segments are compared as sent (every pattern is ASCII); only captured segments
    // are decoded, so a key may hold any character, an encoded slash included.
    const QByteArrayList raw = splitPath(encodedPath);
    Lookup lookup;
    for (const Route &route : m_routes) {
        if (route.segments.size() != raw.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < raw.size() && matches; ++i) {
            matches =
                route.segments[i] == kCapture ? !raw[i].isEmpty() : raw[i] == route.segments[i];
        }
        if (!matches)
            continue;
        if (route.method != method) {
            if (!lookup.allowed.contains(route.method))
                lookup.allowed.append(route.method);
            continue;
        }
        lookup.route = &route;
        lookup.allowed.clear();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (route.segments[i] == kCapture)
                lookup.captures.append(QString::fromUtf8(QByteArray::fromPercentEncoding(raw[i])));
        }
        return lookup;
    }
    return lookup;
}

} // namespace plugboard
