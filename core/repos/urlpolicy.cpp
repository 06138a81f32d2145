// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/urlpolicy.h"

#include <QCoreApplication>

#include <QHostAddress>

namespace plugboard::UrlPolicy {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

Error refused(const QString &sentence)
{
    return Error::make(ErrorCode::InvalidInput, sentence);
}

} // namespace

QString display(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> check(const QUrl &url, const QString &what, Files files)
{
    if (!url.isValid() || url.scheme().isEmpty()) {
        return refused(Text::tr("The address of %1 (\"%2\") is not a valid URL.")
                           .arg(what, url.toString(QUrl::RemoveUserInfo)));
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return refused(
            Text::tr("The address of %1 (%2) contains a user name or password; Plugboard "
                     "never sends credentials in an address.")
                .arg(what, display(url)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return refused(
                Text::tr("The address of %1 (%2) names no server.").arg(what, display(url)));
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return refused(
            Text::tr("The address of %1 (%2) is plain HTTP to another machine; only HTTPS "
                     "is used there, so nobody on the way can change what is installed.")
                .arg(what, display(url)));
    }
    if (scheme == QLatin1String("file")) {
        if (files == Files::Allowed && url.isLocalFile() && url.host().isEmpty())
            return {};
        return refused(
            Text::tr("The address of %1 (%2) is a local file, which only a repository in "
                     "a local folder may use.")
                .arg(what, display(url)));
    }
    return refused(Text::tr("The address of %1 (%2) uses \"%3:\"; only https: (and http: to this "
                            "machine) are used.")
                       .arg(what, display(url), scheme));
}

Result<void> checkRedirect(const QUrl &from, const QUrl &to, const QString &what, Files files)
{
    // A server may not send a download from the network to a local file.
    const Files allowed = from.isLocalFile() ? files : Files::Refused;
    if (Result<void> ok = check(to, what, allowed); !ok) {
        return refused(Text::tr("%1 redirected to an address Plugboard does not follow: %2")
                           .arg(display(from), ok.error().message));
    }
    return {};
}

} // namespace plugboard::UrlPolicy
