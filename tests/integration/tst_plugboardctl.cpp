// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl end to end: usage, list, show, reload, enable/disable and trust, environment.
#include "ctlharness.h"

using namespace ctltest;

class TestPlugboardctl : public QObject, protected CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void globalOptionsStandAnywhere();
    void listTable();
    void listEmptyFolder();
    void listJsonEntries();
    void missingFolderIsListed();
    void showByKeyAndFolderName();
    void showUnknownKey();
    void reloadCount();
    void enableNeedsTrustOnce();
    void enableRefusedForDuplicateAndMissing();
    void returningFolderNeedsTrustAgain();
    void environmentFallbacks();
    void nonAsciiNames();
};

void TestPlugboardctl::versionAndHelp()
{
    const Run version = ctl({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^plugboardctl \\d+\\.\\d+\\.\\d+"))
                 .match(version.outText())
                 .hasMatch(),
             qPrintable(version.describe()));

    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.outText().contains(QStringLiteral("Usage")), qPrintable(help.describe()));
    for (const char *command : {"list", "show", "reload", "settings", "enable", "disable"})
        QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    for (const char *option : {"--plugins-dir", "--data-dir", "--json", "--yes", "--verbose"})
        QVERIFY2(help.outText().contains(QLatin1String(option)), option);
    QVERIFY(help.err.isEmpty());

    const Run settingsHelp = ctl({QStringLiteral("settings"), QStringLiteral("--help")});
    QCOMPARE(settingsHelp.exitCode, 0);
    for (const char *option : {"--set", "--from-json", "--reset"})
        QVERIFY2(settingsHelp.outText().contains(QLatin1String(option)),
                 qPrintable(settingsHelp.describe()));

    // `COMMAND --help` works without the command's required KEY.
    const Run enableHelp = ctl({QStringLiteral("enable"), QStringLiteral("--help")});
    QCOMPARE(enableHelp.exitCode, 0);
    QVERIFY(enableHelp.outText().contains(QStringLiteral("--yes")));

    // None of these opened anything.
    QVERIFY2(!QDir(m_data).exists(), "--help/--version must not create the data folder");
}

void TestPlugboardctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // a piece of the stderr sentence

    const QString no = QStringLiteral("normal");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("only global options")
        << QStringList{QStringLiteral("--json")} << QStringLiteral("no command");
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frob")}
                                    << QStringLiteral("--frob");
    QTest::newRow("unknown option before command")
        << QStringList{QStringLiteral("--frob"), QStringLiteral("list")}
        << QStringLiteral("--frob");
    QTest::newRow("show without KEY")
        << QStringList{QStringLiteral("show")} << QStringLiteral("show");
    QTest::newRow("settings without KEY")
        << QStringList{QStringLiteral("settings")} << QStringLiteral("settings");
    QTest::newRow("enable without KEY")
        << QStringList{QStringLiteral("enable"), QStringLiteral("--yes")}
        << QStringLiteral("enable");
    QTest::newRow("disable without KEY")
        << QStringList{QStringLiteral("disable")} << QStringLiteral("disable");
    QTest::newRow("too many KEYs")
        << QStringList{QStringLiteral("show"), no, QStringLiteral("other")}
        << QStringLiteral("too many");
    QTest::newRow("list with argument")
        << QStringList{QStringLiteral("list"), no} << QStringLiteral("too many");
    QTest::newRow("flag twice") << QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--json")}
                                << QStringLiteral("more than once");
    QTest::newRow("value option twice")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/nonexistent/elsewhere"),
                       QStringLiteral("list")}
        << QStringLiteral("more than once");
    QTest::newRow("--yes on list") << QStringList{QStringLiteral("list"), QStringLiteral("--yes")}
                                   << QStringLiteral("does not apply");
    QTest::newRow("--set on enable")
        << QStringList{QStringLiteral("enable"), no, QStringLiteral("--set"), QStringLiteral("a=1")}
        << QStringLiteral("does not apply");
    QTest::newRow("--reset on show")
        << QStringList{QStringLiteral("show"), no, QStringLiteral("--reset")}
        << QStringLiteral("does not apply");
    QTest::newRow("value option without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--plugins-dir")}
        << QStringLiteral("needs a value");
    QTest::newRow("value option followed by an option")
        << QStringList{QStringLiteral("--plugins-dir"), QStringLiteral("--json"),
                       QStringLiteral("list")}
        << QStringLiteral("needs a value");
    QTest::newRow("flag with a value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--json=yes")}
        << QStringLiteral("takes no value");
    QTest::newRow("empty value") << QStringList{QStringLiteral("list"),
                                                QStringLiteral("--from-json=")}
                                 << QStringLiteral("--from-json");
    QTest::newRow("--set without =")
        << QStringList{QStringLiteral("settings"), no, QStringLiteral("--set"),
                       QStringLiteral("count")}
        << QStringLiteral("ID=VALUE");
    QTest::newRow("--reset with --set")
        << QStringList{QStringLiteral("settings"), no, QStringLiteral("--reset"),
                       QStringLiteral("--set"), QStringLiteral("count=2")}
        << QStringLiteral("--reset");
    QTest::newRow("--reset with --set, unknown key")
        << QStringList{QStringLiteral("settings"), QStringLiteral("nosuch"),
                       QStringLiteral("--reset"), QStringLiteral("--from-json"),
                       QStringLiteral("-")}
        << QStringLiteral("--reset");
}

void TestPlugboardctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    addNormal();
    // Global options first, so a row may end with a dangling option.
    QStringList full{QStringLiteral("--data-dir"), m_data, QStringLiteral("--plugins-dir"),
                     m_plugins};
    full += args;
    const Run run = ctlRaw(full, env());
    QVERIFY2(run.finished, "plugboardctl hung");
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(expected), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(!QDir(m_data).exists(), "a usage error must not open the database");
}

void TestPlugboardctl::globalOptionsStandAnywhere()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("other"),
                         fixtures::manifest(QStringLiteral("Other")));

    const QProcessEnvironment e = env();
    const QString dd = QStringLiteral("--data-dir"), pd = QStringLiteral("--plugins-dir"),
                  json = QStringLiteral("--json"), list = QStringLiteral("list");
    const Run before = ctlRaw({dd, m_data, pd, m_plugins, json, list}, e);
    const Run after = ctlRaw({list, dd, m_data, pd, m_plugins, json}, e);
    const Run mixed =
        ctlRaw({dd + QLatin1Char('=') + m_data, list, json, pd + QLatin1Char('=') + m_plugins}, e);
    QVERIFY2(before.exitCode == 0 && before.jsonOk(), qPrintable(before.describe()));
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(mixed.exitCode, 0);
    QCOMPARE(after.outText(), before.outText());
    QCOMPARE(mixed.outText(), before.outText());
    QCOMPARE(before.json().value(QStringLiteral("plugins")).toArray().size(), 2);

    const Run humanBefore = ctlRaw({dd, m_data, pd, m_plugins, list}, e);
    const Run humanAfter =
        ctlRaw({list, pd + QLatin1Char('=') + m_plugins, dd + QLatin1Char('=') + m_data}, e);
    QCOMPARE(humanBefore.exitCode, 0);
    QCOMPARE(humanAfter.outText(), humanBefore.outText());

    const Run showBefore = ctlRaw(
        {json, dd, m_data, QStringLiteral("show"), QStringLiteral("normal"), pd, m_plugins}, e);
    const Run showAfter = ctlRaw(
        {QStringLiteral("show"), pd, m_plugins, QStringLiteral("normal"), json, dd, m_data}, e);
    QVERIFY2(showBefore.exitCode == 0 && showBefore.jsonOk(), qPrintable(showBefore.describe()));
    QCOMPARE(showAfter.outText(), showBefore.outText());

    // A subcommand option may also stand before the subcommand.
    const Run setBefore = ctlRaw({QStringLiteral("--set=count=7"), dd, m_data, pd, m_plugins,
                                  QStringLiteral("settings"), QStringLiteral("normal")},
                                 e);
    QVERIFY2(setBefore.exitCode == 0, qPrintable(setBefore.describe()));
    QCOMPARE(
        settingsJson(QStringLiteral("normal"))[QStringLiteral("settings")][QStringLiteral("count")]
            .toDouble(),
        7.0);
}

void TestPlugboardctl::listTable()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("legacy_one")); // no plugin.json
    fixtures::makePlugin(m_plugins, QStringLiteral("pkg"),
                         fixtures::manifest(QStringLiteral("Package Plugin")),
                         /*package=*/true);
    fixtures::writeFile(m_plugins + QStringLiteral("/not_a_plugin/readme.txt"), "nothing here");
    fixtures::writeFile(m_plugins + QStringLiteral("/.hidden/plugin.py"), "class Plugin: pass\n");

    const Run run = ctl({QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 4, qPrintable(run.describe()));
    const QStringList header = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY2(header.mid(0, 4) == (QStringList{QStringLiteral("KEY"), QStringLiteral("NAME"),
                                              QStringLiteral("VERSION"), QStringLiteral("STATE")}),
             qPrintable(lines.first()));

    // One row per plugin, up to the blank line before the summary.
    QStringList rows;
    for (qsizetype i = 1; i < lines.size() && !lines[i].isEmpty(); ++i)
        rows << lines[i];
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.filter(QStringLiteral("not_a_plugin")).isEmpty());
    QVERIFY(rows.filter(QStringLiteral(".hidden")).isEmpty());
    const QStringList normalRow = rows.filter(QRegularExpression(QStringLiteral("^normal ")));
    QCOMPARE(normalRow.size(), 1);
    QVERIFY(normalRow.first().contains(QStringLiteral("Normal Plugin")));
    QVERIFY(normalRow.first().contains(QStringLiteral("2.1.0")));
    QVERIFY(normalRow.first().contains(QStringLiteral("disabled")));
    // Columns line up: STATE starts at the same column in the header and in each row.
    const qsizetype stateColumn = lines.first().indexOf(QStringLiteral("STATE"));
    for (const QString &row : rows)
        QVERIFY2(row.mid(stateColumn).startsWith(QStringLiteral("disabled")), qPrintable(row));
    const QStringList legacyRow = rows.filter(QRegularExpression(QStringLiteral("^legacy_one ")));
    QCOMPARE(legacyRow.size(), 1);
    QVERIFY2(legacyRow.first().contains(QStringLiteral("legacy")), qPrintable(legacyRow.first()));
    QVERIFY(run.outText().contains(QStringLiteral("3 plugin")));
}

