// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl inspect / import / remove end to end: real zips (Python's zipfile), the real
// binary, a real plugins folder and database. Checks what is written (and that nothing is
// written for a refused zip), replace with consent, trust asked again, --keep-enabled, and
// remove of a folder whose name differs from its key.
#include "ctlharness.h"

using namespace ctltest;

namespace {

QByteArray pluginPy()
{
    return "class Plugin:\n    def run(self, action, params, context):\n"
           "        return {'status': 'ok'}\n";
}

QByteArray manifestFor(const QString &name, const QString &version)
{
    return QStringLiteral(R"({"name": "%1", "version": "%2",
        "fields": [{"id": "n", "type": "number", "default": 1}],
        "actions": [{"id": "go", "label": "Go"}]})")
        .arg(name, version)
        .toUtf8();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestPlugboardctlInstall : public QObject, public CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void inspectWritesNothing();
    void importNewPlugin();
    void importRefusesHostileZips();
    void replaceNeedsConsentKeepsSettingsAndAsksTrustAgain();
    void keepEnabledNeedsYes();
    void importAndEnable();
    void removeByKeyOfRenamedFolder();
    void twoImportsOfTheSameKeyAtOnce();

private:
    QString zip(const QString &name, const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString path = m_tmp->filePath(name);
        if (!fixtures::makeZip(path, files))
            qWarning("could not write %s", qPrintable(path));
        return path;
    }
};

void TestPlugboardctlInstall::inspectWritesNothing()
{
    const QString z = zip("Weather-Tool-main.zip",
                          {{"Weather-Tool-main/plugin.py", pluginPy()},
                           {"Weather-Tool-main/plugin.json", manifestFor("Weather", "1.4.0")},
                           {"Weather-Tool-main/lib/fast.so", "\x7f"
                                                             "ELF..."}});
    const Run text = ctl({"inspect", z});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.outText().contains("Weather 1.4.0"));
    QVERIFY(text.outText().contains("weather-tool")); // key of folder "Weather-Tool"
    QVERIFY(text.outText().contains("lib/fast.so"));  // binaries are named
    const Run json = ctl({"inspect", z, "--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value("folder").toString(), QStringLiteral("Weather-Tool"));
    QCOMPARE(json.json().value("version").toString(), QStringLiteral("1.4.0"));
    QCOMPARE(json.json().value("replaces").toBool(), false);
    QVERIFY(entries(m_plugins).isEmpty());
}

void TestPlugboardctlInstall::importNewPlugin()
{
    const QString z = zip("greeter-1.2.0.zip", {{"plugin.py", pluginPy()},
                                                {"plugin.json", manifestFor("Greeter", "1.2.0")},
                                                {"data/ünïcødé.txt", "ok"}});
    const Run run = ctl({"import", z});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.outText().contains("Installed Greeter 1.2.0 (greeter)"));
    QCOMPARE(entries(m_plugins), QStringList{"greeter"});
    QVERIFY(QFileInfo::exists(m_plugins + "/greeter/data/ünïcødé.txt"));
    const QJsonObject entry = entryFor(listJson(), "greeter");
    QCOMPARE(entry.value("enabled").toBool(), false);
    // The same zip again without --replace: refused, nothing changed.
    const Run again = ctl({"import", z});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.errText().contains("--replace") || again.errText().contains("Replace"));
    QCOMPARE(entries(m_plugins), QStringList{"greeter"});
}

void TestPlugboardctlInstall::importRefusesHostileZips()
{
    const QList<std::pair<QString, QList<std::pair<QString, QByteArray>>>> hostile = {
        {"dotdot.zip", {{"p/plugin.py", pluginPy()}, {"p/../../evil.txt", "x"}}},
        {"absolute.zip", {{"/tmp/plugin.py", pluginPy()}}},
        {"noplugin.zip", {{"readme.txt", "hello"}}},
        {"tworoots.zip", {{"a/plugin.py", pluginPy()}, {"b/plugin.py", pluginPy()}}},
    };
    for (const auto &[name, files] : hostile) {
        const Run run = ctl({"import", zip(name, files)});
        QVERIFY2(run.exitCode == 1, qPrintable(name + ": " + run.describe()));
        QVERIFY2(!run.errText().trimmed().isEmpty(), qPrintable(name));
        QVERIFY2(entries(m_plugins).isEmpty(), qPrintable(name));
    }
    QVERIFY(!QFileInfo::exists(m_tmp->filePath("evil.txt")));
    QVERIFY(fixtures::writeFile(m_tmp->filePath("notzip.zip"), "this is not a zip"));
    const Run run = ctl({"inspect", m_tmp->filePath("notzip.zip")});
    QCOMPARE(run.exitCode, 1);
}

