// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZipPath (SPEC §10): the name rules every zip entry passes, the folder name suggested for an
// archive and the check of a folder name the user types. Pure functions; no files.
#include "install/zippath.h"

#include <QTest>

using namespace plugboard;

class TestZipPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void decode();
    void nameSet();
    void ignoredAndCompiled();
    void suggestFolderName_data();
    void suggestFolderName();
    void checkFolderName_data();
    void checkFolderName();
};

void TestZipPath::normalise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path"); // empty: refused
    QTest::addColumn<bool>("isDir");
    QTest::newRow("file") << "plugin.py"
                          << "plugin.py" << false;
    QTest::newRow("folder") << "a/b/"
                            << "a/b" << true;
    QTest::newRow("backslashes") << "a\\b\\c.py"
                                 << "a/b/c.py" << false;
    QTest::newRow("backslash folder") << "a\\b\\"
                                      << "a/b" << true;
    QTest::newRow("colon inside a folder") << "a/C:"
                                           << "a/C:" << false;
    QTest::newRow("255 bytes") << "a/" + QString(255, QLatin1Char('x'))
                               << "a/" + QString(255, QLatin1Char('x')) << false;
    QTest::newRow("unicode") << "données/日本.txt"
                             << "données/日本.txt" << false;
    const QStringList refused{"",     "/a",    "\\a",   "//",
                              "C:/a", "c:a",   "C:",    "a/../b",
                              "..",   "../a",  "a/..",  "a/./b",
                              "./a",  "a//b",  "a//",   "a\\\\b",
                              "a\tb", "a\x7f", "a\nb/", "a/" + QString(256, QLatin1Char('x'))};
    for (const QString &name : refused)
        QTest::newRow(qPrintable("refused: " + ZipPath::printable(name))) << name << "" << false;
}

void TestZipPath::normalise()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(bool, isDir);
    const Result<ZipPath::Name> result = ZipPath::normalise(name);
    if (path.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(result.error().message.startsWith(QLatin1String("the entry")) ||
                result.error().message.startsWith(QLatin1String("an entry")));
        return;
    }
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().path, path);
    QCOMPARE(result.value().isDir, isDir);
}

void TestZipPath::decode()
{
    QCOMPARE(ZipPath::decode("plain/name.py", false).value(), QStringLiteral("plain/name.py"));
    // Valid UTF-8 without the flag is taken as UTF-8 (many tools omit the flag) …
    QCOMPARE(ZipPath::decode("caf\xc3\xa9", false).value(), QStringLiteral("café"));
    // … anything else is code page 437, the format's default.
    QCOMPARE(ZipPath::decode("caf\x82 \x9a", false).value(), QStringLiteral("café Ü"));
    const Result<QString> invalid = ZipPath::decode("caf\x82", true);
    QVERIFY(!invalid);
    QVERIFY(invalid.error().message.contains("not valid UTF-8"));
    const Result<QString> nul = ZipPath::decode(QByteArray("a\0b", 3), false);
    QVERIFY(!nul);
    QVERIFY(nul.error().message.contains("NUL byte"));
}

void TestZipPath::nameSet()
{
    const auto add = [](ZipPath::NameSet &set, const QString &path, bool isDir = false) {
        return set.add(ZipPath::Name{path, isDir});
    };
    ZipPath::NameSet set;
    QVERIFY(add(set, "a/b.py"));
    QVERIFY(add(set, "a", true)); // implied first, listed later: fine
    QVERIFY(add(set, "a/sub/c.py"));
    const Result<void> caseTwin = add(set, "a/B.py");
    QVERIFY(!caseTwin);
    QVERIFY(caseTwin.error().message.contains("\"a/b.py\" and \"a/B.py\" differ only"));
    QVERIFY(!add(set, "A/other.py"));
    QVERIFY(!add(set, "a/b.py"));
    QVERIFY(!add(set, "a", true)); // listed twice
    const Result<void> both = add(set, "a/sub");
    QVERIFY(!both);
    QVERIFY(both.error().message.contains("both a file and a folder"));
    QVERIFY(!add(set, "a/b.py/x"));
    QVERIFY(add(set, "caf\u00e9.txt"));
    QVERIFY(!add(set, "cafe\u0301.txt")); // the same name in NFD
}

