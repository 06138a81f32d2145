// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RuntimeVersions, what --version and the About box show: each value must be the version of the
// library this process really loaded. Checked against sources that do not go through Plugboard's
// calls (qVersion(), Py_GetVersion(), sqlite_version() through QSQLITE, dladdr()): the file the
// dynamic loader mapped (/proc/self/maps), the Debian package dpkg says installed that file and
// its version, and Debian's python3 (the same libpython and the same libsqlite3).
#include "about/runtimeversions.h"
#include "install/exampleplugins.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

using namespace plugboard;

namespace {

QString python(const char *code)
{
    QProcess p;
    p.start(QStringLiteral(PYTHON_EXECUTABLE),
            {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromLatin1(code)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<python failed: %1>")
            .arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The library file matching `pattern` that the dynamic loader mapped into this process, from
// /proc/self/maps.
QString mappedFile(const QString &pattern)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLatin1(maps.readAll());
    const QRegularExpression line(QStringLiteral("(/\\S*") + pattern + QStringLiteral(")$"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The QuaZip library file the dynamic loader mapped into this process.
QString mappedQuazipFile()
{
    return mappedFile(QStringLiteral("libquazip\\S*\\.so\\S*"));
}

QString run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2: %3%4")
                     .arg(program, arguments.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The upstream version of the Debian package that installed `file`, as dpkg records it:
// "6.4.2+dfsg-10" gives "6.4.2", "3.11.2-6+deb12u6" gives "3.11.2" (no epoch, no Debian
// revision, no repack suffix). Empty with *error set when dpkg does not know the file.
QString debianUpstreamVersion(const QString &file, QString *error)
{
    if (file.isEmpty()) {
        *error = QStringLiteral("the library is not mapped into the test process");
        return {};
    }
    // dpkg records the path the package shipped; with merged /usr that may be /lib/… while the
    // loader mapped /usr/lib/… (or the other way round).
    const QString canonical = QFileInfo(file).canonicalFilePath();
    QStringList candidates{canonical};
    if (canonical.startsWith(QStringLiteral("/usr/lib/")))
        candidates << canonical.mid(4);
    else if (canonical.startsWith(QStringLiteral("/lib/")))
        candidates << QStringLiteral("/usr") + canonical;
    QString owner;
    for (const QString &path : std::as_const(candidates)) {
        // "libqt6core6:amd64: /usr/lib/x86_64-linux-gnu/libQt6Core.so.6.4.2"
        const QString found =
            run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), path}, error);
        if (!found.isEmpty()) {
            owner = found.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral(": "), 0, 0);
            break;
        }
    }
    if (owner.isEmpty() || owner.contains(QLatin1Char(','))) {
        *error = QStringLiteral("no single Debian package owns %1 (%2): %3")
                     .arg(canonical, owner, *error);
        return {};
    }
    const QString version = run(
        QStringLiteral("dpkg-query"),
        {QStringLiteral("-W"), QStringLiteral("-f"), QStringLiteral("${Version}"), owner}, error);
    static const QRegularExpression upstream(QStringLiteral("^(?:\\d+:)?(\\d+(?:\\.\\d+)+)"));
    const QRegularExpressionMatch m = upstream.match(version);
    if (!m.hasMatch()) {
        *error = QStringLiteral("%1 has no usable version (\"%2\") %3").arg(owner, version, *error);
        return {};
    }
    error->clear();
    return m.captured(1);
}

} // namespace

class TestRuntimeVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plugboardAndQt();
    void pythonIsTheLinkedInterpreter();
    void sqliteIsTheLibraryTheDriverLoads();
    void quazipIsTheMappedLibrary();
    void versionTextShape();
};

void TestRuntimeVersions::initTestCase()
{
    // dpkg is essential on Debian, so every machine scripts/setup prepares has dpkg-query.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty(),
             "dpkg-query is missing: this suite checks the versions against Debian's records");
    // Loads the QSQLITE driver and with it libsqlite3, so every library below is mapped.
    QVERIFY(!RuntimeVersions::current().sqlite.isEmpty());
}

