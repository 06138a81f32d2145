// RuntimeVersions, what --version and the About box show: each value must be the version of the
// library this process really loaded. Checked against sources that do not go through Plugboard:
// Debian's python3 (the same libpython and the same libsqlite3) and the file the dynamic loader
// mapped for QuaZip.
#include "about/runtimeversions.h"
#include "install/exampleplugins.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
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

// The QuaZip library file the dynamic loader mapped into this process, from /proc/self/maps.
QString mappedQuazipFile()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLatin1(maps.readAll());
    static const QRegularExpression line(QStringLiteral("(/\\S*libquazip\\S*\\.so\\S*)$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestRuntimeVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plugboardAndQt();
    void pythonIsTheLinkedInterpreter();
    void sqliteIsTheLibraryTheDriverLoads();
    void quazipIsTheMappedLibrary();
    void versionTextShape();
};

void TestRuntimeVersions::plugboardAndQt()
{
    const RuntimeVersions v = RuntimeVersions::current();
    QCOMPARE(v.plugboard, QStringLiteral(PLUGBOARD_VERSION_TEXT));
    QCOMPARE(v.qt, QString::fromLatin1(qVersion()));
}

void TestRuntimeVersions::pythonIsTheLinkedInterpreter()
{
    // The build pins /usr/bin/python3 (TOOLCHAIN.md): its version is the embedded one. A pyenv
    // libpython linked by mistake would show here.
    const RuntimeVersions v = RuntimeVersions::current();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+")).match(v.python).hasMatch(),
             qPrintable(v.python));
    QCOMPARE(v.python, python("import platform; print(platform.python_version())"));
}

void TestRuntimeVersions::sqliteIsTheLibraryTheDriverLoads()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const RuntimeVersions v = RuntimeVersions::current();
    // Python's sqlite3 module links Debian's libsqlite3, as Qt's QSQLITE driver does.
    QCOMPARE(v.sqlite, python("import sqlite3; print(sqlite3.sqlite_version)"));
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
}

void TestRuntimeVersions::versionTextShape()
{
    const RuntimeVersions v = RuntimeVersions::current();
    const QStringList lines = RuntimeVersions::versionText(QStringLiteral("plugboardctl"))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("plugboardctl " PLUGBOARD_VERSION_TEXT));
    QCOMPARE(lines.at(1), QStringLiteral("Qt %1, Python %2, SQLite %3, QuaZip %4")
                              .arg(v.qt, v.python, v.sqlite, v.quazip));
    // This test runs from the build tree, so the source tree's examples are the ones found.
    QCOMPARE(lines.at(2), QStringLiteral("Example plugins: ") + ExamplePlugins::sourceDir());
    QVERIFY(ExamplePlugins::sourceDir().endsWith(QStringLiteral("/resources/examples")));
}

QTEST_GUILESS_MAIN(TestRuntimeVersions)
#include "tst_runtimeversions.moc"
