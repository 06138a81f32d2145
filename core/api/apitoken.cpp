// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apitoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <sys/stat.h>

namespace plugboard::ApiToken {

namespace {

constexpr qsizetype TokenHexLength = 64;

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiToken)
};

bool wellFormed(const QByteArray &token)
{
    return token.size() == TokenHexLength && std::all_of(token.cbegin(), token.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Result<QByteArray> write(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not create the data folder \"%1\".").arg(dataDir));
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / qsizetype(sizeof(quint32)));
    const QByteArray token = raw.toHex();
    QSaveFile file(path(dataDir));
    // Owner-only before a byte is written: QSaveFile creates its temporary file with these.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(token + '\n') != token.size() + 1 || !file.commit()) {
        return Error::make(ErrorCode::Io, Text::tr("Could not write the API token to \"%1\": %2")
                                              .arg(path(dataDir), file.errorString()));
    }
    return token;
}

} // namespace

QString path(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api-token"));
}

Result<QByteArray> load(const QString &dataDir)
{
    const QString file = path(dataDir);
    struct stat info {};
    if (::lstat(QFile::encodeName(file).constData(), &info) != 0)
        return write(dataDir);
    if (!S_ISREG(info.st_mode)) {
        return Error::make(
            ErrorCode::Io,
            Text::tr("\"%1\" is not a regular file; remove it so Plugboard can make a "
                     "new API token.")
                .arg(file));
    }
    if ((info.st_mode & 077) != 0) {
        return Error::make(
            ErrorCode::Io,
            Text::tr("\"%1\" can be read by other users; fix it with `chmod 600 %1` or "
                     "make a new token with `plugboardctl token --rotate`.")
                .arg(file));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not read \"%1\": %2").arg(file, in.errorString()));
    const QByteArray token = in.read(TokenHexLength + 2).trimmed();
    if (!wellFormed(token)) {
        return Error::make(
            ErrorCode::Io,
            Text::tr("\"%1\" does not hold a Plugboard API token; make a new one with "
                     "`plugboardctl token --rotate`.")
                .arg(file));
    }
    return token;
}

Result<QByteArray> rotate(const QString &dataDir)
{
    return write(dataDir);
}

bool matches(const QByteArray &expected, const QByteArray &presented)
{
    // Every byte of `expected` is looked at whatever `presented` holds.
    unsigned char difference = expected.size() == presented.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char other = i < presented.size() ? presented[i] : char(~expected[i]);
        difference |= static_cast<unsigned char>(expected[i] ^ other);
    }
    return difference == 0 && !expected.isEmpty();
}

} // namespace plugboard::ApiToken
