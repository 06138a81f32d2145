// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedPythonRuntime: queues, parallelism, cancellation and timeouts (SPEC §7), stop (§9).
#include "helpers/pythonharness.h"

#include <QFile>
#include <QTimer>

using namespace plugboard;
using harness::RuntimeHarness;

namespace {

// Measures how long the main thread's event loop goes without running a 1 ms timer.
class StallProbe {
public:
    StallProbe()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_largest = std::max(m_largest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start(1);
    }
    double largestMs() const { return m_largest / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largest = 0;
};

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestEmbeddedPythonJobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void busyLoopIsCancelledQuickly();
    void sleepEndsWhenTheCallReturns();
    void swallowedCancelIsReportedPromptly();
    void queueIsOrderedAndPluginsRunInParallel();
    void queuedJobIsDropped();
    void stopWithContext();
    void stopWithoutArgument();
    void stopActionFallback();
    void stopThatRaisesIsLogged();
    void stopThatHangsIsInterrupted();
    void unloadCancelsTheRunningJob();
    void reloadLoadsFreshCode();
    void nonDaemonThreadDoesNotBlockTheRuntime();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RuntimeHarness> m_h;
};

void TestEmbeddedPythonJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_h = std::make_unique<RuntimeHarness>(m_dir->path());
}

void TestEmbeddedPythonJobs::cleanup()
{
    m_h.reset();
    m_dir.reset();
}

void TestEmbeddedPythonJobs::busyLoopIsCancelledQuickly()
{
    m_h->plugin(QStringLiteral("spin"), "class Plugin:\n    def run(self, a, p, c):\n"
                                        "        while True:\n            pass\n");
    QVERIFY(m_h->load(QStringLiteral("spin")).ok);
    StallProbe probe;
    const quint64 id = m_h->start(QStringLiteral("spin"), QStringLiteral("go"));
    QVERIFY(m_h->waitStarted(id));
    QTest::qWait(200);
    const qint64 cancelledAt = m_h->clock.nsecsElapsed();
    QVERIFY(m_h->runtime->cancel(id));
    QVERIFY(m_h->wait(id, 10000));
    const double ms = (m_h->finishedAt.value(id) - cancelledAt) / 1e6;
    qInfo("busy loop: cancel → jobFinished in %.1f ms; largest main-thread stall %.1f ms", ms,
          probe.largestMs());
    QCOMPARE(m_h->finished.value(id).outcome, JobResult::Outcome::Cancelled);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    QCOMPARE(m_h->finishCount.value(id), 1);
}

void TestEmbeddedPythonJobs::sleepEndsWhenTheCallReturns()
{
    m_h->plugin(QStringLiteral("sleepy"), R"PY(
import time
class Plugin:
    def run(self, action, p, c):
        if action == "sleep":
            time.sleep(2)
            return {"slept": True}
        return {"fine": True}
)PY");
    QVERIFY(m_h->load(QStringLiteral("sleepy")).ok);
    const quint64 id = m_h->start(QStringLiteral("sleepy"), QStringLiteral("sleep"));
    QVERIFY(m_h->waitStarted(id));
    const qint64 startedAt = m_h->started.value(id);
    QTest::qWait(300);
    QVERIFY(m_h->runtime->cancel(id, /*timedOut=*/true));
    QVERIFY(m_h->wait(id, 15000));
    const double ms = (m_h->finishedAt.value(id) - startedAt) / 1e6;
    qInfo("time.sleep(2) cancelled after 0.3 s: job ended %.0f ms after it started", ms);
    const JobResult r = m_h->finished.value(id);
    QCOMPARE(r.outcome, JobResult::Outcome::TimedOut);
    QVERIFY(!r.result.value("slept").toBool());
    QVERIFY2(ms >= 1800 && ms < 3500, qPrintable(QString::number(ms)));
    // The pending exception did not leak into the next job.
    QCOMPARE(m_h->call(QStringLiteral("sleepy"), QStringLiteral("ok")).outcome,
             JobResult::Outcome::Ok);
}

