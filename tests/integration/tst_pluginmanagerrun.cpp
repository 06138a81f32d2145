// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManager driving real plugin code: enable with trust → load (a LoadJob, the plugin's
// state), run, cancel, timeout (RunJob handles), disable → stop, reload, code-defined metadata,
// the run journal. Real CPython, real files.
#include "common/fixtures.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "python/embeddedpythonruntime.h"
#include "runner/activity.h"
#include "runner/loadjob.h"
#include "runner/runjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestPluginManagerRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingEnabledStartsNoPython();
    void enableLoadsAndRuns();
    void codeFillsWhatTheManifestLeftEmpty();
    void refusesWhatCannotRun();
    void loadFailureIsVisible();
    void loadJobsAndStates();
    void cancelAndTimeout();
    void disableStopsWithReason();
    void reloadOnePluginTouchesOnlyIt();
    void runsAreJournaled();
    void manifestStopActionIsTheFallback();

private:
    QString pluginCode(const QString &body) const;
    std::unique_ptr<PluginManager> makeManager();
    // Waits for a run the caller holds and returns how it ended.
    JobResult waitFor(const Result<RunJob *> &job);

    QTemporaryDir m_dir;
    QString m_plugins;
};

static const char *kGreeter = R"(
import time

class Plugin:
    name = "Greeter from code"
    description = "Says hello."
    actions = [{"id": "hello", "label": "Hello"}, {"id": "spin", "label": "Spin"},
               {"id": "stopfile", "label": "Stop file"}]
    fields = [{"id": "greeting", "type": "string", "default": "hi"}]

    def run(self, action, params, context):
        if action == "hello":
            context["logger"].info("hello %s", params.get("who"))
            return {"status": "ok", "message": context["settings"]["greeting"] + " " + params.get("who", "")}
        if action == "spin":
            while True:
                pass
        return {"status": "error", "message": "unknown"}

    def stop(self, context):
        with open(context["data_dir"] + "/stopped.txt", "a") as f:
            f.write(context["reason"] + "\n")
)";

void TestPluginManagerRun::initTestCase()
{
    m_plugins = m_dir.filePath(QStringLiteral("plugins"));
    QVERIFY(QDir().mkpath(m_plugins));
    const QString greeter = m_plugins + QStringLiteral("/greeter");
    QVERIFY(fixtures::writeFile(greeter + "/plugin.py", kGreeter));
    // plugin.json gives only a version: the name and actions come from code.
    QVERIFY(fixtures::writeFile(greeter + "/plugin.json", R"({"version": "2.0"})"));
    QVERIFY(fixtures::writeFile(m_plugins + "/broken/plugin.py", "def oops(:\n"));
    QVERIFY(fixtures::writeFile(m_plugins + "/server_only/plugin.py",
                                "from apps.channels.models import Channel\nclass Plugin: pass\n"));
    // No stop() method, a "stop" action declared only in plugin.json, and never run: disabling
    // must still call run("stop", {}, context) with the settings it would see.
    QVERIFY(fixtures::writeFile(m_plugins + "/stopper/plugin.json",
                                R"({"name": "Stopper", "actions": [{"id": "stop", "label": "Stop"}],
                                    "fields": [{"id": "tag", "type": "string", "default": "t1"}]})"));
    QVERIFY(fixtures::writeFile(
        m_plugins + "/stopper/plugin.py",
        "class Plugin:\n"
        "    def run(self, action, params, context):\n"
        "        with open(context['data_dir'] + '/ran.txt', 'w') as f:\n"
        "            f.write(action + ' ' + context['settings']['tag'] + ' ' + context['reason'])\n"
        "        return {}\n"));
    QVERIFY(fixtures::writeFile(m_plugins + "/other/plugin.py",
                                "class Plugin:\n    actions = [{'id': 'x', 'label': 'X'}]\n"
                                "    def run(self, action, params, context):\n"
                                "        return 42\n"));
}

