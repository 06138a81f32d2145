// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shutdown of the embedded interpreter, in a helper process each time (Python finalises once per
// process): a plugin that leaves a non-daemon thread, or never ends its job, must not keep the
// application from exiting within the deadline.
#include "common/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEmbeddedPythonProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shutdown_data();
    void shutdown();
};

void TestEmbeddedPythonProcess::shutdown_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("finalised");
    QTest::newRow("clean") << QByteArray("class Plugin:\n    def run(self, a, p, c):\n"
                                         "        return {'status': 'ok'}\n")
                           << "finish"
                           << "yes";
    QTest::newRow("daemon thread")
        << QByteArray("import threading, time\nclass Plugin:\n    def run(self, a, p, c):\n"
                      "        threading.Thread(target=time.sleep, args=(60,), daemon=True)"
                      ".start()\n        return {}\n")
        << "finish"
        << "yes";
    // Threads started from a worker inherit daemon=True from it (a foreign thread to Python).
    QTest::newRow("thread with the default daemon flag")
        << QByteArray("import threading, time\nclass Plugin:\n    def run(self, a, p, c):\n"
                      "        threading.Thread(target=time.sleep, args=(60,)).start()\n"
                      "        return {}\n")
        << "finish"
        << "yes";
    QTest::newRow("non-daemon thread")
        << QByteArray("import threading, time\nclass Plugin:\n    def run(self, a, p, c):\n"
                      "        threading.Thread(target=time.sleep, args=(60,), name='lingering',"
                      " daemon=False)"
                      ".start()\n        return {}\n")
        << "finish"
        << "no";
    QTest::newRow("job that swallows every cancel")
        // Two nested catch-alls: a cancel that lands between the inner loop's try blocks (at
        // its backward jump) is swallowed by the outer one, so the job never ends.
        << QByteArray("class Plugin:\n    def run(self, a, p, c):\n        while True:\n"
                      "            try:\n"
                      "                while True:\n"
                      "                    try:\n                        sum(range(100))\n"
                      "                    except BaseException:\n                        pass\n"
                      "            except BaseException:\n                pass\n")
        << "running"
        << "no";
}

void TestEmbeddedPythonProcess::shutdown()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, mode);
    QFETCH(QString, finalised);
    QTemporaryDir dir;
    const QString folder = QStringLiteral("shutdown_probe");
    fixtures::writeFile(QDir(dir.path()).filePath(folder + QStringLiteral("/plugin.py")), code);

    const int deadlineMs = 1500;
    QProcess helper;
    QElapsedTimer timer;
    timer.start();
    // The user's Python variables must not reach the embedded interpreter.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONHOME"), QStringLiteral("/nonexistent"));
    env.insert(QStringLiteral("PYTHONPATH"), dir.path());
    env.insert(QStringLiteral("PYTHONSTARTUP"), QStringLiteral("/nonexistent/startup.py"));
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(PYHOST_HELPER_PATH),
                 {dir.path(), folder, QString::number(deadlineMs), mode});
    QVERIFY(helper.waitForStarted());
    const bool ended = helper.waitForFinished(30000);
    const QString out = QString::fromUtf8(helper.readAllStandardOutput());
    const QString err = QString::fromUtf8(helper.readAllStandardError());
    if (!ended)
        helper.kill();
    qInfo("%s: helper process exited after %lld ms", QTest::currentDataTag(), timer.elapsed());
    QVERIFY2(ended, qPrintable(out + err));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QVERIFY2(helper.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("started before load: no")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("finalised: ") + finalised), qPrintable(out + err));
    // Start, load and run take a few hundred ms; shutdown is bounded by two deadlines (the
    // runtime's and the interpreter's).
    QVERIFY2(timer.elapsed() < 2 * deadlineMs + 5000, qPrintable(out + err));
    if (finalised == QLatin1String("no"))
        QVERIFY2(err.contains(QStringLiteral("not finalised")), qPrintable(err));
    if (QByteArray(QTest::currentDataTag()) == "non-daemon thread")
        QVERIFY2(err.contains(QStringLiteral("lingering")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestEmbeddedPythonProcess)
#include "tst_embeddedpython_process.moc"
