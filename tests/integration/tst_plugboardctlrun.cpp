// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl enable/run/log against real plugin code, as a user would type them.
#include "common/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

class TestPlugboardctlRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enableLoadsAndReports();
    void enableReportsALoadFailure();
    void runPrintsTheResult();
    void runExitCodes();
    void timeoutEndsTheRun();
    void interruptCancelsTheRun();
    void logShowsRunsAndLines();

private:
    struct Out {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Out ctl(const QStringList &args, int timeoutMs = 60000);
    QProcess *start(const QStringList &args);

    QTemporaryDir m_dir;
    QStringList m_base;
};

void TestPlugboardctlRun::initTestCase()
{
    const QString plugins = m_dir.filePath("plugins");
    QVERIFY(fixtures::writeFile(plugins + "/Worker/plugin.json", R"({
        "name": "Worker", "version": "1.0",
        "actions": [{"id": "add", "label": "Add"}, {"id": "fail", "label": "Fail"},
                    {"id": "spin", "label": "Spin"}, {"id": "bad_status", "label": "Bad"}]})"));
    QVERIFY(fixtures::writeFile(plugins + "/Worker/plugin.py", R"(
class Plugin:
    def run(self, action, params, context):
        if action == "add":
            context["logger"].warning("adding %s", params)
            print("stdout from plugin")
            return {"sum": params.get("a", 0) + params.get("b", 0)}
        if action == "fail":
            raise RuntimeError("it broke")
        if action == "bad_status":
            return {"status": "error", "message": "nothing to do"}
        while True:
            pass
)"));
    QVERIFY(fixtures::writeFile(plugins + "/Broken/plugin.py", "import does_not_exist_anywhere\n"));
    m_base = {QStringLiteral("--plugins-dir"), plugins, QStringLiteral("--data-dir"),
              m_dir.filePath("data")};
}

TestPlugboardctlRun::Out TestPlugboardctlRun::ctl(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(fixtures::plugboardctlPath(), m_base + args);
    p.closeWriteChannel();
    Out out;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return out;
    }
    out.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    out.out = p.readAllStandardOutput();
    out.err = p.readAllStandardError();
    return out;
}

void TestPlugboardctlRun::enableLoadsAndReports()
{
    Out out = ctl({"enable", "worker", "--yes"});
    QCOMPARE(out.code, 0);
    QVERIFY2(out.out.contains("loaded"), out.out);
    out = ctl({"enable", "worker", "--json"});
    QCOMPARE(out.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out.out).object();
    QCOMPARE(json.value("loaded").toBool(), true);
    QCOMPARE(json.value("enabled").toBool(), true);
}

void TestPlugboardctlRun::enableReportsALoadFailure()
{
    Out out = ctl({"enable", "broken", "--yes"});
    QCOMPARE(out.code, 1);
    QVERIFY2(out.err.contains("does_not_exist_anywhere"), out.err);
    QVERIFY2(out.err.contains("Traceback"), out.err);
    // Enabled but not loaded: the state is kept and shown.
    out = ctl({"show", "broken", "--json"});
    QCOMPARE(QJsonDocument::fromJson(out.out).object().value("enabled").toBool(), true);
}

void TestPlugboardctlRun::runPrintsTheResult()
{
    Out out = ctl({"run", "worker", "add", "--params", R"({"a": 2, "b": 3})", "--json"});
    QCOMPARE(out.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out.out).object();
    QCOMPARE(json.value("outcome").toString(), QStringLiteral("ok"));
    QCOMPARE(json.value("result").toObject().value("sum").toInt(), 5);
    QVERIFY2(out.err.contains("adding"), out.err);             // logger line, live on stderr
    QVERIFY2(out.err.contains("stdout from plugin"), out.err); // print() captured
    out = ctl({"run", "worker", "add", "--params", R"({"a": 1})"});
    QCOMPARE(out.code, 0);
    QVERIFY(out.out.contains("\"sum\": 1"));
}

void TestPlugboardctlRun::runExitCodes()
{
    Out out = ctl({"run", "worker", "fail"});
    QCOMPARE(out.code, 1);
    QVERIFY(out.err.contains("it broke"));
    QVERIFY(out.err.contains("Traceback"));
    out = ctl({"run", "worker", "bad_status", "--json"});
    QCOMPARE(out.code, 1); // an error result is an error, not a green success
    QCOMPARE(QJsonDocument::fromJson(out.out).object().value("outcome").toString(),
             QStringLiteral("error"));
    out = ctl({"run", "worker", "nope"});
    QCOMPARE(out.code, 1);
    QVERIFY(out.err.contains("add"));
    out = ctl({"run", "worker", "add", "--params", "[1, 2]"});
    QCOMPARE(out.code, 2);
    out = ctl({"run", "worker", "add", "--timeout", "soon"});
    QCOMPARE(out.code, 2);
    out = ctl({"disable", "worker"});
    QCOMPARE(out.code, 0);
    out = ctl({"run", "worker", "add"});
    QCOMPARE(out.code, 1);
    QVERIFY(out.err.contains("disabled"));
    QCOMPARE(ctl({"enable", "worker"}).code, 0); // trusted already: no --yes needed
}

void TestPlugboardctlRun::timeoutEndsTheRun()
{
    QElapsedTimer t;
    t.start();
    Out out = ctl({"run", "worker", "spin", "--timeout", "0.5", "--json"});
    QCOMPARE(out.code, 1);
    QCOMPARE(QJsonDocument::fromJson(out.out).object().value("outcome").toString(),
             QStringLiteral("timed_out"));
    QVERIFY(t.elapsed() < 20000);
}

void TestPlugboardctlRun::interruptCancelsTheRun()
{
    QProcess p;
    p.start(fixtures::plugboardctlPath(), m_base + QStringList{"run", "worker", "spin", "--json"});
    p.closeWriteChannel();
    QVERIFY(p.waitForStarted());
    // Wait until the plugin runs (its code loaded), then press Ctrl+C once.
    QTest::qWait(1500);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(json.value("outcome").toString(), QStringLiteral("cancelled"));
    QVERIFY(p.readAllStandardError().contains("Cancelling"));
}

void TestPlugboardctlRun::logShowsRunsAndLines()
{
    Out out = ctl({"log", "worker"});
    QCOMPARE(out.code, 0);
    QVERIFY2(out.out.contains("add"), out.out);
    QVERIFY(out.out.contains("timed_out"));
    QVERIFY(out.out.contains("cancelled"));
    QVERIFY(out.out.contains("stdout from plugin"));
    out = ctl({"log", "worker", "--json", "--limit", "2"});
    QCOMPARE(out.code, 0);
    QCOMPARE(QJsonDocument::fromJson(out.out).object().value("runs").toArray().size(), 2);
    QCOMPARE(ctl({"log", "worker", "--limit", "0"}).code, 2);
}

QTEST_GUILESS_MAIN(TestPlugboardctlRun)
#include "tst_plugboardctlrun.moc"