std::unique_ptr<PluginManager> TestPluginManagerRun::makeManager()
{
    PluginPaths paths = PluginPaths::resolve(m_dir.filePath(QStringLiteral("data")), m_plugins);
    if (!paths.prepare().ok())
        return nullptr;
    auto manager = std::make_unique<PluginManager>(paths);
    if (!manager->reload()->exec())
        return nullptr;
    return manager;
}

JobResult TestPluginManagerRun::waitFor(const Result<RunJob *> &job)
{
    if (!job) {
        qWarning("the run was refused: %s", qPrintable(job.error().message));
        return {};
    }
    RunJob *run = job.value();
    run->setAutoDelete(false);
    if (!QTest::qWaitFor([run] { return run->isFinished(); }, 30000))
        qWarning("job %llu did not finish within 30 s", static_cast<unsigned long long>(run->id()));
    const JobResult result = run->result();
    delete run;
    return result;
}

static bool waitLoaded(PluginManager &manager, const QString &key)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        const std::optional<PluginInfo> info = manager.plugin(key);
        if (info && !info->isLoading() && (info->isLoaded() || !info->loadError().isEmpty()))
            return true;
        QTest::qWait(10);
    }
    return false;
}

void TestPluginManagerRun::nothingEnabledStartsNoPython()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QCOMPARE(manager->plugins().size(), 5);
    QVERIFY(!EmbeddedPythonRuntime::isStarted());
}

void TestPluginManagerRun::enableLoadsAndRuns()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QSignalSpy loaded(manager.get(), &PluginManager::pluginLoaded);
    QVERIFY(manager->setEnabled("greeter", true, true).ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(manager->plugin("greeter")->isLoaded());

    QSignalSpy lines(manager->activity(), &Activity::logLine);
    Result<RunJob *> job = manager->runAction("greeter", "hello", {{"who", "Ada"}});
    QVERIFY(job.ok());
    QCOMPARE(job.value()->key(), QStringLiteral("greeter"));
    QCOMPARE(job.value()->action(), QStringLiteral("hello"));
    const JobResult r = waitFor(job);
    QCOMPARE(r.outcome, JobResult::Outcome::Ok);
    QCOMPARE(r.result.value("message").toString(), QStringLiteral("hi Ada"));
    QTRY_VERIFY(!lines.isEmpty());
    QCOMPARE(manager->activity()->logLines("greeter").last().text, QStringLiteral("hello Ada"));

    // Settings saved while loaded reach the next run.
    QVERIFY(manager->saveSettings("greeter", {{"greeting", "hello"}}).ok());
    const JobResult r2 = waitFor(manager->runAction("greeter", "hello", {{"who", "Bo"}}));
    QCOMPARE(r2.result.value("message").toString(), QStringLiteral("hello Bo"));
}

void TestPluginManagerRun::codeFillsWhatTheManifestLeftEmpty()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QCOMPARE(manager->plugin("greeter")->name(), QStringLiteral("greeter")); // before loading
    QVERIFY(manager->plugin("greeter")->actions().isEmpty());
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    const PluginInfo info = *manager->plugin("greeter");
    QCOMPARE(info.name(), QStringLiteral("Greeter from code"));
    QCOMPARE(info.version(), QStringLiteral("2.0")); // the manifest's wins where it has one
    QCOMPARE(info.actions().size(), 3);
    QCOMPARE(info.fields().size(), 1);
}

void TestPluginManagerRun::refusesWhatCannotRun()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QCOMPARE(manager->runAction("other", "x", {}).error().code, ErrorCode::Disabled);
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    Result<RunJob *> unknown = manager->runAction("greeter", "nope", {});
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains(QStringLiteral("hello")));
    QCOMPARE(manager->runAction("nobody", "x", {}).error().code, ErrorCode::NotFound);
}