void TestEmbeddedPythonJobs::swallowedCancelIsReportedPromptly()
{
    m_h->plugin(QStringLiteral("stubborn"), R"PY(
import time
class Plugin:
    def run(self, action, p, c):
        if action == "quick":
            return {"quick": True}
        end = time.monotonic() + 4
        swallowed = 0
        # The busy loop sits wholly inside the try: a cancellation raised at the loop's own
        # jump back (outside a try around its body only) would end the job for real.
        while time.monotonic() < end:
            try:
                while time.monotonic() < end:
                    sum(range(1000))
            except BaseException:
                swallowed += 1
        return {"swallowed": swallowed}
)PY");
    QVERIFY(m_h->load(QStringLiteral("stubborn")).ok);
    StallProbe probe;
    const quint64 id = m_h->start(QStringLiteral("stubborn"), QStringLiteral("loop"));
    const quint64 queued = m_h->start(QStringLiteral("stubborn"), QStringLiteral("quick"));
    QVERIFY(m_h->waitStarted(id));
    QTest::qWait(200);
    const qint64 cancelledAt = m_h->clock.nsecsElapsed();
    QVERIFY(m_h->runtime->cancel(id, true));
    QVERIFY(m_h->wait(id, 10000));
    const double ms = (m_h->finishedAt.value(id) - cancelledAt) / 1e6;
    qInfo("swallowed cancel reported after %.0f ms; largest main-thread stall %.1f ms", ms,
          probe.largestMs());
    const JobResult r = m_h->finished.value(id);
    QCOMPARE(r.outcome, JobResult::Outcome::TimedOut);
    QVERIFY(r.message.contains(QStringLiteral("ignored the cancellation")));
    QVERIFY2(ms < 1500, qPrintable(QString::number(ms)));
    QVERIFY2(probe.largestMs() < 250, qPrintable(QString::number(probe.largestMs())));
    QVERIFY(m_h->runtime->isStuck(QStringLiteral("stubborn")));
    // Jobs behind the stuck one, and new ones, are refused with a sentence.
    QVERIFY(m_h->wait(queued, 5000));
    QCOMPARE(m_h->finished.value(queued).outcome, JobResult::Outcome::Failed);
    const JobResult refused = m_h->call(QStringLiteral("stubborn"), QStringLiteral("quick"));
    QCOMPARE(refused.outcome, JobResult::Outcome::Failed);
    QVERIFY(refused.message.contains(QStringLiteral("still busy")));
    // Once the loop really ends the plugin works again; jobFinished came only once.
    QTRY_VERIFY_WITH_TIMEOUT(!m_h->runtime->isStuck(QStringLiteral("stubborn")), 15000);
    QCOMPARE(m_h->finishCount.value(id), 1);
    QCOMPARE(m_h->call(QStringLiteral("stubborn"), QStringLiteral("quick")).outcome,
             JobResult::Outcome::Ok);
}

void TestEmbeddedPythonJobs::queueIsOrderedAndPluginsRunInParallel()
{
    const QByteArray code = R"PY(
import time
class Plugin:
    def run(self, action, p, c):
        t0 = time.time()
        time.sleep(0.4)
        return {"start": t0, "end": time.time()}
)PY";
    m_h->plugin(QStringLiteral("a"), code);
    m_h->plugin(QStringLiteral("b"), code);
    QVERIFY(m_h->load(QStringLiteral("a")).ok);
    QVERIFY(m_h->load(QStringLiteral("b")).ok);
    const quint64 a1 = m_h->start(QStringLiteral("a"), QStringLiteral("one"));
    const quint64 a2 = m_h->start(QStringLiteral("a"), QStringLiteral("two"));
    const quint64 b1 = m_h->start(QStringLiteral("b"), QStringLiteral("one"));
    QVERIFY(m_h->wait(a1) && m_h->wait(a2) && m_h->wait(b1));
    auto at = [&](quint64 id, const char *k) {
        return m_h->finished.value(id).result.value(QLatin1String(k)).toDouble();
    };
    // One at a time, in order, on plugin a.
    QVERIFY(at(a1, "end") <= at(a2, "start"));
    QVERIFY(m_h->finishedAt.value(a1) < m_h->finishedAt.value(a2));
    // Plugin b ran at the same time as a's first job.
    QVERIFY(at(b1, "start") < at(a1, "end") && at(a1, "start") < at(b1, "end"));
    qInfo("a1 %.3f–%.3f, a2 %.3f–%.3f, b1 %.3f–%.3f", 0.0, at(a1, "end") - at(a1, "start"),
          at(a2, "start") - at(a1, "start"), at(a2, "end") - at(a1, "start"),
          at(b1, "start") - at(a1, "start"), at(b1, "end") - at(a1, "start"));
}