void TestPlugboardctl::listEmptyFolder()
{
    const Run run = ctl({QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.outText().contains(QStringLiteral("No plugins")), qPrintable(run.describe()));
    QVERIFY2(run.outText().contains(QDir::toNativeSeparators(m_plugins)),
             qPrintable(run.describe()));
    QVERIFY(!run.outText().contains(QStringLiteral("KEY")));

    const Run json = ctl({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.jsonOk());
    QVERIFY(json.json().value(QStringLiteral("plugins")).isArray());
    QCOMPARE(json.json().value(QStringLiteral("plugins")).toArray().size(), 0);
}

void TestPlugboardctl::listJsonEntries()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("old_style")); // legacy: no plugin.json
    fixtures::makePlugin(m_plugins, QStringLiteral("broken"),
                         "{\"name\": \"x\",\n  \"version\": }");
    fixtures::makePlugin(m_plugins, QStringLiteral("My Plugin"),
                         fixtures::manifest(QStringLiteral("Loser")));
    fixtures::makePlugin(m_plugins, QStringLiteral("my_plugin"),
                         fixtures::manifest(QStringLiteral("Winner")));
    const QString jpeg = fixtures::makePlugin(m_plugins, QStringLiteral("jpeg_logo"),
                                              fixtures::manifest(QStringLiteral("Jpeg")));
    QVERIFY(fixtures::writeFile(jpeg + QStringLiteral("/logo.png"), fixtures::tinyJpeg()));
    const QString png = fixtures::makePlugin(m_plugins, QStringLiteral("png_logo"),
                                             fixtures::manifest(QStringLiteral("Png")));
    QVERIFY(fixtures::writeFile(png + QStringLiteral("/logo.png"), fixtures::tinyPng()));

    const QJsonObject list = listJson();
    const QJsonArray plugins = list.value(QStringLiteral("plugins")).toArray();
    QCOMPARE(plugins.size(), 7);
    for (const QJsonValue &value : plugins) {
        const QJsonObject entry = value.toObject();
        for (const QString &key : kEntryKeys)
            QVERIFY2(entry.contains(key),
                     qPrintable(QStringLiteral("%1 lacks %2").arg(compact(entry), key)));
        QVERIFY(entry.value(QStringLiteral("fields")).isArray());
        QVERIFY(entry.value(QStringLiteral("actions")).isArray());
        QVERIFY(entry.value(QStringLiteral("settings")).isObject());
        QVERIFY(entry.value(QStringLiteral("diagnostics")).isArray());
        QCOMPARE(entry.value(QStringLiteral("loaded")).toBool(true), false); // the CLI runs no code
    }

    const QJsonObject normal = entryFor(list, QStringLiteral("normal"));
    QCOMPARE(normal.value(QStringLiteral("name")).toString(), QStringLiteral("Normal Plugin"));
    QCOMPARE(normal.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(normal.value(QStringLiteral("description")).toString(),
             QStringLiteral("Does normal things."));
    QCOMPARE(normal.value(QStringLiteral("author")).toString(), QStringLiteral("Ada"));
    QCOMPARE(normal.value(QStringLiteral("help_url")).toString(),
             QStringLiteral("https://example.org/normal"));
    QCOMPARE(normal.value(QStringLiteral("enabled")), QJsonValue(false));
    QCOMPARE(normal.value(QStringLiteral("ever_enabled")), QJsonValue(false));
    QCOMPARE(normal.value(QStringLiteral("legacy")), QJsonValue(false));
    QCOMPARE(normal.value(QStringLiteral("missing")), QJsonValue(false));
    QCOMPARE(normal.value(QStringLiteral("logo_url")), QJsonValue(QJsonValue::Null));
    QCOMPARE(normal.value(QStringLiteral("diagnostics")).toArray().size(), 0);
    const QJsonArray fields = normal.value(QStringLiteral("fields")).toArray();
    QStringList ids;
    for (const QJsonValue &f : fields)
        ids << f.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("flag"), QStringLiteral("count"),
                               QStringLiteral("mode"), QStringLiteral("title"),
                               QStringLiteral("token"), QStringLiteral("note")}));
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("max")).toDouble(), 10.0);
    QCOMPARE(normal.value(QStringLiteral("actions")).toArray().size(), 1);
    QCOMPARE(normal[QStringLiteral("actions")][0][QStringLiteral("id")].toString(),
             QStringLiteral("go"));
    const QJsonObject settings = normal.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("flag")), QJsonValue(false));
    QCOMPARE(settings.value(QStringLiteral("count")).toDouble(), 5.0);
    QCOMPARE(settings.value(QStringLiteral("mode")).toString(), QStringLiteral("a"));
    QCOMPARE(settings.value(QStringLiteral("title")).toString(), QStringLiteral("hi"));
    QVERIFY(!settings.contains(QStringLiteral("note"))); // info fields are never settings

    const QJsonObject legacy = entryFor(list, QStringLiteral("old_style"));
    QCOMPARE(legacy.value(QStringLiteral("legacy")), QJsonValue(true));
    QCOMPARE(legacy.value(QStringLiteral("name")).toString(), QStringLiteral("old_style"));
    QCOMPARE(legacy.value(QStringLiteral("fields")).toArray().size(), 0);
    QVERIFY2(compact(legacy.value(QStringLiteral("diagnostics")))
                 .contains(QStringLiteral("plugin.json")),
             qPrintable(compact(legacy)));

    // Invalid JSON: legacy, and the parse error names line and column.
    const QJsonObject broken = entryFor(list, QStringLiteral("broken"));
    QCOMPARE(broken.value(QStringLiteral("legacy")), QJsonValue(true));
    const QString brokenDiagnostics = compact(broken.value(QStringLiteral("diagnostics")));
    QVERIFY2(brokenDiagnostics.contains(QStringLiteral("line 2")), qPrintable(brokenDiagnostics));

    // Duplicate keys: the folder named exactly like the key wins; both are listed.
    const QJsonObject winner =
        entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("my_plugin"));
    const QJsonObject loser =
        entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("My Plugin"));
    QVERIFY2(!winner.isEmpty() && !loser.isEmpty(), qPrintable(compact(list)));
    QCOMPARE(winner.value(QStringLiteral("name")).toString(), QStringLiteral("Winner"));
    QCOMPARE(loser.value(QStringLiteral("name")).toString(), QStringLiteral("Loser"));
    for (const QJsonValue &d : winner.value(QStringLiteral("diagnostics")).toArray())
        QVERIFY2(d[QStringLiteral("severity")].toString() != QLatin1String("error"),
                 qPrintable(compact(winner)));
    bool loserHasError = false;
    for (const QJsonValue &d : loser.value(QStringLiteral("diagnostics")).toArray()) {
        if (d[QStringLiteral("severity")].toString() == QLatin1String("error") &&
            d[QStringLiteral("message")].toString().contains(QStringLiteral("uplicate")))
            loserHasError = true;
    }
    QVERIFY2(loserHasError, qPrintable(compact(loser)));

    // A JPEG saved as logo.png is still a logo (sniffed by content, not by name).
    QCOMPARE(
        entryFor(list, QStringLiteral("jpeg_logo")).value(QStringLiteral("logo_url")).toString(),
        QStringLiteral("/api/plugins/plugins/jpeg_logo/logo/"));
    QCOMPARE(
        entryFor(list, QStringLiteral("png_logo")).value(QStringLiteral("logo_url")).toString(),
        QStringLiteral("/api/plugins/plugins/png_logo/logo/"));
    const Run showJpeg = ctl({QStringLiteral("show"), QStringLiteral("jpeg_logo")});
    QVERIFY2(showJpeg.outText().contains(QStringLiteral("image/jpeg")),
             qPrintable(showJpeg.describe()));

    // One state and the card's words for it, in the JSON and in the human table alike.
    QCOMPARE(normal.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(normal.value(QStringLiteral("status")).toArray().size(), 0);
    QCOMPARE(winner.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    QCOMPARE(loser.value(QStringLiteral("state")).toString(), QStringLiteral("duplicate"));
    const QJsonObject loserStatus = loser[QStringLiteral("status")][0].toObject();
    QCOMPARE(loserStatus.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    const QString loserNote = loserStatus.value(QStringLiteral("short")).toString();
    QVERIFY2(loserNote.startsWith(QStringLiteral("Duplicate key \"my_plugin\"")),
             qPrintable(compact(loser)));
    QCOMPARE(legacy[QStringLiteral("status")][0][QStringLiteral("short")].toString(),
             QStringLiteral("Legacy plugin (no plugin.json)"));
    const Run table = ctl({QStringLiteral("list")});
    QVERIFY2(table.outText().contains(loserNote), qPrintable(table.describe()));
}

void TestPlugboardctl::missingFolderIsListed()
{
    addNormal();
    const QString gone = fixtures::makePlugin(m_plugins, QStringLiteral("gone"),
                                              fixtures::manifest(QStringLiteral("Gone Soon")));
    const Run enable =
        ctl({QStringLiteral("enable"), QStringLiteral("gone"), QStringLiteral("--yes")});
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.describe()));
    QCOMPARE(entryFor(listJson(), QStringLiteral("gone")).value(QStringLiteral("enabled")),
             QJsonValue(true));

    QVERIFY(QDir(gone).removeRecursively());
    const QJsonObject list = listJson();
    QCOMPARE(list.value(QStringLiteral("plugins")).toArray().size(), 2);
    const QJsonObject entry = entryFor(list, QStringLiteral("gone"));
    QCOMPARE(entry.value(QStringLiteral("missing")), QJsonValue(true));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(false));
    QCOMPARE(entry.value(QStringLiteral("legacy")), QJsonValue(false));
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("Gone Soon"));
    for (const QString &key : kEntryKeys)
        QVERIFY2(entry.contains(key), qPrintable(key));

    const Run table = ctl({QStringLiteral("list")});
    const QStringList row = table.outText()
                                .split(QLatin1Char('\n'))
                                .filter(QRegularExpression(QStringLiteral("^gone ")));
    QCOMPARE(row.size(), 1);
    QVERIFY2(row.first().contains(QStringLiteral("missing")), qPrintable(row.first()));

    const Run show = ctl({QStringLiteral("show"), QStringLiteral("gone")});
    QVERIFY2(show.exitCode == 0 && show.outText().contains(QStringLiteral("missing")),
             qPrintable(show.describe()));
}