void TestPluginManagerRun::loadFailureIsVisible()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled("broken", true, true).ok());
    QVERIFY(manager->setEnabled("server_only", true, true).ok());
    QVERIFY(waitLoaded(*manager, "broken"));
    QVERIFY(waitLoaded(*manager, "server_only"));
    const PluginInfo broken = *manager->plugin("broken");
    QVERIFY(broken.enabled()); // enabled but not loaded
    QVERIFY(!broken.isLoaded());
    QCOMPARE(broken.state(), PluginState::Failed);
    QVERIFY(!broken.loadError().isEmpty());
    QCOMPARE(broken.error(), broken.loadError());
    QVERIFY(broken.traceback().contains(QStringLiteral("SyntaxError")));
    QVERIFY(broken.hasProblems());
    const PluginInfo server = *manager->plugin("server_only");
    QVERIFY2(server.loadError().contains(QStringLiteral("Dispatcharr")),
             qPrintable(server.loadError()));
    QCOMPARE(manager->runAction("broken", "x", {}).error().code, ErrorCode::Conflict);
    QVERIFY(manager->setEnabled("broken", false).ok());
    QVERIFY(manager->setEnabled("server_only", false).ok());
}

void TestPluginManagerRun::loadJobsAndStates()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled("greeter", false).ok()); // earlier cases left it on
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Disabled);
    QCOMPARE(manager->load("greeter").error().code, ErrorCode::Disabled);
    QVERIFY(manager->setEnabled("greeter", true, true).ok());
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Loading);
    // Asking again while it loads gives the load in flight.
    const Result<LoadJob *> first = manager->load("greeter");
    const Result<LoadJob *> second = manager->load("greeter");
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value(), second.value());
    QCOMPARE(first.value()->key(), QStringLiteral("greeter"));
    QVERIFY(first.value()->exec());
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Loaded);
    // A loaded plugin's load job succeeds from the event loop, never before the caller connects.
    const Result<LoadJob *> again = manager->load("greeter");
    QVERIFY(again.ok());
    QVERIFY(!again.value()->isFinished());
    QVERIFY(again.value()->exec());

    // A failed load is the job's error, with Python's traceback.
    QVERIFY(manager->setEnabled("broken", true, true).ok());
    const Result<LoadJob *> broken = manager->load("broken");
    QVERIFY(broken.ok());
    QVERIFY(!broken.value()->exec());
    QCOMPARE(broken.value()->error().code, ErrorCode::PluginError);
    QVERIFY(broken.value()->traceback().contains(QStringLiteral("SyntaxError")));
    QCOMPARE(manager->plugin("broken")->state(), PluginState::Failed);

    // Switched off while it loads: the load's holder hears that it stopped.
    QVERIFY(manager->setEnabled("greeter", false).ok());
    QVERIFY(manager->setEnabled("greeter", true).ok());
    const Result<LoadJob *> interrupted = manager->load("greeter");
    QVERIFY(interrupted.ok());
    if (!interrupted.value()->isFinished()) {
        interrupted.value()->setAutoDelete(false);
        QVERIFY(manager->setEnabled("greeter", false).ok());
        QVERIFY(interrupted.value()->isFinished());
        QCOMPARE(interrupted.value()->error().code, ErrorCode::Conflict);
        delete interrupted.value();
    }
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Disabled);
    QTest::qWait(300); // the abandoned load reports meanwhile; it must not count as loaded
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Disabled);
    QVERIFY(manager->setEnabled("broken", false).ok());
    // Switched on again, the code really loads and runs (as the cases after this one expect).
    QVERIFY(manager->setEnabled("greeter", true).ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    QCOMPARE(manager->plugin("greeter")->state(), PluginState::Loaded);
    QCOMPARE(waitFor(manager->runAction("greeter", "hello", {{"who", "again"}})).outcome,
             JobResult::Outcome::Ok);
}

