// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a plugin's code imports, read before it is installed: the scanner on real-looking
// sources, the Dispatcharr-server and missing-module sentences, the zip inspection that feeds
// them, the real interpreter asked which modules exist, and the preview that says it all.
#include "common/fixtures.h"
#include "install/importscan.h"
#include "install/zipinspector.h"
#include "jobs/resultjob.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"
#include "python/moduleavailability.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestImportScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scansStatements_data();
    void scansStatements();
    void sentencesNameWhatIsMissing();
    void inspectionListsImportsWithoutThePluginsOwnModules();
    void interpreterIsAskedWhichModulesExist();
    void previewSaysWhatWillNotRunHere();
};

void TestImportScan::scansStatements_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("imports");
    QTest::newRow("plain") << QByteArray("import os\nimport json\n") << QStringList{"os", "json"};
    QTest::newRow("dotted and aliases")
        << QByteArray("import a.b.c as x, d , e.f\n") << QStringList{"a", "d", "e"};
    QTest::newRow("from") << QByteArray("from apps.channels.models import Channel\n"
                                        "from core.utils import RedisClient\n")
                          << QStringList{"apps", "core"};
    QTest::newRow("relative skipped")
        << QByteArray("from . import helpers\nfrom .util import x\nfrom ..up import y\n")
        << QStringList{};
    QTest::newRow("indented, in try and functions")
        << QByteArray("try:\n    import pytz\nexcept ImportError:\n    pytz = None\n"
                      "def run():\n        from django.db import transaction\n")
        << QStringList{"pytz", "django"};
    QTest::newRow("one-line blocks and semicolons")
        << QByteArray("try: import yaml\nexcept ImportError: pass\nimport os; import sys\n")
        << QStringList{"yaml", "os", "sys"};
    QTest::newRow("comments and strings")
        << QByteArray("# import secret\nx = 1  # from nowhere import y\n"
                      "\"\"\"Example:\n    import not_real\n\"\"\"\n"
                      "'''\nfrom fake import z\n'''\nimport real\n")
        << QStringList{"real"};
    QTest::newRow("one-line docstring then code")
        << QByteArray("\"\"\"Doc.\"\"\"\nimport requests\n") << QStringList{"requests"};
    QTest::newRow("parenthesised from")
        << QByteArray("from celery import (\n    shared_task,\n)\n") << QStringList{"celery"};
    QTest::newRow("words that only look like imports")
        << QByteArray("important = 1\nimported(x)\nfromage = 2\nprint('import x')\n")
        << QStringList{};
    QTest::newRow("each once, first seen order")
        << QByteArray("import b\nimport a\nimport b.c\nfrom a import z\n") << QStringList{"b", "a"};
    QTest::newRow("garbage") << QByteArray("\xff\xfe import \x00\nfrom\nimport\nimport ,\n")
                             << QStringList{};
}

void TestImportScan::scansStatements()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, imports);
    QCOMPARE(ImportScan::topLevelImports(source), imports);
}

void TestImportScan::sentencesNameWhatIsMissing()
{
    QVERIFY(PluginNeeds{}.sentences().isEmpty());
    const QStringList server = PluginNeeds{{"django", "apps", "core"}, {}}.sentences();
    QCOMPARE(server.size(), 1);
    QCOMPARE(server[0], QStringLiteral("It lists and keeps its settings here, but its actions "
                                       "need Dispatcharr's server (it imports django, apps.*, "
                                       "core.*)."));
    const QStringList one = PluginNeeds{{}, {"pytz"}}.sentences();
    QCOMPARE(one, QStringList{"It needs the Python module pytz (Debian package python3-tz), "
                              "which Plugboard's Python does not have."});
    QCOMPARE(PluginNeeds({{}, {"unheard_of"}}).sentences(),
             QStringList{"It needs the Python module unheard_of, which Plugboard's Python does "
                         "not have."});
    QVERIFY(DispatcharrModules::isServerModule("redis"));
    QCOMPARE(PluginNeeds({{"celery"}, {"a", "b"}}).sentences().size(), 2);
    QVERIFY(DispatcharrModules::isServerModule("django_celery_beat"));
    QVERIFY(!DispatcharrModules::isServerModule("requests"));
}

