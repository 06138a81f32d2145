// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HostProcessRuntime: the PluginRuntime seam with a real plugboard-host process per plugin.
// Loads and runs real plugin files; a crash fails the run with a sentence naming the action and
// unloads the plugin, which loads again in a fresh process; cancel and timeout of a run stuck in
// C end it by killing its process after the grace period; unload and shutdown leave no process.
// Every test runs twice: with each host started from scratch, and with hosts forked from the
// host zygote (what the products do). A zygote that cannot start costs nothing but speed.
#include "common/fixtures.h"
#include "common/pluginmodules.h"
#include "hostprocess/hostprocessruntime.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace plugboard;

class TestHostProcessRuntime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void loadsAndRunsInItsOwnProcess();
    void aCrashFailsTheRunAndTheNextLoadIsFresh();
    void cancelAndTimeoutEndARunStuckInC_data();
    void cancelAndTimeoutEndARunStuckInC();
    void unloadAndShutdownLeaveNoProcess();
    void aHostThatNeverAnswersFailsItsLoad();
    void forkedHostsAreTheZygotesChildrenWithTheirOwnLimits();
    void aZygoteThatCannotStartLeavesHostsStartedFromScratch();
    void thePluginEnvironmentImports();

private:
    LoadRequest plugin(const QString &key, const QByteArray &runBody);
    bool load(const LoadRequest &request);
    std::optional<JobResult> runAndWait(const QString &key, quint64 job, int timeoutMs = 20000);
    static bool alive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostProcessRuntime> m_runtime;
    QList<JobResult> m_finished;
    QList<LoadResult> m_loaded;
    QStringList m_unloaded;
};

void TestHostProcessRuntime::initTestCase_data()
{
    QTest::addColumn<bool>("zygote");
    QTest::newRow("started from scratch") << false;
    QTest::newRow("forked from the zygote") << true;
}

void TestHostProcessRuntime::init()
{
    QFETCH_GLOBAL(bool, zygote);
    m_dir = std::make_unique<QTemporaryDir>();
    m_runtime = std::make_unique<HostProcessRuntime>(QStringLiteral(PLUGBOARD_HOST_PATH));
    m_runtime->setUseZygote(zygote);
    m_runtime->prestart();
    m_runtime->setCancelGrace(300);
    m_finished.clear();
    m_loaded.clear();
    m_unloaded.clear();
    connect(m_runtime.get(), &PluginRuntime::jobFinished, this,
            [this](const JobResult &r) { m_finished.append(r); });
    connect(m_runtime.get(), &PluginRuntime::loaded, this,
            [this](const LoadResult &r) { m_loaded.append(r); });
    connect(m_runtime.get(), &PluginRuntime::unloaded, this,
            [this](const QString &key) { m_unloaded.append(key); });
}

void TestHostProcessRuntime::cleanup()
{
    m_runtime->shutdown(2000);
    m_runtime.reset();
}

LoadRequest TestHostProcessRuntime::plugin(const QString &key, const QByteArray &runBody)
{
    const QString path = m_dir->filePath("plugins/" + key);
    QDir().mkpath(path);
    fixtures::writeFile(path + "/plugin.py", "import ctypes, os, re, time\n"
                                             "class Plugin:\n"
                                             "    def run(self, action, params, context):\n" +
                                                 runBody + "\n");
    LoadRequest request;
    request.key = key;
    request.folderPath = path;
    request.folderName = key;
    request.entryFile = "plugin.py";
    request.dataDir = m_dir->filePath("data/" + key);
    return request;
}

bool TestHostProcessRuntime::load(const LoadRequest &request)
{
    const qsizetype before = m_loaded.size();
    m_runtime->load(request);
    if (!QTest::qWaitFor([&] { return m_loaded.size() > before; }, 20000))
        return false;
    if (!m_loaded.last().ok)
        qWarning("load: %s", qPrintable(m_loaded.last().error));
    return m_loaded.last().ok && m_runtime->isLoaded(request.key);
}

std::optional<JobResult> TestHostProcessRuntime::runAndWait(const QString &key, quint64 job,
                                                            int timeoutMs)
{
    RunRequest request;
    request.jobId = job;
    request.key = key;
    request.action = "go";
    m_runtime->run(request);
    const auto done = [&] {
        for (const JobResult &r : std::as_const(m_finished)) {
            if (r.jobId == job)
                return std::optional<JobResult>(r);
        }
        return std::optional<JobResult>();
    };
    (void)QTest::qWaitFor([&] { return done().has_value(); }, timeoutMs); // done() says
    return done();
}