void TestPlugboardctl::showByKeyAndFolderName()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("Fancy Name"), normalManifest());
    fixtures::makePlugin(m_plugins, QStringLiteral("My Plugin"),
                         fixtures::manifest(QStringLiteral("Loser")));
    fixtures::makePlugin(m_plugins, QStringLiteral("my_plugin"),
                         fixtures::manifest(QStringLiteral("Winner")));
    const QJsonObject list = listJson();

    const Run byKey = ctl({QStringLiteral("show"), QStringLiteral("fancy_name")});
    const Run byFolder = ctl({QStringLiteral("show"), QStringLiteral("Fancy Name")});
    QVERIFY2(byKey.exitCode == 0, qPrintable(byKey.describe()));
    QCOMPARE(byFolder.exitCode, 0);
    QCOMPARE(byFolder.outText(), byKey.outText());
    const QString text = byKey.outText();
    for (const char *piece :
         {"Normal Plugin", "2.1.0", "fancy_name", "Ada", "https://example.org/normal",
          "Does normal things.", "count", "API token", "go", "disabled"})
        QVERIFY2(text.contains(QString::fromUtf8(piece)), piece);

    const Run json =
        ctl({QStringLiteral("show"), QStringLiteral("fancy_name"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0 && json.jsonOk(), qPrintable(json.describe()));
    QCOMPARE(json.json(), entryFor(list, QStringLiteral("fancy_name")));
    const Run normalJson =
        ctl({QStringLiteral("show"), QStringLiteral("normal"), QStringLiteral("--json")});
    QCOMPARE(normalJson.json(), entryFor(list, QStringLiteral("normal")));

    // The exact folder name of a duplicate-key loser names that loser, not the winner.
    const Run loser =
        ctl({QStringLiteral("show"), QStringLiteral("My Plugin"), QStringLiteral("--json")});
    QVERIFY2(loser.exitCode == 0, qPrintable(loser.describe()));
    QCOMPARE(loser.json(),
             entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("My Plugin")));
    const Run winner =
        ctl({QStringLiteral("show"), QStringLiteral("my_plugin"), QStringLiteral("--json")});
    QCOMPARE(winner.json(),
             entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("my_plugin")));
    const Run loserText = ctl({QStringLiteral("show"), QStringLiteral("My Plugin")});
    QVERIFY2(loserText.outText().contains(QStringLiteral("Duplicate key")),
             qPrintable(loserText.describe()));
}

