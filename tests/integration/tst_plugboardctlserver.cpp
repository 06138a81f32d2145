// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One owner of Python per data folder: while `plugboardctl serve` (or the window) runs the
// plugins, plugboardctl sends enable, disable, run, reload, import and remove to it through the
// REST API and says so; with nobody running they run here, as before.
#include "ctlharness.h"
#include "serveprocess.h"

#include "api/apiclient.h"
#include "api/apitoken.h"

using namespace plugboard;
using ctltest::Run;

namespace {

const char *kCounter = R"(
import os
import time
import plugboard

# The Plugboard process that runs this host: its parent, or the host zygote's parent.
def plugboard_pid():
    parent = os.getppid()
    with open("/proc/%d/stat" % parent) as f:
        stat = f.read()
    close = stat.rindex(')')
    if stat[stat.index('(') + 1:close] == "pb-host-zygote":
        return int(stat[close + 2:].split()[1])
    return parent

class Plugin:
    def run(self, action, params, context):
        if action == "pid":
            context["logger"].info("running in %d", os.getpid())
            plugboard.notify("hello from the server", "info")
            return {"status": "ok", "pid": os.getpid(), "plugboard": plugboard_pid()}
        if action == "fail":
            return {"status": "error", "message": "it did not work"}
        if action == "slow":
            for _ in range(2000):
                time.sleep(0.01)
        return {"status": "ok"}
)";

} // namespace

class TestPlugboardctlServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondServerOnTheSameDataIsRefused();
    void enableAndRunGoThroughTheServer();
    void runFailuresKeepTheirExitCode();
    void ctrlCCancelsTheRemoteJob();
    void importReloadDisableRemoveGoThroughTheServer();
    void anotherPluginsFolderIsRefused();
    void withNobodyRunningCommandsRunHere();
    void windowWithoutApiRefusesCodeCommands();
    void windowServesTheApiAndRunsTheCommands();

private:
    Run ctl(const QStringList &args, const QString &pluginsDir = {});
    // The real window, offscreen, on this suite's folders, with its settings in `config`.
    void startWindow(QProcess &window, const QTemporaryDir &config, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_data, m_plugins;
    servetest::ServeProcess m_server;
};

void TestPlugboardctlServer::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_plugins = m_dir.filePath(QStringLiteral("plugins"));
    QVERIFY(fixtures::writeFile(m_plugins + "/counter/plugin.py", kCounter));
    QVERIFY(fixtures::writeFile(
        m_plugins + "/counter/plugin.json",
        R"({"name": "Counter", "actions": [{"id": "pid", "label": "Pid"}, {"id": "fail", "label": "Fail"}, {"id": "slow", "label": "Slow"}, {"id": "risky", "label": "Risky", "confirm": true}]})"));
    QVERIFY(m_server.start(m_data, m_plugins));
}

Run TestPlugboardctlServer::ctl(const QStringList &args, const QString &pluginsDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    return ctltest::runProcess(fixtures::plugboardctlPath(),
                               args + QStringList{QStringLiteral("--data-dir"), m_data,
                                                  QStringLiteral("--plugins-dir"),
                                                  pluginsDir.isEmpty() ? m_plugins : pluginsDir},
                               env);
}

void TestPlugboardctlServer::startWindow(QProcess &window, const QTemporaryDir &config,
                                         const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", config.path());
    env.insert("PLUGBOARD_NO_DIALOGS", "1");
    window.setProcessEnvironment(env);
    window.start(PLUGBOARD_PATH,
                 args + QStringList{"--data-dir", m_data, "--plugins-dir", m_plugins});
}

void TestPlugboardctlServer::secondServerOnTheSameDataIsRefused()
{
    const Run second = ctl({"serve", "--port", "0"});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.errText().contains(QString::number(m_server.pid)),
             qPrintable(second.describe()));
}

void TestPlugboardctlServer::enableAndRunGoThroughTheServer()
{
    const Run refused = ctl({"enable", "counter"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.errText().contains("--yes"));
    const Run enabled = ctl({"enable", "counter", "--yes"});
    QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
    QVERIFY(enabled.errText().contains("through plugboardctl serve (process " +
                                       QString::number(m_server.pid)));
    QVERIFY(enabled.outText().contains("its code loaded"));

    const Run ran = ctl({"run", "counter", "pid", "--json"});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
    // The plugin ran in a host process the server started, not in this plugboardctl.
    const QJsonObject result = ran.json().value("result").toObject();
    QCOMPARE(result.value("plugboard").toInteger(), m_server.pid);
    QVERIFY(
        ran.errText().contains("running in " + QString::number(result.value("pid").toInteger())));
    QVERIFY(ran.errText().contains("hello from the server"));

    // A memory limit set from here reaches the server's running process of the plugin.
    const Run limited = ctl({"limits", "counter", "--memory", "640"});
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.describe()));
    QVERIFY(limited.outText().contains("640 MiB"));
    QVERIFY2(limited.outText().contains("Applied to its running process."),
             qPrintable(limited.describe()));
    const Run shown = ctl({"limits", "counter", "--json"});
    QCOMPARE(shown.json().value("memory_limit_mb").toInt(), 640);
    QCOMPARE(shown.json().value("running").toBool(), true);
    QCOMPARE(ctl({"limits", "counter", "--memory", "lots"}).exitCode, 2);
    QCOMPARE(ctl({"limits", "counter", "--memory", "default", "--json"})
                 .json()
                 .value("memory_limit_mb")
                 .toInt(),
             2048);
}