void TestPluginManagerRun::cancelAndTimeout()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));

    Result<RunJob *> spin = manager->runAction("greeter", "spin", {});
    QVERIFY(spin.ok());
    RunJob *spinning = spin.value();
    spinning->setAutoDelete(false);
    QCOMPARE(manager->activity()->job(spinning->id()), spinning);
    QTRY_VERIFY(spinning->state() == Job::State::Running);
    QCOMPARE(spinning->info().state, JobInfo::State::Running);
    QElapsedTimer t;
    t.start();
    QVERIFY(spinning->cancel());
    QVERIFY(spinning->isCancelling());
    const JobResult cancelled = waitFor(spin);
    QCOMPARE(cancelled.outcome, JobResult::Outcome::Cancelled);
    QVERIFY2(t.elapsed() < 2000, "a busy loop stops promptly");
    QCOMPARE(manager->activity()->finishedRun(cancelled.jobId)->outcome,
             JobResult::Outcome::Cancelled);

    Result<RunJob *> timed = manager->runAction("greeter", "spin", {}, 300);
    QVERIFY(timed.ok());
    timed.value()->setAutoDelete(false);
    QVERIFY(!timed.value()->exec());
    QCOMPARE(timed.value()->error().code, ErrorCode::TimedOut);
    const JobResult timedOut = waitFor(timed);
    QCOMPARE(timedOut.outcome, JobResult::Outcome::TimedOut);
    QVERIFY(manager->activity()->jobs().isEmpty());
    // The plugin still works afterwards.
    QCOMPARE(waitFor(manager->runAction("greeter", "hello", {})).outcome, JobResult::Outcome::Ok);
}

void TestPluginManagerRun::disableStopsWithReason()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    const QString stopped = manager->paths().pluginDataDir("greeter") + "/stopped.txt";
    QFile::remove(stopped);
    QVERIFY(manager->setEnabled("greeter", false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stopped), 10000);
    QFile file(stopped);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(), QByteArray("disable"));
    QVERIFY(!manager->plugin("greeter")->isLoaded());
    QCOMPARE(manager->runAction("greeter", "hello", {}).error().code, ErrorCode::Disabled);
    QVERIFY(manager->setEnabled("greeter", true).ok()); // trusted already
    QVERIFY(waitLoaded(*manager, "greeter"));
}

void TestPluginManagerRun::reloadOnePluginTouchesOnlyIt()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled("other", true, true).ok());
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    QVERIFY(waitLoaded(*manager, "other"));
    const QString stopped = manager->paths().pluginDataDir("greeter") + "/stopped.txt";
    QFile::remove(stopped);
    QVERIFY(manager->reload("other")->exec());
    QVERIFY(waitLoaded(*manager, "other"));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(stopped)); // greeter was not stopped
    QVERIFY(manager->plugin("greeter")->isLoaded());
    const JobResult r = waitFor(manager->runAction("other", "x", {}));
    QCOMPARE(r.result.value("result").toInt(), 42);
    QVERIFY(manager->reload()->exec()); // reload all stops and re-imports both
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stopped), 10000);
    QVERIFY(waitLoaded(*manager, "greeter"));
    QVERIFY(manager->plugin("greeter")->isLoaded());
    QVERIFY(manager->setEnabled("other", false).ok());
}

void TestPluginManagerRun::runsAreJournaled()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->load("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    const quint64 job = waitFor(manager->runAction("greeter", "hello", {{"who", "log"}})).jobId;
    manager->activity()->flush();
    const QList<JournalEntry> runs = manager->activity()->recentRuns("greeter", 5).value();
    QVERIFY(!runs.isEmpty());
    QCOMPARE(runs.first().jobId, job);
    QCOMPARE(runs.first().outcome, QStringLiteral("ok"));
    QVERIFY(!manager->activity()->recentLogLines("greeter", 50).value().isEmpty());
}

void TestPluginManagerRun::manifestStopActionIsTheFallback()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled("stopper", true, true).ok());
    QVERIFY(waitLoaded(*manager, "stopper"));
    QVERIFY(manager->setEnabled("stopper", false).ok());
    const QString ran = manager->paths().pluginDataDir("stopper") + "/ran.txt";
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ran), 10000);
    QFile file(ran);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("stop t1 disable"));
}

QTEST_GUILESS_MAIN(TestPluginManagerRun)
#include "tst_pluginmanagerrun.moc"