void TestPlugboardctl::showUnknownKey()
{
    addNormal();
    for (const QStringList &args :
         {QStringList{QStringLiteral("show"), QStringLiteral("nosuch")},
          QStringList{QStringLiteral("settings"), QStringLiteral("nosuch")},
          QStringList{QStringLiteral("enable"), QStringLiteral("nosuch"), QStringLiteral("--yes")},
          QStringList{QStringLiteral("disable"), QStringLiteral("nosuch")}}) {
        const Run run = ctl(args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("nosuch")) &&
                     run.errText().contains(QStringLiteral("No plugin")),
                 qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    }
    // With --json the failure is also a JSON object on stdout.
    const Run json =
        ctl({QStringLiteral("show"), QStringLiteral("nosuch"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QVERIFY(json.jsonOk());
    QCOMPARE(json.json().value(QStringLiteral("success")), QJsonValue(false));
    QVERIFY(!json.json().value(QStringLiteral("error")).toString().isEmpty());
}

void TestPlugboardctl::reloadCount()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("second"),
                         fixtures::manifest(QStringLiteral("Second")));
    fixtures::makePlugin(m_plugins, QStringLiteral("third"));
    const Run human = ctl({QStringLiteral("reload")});
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY2(human.outText().contains(QStringLiteral("3 plugins")), qPrintable(human.describe()));

    const Run json = ctl({QStringLiteral("reload"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0 && json.jsonOk(), qPrintable(json.describe()));
    QCOMPARE(json.json(),
             (QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("count"), 3}}));

    fixtures::makePlugin(m_plugins, QStringLiteral("fourth"));
    QCOMPARE(ctl({QStringLiteral("reload"), QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("count"))
                 .toInt(),
             4);
}

void TestPlugboardctl::enableNeedsTrustOnce()
{
    addNormal();
    const Run refused = ctl({QStringLiteral("enable"), QStringLiteral("normal")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("trust")) &&
                 refused.errText().contains(QStringLiteral("--yes")),
             qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    QJsonObject entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(false));
    QCOMPARE(entry.value(QStringLiteral("ever_enabled")), QJsonValue(false));

    // --json: refused as a JSON error too.
    const Run refusedJson =
        ctl({QStringLiteral("enable"), QStringLiteral("normal"), QStringLiteral("--json")});
    QCOMPARE(refusedJson.exitCode, 1);
    QCOMPARE(refusedJson.json().value(QStringLiteral("success")), QJsonValue(false));

    const Run yes = ctl({QStringLiteral("enable"), QStringLiteral("normal"),
                         QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(yes.exitCode == 0 && yes.jsonOk(), qPrintable(yes.describe()));
    QCOMPARE(yes.json().value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(yes.json().value(QStringLiteral("ever_enabled")), QJsonValue(true));
    entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(entry.value(QStringLiteral("ever_enabled")), QJsonValue(true));
    QVERIFY(ctl({QStringLiteral("list")}).outText().contains(QStringLiteral("enabled")));

    const Run disable = ctl({QStringLiteral("disable"), QStringLiteral("normal")});
    QVERIFY2(disable.exitCode == 0, qPrintable(disable.describe()));
    entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(false));
    QCOMPARE(entry.value(QStringLiteral("ever_enabled")), QJsonValue(true));

    // Trust is remembered: no --yes needed the second time.
    const Run again = ctl({QStringLiteral("enable"), QStringLiteral("normal")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(entryFor(listJson(), QStringLiteral("normal")).value(QStringLiteral("enabled")),
             QJsonValue(true));

    // Enabling twice and disabling twice are harmless.
    QCOMPARE(ctl({QStringLiteral("enable"), QStringLiteral("normal")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("disable"), QStringLiteral("normal")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("disable"), QStringLiteral("normal")}).exitCode, 0);
}

void TestPlugboardctl::enableRefusedForDuplicateAndMissing()
{
    fixtures::makePlugin(m_plugins, QStringLiteral("My Plugin"),
                         fixtures::manifest(QStringLiteral("Loser")));
    fixtures::makePlugin(m_plugins, QStringLiteral("my_plugin"),
                         fixtures::manifest(QStringLiteral("Winner")));
    const QString gone = fixtures::makePlugin(m_plugins, QStringLiteral("gone"),
                                              fixtures::manifest(QStringLiteral("Gone")));
    QCOMPARE(ctl({QStringLiteral("list")}).exitCode, 0);
    QVERIFY(QDir(gone).removeRecursively());

    // Naming the loser by its folder must not enable (or change) the winner.
    for (const QStringList &args :
         {QStringList{QStringLiteral("enable"), QStringLiteral("My Plugin"),
                      QStringLiteral("--yes")},
          QStringList{QStringLiteral("disable"), QStringLiteral("My Plugin")},
          QStringList{QStringLiteral("settings"), QStringLiteral("My Plugin"),
                      QStringLiteral("--reset")}}) {
        const Run run = ctl(args);
        QVERIFY2(run.exitCode == 1,
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe()));
        QVERIFY2(run.errText().contains(QStringLiteral("same key")), qPrintable(run.describe()));
    }
    QJsonObject list = listJson();
    for (const QJsonValue &value : list.value(QStringLiteral("plugins")).toArray())
        QCOMPARE(value[QStringLiteral("enabled")], QJsonValue(false));
    QCOMPARE(entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("my_plugin"))
                 .value(QStringLiteral("ever_enabled")),
             QJsonValue(false));

    const Run missing =
        ctl({QStringLiteral("enable"), QStringLiteral("gone"), QStringLiteral("--yes")});
    QVERIFY2(missing.exitCode == 1, qPrintable(missing.describe()));
    QVERIFY2(missing.errText().contains(QStringLiteral("missing")), qPrintable(missing.describe()));
    list = listJson();
    QCOMPARE(entryFor(list, QStringLiteral("gone")).value(QStringLiteral("enabled")),
             QJsonValue(false));
    QCOMPARE(entryFor(list, QStringLiteral("gone")).value(QStringLiteral("ever_enabled")),
             QJsonValue(false));

    // The winner itself can be enabled, and that does not touch the loser.
    const Run winner =
        ctl({QStringLiteral("enable"), QStringLiteral("my_plugin"), QStringLiteral("--yes")});
    QVERIFY2(winner.exitCode == 0, qPrintable(winner.describe()));
    list = listJson();
    QCOMPARE(entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("my_plugin"))
                 .value(QStringLiteral("enabled")),
             QJsonValue(true));
    QCOMPARE(entryFor(list, QStringLiteral("my_plugin"), QStringLiteral("My Plugin"))
                 .value(QStringLiteral("enabled")),
             QJsonValue(false));
}

void TestPlugboardctl::returningFolderNeedsTrustAgain()
{
    addNormal();
    QCOMPARE(
        ctl({QStringLiteral("enable"), QStringLiteral("normal"), QStringLiteral("--yes")}).exitCode,
        0);
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
                  QStringLiteral("count=9")})
                 .exitCode,
             0);

    const QString folder = m_plugins + QStringLiteral("/normal");
    const QString away = m_tmp->filePath(QStringLiteral("normal-away"));
    QVERIFY(QDir().rename(folder, away));
    QJsonObject entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry.value(QStringLiteral("missing")), QJsonValue(true));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(false));
    // Settings of a missing plugin cannot be edited (its fields are unknown) but are kept.
    const Run edit = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                          QStringLiteral("--set"), QStringLiteral("count=2")});
    QVERIFY2(edit.exitCode == 1, qPrintable(edit.describe()));

    QVERIFY(QDir().rename(away, folder));
    entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry.value(QStringLiteral("missing")), QJsonValue(false));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(false)); // does not silently run
    QCOMPARE(entry.value(QStringLiteral("ever_enabled")), QJsonValue(true));
    QCOMPARE(entry[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 9.0);

    const Run refused = ctl({QStringLiteral("enable"), QStringLiteral("normal")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("--yes")), qPrintable(refused.describe()));
    QCOMPARE(entryFor(listJson(), QStringLiteral("normal")).value(QStringLiteral("enabled")),
             QJsonValue(false));
    QCOMPARE(
        ctl({QStringLiteral("enable"), QStringLiteral("normal"), QStringLiteral("--yes")}).exitCode,
        0);
    QCOMPARE(entryFor(listJson(), QStringLiteral("normal")).value(QStringLiteral("enabled")),
             QJsonValue(true));
}