void TestZipPath::ignoredAndCompiled()
{
    QVERIFY(ZipPath::isIgnored("__MACOSX"));
    QVERIFY(ZipPath::isIgnored("__MACOSX/p/._plugin.py"));
    QVERIFY(ZipPath::isIgnored("repo/__MACOSX/x"));
    QVERIFY(ZipPath::isIgnored("p/.DS_Store"));
    QVERIFY(!ZipPath::isIgnored("p/MACOSX/x"));
    QVERIFY(!ZipPath::isIgnored("p/.DS_Store.txt"));

    for (const char *name : {"p/_speed.so", "p/X.SO", "p/m.cpython-311-x86_64-linux-gnu.so",
                             "libz.so.1.2.13", "p/m.pyd", "p/m.dll", "p/m.dylib"})
        QVERIFY2(ZipPath::isCompiledByName(name), name);
    for (const char *name : {"p/x.solution", "p/x.so.txt", "p/x.py", "p/so"})
        QVERIFY2(!ZipPath::isCompiledByName(name), name);

    const QByteArray pe = "MZ" + QByteArray(62, '\0');
    QVERIFY(ZipPath::isCompiledByMagic(pe.constData(), pe.size()));
    QVERIFY(!ZipPath::isCompiledByMagic("MZ is a text", 12));
    QVERIFY(ZipPath::isCompiledByMagic("\x7f"
                                       "ELF\x02",
                                       5));
    QVERIFY(ZipPath::isCompiledByMagic("\xcf\xfa\xed\xfe", 4));
    QVERIFY(ZipPath::isCompiledByMagic("\xca\xfe\xba\xbe", 4));
    QVERIFY(!ZipPath::isCompiledByMagic("\x7f"
                                        "EL",
                                        3));
}
void TestZipPath::suggestFolderName_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expected");
    const QList<std::pair<const char *, const char *>> rows{
        {"repo-main", "repo"},
        {"repo-master", "repo"},
        {"Repo-MAIN", "Repo"},
        {"my_plugin-1.2.0.zip", "my_plugin"},
        {"my_plugin_1.2.0", "my_plugin"},
        {"tool-v1.2", "tool"},
        {"tool-v2", "tool"},
        {"tool-1.0.0-rc1", "tool"},
        {"tool-2.0b1.zip", "tool"},
        {"tool-1.2.0-main", "tool"},
        {"tool (1).zip", "tool"},
        {"tool-2", "tool-2"},
        {"epg_3", "epg_3"},
        {"main", "main"},
        {"1.2.3", "1.2.3"},
        {".hidden", "hidden"},
        {".zip", "plugin"},
        {"Ünï plugin", "Ünï plugin"},
    };
    for (const auto &[from, expected] : rows)
        QTest::newRow(from) << QString::fromUtf8(from) << QString::fromUtf8(expected);
}

void TestZipPath::suggestFolderName()
{
    QFETCH(QString, from);
    QFETCH(QString, expected);
    QCOMPARE(ZipPath::suggestFolderName(from), expected);
}

void TestZipPath::checkFolderName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "my_plugin" << true;
    QTest::newRow("spaces and unicode") << "Mön Plugin" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("dot-dot") << ".." << false;
    QTest::newRow("hidden") << ".x" << false;
    QTest::newRow("control") << "a\tb" << false;
    QTest::newRow("key too long") << QString(129, QLatin1Char('k')) << false;
    QTest::newRow("over 200 bytes") << QString(101, QChar(0x00E9)) << false;
}

void TestZipPath::checkFolderName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(ZipPath::checkFolderName(name).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestZipPath)
#include "tst_zippath.moc"
