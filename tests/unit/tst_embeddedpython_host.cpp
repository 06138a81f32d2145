// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedPythonRuntime: plugin logs and print() output (SPEC §7) and the `plugboard` host
// module (§14), against real CPython and real plugin files.
#include "helpers/pythonharness.h"

#include <QJsonArray>

using namespace plugboard;
using harness::RuntimeHarness;

class TestEmbeddedPythonHost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void loggerAndPrintReachLogLine();
    void hugeOutputIsCut();
    void hostModule();
    void submitRunsBackgroundJob();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RuntimeHarness> m_h;
};

void TestEmbeddedPythonHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_h = std::make_unique<RuntimeHarness>(m_dir->path());
}

void TestEmbeddedPythonHost::cleanup()
{
    m_h.reset();
    m_dir.reset();
}

void TestEmbeddedPythonHost::loggerAndPrintReachLogLine()
{
    m_h->plugin(QStringLiteral("talk"), R"PY(
import sys, threading
def from_thread():
    print("from my thread")
class Plugin:
    def run(self, a, params, context):
        log = context["logger"]
        log.debug("dbg %d", 1)
        log.info("hello %s", "world")
        log.warning("careful")
        try:
            1 / 0
        except ZeroDivisionError:
            log.exception("failed")
        print("printed", 42)
        print("to stderr", file=sys.stderr)
        sys.stdout.write("partial ")
        sys.stdout.write("line\n")
        t = threading.Thread(target=from_thread)
        t.start(); t.join()
        return {}
)PY");
    QVERIFY(m_h->load(QStringLiteral("talk")).ok);
    QCOMPARE(m_h->call(QStringLiteral("talk"), QStringLiteral("go")).outcome,
             JobResult::Outcome::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(m_h->logTexts(QStringLiteral("talk")).size() >= 8, 10000);
    const QStringList logs = m_h->logTexts(QStringLiteral("talk"));
    QVERIFY2(logs.contains(QStringLiteral("debug:dbg 1")), qPrintable(logs.join('|')));
    QVERIFY(logs.contains(QStringLiteral("info:hello world")));
    QVERIFY(logs.contains(QStringLiteral("warning:careful")));
    QVERIFY(logs.filter(QStringLiteral("error:failed\nTraceback")).size() == 1);
    QVERIFY(logs.contains(QStringLiteral("info:printed 42")));
    QVERIFY(logs.contains(QStringLiteral("error:to stderr")));
    QVERIFY(logs.contains(QStringLiteral("info:partial line")));
    QVERIFY(logs.contains(QStringLiteral("info:from my thread")));
}

void TestEmbeddedPythonHost::hugeOutputIsCut()
{
    m_h->plugin(QStringLiteral("flood"), R"PY(
class Plugin:
    def run(self, a, p, c):
        line = "x" * 99
        for i in range(10486):
            print(line)
        print("y" * (1 << 20))
        return {"big": "z" * (10 << 20)}
)PY");
    QVERIFY(m_h->load(QStringLiteral("flood")).ok);
    QElapsedTimer timer;
    timer.start();
    const JobResult r = m_h->call(QStringLiteral("flood"), QStringLiteral("go"));
    qInfo("1 MB printed + 1 MB line + 10 MB result: %lld ms", timer.elapsed());
    QCOMPARE(r.outcome, JobResult::Outcome::Ok);
    QCOMPARE(r.result.value("big").toString().size(), qsizetype(1) << 20);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("cut")));
    QTest::qWait(200);
    qsizetype chars = 0;
    bool noted = false;
    for (const QString &line : m_h->logTexts(QStringLiteral("flood"))) {
        chars += line.size();
        noted = noted || line.contains(QStringLiteral("left out"));
    }
    QVERIFY(noted);
    QVERIFY2(chars < 400 * 1024, qPrintable(QString::number(chars)));
}