void TestPlugboardctlServer::runFailuresKeepTheirExitCode()
{
    const Run failed = ctl({"run", "counter", "fail"});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.errText().contains("it did not work"));
    const Run unknown = ctl({"run", "counter", "nope"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains("pid")); // names the declared actions
    QCOMPARE(ctl({"run", "counter", "pid", "--params", "[1]"}).exitCode, 2);
    // An action that asks first, through the server: --yes, as in this process.
    const Run asks = ctl({"run", "counter", "risky"});
    QVERIFY2(asks.exitCode == 1 && asks.errText().contains("--yes"), qPrintable(asks.describe()));
    const Run confirmed = ctl({"run", "counter", "risky", "--yes"});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
}

void TestPlugboardctlServer::ctrlCCancelsTheRemoteJob()
{
    QProcess process;
    process.start(fixtures::plugboardctlPath(),
                  {"run", "counter", "slow", "--data-dir", m_data, "--plugins-dir", m_plugins});
    QVERIFY(process.waitForStarted());
    ApiClient client(m_server.port, ApiToken::load(m_data).value());
    QTRY_VERIFY_WITH_TIMEOUT(
        !client.get("/api/plugins/jobs/").json.value("jobs").toArray().isEmpty(), 10000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cancelled"));
    QTRY_VERIFY(client.get("/api/plugins/jobs/").json.value("jobs").toArray().isEmpty());
}

void TestPlugboardctlServer::importReloadDisableRemoveGoThroughTheServer()
{
    const QString zip = m_dir.filePath("extra-1.0.0.zip");
    QVERIFY(fixtures::makeZip(zip, {{"plugin.py", "class Plugin:\n    def run(self, a, p, c):\n"
                                                  "        return {}\n"},
                                    {"plugin.json", R"({"name": "Extra", "version": "1.0.0"})"}}));
    const Run imported = ctl({"import", zip, "--enable", "--yes", "--json"});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY(imported.errText().contains("through plugboardctl serve"));
    const QJsonObject first = imported.json().value("imports").toArray().at(0).toObject();
    QCOMPARE(first.value("key").toString(), QStringLiteral("extra"));
    QCOMPARE(first.value("enabled"), QJsonValue(true));

    const Run again = ctl({"import", zip});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.errText().contains("already installed"));

    const Run reloaded = ctl({"reload", "--json"});
    QVERIFY2(reloaded.exitCode == 0, qPrintable(reloaded.describe()));
    QCOMPARE(reloaded.json().value("count").toInt(), 2);

    const Run disabled = ctl({"disable", "extra"});
    QVERIFY2(disabled.exitCode == 0 && disabled.outText().contains("Disabled"),
             qPrintable(disabled.describe()));
    QCOMPARE(ctl({"remove", "extra"}).exitCode, 1); // asks first; no terminal: needs --yes
    const Run removed = ctl({"remove", "extra", "--yes"});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QTRY_VERIFY(!QFileInfo::exists(m_plugins + "/extra"));
}

void TestPlugboardctlServer::anotherPluginsFolderIsRefused()
{
    const QString other = m_dir.filePath("other-plugins");
    QVERIFY(QDir().mkpath(other));
    const Run refused = ctl({"reload"}, other);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.errText().contains(m_plugins));
}

void TestPlugboardctlServer::withNobodyRunningCommandsRunHere()
{
    QCOMPARE(m_server.stop(), 0);
    const Run ran = ctl({"run", "counter", "pid", "--json"});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
    // Running here is the usual case: said only when asked.
    QVERIFY2(!ran.errText().contains("running the plugins here"), qPrintable(ran.describe()));
    QVERIFY(ran.json().value("result").toObject().value("plugboard").toInteger() != m_server.pid);
    const Run verbose = ctl({"run", "counter", "pid", "--json", "--verbose"});
    QVERIFY2(verbose.exitCode == 0, qPrintable(verbose.describe()));
    QVERIFY2(verbose.errText().contains("running the plugins here"),
             qPrintable(verbose.describe()));
    // Commands that never run plugin code say nothing about it.
    const Run listed = ctl({"list"});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.err.isEmpty());
}

void TestPlugboardctlServer::windowWithoutApiRefusesCodeCommands()
{
    QTemporaryDir config;
    QProcess window;
    startWindow(window, config, {"--no-api"});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_data + "/instance.json"), 15000);
    const Run refused = ctl({"run", "counter", "pid"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains("REST API turned off"), qPrintable(refused.describe()));
    window.terminate();
    QVERIFY(window.waitForFinished(15000));
}

void TestPlugboardctlServer::windowServesTheApiAndRunsTheCommands()
{
    QTemporaryDir config;
    QProcess window;
    startWindow(window, config, {"--api-port", "0"});
    QVERIFY(window.waitForStarted());
    QJsonObject record;
    QTRY_VERIFY_WITH_TIMEOUT((record = QJsonDocument::fromJson([&] {
                                           QFile file(m_data + "/instance.json");
                                           return file.open(QIODevice::ReadOnly) ? file.readAll()
                                                                                 : QByteArray();
                                       }())
                                           .object(),
                              record.value("port").toInt() > 0 && record.value("kind") == "window"),
                             15000);
    QCOMPARE(record.value("pid").toInteger(), window.processId());

    const Run enabled = ctl({"enable", "counter", "--yes"});
    QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
    QVERIFY(enabled.errText().contains("through the Plugboard window"));
    const Run ran = ctl({"run", "counter", "pid", "--json"});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
    QCOMPARE(ran.json().value("result").toObject().value("plugboard").toInteger(),
             window.processId());
    window.terminate();
    QVERIFY(window.waitForFinished(15000));
}

QTEST_GUILESS_MAIN(TestPlugboardctlServer)
#include "tst_plugboardctlserver.moc"