void TestEmbeddedPythonJobs::queuedJobIsDropped()
{
    m_h->plugin(QStringLiteral("q"), "import time\nclass Plugin:\n    def run(self, a, p, c):\n"
                                     "        time.sleep(0.3)\n        return {'a': a}\n");
    QVERIFY(m_h->load(QStringLiteral("q")).ok);
    const quint64 first = m_h->start(QStringLiteral("q"), QStringLiteral("1"));
    const quint64 second = m_h->start(QStringLiteral("q"), QStringLiteral("2"));
    const quint64 third = m_h->start(QStringLiteral("q"), QStringLiteral("3"));
    QVERIFY(m_h->runtime->cancel(second));
    QVERIFY(!m_h->runtime->cancel(second)); // already finished for the caller
    QVERIFY(m_h->wait(first) && m_h->wait(second) && m_h->wait(third));
    QCOMPARE(m_h->finished.value(second).outcome, JobResult::Outcome::Cancelled);
    QVERIFY(!m_h->started.contains(second));
    QCOMPARE(m_h->finished.value(first).outcome, JobResult::Outcome::Ok);
    QCOMPARE(m_h->finished.value(third).outcome, JobResult::Outcome::Ok);
}

void TestEmbeddedPythonJobs::stopWithContext()
{
    m_h->plugin(QStringLiteral("stopctx"), R"PY(
import os
class Plugin:
    def run(self, a, p, c):
        return {}
    def stop(self, context):
        with open(os.path.join(context["data_dir"], "stopped"), "w") as f:
            f.write(context["reason"] + ":" + context["plugin_key"])
)PY");
    const LoadResult loaded = m_h->load(QStringLiteral("stopctx"));
    QVERIFY(loaded.ok && loaded.hasStop);
    m_h->runtime->unload(QStringLiteral("stopctx"), StopReason::Replace);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("stopctx")), 20000);
    QCOMPARE(readFile(m_h->request("stopctx").dataDir + "/stopped"),
             QStringLiteral("replace:stopctx"));
}

void TestEmbeddedPythonJobs::stopWithoutArgument()
{
    m_h->plugin(QStringLiteral("stopbare"), R"PY(
import plugboard, os
class Plugin:
    def run(self, a, p, c):
        return {}
    def stop(self):
        open(os.path.join(plugboard.data_dir(), "stopped"), "w").write("bare")
)PY");
    QVERIFY(m_h->load(QStringLiteral("stopbare")).ok);
    m_h->runtime->unload(QStringLiteral("stopbare"), StopReason::Disable);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("stopbare")), 20000);
    QCOMPARE(readFile(m_h->request("stopbare").dataDir + "/stopped"), QStringLiteral("bare"));
}

void TestEmbeddedPythonJobs::stopActionFallback()
{
    m_h->plugin(QStringLiteral("stopact"), R"PY(
import os
class Plugin:
    actions = [{"id": "go", "label": "Go"}, {"id": "stop", "label": "Stop"}]
    def run(self, action, params, context):
        if action == "stop":
            open(os.path.join(context["data_dir"], "stopped"), "w").write(
                "run-stop:" + context["reason"] + ":" + str(params))
        return {}
)PY");
    const LoadResult loaded = m_h->load(QStringLiteral("stopact"));
    QVERIFY(loaded.ok && !loaded.hasStop);
    m_h->runtime->unload(QStringLiteral("stopact"), StopReason::Delete);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("stopact")), 20000);
    QCOMPARE(readFile(m_h->request("stopact").dataDir + "/stopped"),
             QStringLiteral("run-stop:delete:{}"));
}