void TestPlugboardctl::environmentFallbacks()
{
    const QString envData = m_tmp->filePath(QStringLiteral("env-data"));
    const QString envPlugins = m_tmp->filePath(QStringLiteral("env-plugins"));
    QVERIFY(QDir().mkpath(envPlugins));
    fixtures::makePlugin(envPlugins, QStringLiteral("from_env"),
                         fixtures::manifest(QStringLiteral("From Env")));
    addNormal(); // in m_plugins

    QProcessEnvironment e = env();
    e.insert(QStringLiteral("PLUGBOARD_DATA_DIR"), envData);
    e.insert(QStringLiteral("DISPATCHARR_PLUGINS_DIR"), envPlugins);

    // Both from the environment.
    Run run = ctlRaw({QStringLiteral("list"), QStringLiteral("--json")}, e);
    QVERIFY2(run.exitCode == 0 && run.jsonOk(), qPrintable(run.describe()));
    QCOMPARE(run.json().value(QStringLiteral("plugins")).toArray().size(), 1);
    QVERIFY(!entryFor(run.json(), QStringLiteral("from_env")).isEmpty());
    QVERIFY(QFile::exists(envData + QStringLiteral("/plugboard.sqlite")));

    // Options win over the environment.
    run = ctlRaw({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--plugins-dir"),
                  m_plugins, QStringLiteral("--data-dir"), m_data},
                 e);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!entryFor(run.json(), QStringLiteral("normal")).isEmpty());
    QVERIFY(entryFor(run.json(), QStringLiteral("from_env")).isEmpty());
    QVERIFY(QFile::exists(m_data + QStringLiteral("/plugboard.sqlite")));

    // The two databases are separate: enabling through one leaves the other alone.
    QCOMPARE(
        ctlRaw({QStringLiteral("enable"), QStringLiteral("from_env"), QStringLiteral("--yes")}, e)
            .exitCode,
        0);
    run = ctlRaw({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--plugins-dir"),
                  envPlugins, QStringLiteral("--data-dir"), m_data},
                 e);
    QCOMPARE(entryFor(run.json(), QStringLiteral("from_env")).value(QStringLiteral("enabled")),
             QJsonValue(false));

    // Only the data folder given: the plugins folder is <data>/plugins, created on demand.
    QProcessEnvironment onlyData = env();
    onlyData.insert(QStringLiteral("PLUGBOARD_DATA_DIR"), envData);
    run = ctlRaw({QStringLiteral("list")}, onlyData);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QDir(envData + QStringLiteral("/plugins")).exists());
    QVERIFY2(run.outText().contains(QDir::toNativeSeparators(envData + QStringLiteral("/plugins"))),
             qPrintable(run.describe()));
    // Same database as before, other plugins folder: from_env is now listed as missing.
    const QStringList envRow = run.outText()
                                   .split(QLatin1Char('\n'))
                                   .filter(QRegularExpression(QStringLiteral("^from_env ")));
    QVERIFY2(envRow.size() == 1 && envRow.first().contains(QStringLiteral("missing")),
             qPrintable(run.describe()));

    // An explicit plugins folder that does not exist is an error, and is not created.
    const QString typo = m_tmp->filePath(QStringLiteral("no-such-plugins"));
    run = ctlRaw({QStringLiteral("list"), QStringLiteral("--plugins-dir"), typo}, onlyData);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("does not exist")), qPrintable(run.describe()));
    QVERIFY(!QDir(typo).exists());

    // Nothing ever landed in the (temporary) home folder.
    QVERIFY(!QDir(m_home + QStringLiteral("/.local/share/plugboard")).exists());
}

