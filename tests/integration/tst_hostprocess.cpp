// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboard-host, a real process per plugin on a real socket pair: it loads and runs a real
// plugin file, its print() output comes back, and every way a plugin can take its process down
// (segmentation fault, abort, os._exit, a hang in C that only a kill ends) ends that process
// only, with a sentence, while another host's run completes. A host that sends garbage is cut
// off, and the plugin's own children die with its process group.
#include "common/fixtures.h"
#include "hostprocess/hostprocess.h"
#include "hostprotocol/hostmessages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace plugboard;
using HostProtocol::Message;

namespace {

// One host with everything it said, and how it ended.
struct Host {
    HostProcess process;
    QList<Message> said;
    QString ended;

    Host()
    {
        QObject::connect(&process, &HostProcess::message, &process,
                         [this](const Message &m) { said.append(m); });
        QObject::connect(&process, &HostProcess::ended, &process,
                         [this](const QString &s) { ended = s; });
    }
    std::optional<Message> waitFor(const QString &type, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        do {
            for (const Message &m : std::as_const(said)) {
                if (m.type == type)
                    return m;
            }
            if (!ended.isEmpty())
                return std::nullopt;
            QTest::qWait(5);
        } while (timer.elapsed() < timeoutMs);
        return std::nullopt;
    }
    bool waitForEnd(int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (ended.isEmpty() && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return !ended.isEmpty();
    }
};

} // namespace

class TestHostProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsRunsAndHearsPrint();
    void faultsEndOnlyTheirOwnProcess_data();
    void faultsEndOnlyTheirOwnProcess();
    void aHangInCEndsWithKillAndTakesItsChildren();
    void aHostThatSendsGarbageIsCutOff_data();
    void aHostThatSendsGarbageIsCutOff();
    void aTruncatedFrameEndsWithTheHost();

private:
    // Writes plugin `folder` whose action "go" runs `body` (Python, indented 8) and loads it.
    bool startWith(Host &host, const QString &folder, const QByteArray &body);
    void run(Host &host, quint64 job, const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

bool TestHostProcess::startWith(Host &host, const QString &folder, const QByteArray &body)
{
    const QString path = m_dir->filePath("plugins/" + folder);
    QDir().mkpath(path);
    fixtures::writeFile(path + "/plugin.py", "import ctypes, os, re, subprocess, time\n"
                                             "class Plugin:\n"
                                             "    name = '" +
                                                 folder.toUtf8() +
                                                 "'\n"
                                                 "    def run(self, action, params, context):\n" +
                                                 body + "\n");
    if (!host.process.start(PLUGBOARD_HOST_PATH)) {
        qWarning("%s", qPrintable(host.process.error()));
        return false;
    }
    const std::optional<Message> hello = host.waitFor("hello");
    if (!hello || hello->body.value(QStringLiteral("protocol")).toInteger() != 1)
        return false;
    LoadRequest load;
    load.key = folder;
    load.folderPath = path;
    load.folderName = folder;
    load.entryFile = "plugin.py";
    load.dataDir = m_dir->filePath("data/" + folder);
    host.process.send({QStringLiteral("load"), 0, HostMessages::encode(load)});
    const std::optional<Message> loaded = host.waitFor("loaded");
    if (!loaded)
        return false;
    const Result<LoadResult> result = HostMessages::loadResult(loaded->body);
    if (!result || !result.value().ok) {
        qWarning("load failed: %s", result ? qPrintable(result.value().error) : "");
        return false;
    }
    return true;
}

void TestHostProcess::run(Host &host, quint64 job, const QString &folder)
{
    RunRequest request;
    request.jobId = job;
    request.key = folder;
    request.action = "go";
    host.process.send({QStringLiteral("run"), qint64(job), HostMessages::encode(request)});
}

void TestHostProcess::loadsRunsAndHearsPrint()
{
    Host host;
    QVERIFY(startWith(host, "greeter",
                      "        print('hello from the host', flush=True)\n"
                      "        return {'status': 'ok', 'message': 'pid %d' % os.getpid()}"));
    QVERIFY(host.process.pid() > 0);
    run(host, 1, "greeter");
    const std::optional<Message> finished = host.waitFor("finished");
    QVERIFY(finished);
    const Result<JobResult> result = HostMessages::jobResult(finished->body);
    QVERIFY(result);
    QCOMPARE(result.value().outcome, JobResult::Outcome::Ok);
    // The plugin ran in the host, not here.
    QCOMPARE(result.value().message, QStringLiteral("pid %1").arg(host.process.pid()));
    QVERIFY(result.value().message !=
            QStringLiteral("pid %1").arg(QCoreApplication::applicationPid()));
    bool printed = false;
    for (const Message &m : std::as_const(host.said))
        printed = printed ||
                  (m.type == "log" &&
                   m.body.value(QStringLiteral("text")).toString().contains("hello from the host"));
    QVERIFY(printed);

    // shutdown: the host stops the plugin, says bye and ends on its own.
    host.process.send({QStringLiteral("shutdown"), 0, {{QStringLiteral("deadline_ms"), 2000}}});
    QVERIFY(host.waitForEnd());
    QVERIFY(host.waitFor("bye", 0).has_value());
    QCOMPARE(host.ended, QStringLiteral("the plugin's process ended"));
}

void TestHostProcess::faultsEndOnlyTheirOwnProcess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("segmentation fault") << QByteArray("        ctypes.string_at(0)")
                                        << "the plugin's process crashed (segmentation fault)";
    QTest::newRow("abort") << QByteArray("        os.abort()")
                           << "the plugin's process crashed (aborted)";
    QTest::newRow("os._exit") << QByteArray("        os._exit(3)")
                              << "the plugin's process exited with code 3";
}

void TestHostProcess::faultsEndOnlyTheirOwnProcess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentence);
    // Another plugin, in its own host, runs a half-second action meanwhile.
    Host other;
    QVERIFY(startWith(other, "steady",
                      "        time.sleep(0.5)\n"
                      "        return {'status': 'ok', 'message': 'still here'}"));
    Host faulty;
    // (A line printed in the very instant of a crash may be lost: the host relays output from
    // its main thread. A moment before it is not.)
    QVERIFY(
        startWith(faulty, "faulty",
                  "        print('about to fail', flush=True)\n        time.sleep(0.2)\n" + body));
    run(other, 1, "steady");
    run(faulty, 2, "faulty");
    QVERIFY(faulty.waitForEnd());
    QCOMPARE(faulty.ended, sentence);
    // What it printed before it went arrived all the same.
    bool printed = false;
    for (const Message &m : std::as_const(faulty.said))
        printed =
            printed || m.body.value(QStringLiteral("text")).toString().contains("about to fail");
    QVERIFY(printed);
    const std::optional<Message> finished = other.waitFor("finished");
    QVERIFY(finished);
    QCOMPARE(HostMessages::jobResult(finished->body).value().message, QStringLiteral("still here"));
    QVERIFY(other.process.isRunning());
}