void TestHostProcessRuntime::loadsAndRunsInItsOwnProcess()
{
    QVERIFY(
        load(plugin("greeter", "        return {'status': 'ok', 'message': str(os.getpid())}")));
    const qint64 pid = m_runtime->hostPid("greeter");
    QVERIFY(pid > 0 && pid != QCoreApplication::applicationPid());
    const std::optional<JobResult> r = runAndWait("greeter", 101);
    QVERIFY(r);
    QCOMPARE(r->outcome, JobResult::Outcome::Ok);
    QCOMPARE(r->message, QString::number(pid));
    QCOMPARE(r->key, QStringLiteral("greeter"));
    QCOMPARE(r->action, QStringLiteral("go"));
}

void TestHostProcessRuntime::aCrashFailsTheRunAndTheNextLoadIsFresh()
{
    const LoadRequest request = plugin("crasher", "        ctypes.string_at(0)");
    QVERIFY(load(request));
    const qint64 first = m_runtime->hostPid("crasher");
    const std::optional<JobResult> r = runAndWait("crasher", 7);
    QVERIFY(r);
    QCOMPARE(r->outcome, JobResult::Outcome::Failed);
    QCOMPARE(r->message, QStringLiteral("The plugin's process crashed (segmentation fault) while "
                                        "running \"go\"."));
    QVERIFY(QTest::qWaitFor([&] { return m_unloaded.contains("crasher"); }, 5000));
    QVERIFY(!m_runtime->isLoaded("crasher"));
    QVERIFY(!alive(first));
    // A run now is refused plainly; loading again starts a fresh process.
    const std::optional<JobResult> refused = runAndWait("crasher", 8);
    QVERIFY(refused);
    QVERIFY(refused->message.contains("not loaded"));
    QVERIFY(load(request));
    QVERIFY(m_runtime->hostPid("crasher") != first);
}

void TestHostProcessRuntime::cancelAndTimeoutEndARunStuckInC_data()
{
    QTest::addColumn<bool>("timedOut");
    QTest::newRow("cancel") << false;
    QTest::newRow("timeout") << true;
}

void TestHostProcessRuntime::cancelAndTimeoutEndARunStuckInC()
{
    QFETCH(bool, timedOut);
    QVERIFY(
        load(plugin("stuck", "        context['progress'](0.1) if 'progress' in context else None\n"
                             "        re.match(r'(a+)+$', 'a' * 64 + 'b')\n"
                             "        return {'status': 'ok'}")));
    const qint64 pid = m_runtime->hostPid("stuck");
    QSignalSpy started(m_runtime.get(), &PluginRuntime::jobStarted);
    RunRequest request;
    request.jobId = 55;
    request.key = "stuck";
    request.action = "go";
    m_runtime->run(request);
    QVERIFY(started.wait(10000));
    QTest::qWait(100);
    QVERIFY(m_runtime->cancel(55, timedOut));
    QVERIFY(QTest::qWaitFor([&] { return !m_finished.isEmpty(); }, 5000));
    const JobResult &r = m_finished.first();
    QCOMPARE(r.outcome, timedOut ? JobResult::Outcome::TimedOut : JobResult::Outcome::Cancelled);
    QVERIFY2(r.message.contains("did not stop within 0.3 s"), qPrintable(r.message));
    QVERIFY(QTest::qWaitFor([&] { return !alive(pid); }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return m_unloaded.contains("stuck"); }, 5000));
    QCOMPARE(m_finished.size(), 1); // reported once
}

void TestHostProcessRuntime::unloadAndShutdownLeaveNoProcess()
{
    QVERIFY(load(plugin("one", "        return {'status': 'ok'}")));
    QVERIFY(load(plugin("two", "        return {'status': 'ok'}")));
    const qint64 one = m_runtime->hostPid("one");
    const qint64 two = m_runtime->hostPid("two");
    m_runtime->unload("one", StopReason::Disable);
    QVERIFY(QTest::qWaitFor([&] { return m_unloaded.contains("one"); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !alive(one); }, 5000));
    QVERIFY(alive(two));
    m_runtime->shutdown(3000);
    QVERIFY(m_unloaded.contains("two"));
    QVERIFY(QTest::qWaitFor([&] { return !alive(two); }, 5000));
}