void TestPlugboardctlInstall::replaceNeedsConsentKeepsSettingsAndAsksTrustAgain()
{
    QVERIFY(ctl({"import", zip("tool.zip", {{"tool/plugin.py", pluginPy()},
                                            {"tool/plugin.json", manifestFor("Tool", "1.0")}})})
                .exitCode == 0);
    QCOMPARE(ctl({"enable", "tool", "--yes"}).exitCode, 0);
    QCOMPARE(ctl({"settings", "tool", "--set", "n=5"}).exitCode, 0);
    const QString v2 = zip("tool-v2.zip", {{"tool/plugin.py", pluginPy()},
                                           {"tool/plugin.json", manifestFor("Tool", "2.0")}});
    const Run refused = ctl({"import", v2});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(entryFor(listJson(), "tool").value("version").toString(), QStringLiteral("1.0"));

    const Run replaced = ctl({"import", v2, "--replace"});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.describe()));
    QVERIFY(replaced.outText().contains("Replaced Tool 2.0"));
    const QJsonObject entry = entryFor(listJson(), "tool");
    QCOMPARE(entry.value("version").toString(), QStringLiteral("2.0"));
    QCOMPARE(entry.value("enabled").toBool(), false);
    QCOMPARE(entry.value("trusted").toBool(), false);
    QCOMPARE(entry.value("settings").toObject().value("n").toInt(), 5); // settings kept
    const Run enable = ctl({"enable", "tool"});
    QCOMPARE(enable.exitCode, 1); // trust asked again
    QVERIFY(enable.errText().contains("trust"));
    QCOMPARE(entries(m_plugins), QStringList{"tool"}); // no staging or backup left
}

void TestPlugboardctlInstall::keepEnabledNeedsYes()
{
    QVERIFY(ctl({"import", zip("k.zip", {{"k/plugin.py", pluginPy()},
                                         {"k/plugin.json", manifestFor("K", "1")}})})
                .exitCode == 0);
    QCOMPARE(ctl({"enable", "k", "--yes"}).exitCode, 0);
    const QString v2 =
        zip("k2.zip", {{"k/plugin.py", pluginPy()}, {"k/plugin.json", manifestFor("K", "2")}});
    const Run noYes = ctl({"import", v2, "--replace", "--keep-enabled"});
    QCOMPARE(noYes.exitCode, 1);
    QVERIFY(noYes.errText().contains("--yes"));
    const Run run = ctl({"import", v2, "--replace", "--keep-enabled", "--yes"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject entry = entryFor(listJson(), "k");
    QCOMPARE(entry.value("version").toString(), QStringLiteral("2"));
    QCOMPARE(entry.value("enabled").toBool(), true);
    QCOMPARE(entry.value("trusted").toBool(), true);
}

void TestPlugboardctlInstall::importAndEnable()
{
    const QString z = zip("pkg.zip", {{"pkg/__init__.py", pluginPy()}}); // a package, legacy
    const Run run = ctl({"import", z, "--enable", "--yes", "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject result = run.json().value("imports").toArray().first().toObject();
    QCOMPARE(result.value("key").toString(), QStringLiteral("pkg"));
    QCOMPARE(result.value("enabled").toBool(), true);
    QVERIFY(QFileInfo::exists(m_plugins + "/pkg/__init__.py"));
}

void TestPlugboardctlInstall::removeByKeyOfRenamedFolder()
{
    fixtures::makePlugin(m_plugins, "My Plugin", manifestFor("Mine", "1"));
    QVERIFY(fixtures::writeFile(m_data + "/plugin-data/my_plugin/state.txt", "x"));
    const Run noYes = ctl({"remove", "my_plugin"});
    QCOMPARE(noYes.exitCode, 1);
    QVERIFY(noYes.errText().contains("--yes"));
    QCOMPARE(entries(m_plugins), QStringList{"My Plugin"});
    const Run run = ctl({"remove", "my_plugin", "--yes"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(entries(m_plugins).isEmpty());
    QVERIFY(QFileInfo::exists(m_data + "/plugin-data/my_plugin/state.txt")); // kept
    QVERIFY(listJson().value("plugins").toArray().isEmpty());                // row gone too
    fixtures::makePlugin(m_plugins, "Other", manifestFor("Other", "1"));
    QVERIFY(fixtures::writeFile(m_data + "/plugin-data/other/state.txt", "x"));
    QCOMPARE(ctl({"remove", "Other", "--yes", "--purge-data"}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(m_data + "/plugin-data/other"));
}

void TestPlugboardctlInstall::twoImportsOfTheSameKeyAtOnce()
{
    QList<std::pair<QString, QByteArray>> files{{"same/plugin.json", manifestFor("Same", "1")},
                                                {"same/plugin.py", pluginPy()}};
    for (int i = 0; i < 300; ++i) // enough data that both processes are extracting at once
        files.append({QStringLiteral("same/data/f%1.txt").arg(i), QByteArray(2000, 'a' + i % 26)});
    const QString a = zip("same-a.zip", files);
    const QString b = zip("same-b.zip", files);
    QProcess first;
    QProcess second;
    for (auto [process, z] : {std::pair{&first, a}, std::pair{&second, b}}) {
        process->setProcessEnvironment(env());
        process->start(fixtures::plugboardctlPath(),
                       {"import", z, "--data-dir", m_data, "--plugins-dir", m_plugins});
    }
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
    const QList<int> codes{first.exitCode(), second.exitCode()};
    QVERIFY2(codes.count(0) == 1 && codes.count(1) == 1,
             qPrintable(
                 QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError())));
    QCOMPARE(entries(m_plugins), QStringList{"same"});
    QCOMPARE(QDir(m_plugins + "/same/data").count() - 2, 300u);
}

QTEST_GUILESS_MAIN(TestPlugboardctlInstall)
#include "tst_plugboardctlinstall.moc"
