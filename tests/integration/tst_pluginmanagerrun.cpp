// PluginManager driving real plugin code: enable with trust → load, run, cancel, timeout,
// disable → stop, reload, code-defined metadata, the run journal. Real CPython, real files.
#include "common/fixtures.h"
#include "pluginmanager.h"
#include "python/embeddedpythonruntime.h"

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
    void cancelAndTimeout();
    void disableStopsWithReason();
    void reloadOnePluginTouchesOnlyIt();
    void runsAreJournaled();
    void manifestStopActionIsTheFallback();

private:
    QString pluginCode(const QString &body) const;
    std::unique_ptr<PluginManager> makeManager();
    JobResult waitFor(PluginManager &manager, quint64 job);

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
    if (!manager->reload().ok())
        return nullptr;
    return manager;
}

JobResult TestPluginManagerRun::waitFor(PluginManager &manager, quint64 job)
{
    JobResult found;
    bool done = false;
    QMetaObject::Connection c =
        connect(&manager, &PluginManager::jobFinished, this, [&](const JobResult &r) {
            if (r.jobId == job) {
                found = r;
                done = true;
            }
        });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 30000)
        QTest::qWait(5);
    disconnect(c);
    if (!done)
        qWarning("job %llu did not finish within 30 s", static_cast<unsigned long long>(job));
    return found;
}

static bool waitLoaded(PluginManager &manager, const QString &key)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        const std::optional<PluginInfo> info = manager.plugin(key);
        if (info && !info->loading && (info->loaded || !info->loadError.isEmpty()))
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
    QVERIFY(manager->plugin("greeter")->loaded);

    QSignalSpy lines(manager.get(), &PluginManager::logLine);
    Result<quint64> job = manager->runAction("greeter", "hello", {{"who", "Ada"}});
    QVERIFY(job.ok());
    const JobResult r = waitFor(*manager, job.value());
    QCOMPARE(r.outcome, JobResult::Outcome::Ok);
    QCOMPARE(r.result.value("message").toString(), QStringLiteral("hi Ada"));
    QTRY_VERIFY(!lines.isEmpty());
    QCOMPARE(manager->logLines("greeter").last().text, QStringLiteral("hello Ada"));

    // Settings saved while loaded reach the next run.
    QVERIFY(manager->saveSettings("greeter", {{"greeting", "hello"}}).ok());
    const JobResult r2 =
        waitFor(*manager, manager->runAction("greeter", "hello", {{"who", "Bo"}}).value());
    QCOMPARE(r2.result.value("message").toString(), QStringLiteral("hello Bo"));
}

void TestPluginManagerRun::codeFillsWhatTheManifestLeftEmpty()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QCOMPARE(manager->plugin("greeter")->name(), QStringLiteral("greeter")); // before loading
    QVERIFY(manager->plugin("greeter")->actions().isEmpty());
    QVERIFY(manager->ensureLoaded("greeter").ok());
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
    QVERIFY(manager->ensureLoaded("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    Result<quint64> unknown = manager->runAction("greeter", "nope", {});
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
    QVERIFY(broken.enabled); // enabled but not loaded
    QVERIFY(!broken.loaded);
    QVERIFY(!broken.loadError.isEmpty());
    QVERIFY(broken.loadTraceback.contains(QStringLiteral("SyntaxError")));
    QVERIFY(broken.hasProblems());
    const PluginInfo server = *manager->plugin("server_only");
    QVERIFY2(server.loadError.contains(QStringLiteral("Dispatcharr")),
             qPrintable(server.loadError));
    QCOMPARE(manager->runAction("broken", "x", {}).error().code, ErrorCode::Conflict);
    QVERIFY(manager->setEnabled("broken", false).ok());
    QVERIFY(manager->setEnabled("server_only", false).ok());
}

void TestPluginManagerRun::cancelAndTimeout()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->ensureLoaded("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));

    Result<quint64> spin = manager->runAction("greeter", "spin", {});
    QVERIFY(spin.ok());
    QTRY_VERIFY(manager->job(spin.value()) &&
                manager->job(spin.value())->state == JobInfo::State::Running);
    QElapsedTimer t;
    t.start();
    QVERIFY(manager->cancelJob(spin.value()));
    const JobResult cancelled = waitFor(*manager, spin.value());
    QCOMPARE(cancelled.outcome, JobResult::Outcome::Cancelled);
    QVERIFY2(t.elapsed() < 2000, "a busy loop stops promptly");

    Result<quint64> timed = manager->runAction("greeter", "spin", {}, 300);
    const JobResult timedOut = waitFor(*manager, timed.value());
    QCOMPARE(timedOut.outcome, JobResult::Outcome::TimedOut);
    QVERIFY(manager->jobs().isEmpty());
    // The plugin still works afterwards.
    QCOMPARE(waitFor(*manager, manager->runAction("greeter", "hello", {}).value()).outcome,
             JobResult::Outcome::Ok);
}

void TestPluginManagerRun::disableStopsWithReason()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->ensureLoaded("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    const QString stopped = manager->paths().pluginDataDir("greeter") + "/stopped.txt";
    QFile::remove(stopped);
    QVERIFY(manager->setEnabled("greeter", false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stopped), 10000);
    QFile file(stopped);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(), QByteArray("disable"));
    QVERIFY(!manager->plugin("greeter")->loaded);
    QCOMPARE(manager->runAction("greeter", "hello", {}).error().code, ErrorCode::Disabled);
    QVERIFY(manager->setEnabled("greeter", true).ok()); // trusted already
    QVERIFY(waitLoaded(*manager, "greeter"));
}

void TestPluginManagerRun::reloadOnePluginTouchesOnlyIt()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->setEnabled("other", true, true).ok());
    QVERIFY(manager->ensureLoaded("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    QVERIFY(waitLoaded(*manager, "other"));
    const QString stopped = manager->paths().pluginDataDir("greeter") + "/stopped.txt";
    QFile::remove(stopped);
    QVERIFY(manager->reloadPlugin("other").ok());
    QVERIFY(waitLoaded(*manager, "other"));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(stopped)); // greeter was not stopped
    QVERIFY(manager->plugin("greeter")->loaded);
    const JobResult r = waitFor(*manager, manager->runAction("other", "x", {}).value());
    QCOMPARE(r.result.value("result").toInt(), 42);
    QVERIFY(manager->reload().ok()); // reload all stops and re-imports both
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stopped), 10000);
    QVERIFY(waitLoaded(*manager, "greeter"));
    QVERIFY(manager->plugin("greeter")->loaded);
    QVERIFY(manager->setEnabled("other", false).ok());
}

void TestPluginManagerRun::runsAreJournaled()
{
    auto manager = makeManager();
    QVERIFY(manager);
    QVERIFY(manager->ensureLoaded("greeter").ok());
    QVERIFY(waitLoaded(*manager, "greeter"));
    const quint64 job = manager->runAction("greeter", "hello", {{"who", "log"}}).value();
    waitFor(*manager, job);
    manager->flushRecords();
    const QList<JournalEntry> runs = manager->recentRuns("greeter", 5).value();
    QVERIFY(!runs.isEmpty());
    QCOMPARE(runs.first().jobId, job);
    QCOMPARE(runs.first().outcome, QStringLiteral("ok"));
    QVERIFY(!manager->recentLogLines("greeter", 50).value().isEmpty());
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
