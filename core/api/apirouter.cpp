#include "api/apirouter.h"

#include "api/httpserver.h"

namespace plugboard {

namespace {

QStringList splitPattern(const QString &pattern)
{
    QString path = pattern;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.split(QLatin1Char('/'));
}

bool isCapture(const QString &segment)
{
    return segment.startsWith(QLatin1Char('<')) && segment.endsWith(QLatin1Char('>'));
}

} // namespace

void ApiRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, pattern, splitPattern(pattern), std::move(handler)});
}

ApiRouter::Lookup ApiRouter::find(const QByteArray &method, const QByteArray &encodedPath) const
{
    QByteArray path = encodedPath;
    if (path.endsWith('/'))
        path.chop(1);
    QStringList segments;
    for (const QByteArray &raw : path.split('/'))
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(raw)));
    Lookup lookup;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList captures;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &segment = segments[i];
            if (isCapture(route.segments[i]))
                matches = !segment.isEmpty() && (captures.append(segment), true);
            else
                matches = segment == route.segments[i];
        }
        if (!matches)
            continue;
        if (route.method == method) {
            lookup.route = &route;
            lookup.captures = captures;
            lookup.allowed.clear();
            return lookup;
        }
        if (!lookup.allowed.contains(route.method))
            lookup.allowed.append(route.method);
    }
    return lookup;
}

} // namespace plugboard
