// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fixtures {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString makePlugin(const QString &pluginsDir, const QString &folderName, const QByteArray &manifest,
                   bool package)
{
    const QString folder = QDir(pluginsDir).filePath(folderName);
    const QString entry = package ? QStringLiteral("__init__.py") : QStringLiteral("plugin.py");
    writeFile(QDir(folder).filePath(entry),
              "class Plugin:\n    def run(self, action, params, context):\n"
              "        return {\"status\": \"ok\"}\n");
    if (!manifest.isEmpty())
        writeFile(QDir(folder).filePath(QStringLiteral("plugin.json")), manifest);
    return folder;
}

QByteArray manifest(const QString &name, const QString &version, const QJsonArray &fields,
                    const QJsonArray &actions)
{
    QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("version"), version}};
    if (!fields.isEmpty())
        object.insert(QStringLiteral("fields"), fields);
    if (!actions.isEmpty())
        object.insert(QStringLiteral("actions"), actions);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjC"
        "B0C8AAAAASUVORK5CYII=");
}

QByteArray tinyJpeg()
{
    return QByteArray::fromBase64(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////"
        "////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAA"
        "gBAQABPxA=");
}

bool makeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &files)
{
    // Names and contents travel as hex so any byte survives the command line.
    QString script =
        QStringLiteral("import sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n");
    for (const auto &[name, data] : files) {
        script +=
            QStringLiteral("z.writestr(bytes.fromhex('%1').decode(), bytes.fromhex('%2'))\n")
                .arg(QString::fromLatin1(name.toUtf8().toHex()), QString::fromLatin1(data.toHex()));
    }
    script += QStringLiteral("z.close()\n");
    // The script goes through stdin: a big archive would not fit on a command line.
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-"), path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString plugboardctlPath()
{
    return QStringLiteral(PLUGBOARDCTL_PATH);
}

QString sharedFixture(const QString &name, QString *whereLooked)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("PLUGBOARD_SHARED_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << QDir(fromEnvironment).filePath(QStringLiteral("fixtures/") + name);
    candidates << QDir(QStringLiteral(PLUGBOARD_SOURCE_DIR "/../shared/fixtures")).filePath(name);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    if (whereLooked)
        *whereLooked = candidates.join(QStringLiteral(", "));
    return {};
}

QString writeByHand(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("by-hand");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (error.isEmpty() && !q.exec(statement))
                error = statement + QStringLiteral(": ") + q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace fixtures