void TestEmbeddedPythonHost::hostModule()
{
    m_h->plugin(QStringLiteral("host"), R"PY(
import plugboard
class Plugin:
    def run(self, a, p, context):
        plugboard.notify("Done soon", level="success", title="Host")
        plugboard.notify("plain")
        plugboard.progress(0.25, "quarter")
        context["job"].progress(0.5)
        return {"cancelled": plugboard.cancelled(), "data_dir": plugboard.data_dir(),
                "base": issubclass(plugboard.Cancelled, BaseException),
                "not_exception": not issubclass(plugboard.Cancelled, Exception)}
)PY");
    QVERIFY(m_h->load(QStringLiteral("host")).ok);
    const quint64 id = m_h->start(QStringLiteral("host"), QStringLiteral("go"));
    QVERIFY(m_h->wait(id));
    const JobResult r = m_h->finished.value(id);
    QCOMPARE(r.outcome, JobResult::Outcome::Ok);
    QVERIFY(!r.result.value("cancelled").toBool());
    QCOMPARE(r.result.value("data_dir").toString(), m_h->request("host").dataDir);
    QVERIFY(r.result.value("base").toBool());
    QVERIFY(r.result.value("not_exception").toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_h->notices.size(), 2, 5000);
    QCOMPARE(m_h->notices[0].level, QStringLiteral("success"));
    QCOMPARE(m_h->notices[0].title, QStringLiteral("Host"));
    QCOMPARE(m_h->notices[0].message, QStringLiteral("Done soon"));
    QCOMPARE(m_h->notices[1].level, QStringLiteral("info"));
    QVERIFY(!m_h->progress.isEmpty());
    QCOMPARE(m_h->progress.last().id, id);
    // Coalesced: the last report always arrives.
    QCOMPARE(m_h->progress.last().fraction, 0.5);
}

void TestEmbeddedPythonHost::submitRunsBackgroundJob()
{
    m_h->plugin(QStringLiteral("bg"), R"PY(
import plugboard, time
def work(n, scale=1):
    plugboard.progress(1.0, "done")
    return {"n": n * scale}
def slow():
    while not plugboard.cancelled():
        time.sleep(0.01)
class Plugin:
    def run(self, action, p, c):
        if action == "slow":
            return {"ids": [plugboard.submit(slow), plugboard.submit(slow)]}
        return {"id": plugboard.submit(work, 21, scale=2)}
)PY");
    QVERIFY(m_h->load(QStringLiteral("bg")).ok);
    const JobResult r = m_h->call(QStringLiteral("bg"), QStringLiteral("go"));
    const quint64 bg = r.result.value("id").toInteger();
    QVERIFY(bg > 0);
    QVERIFY(m_h->wait(bg));
    QCOMPARE(m_h->submitted.value(bg), QStringLiteral("submit:work"));
    QVERIFY(m_h->started.contains(bg));
    const JobResult done = m_h->finished.value(bg);
    QCOMPARE(done.action, QStringLiteral("submit:work"));
    QCOMPARE(done.result.value("n").toInt(), 42);

    // Cancellable like an action, queued or running.
    const JobResult two = m_h->call(QStringLiteral("bg"), QStringLiteral("slow"));
    const quint64 first = two.result.value("ids").toArray().at(0).toInteger();
    const quint64 second = two.result.value("ids").toArray().at(1).toInteger();
    QVERIFY(m_h->waitStarted(first));
    QVERIFY(m_h->runtime->cancel(second)); // queued: dropped
    QVERIFY(m_h->runtime->cancel(first));  // running: plugboard.cancelled() turns true
    QVERIFY(m_h->wait(first) && m_h->wait(second));
    QCOMPARE(m_h->finished.value(second).outcome, JobResult::Outcome::Cancelled);
    QVERIFY(!m_h->started.contains(second));
    QCOMPARE(m_h->finished.value(first).outcome, JobResult::Outcome::Cancelled);
}

QTEST_GUILESS_MAIN(TestEmbeddedPythonHost)
#include "tst_embeddedpython_host.moc"