void TestImportScan::inspectionListsImportsWithoutThePluginsOwnModules()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath("p.zip");
    QVERIFY(fixtures::makeZip(
        zip, {{"repo/README.md", "import nothing"},
              {"repo/tests/test_x.py", "import pytest\n"}, // outside the plugin: not its code
              {"repo/p/plugin.py", "import os\nfrom core import helpers\nimport utils\n"
                                   "from apps.m3u.models import M3UAccount\n"},
              {"repo/p/core/helpers.py", "import requests\n"},
              {"repo/p/utils.py", "import json\nimport os\n"},
              {"repo/p/plugin.json", "{\"name\": \"P\"}"}}));
    Result<ZipReport> report = ZipInspector::inspect(zip);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report.value().root, QStringLiteral("repo/p"));
    // core and utils are the plugin's own; pytest is outside the plugin's folder.
    QCOMPARE(report.value().imports, (QStringList{"os", "apps", "requests", "json"}));
}

void TestImportScan::interpreterIsAskedWhichModulesExist()
{
    Result<QStringList> missing = ModuleAvailability::missing(
        {"json", "plugboard_surely_absent_module", "os", "not a name", "sqlite3"});
    QVERIFY2(missing.ok(), qPrintable(missing.ok() ? QString() : missing.error().message));
    QCOMPARE(missing.value(), QStringList{"plugboard_surely_absent_module"});
    // Answered again from what this process learnt, in the order asked.
    QCOMPARE(ModuleAvailability::missing({"plugboard_surely_absent_module", "json"}).value(),
             QStringList{"plugboard_surely_absent_module"});
}

void TestImportScan::previewSaysWhatWillNotRunHere()
{
    QTemporaryDir dir;
    const QString plugins = dir.filePath("plugins");
    QVERIFY(QDir().mkpath(plugins));
    PluginPaths paths = PluginPaths::resolve(dir.filePath("data"), plugins);
    QVERIFY(paths.prepare());
    PluginManager manager(paths);
    manager.reload()->exec();

    const QString zip = dir.filePath("exporter.zip");
    QVERIFY(fixtures::makeZip(
        zip, {{"exporter/plugin.py", "import json\nfrom django.db import transaction\n"
                                     "from apps.channels.models import Channel\n"
                                     "import plugboard_surely_absent_module\n"},
              {"exporter/plugin.json", "{\"name\": \"Exporter\", \"version\": \"1.0\"}"}}));
    PreviewJob *preview = manager.preview(zip);
    QVERIFY2(preview->exec(), qPrintable(preview->error().message));
    const ImportPreview &p = preview->result();
    QCOMPARE(p.serverModules, (QStringList{"django", "apps"}));
    QCOMPARE(p.missingModules, QStringList{"plugboard_surely_absent_module"});
    QCOMPARE(p.needs.size(), 2);
    QVERIFY2(p.needs[0].contains(QStringLiteral("need Dispatcharr's server")),
             qPrintable(p.needs[0]));
    QVERIFY2(p.needs[1].contains(QStringLiteral("plugboard_surely_absent_module")),
             qPrintable(p.needs[1]));
    delete preview;

    // A plugin that imports only what is here says nothing.
    const QString plain = dir.filePath("plain.zip");
    QVERIFY(fixtures::makeZip(plain, {{"plain/plugin.py", "import json, os\n"}}));
    PreviewJob *quiet = manager.preview(plain);
    QVERIFY(quiet->exec());
    QVERIFY(quiet->result().needs.isEmpty());
    delete quiet;
}

QTEST_GUILESS_MAIN(TestImportScan)
#include "tst_importscan.moc"