void TestHostProcess::aHangInCEndsWithKillAndTakesItsChildren()
{
    Host host;
    const QString pidFile = m_dir->filePath("child.pid");
    QVERIFY(startWith(host, "hanging",
                      "        child = subprocess.Popen(['sleep', '60'])\n"
                      "        open(" +
                          ("'" + pidFile + "'").toUtf8() +
                          ", 'w').write(str(child.pid))\n"
                          "        re.match(r'(a+)+$', 'a' * 64 + 'b')\n"
                          "        return {'status': 'ok'}"));
    run(host, 1, "hanging");
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(pidFile) && QFile(pidFile).size() > 0; },
                            10000));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const pid_t child = pid_t(file.readAll().trimmed().toInt());
    QVERIFY(child > 0);
    QCOMPARE(::kill(child, 0), 0); // alive while the regex runs
    QTest::qWait(200);
    QVERIFY(host.ended.isEmpty()); // Python cannot interrupt the C loop: only a kill ends it
    host.process.kill();
    QVERIFY(host.waitForEnd());
    QCOMPARE(host.ended, QStringLiteral("the plugin's process crashed (killed)"));
    // The plugin's child went with the process group (reaped by init, so it may linger as a
    // zombie for a moment: wait until kill(0) fails or it is a zombie).
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (::kill(child, 0) != 0)
                return true;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
        },
        5000));
}

void TestHostProcess::aHostThatSendsGarbageIsCutOff_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("sentence");
    // A header announcing 2 GiB: refused before anything is buffered.
    QTest::newRow("oversized") << QByteArray("b'\\x7f\\xff\\xff\\xff' + b'x' * 100")
                               << QStringLiteral("over the limit");
    // A sound length, then bytes that are no CBOR.
    QTest::newRow("garbage") << QByteArray("b'\\x00\\x00\\x00\\x05' + b'\\xff\\xfe\\x00\\x13\\x37'")
                             << QStringLiteral("CBOR");
    // A valid CBOR value that is no message (a bare number).
    QTest::newRow("not a map") << QByteArray("b'\\x00\\x00\\x00\\x01' + b'\\x05'")
                               << QStringLiteral("map");
}

void TestHostProcess::aHostThatSendsGarbageIsCutOff()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, sentence);
    // A stand-in host: a script that writes on descriptor 3, then waits.
    const QString script = m_dir->filePath("garbage-host");
    QVERIFY(fixtures::writeFile(script, "#!/usr/bin/env python3\n"
                                        "import os, time\n"
                                        "os.write(3, " +
                                            written +
                                            ")\n"
                                            "time.sleep(30)\n"));
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Host host;
    QVERIFY(host.process.start(script));
    QVERIFY(host.waitForEnd());
    QVERIFY2(host.ended.contains(sentence, Qt::CaseInsensitive), qPrintable(host.ended));
    QVERIFY(host.said.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !host.process.isRunning(); }, 5000));
}

void TestHostProcess::aTruncatedFrameEndsWithTheHost()
{
    // Half a frame, then the host is gone: nothing half-read is taken for a message.
    const QString script = m_dir->filePath("truncating-host");
    QVERIFY(fixtures::writeFile(script, "#!/usr/bin/env python3\n"
                                        "import os\n"
                                        "os.write(3, b'\\x00\\x00\\x00\\x64' + b'\\xa1' * 10)\n"
                                        "os._exit(0)\n"));
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Host host;
    QVERIFY(host.process.start(script));
    QVERIFY(host.waitForEnd());
    QCOMPARE(host.ended, QStringLiteral("the plugin's process ended"));
    QVERIFY(host.said.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostProcess)
#include "tst_hostprocess.moc"