void TestRuntimeVersions::plugboardAndQt()
{
    const RuntimeVersions v = RuntimeVersions::current();
    QCOMPARE(v.plugboard, QStringLiteral(PLUGBOARD_VERSION_TEXT));
    // The loaded QtCore's file name carries its full version (libQt6Core.so.6.4.2) ...
    const QString mapped = mappedFile(QStringLiteral("libQt6Core\\.so\\S*"));
    QVERIFY2(mapped.endsWith(QStringLiteral(".so.") + v.qt), qPrintable(mapped + " vs " + v.qt));
    // ... and dpkg says which version of Debian's Qt installed that file.
    QString error;
    const QString debian = debianUpstreamVersion(mapped, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v.qt, debian);
}

void TestRuntimeVersions::pythonIsTheLinkedInterpreter()
{
    // The build pins /usr/bin/python3 (TOOLCHAIN.md): its version is the embedded one. A pyenv
    // libpython linked by mistake would show here.
    const RuntimeVersions v = RuntimeVersions::current();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+")).match(v.python).hasMatch(),
             qPrintable(v.python));
    QCOMPARE(v.python, python("import platform; print(platform.python_version())"));
    // The libpython mapped into this process belongs to Debian's package of that version.
    QString error;
    const QString debian =
        debianUpstreamVersion(mappedFile(QStringLiteral("libpython3[.\\d]*\\.so\\S*")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v.python, debian);
}

void TestRuntimeVersions::sqliteIsTheLibraryTheDriverLoads()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const RuntimeVersions v = RuntimeVersions::current();
    // Python's sqlite3 module links Debian's libsqlite3, as Qt's QSQLITE driver does.
    QCOMPARE(v.sqlite, python("import sqlite3; print(sqlite3.sqlite_version)"));
    // The libsqlite3 the driver mapped (its file name is the soname's, 0.8.6, not the release)
    // belongs to Debian's package of that version.
    QString error;
    const QString debian =
        debianUpstreamVersion(mappedFile(QStringLiteral("libsqlite3\\.so\\S*")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v.sqlite, debian);
    QCOMPARE(QSqlDatabase::connectionNames(), before); // the probe connection is gone
}

void TestRuntimeVersions::quazipIsTheMappedLibrary()
{
    const RuntimeVersions v = RuntimeVersions::current();
    const QString mapped = mappedQuazipFile();
    QVERIFY2(!mapped.isEmpty(), "libquazip is not mapped into the test process");
    QVERIFY2(mapped.endsWith(QStringLiteral(".so.") + v.quazip),
             qPrintable(mapped + " vs " + v.quazip));
    // The library CMake found at build time is the one loaded.
    QVERIFY2(v.quazip.startsWith(QStringLiteral(QUAZIP_BUILD_VERSION)), qPrintable(v.quazip));
    // And dpkg says which version of Debian's QuaZip installed that file.
    QString error;
    const QString debian = debianUpstreamVersion(mapped, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(v.quazip, debian);
}

void TestRuntimeVersions::versionTextShape()
{
    const RuntimeVersions v = RuntimeVersions::current();
    const QStringList lines = RuntimeVersions::versionText(QStringLiteral("plugboardctl"))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("plugboardctl " PLUGBOARD_VERSION_TEXT));
    QCOMPARE(lines.at(1), QStringLiteral("Qt %1, Python %2, SQLite %3, QuaZip %4")
                              .arg(v.qt, v.python, v.sqlite, v.quazip));
    // scripts/setup installs the whole plugin environment before the tests run.
    QCOMPARE(lines.at(2), QStringLiteral("Plugin modules: 11 of 11"));
    // This test runs from the build tree, so the source tree's examples are the ones found.
    QCOMPARE(lines.at(3), QStringLiteral("Example plugins: ") + ExamplePlugins::sourceDir());
    QVERIFY(ExamplePlugins::sourceDir().endsWith(QStringLiteral("/resources/examples")));
}

QTEST_GUILESS_MAIN(TestRuntimeVersions)
#include "tst_runtimeversions.moc"
