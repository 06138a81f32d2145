// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/gnupghome.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace fixtures {

GnupgHome::GnupgHome()
    : m_dir(QDir::tempPath() + QStringLiteral("/pb-gnupg-XXXXXX"))
{
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

GnupgHome::~GnupgHome()
{
    QProcess kill;
    kill.setProcessEnvironment(environment());
    kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--homedir"), m_dir.path(),
                                           QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    kill.waitForFinished(10000);
}

QByteArray GnupgHome::gpg(const QStringList &args, QString *error, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("/usr/bin/gpg"),
                  QStringList{QStringLiteral("--batch"), QStringLiteral("--no-tty"),
                              QStringLiteral("--passphrase"), QString(),
                              QStringLiteral("--pinentry-mode"), QStringLiteral("loopback")} +
                      args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("gpg could not start (install gpg: scripts/setup)");
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QStringLiteral("gpg %1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

QString GnupgHome::generate(const QString &uid, const QString &algorithm, QString *error,
                            const QString &fakedTime, const QString &expires)
{
    QStringList args;
    if (!fakedTime.isEmpty())
        args << QStringLiteral("--faked-system-time") << fakedTime + QLatin1Char('!');
    args << QStringLiteral("--quick-gen-key") << uid << algorithm << QStringLiteral("sign")
         << expires;
    gpg(args, error);
    if (!error->isEmpty())
        return {};
    return fingerprints(uid, error).value(0);
}

QStringList GnupgHome::fingerprints(const QString &uid, QString *error) const
{
    const QByteArray listing =
        gpg({QStringLiteral("--with-colons"), QStringLiteral("--fingerprint"),
             QStringLiteral("--fingerprint"), QStringLiteral("=") + uid},
            error);
    QStringList result;
    for (const QByteArray &line : listing.split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.at(0) == "fpr" && f.size() > 9)
            result << QString::fromLatin1(f.at(9));
    }
    return result;
}

QStringList GnupgHome::publicKeyRecord(const QString &uid, QString *error) const
{
    const QByteArray listing = gpg(
        {QStringLiteral("--with-colons"), QStringLiteral("--list-keys"), QStringLiteral("=") + uid},
        error);
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith("pub:"))
            return QString::fromUtf8(line).split(QLatin1Char(':'));
    }
    return {};
}

QByteArray GnupgHome::exportKey(const QString &fingerprint, QString *error) const
{
    return gpg({QStringLiteral("--export"), fingerprint}, error);
}

QByteArray GnupgHome::sign(const QString &signer, const QByteArray &payload, QString *error,
                           const QString &fakedTime) const
{
    QStringList args;
    if (!fakedTime.isEmpty())
        args << QStringLiteral("--faked-system-time") << fakedTime + QLatin1Char('!');
    args << QStringLiteral("--local-user") << signer << QStringLiteral("--detach-sign")
         << QStringLiteral("--armor");
    return gpg(args, error, payload);
}

QProcessEnvironment GnupgHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), m_dir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

} // namespace fixtures