void TestEmbeddedPythonJobs::stopThatRaisesIsLogged()
{
    m_h->plugin(QStringLiteral("stopbad"), "class Plugin:\n    def run(self, a, p, c): return {}\n"
                                           "    def stop(self, context):\n"
                                           "        raise RuntimeError('cannot stop')\n");
    QVERIFY(m_h->load(QStringLiteral("stopbad")).ok);
    m_h->runtime->unload(QStringLiteral("stopbad"), StopReason::Disable);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("stopbad")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_h->logTexts(QStringLiteral("stopbad")).filter(QStringLiteral("cannot stop")).isEmpty(),
        5000);
    // Loading it again works: nothing of the old instance is left behind.
    QVERIFY(m_h->load(QStringLiteral("stopbad")).ok);
}

void TestEmbeddedPythonJobs::stopThatHangsIsInterrupted()
{
    m_h->plugin(QStringLiteral("stophang"), "class Plugin:\n    def run(self, a, p, c): return {}\n"
                                            "    def stop(self, context):\n"
                                            "        while True: pass\n");
    QVERIFY(m_h->load(QStringLiteral("stophang")).ok);
    m_h->runtime->setStopTimeout(300);
    QElapsedTimer timer;
    timer.start();
    m_h->runtime->unload(QStringLiteral("stophang"), StopReason::Disable);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("stophang")), 20000);
    qInfo("stop() spinning forever, stop timeout 300 ms: unloaded after %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 5000);
}

void TestEmbeddedPythonJobs::unloadCancelsTheRunningJob()
{
    m_h->plugin(QStringLiteral("busy"), "import time\nclass Plugin:\n"
                                        "    def run(self, a, p, c):\n"
                                        "        while True: time.sleep(0.01)\n");
    QVERIFY(m_h->load(QStringLiteral("busy")).ok);
    const quint64 running = m_h->start(QStringLiteral("busy"), QStringLiteral("go"));
    const quint64 queued = m_h->start(QStringLiteral("busy"), QStringLiteral("go"));
    QVERIFY(m_h->waitStarted(running));
    m_h->runtime->unload(QStringLiteral("busy"), StopReason::Disable);
    QVERIFY(m_h->wait(running) && m_h->wait(queued));
    QCOMPARE(m_h->finished.value(running).outcome, JobResult::Outcome::Cancelled);
    QCOMPARE(m_h->finished.value(queued).outcome, JobResult::Outcome::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("busy")), 20000);
}

void TestEmbeddedPythonJobs::reloadLoadsFreshCode()
{
    m_h->plugin(QStringLiteral("fresh"), "class Plugin:\n    def run(self, a, p, c):\n"
                                         "        return {'v': 1}\n");
    QVERIFY(m_h->load(QStringLiteral("fresh")).ok);
    QCOMPARE(m_h->call(QStringLiteral("fresh"), QStringLiteral("go")).result.value("v").toInt(), 1);
    m_h->plugin(QStringLiteral("fresh"), "class Plugin:\n    def run(self, a, p, c):\n"
                                         "        return {'v': 2}\n");
    QVERIFY(m_h->load(QStringLiteral("fresh")).ok); // load of a loaded key = reload
    QCOMPARE(m_h->call(QStringLiteral("fresh"), QStringLiteral("go")).result.value("v").toInt(), 2);
}

void TestEmbeddedPythonJobs::nonDaemonThreadDoesNotBlockTheRuntime()
{
    m_h->plugin(QStringLiteral("threads"), R"PY(
import threading, time
class Plugin:
    def run(self, a, p, c):
        threading.Thread(target=time.sleep, args=(3,), name="lingering").start()
        return {"started": True}
)PY");
    QVERIFY(m_h->load(QStringLiteral("threads")).ok);
    QCOMPARE(m_h->call(QStringLiteral("threads"), QStringLiteral("go")).outcome,
             JobResult::Outcome::Ok);
    QElapsedTimer timer;
    timer.start();
    m_h->runtime->shutdown(2000);
    QVERIFY(timer.elapsed() < 2500);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("threads")), 5000);
}

QTEST_GUILESS_MAIN(TestEmbeddedPythonJobs)
#include "tst_embeddedpython_jobs.moc"
