// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apipolicy.h"

#include "api/apijson.h"
#include "api/apitoken.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiPolicy)
};

} // namespace

ApiPolicy::ApiPolicy(QString dataDir, ApiLimits limits)
    : m_dataDir(std::move(dataDir))
    , m_tokenFile(QFile::encodeName(ApiToken::path(m_dataDir)))
    , m_limits(limits)
{}

bool ApiPolicy::isImportPath(QByteArrayView rawPath)
{
    return rawPath == "/api/plugins/plugins/import/" || rawPath == "/api/plugins/plugins/import";
}

QByteArray ApiPolicy::token(QString *problem) const
{
    const QByteArray &file = m_tokenFile;
    struct stat info {};
    if (::stat(file.constData(), &info) == 0 && !m_token.isEmpty() && info.st_dev == m_device &&
        info.st_ino == m_inode &&
        qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec == m_ctimeNs) {
        return m_token;
    }
    // First use, or the file was replaced (rotated, deleted, edited): read it again.
    const Result<QByteArray> loaded = ApiToken::load(m_dataDir);
    if (!loaded) {
        m_token.clear();
        *problem = loaded.error().message;
        return {};
    }
    m_token = loaded.value();
    if (::stat(file.constData(), &info) == 0) {
        m_device = info.st_dev;
        m_inode = info.st_ino;
        m_ctimeNs = qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
    }
    return m_token;
}

bool ApiPolicy::authorized(QByteArrayView authorization) const
{
    QString problem;
    return matches(authorization, token(&problem));
}

bool ApiPolicy::matches(QByteArrayView authorization, const QByteArray &expected)
{
    constexpr QByteArrayView scheme("Bearer ");
    if (expected.isEmpty() || authorization.size() <= scheme.size() ||
        authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    return ApiToken::matches(expected, authorization.sliced(scheme.size()).trimmed().toByteArray());
}

bool ApiPolicy::originAllowed(QByteArrayView origin) const
{
    if (origin.isEmpty())
        return true; // not a browser: curl, scripts, plugboardctl
    const QByteArray port = QByteArray::number(m_port);
    for (const char *host : {"127.0.0.1", "localhost", "[::1]"}) {
        if (origin == "http://" + QByteArray(host) + ':' + port)
            return true;
    }
    return false;
}

bool ApiPolicy::hostAllowed(QByteArrayView host) const
{
    if (host.isEmpty())
        return true; // HTTP/1.0
    QByteArrayView name = host;
    if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0 && !host.endsWith(']')) {
        if (host.sliced(colon + 1) != QByteArray::number(m_port))
            return false;
        name = host.first(colon);
    }
    return name == "127.0.0.1" || name.compare("localhost", Qt::CaseInsensitive) == 0 ||
           name == "[::1]";
}

std::optional<HttpResponse> ApiPolicy::admit(const RequestHead &head) const
{
    if (!originAllowed(head.header("origin"))) {
        return ApiJson::error(
            403,
            Text::tr("Requests from web pages are refused: the Origin \"%1\" is not "
                     "this server's.")
                .arg(QString::fromUtf8(head.header("origin"))),
            QLatin1StringView("forbidden_origin"));
    }
    if (!hostAllowed(head.header("host"))) {
        return ApiJson::error(403,
                              Text::tr("The Host \"%1\" is not this server's; use 127.0.0.1:%2.")
                                  .arg(QString::fromUtf8(head.header("host")))
                                  .arg(m_port),
                              QLatin1StringView("forbidden_host"));
    }
    QString problem;
    const QByteArray expected = token(&problem);
    if (expected.isEmpty())
        return ApiJson::error(500, problem, QLatin1StringView("token_unavailable"));
    if (!matches(head.header("authorization"), expected)) {
        HttpResponse refusal = ApiJson::error(
            401,
            Text::tr(
                "Send the API token as \"Authorization: Bearer <token>\"; `plugboardctl token` "
                "prints it."),
            QLatin1StringView("unauthorized"));
        refusal.addHeader("WWW-Authenticate", QByteArray("Bearer realm=\"plugboard\""));
        return refusal;
    }
    const qint64 limit = isImportPath(head.rawPath()) ? m_limits.maxImportBody : m_limits.maxBody;
    if (head.contentLength > limit) {
        return ApiJson::error(
            413,
            Text::tr("The body is %1 bytes; this endpoint takes at most %2 bytes.")
                .arg(head.contentLength)
                .arg(limit),
            QLatin1StringView("payload_too_large"));
    }
    return std::nullopt;
}

} // namespace plugboard
