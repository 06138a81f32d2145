// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/runtimeversions.h"

#include "about/pluginenvironment.h"
#include "install/exampleplugins.h"
#include "python/pythonversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtGlobal>

#include <quazip/unzip.h>

#include <dlfcn.h>

#ifndef PLUGBOARD_QUAZIP_BUILD_VERSION
#error "core/CMakeLists.txt must define PLUGBOARD_QUAZIP_BUILD_VERSION"
#endif

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RuntimeVersions)
};

// The library's soname pins only the major version (libquazip1-qt6.so.1), but the file it
// resolves to names the release (libquazip1-qt6.so.1.4), so that file is asked, found through
// a symbol the process really uses. Falls back to the version CMake found at build time.
QString quazipVersion()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&unzClose), &info) != 0 && info.dli_fname) {
        const QString file = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalFilePath();
        static const QRegularExpression version(QStringLiteral("\\.so\\.(\\d+(?:\\.\\d+)+)$"));
        if (const QRegularExpressionMatch m = version.match(file); m.hasMatch())
            return m.captured(1);
    }
    return QStringLiteral(PLUGBOARD_QUAZIP_BUILD_VERSION);
}

// A private in-memory connection through the same QSQLITE driver (and so the same libsqlite3)
// the store uses: no database file is opened, so `--version` works before any data folder
// exists and never waits on another process's lock.
QString sqliteVersion()
{
    const QString name = QStringLiteral("plugboard-sqlite-version-%1")
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? Text::tr("unavailable") : version;
}

} // namespace

RuntimeVersions RuntimeVersions::current()
{
    RuntimeVersions v;
    v.plugboard = QStringLiteral(PLUGBOARD_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    v.python = python::libraryVersion();
    v.pluginModules = PluginEnvironment::summary(PluginEnvironment::scan());
    v.sqlite = sqliteVersion();
    v.quazip = quazipVersion();
    v.examples = ExamplePlugins::sourceDir();
    return v;
}

QString RuntimeVersions::librariesLine() const
{
    return Text::tr("Qt %1, Python %2, SQLite %3, QuaZip %4").arg(qt, python, sqlite, quazip);
}

QString RuntimeVersions::versionText(const QString &program)
{
    const RuntimeVersions v = current();
    const QString &examples = v.examples;
    return QStringLiteral("%1 %2\n%3\n%4\n%5\n")
        .arg(program, v.plugboard, v.librariesLine(),
             Text::tr("Plugin modules: %1").arg(v.pluginModules),
             examples.isEmpty()
                 ? Text::tr("Example plugins: not installed")
                 : Text::tr("Example plugins: %1").arg(QDir::toNativeSeparators(examples)));
}

} // namespace plugboard