void TestHostProcessRuntime::aHostThatNeverAnswersFailsItsLoad()
{
    // A stand-in host that starts and then says nothing at all.
    const QString script = m_dir->filePath("silent-host");
    QVERIFY(fixtures::writeFile(script, "#!/bin/sh\nexec sleep 30\n"));
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    HostProcessRuntime silent(script);
    // With the zygote, the stand-in never gets ready either: the load still fails on time.
    QFETCH_GLOBAL(bool, zygote);
    silent.setUseZygote(zygote);
    silent.prestart();
    silent.setHelloTimeout(300);
    QList<LoadResult> loaded;
    connect(&silent, &PluginRuntime::loaded, this, [&](const LoadResult &r) { loaded << r; });
    silent.load(plugin("quiet", "        return {}"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QVERIFY(!loaded.first().ok);
    QCOMPARE(loaded.first().error,
             QStringLiteral("The plugin's process did not answer within 0.3 s."));
    QVERIFY(!silent.isLoaded("quiet"));
    QCOMPARE(silent.hostPid("quiet"), 0);
}

void TestHostProcessRuntime::forkedHostsAreTheZygotesChildrenWithTheirOwnLimits()
{
    QFETCH_GLOBAL(bool, zygote);
    if (!zygote)
        QSKIP("about forked hosts");
    m_runtime->setMemoryLimit("capped", 300 * 1024 * 1024);
    QVERIFY(
        load(plugin("capped", "        return {'status': 'ok', 'message': str(os.getppid())}")));
    QVERIFY(load(plugin("free", "        return {'status': 'ok'}")));
    const qint64 zygotePid = m_runtime->zygotePid();
    QVERIFY(zygotePid > 0);
    const std::optional<JobResult> r = runAndWait("capped", 3);
    QVERIFY(r);
    QCOMPARE(r->message, QString::number(zygotePid));
    // Each its own address-space cap, set in the forked child, and raised live.
    const auto softLimit = [](qint64 pid) {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly))
            return QString();
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max address space"))
                return QString::fromLatin1(line.mid(26).simplified().split(' ').value(0));
        }
        return QString();
    };
    QCOMPARE(softLimit(m_runtime->hostPid("capped")), QString::number(300 * 1024 * 1024));
    QCOMPARE(softLimit(m_runtime->hostPid("free")), QStringLiteral("unlimited"));
    m_runtime->setMemoryLimit("capped", 400 * 1024 * 1024);
    QCOMPARE(softLimit(m_runtime->hostPid("capped")), QString::number(400 * 1024 * 1024));
    // Their processes are told apart from the zygote's: each host its own process group.
    QCOMPARE(::getpgid(pid_t(m_runtime->hostPid("capped"))), pid_t(m_runtime->hostPid("capped")));
}

void TestHostProcessRuntime::aZygoteThatCannotStartLeavesHostsStartedFromScratch()
{
    QFETCH_GLOBAL(bool, zygote);
    if (!zygote)
        QSKIP("about the zygote");
    // A stand-in that is the real host, except that it fails as a zygote.
    const QString script = m_dir->filePath("no-zygote-host");
    QVERIFY(fixtures::writeFile(script, "#!/bin/sh\ncase \" $* \" in *\" --zygote \"*) exit 3;; "
                                        "esac\nexec '" PLUGBOARD_HOST_PATH "' \"$@\"\n"));
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    HostProcessRuntime runtime(script);
    runtime.setUseZygote(true);
    runtime.prestart();
    QList<LoadResult> loaded;
    connect(&runtime, &PluginRuntime::loaded, this, [&](const LoadResult &r) { loaded << r; });
    runtime.load(plugin("first", "        return {'status': 'ok'}"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY2(loaded.first().ok, qPrintable(loaded.first().error));
    QCOMPARE(runtime.zygotePid(), 0);
    // Started again for the next load, and again it cannot: after that it is not tried.
    runtime.load(plugin("second", "        return {'status': 'ok'}"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QVERIFY2(loaded.last().ok, qPrintable(loaded.last().error));
    runtime.load(plugin("third", "        return {'status': 'ok'}"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 20000);
    QVERIFY2(loaded.last().ok, qPrintable(loaded.last().error));
    QCOMPARE(runtime.zygotePid(), 0);
    runtime.shutdown(3000);
}

void TestHostProcessRuntime::thePluginEnvironmentImports()
{
    // Every module of the environment scripts/setup installs imports in a plugin's process.
    QStringList modules;
    for (const PluginModules::Module &m : PluginModules::known()) {
        if (m.environment)
            modules << QStringLiteral("'%1'").arg(m.name);
    }
    QCOMPARE(modules.size(), 11);
    QVERIFY(
        load(plugin("env", "        import importlib\n"
                           "        failed = []\n"
                           "        for name in [" +
                               modules.join(QStringLiteral(", ")).toUtf8() +
                               "]:\n"
                               "            try:\n"
                               "                importlib.import_module(name)\n"
                               "            except Exception as e:\n"
                               "                failed.append(name + ': ' + str(e))\n"
                               "        return {'status': 'ok', 'message': '; '.join(failed)}")));
    const std::optional<JobResult> r = runAndWait("env", 12, 60000);
    QVERIFY(r);
    QCOMPARE(r->outcome, JobResult::Outcome::Ok);
    QVERIFY2(r->message.isEmpty(), qPrintable(r->message));
}

QTEST_GUILESS_MAIN(TestHostProcessRuntime)
#include "tst_hostprocessruntime.moc"