void TestPlugboardctl::nonAsciiNames()
{
    const QString folder = QStringLiteral("Ünïcode 插件");
    const QString key = QStringLiteral("ünïcode_插件");
    const QString name = QStringLiteral("Rocket 🚀 火箭 プラグイン");
    const QString description = QStringLiteral("说明 — émoji 🎉 inside");
    const QJsonObject manifest{
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("description"), description},
        {QStringLiteral("fields"),
         QJsonArray{field(QStringLiteral("greeting"), QStringLiteral("string"),
                          {{QStringLiteral("default"), QStringLiteral("你好")}})}}};
    fixtures::makePlugin(m_plugins, folder, QJsonDocument(manifest).toJson());
    fixtures::makePlugin(m_plugins, QStringLiteral("plain"),
                         fixtures::manifest(QStringLiteral("Plain")));

    const QJsonObject list = listJson();
    const QJsonObject entry = entryFor(list, key);
    QVERIFY2(!entry.isEmpty(), qPrintable(compact(list)));
    QCOMPARE(entry.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(entry.value(QStringLiteral("description")).toString(), description);
    QCOMPARE(entry.value(QStringLiteral("folder")).toString(), folder);
    QCOMPARE(entry[QStringLiteral("settings")][QStringLiteral("greeting")].toString(),
             QStringLiteral("你好"));

    const Run table = ctl({QStringLiteral("list")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines = table.outText().split(QLatin1Char('\n'));
    const QStringList row = lines.filter(name);
    QCOMPARE(row.size(), 1);
    QVERIFY(row.first().startsWith(key));
    // Wide characters count two columns: STATE lines up on screen.
    const int headerColumn =
        displayWidth(lines.first().left(lines.first().indexOf(QStringLiteral("STATE"))));
    const int rowColumn =
        displayWidth(row.first().left(row.first().indexOf(QStringLiteral("disabled"))));
    QCOMPARE(rowColumn, headerColumn);

    // Addressed by key and by folder name; settings with non-ASCII values round-trip.
    for (const QString &arg : {key, folder}) {
        const Run show = ctl({QStringLiteral("show"), arg});
        QVERIFY2(show.exitCode == 0 && show.outText().contains(name), qPrintable(show.describe()));
    }
    const Run set = ctl({QStringLiteral("settings"), key, QStringLiteral("--set"),
                         QStringLiteral("greeting=こんにちは 👋")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(settingsJson(key)[QStringLiteral("settings")][QStringLiteral("greeting")].toString(),
             QStringLiteral("こんにちは 👋"));
    const Run enable = ctl({QStringLiteral("enable"), folder, QStringLiteral("--yes")});
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.describe()));
    QCOMPARE(entryFor(listJson(), key).value(QStringLiteral("enabled")), QJsonValue(true));
}

QTEST_GUILESS_MAIN(TestPlugboardctl)
#include "tst_plugboardctl.moc"
