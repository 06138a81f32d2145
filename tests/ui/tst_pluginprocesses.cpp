// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the plugins' processes (issue 13), offscreen, with real plugboard-host
// processes: a plugin that keeps crashing is told once, stopped after three crashes, shown so
// on its card and in its details, and Restart starts it again; the window's event loop keeps
// turning while its processes crash; Memory… sets the plugin's memory limit for its running
// process. PLUGBOARD_TEST_SHOTS=<dir> saves pictures of the states.
#include "uiharness.h"

#include "catalog/pluginstatus.h"
#include "toasts/toast.h"

#include <QElapsedTimer>
#include <QInputDialog>
#include <QPushButton>
#include <QTimer>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::findDialog;
using uitest::waitFor;

namespace {

// Crashes 50 ms after each load, in a thread of its own, as a broken C extension would.
const char *kCrashingCode = R"(
import ctypes, os, threading

class Plugin:
    def __init__(self):
        os.write(2, b"scanner: device handle is NULL\n")
        threading.Timer(0.05, lambda: ctypes.string_at(0)).start()

    def run(self, action, params, context):
        return {"status": "ok"}
)";

} // namespace

class TestPluginProcesses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPluginThatKeepsCrashingIsStoppedAndRestarts();
    void memoryLimitFromTheDetails();

private:
    QTemporaryDir m_root;
};

void TestPluginProcesses::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestPluginProcesses::aPluginThatKeepsCrashingIsStoppedAndRestarts()
{
    uitest::Window w(m_root.path(), QStringLiteral("crashing"));
    const QString folder = fixtures::makePlugin(w.pluginsDir, QStringLiteral("crasher"),
                                                fixtures::manifest(QStringLiteral("Crasher")));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", kCrashingCode));
    QVERIFY(w.start());
    QVERIFY(w.window->selectPlugin(QStringLiteral("crasher")));

    // The event loop keeps turning while the processes start and crash: no gap over 100 ms
    // (generous for a shared machine; bench_hostruntime measures the real figure).
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    ticker.start(5);
    QVERIFY(w.manager->setEnabled(QStringLiteral("crasher"), true, true).ok());
    QVERIFY(waitFor(
        [&] { return w.info(QStringLiteral("crasher")).state() == PluginState::Failed; }, 20000));
    ticker.stop();
    QVERIFY2(longestGap < 100, qPrintable(QString::number(longestGap)));

    const PluginInfo stopped = w.info(QStringLiteral("crasher"));
    QVERIFY2(stopped.error().startsWith(QStringLiteral("Crashed 3 times within a minute")),
             qPrintable(stopped.error()));
    QVERIFY(stopped.traceback().contains(QStringLiteral("scanner: device handle is NULL")));
    // Told twice: when it first crashed, and when it was stopped; not once per crash.
    QStringList crashToasts;
    for (Toast *toast : w.toasts()) {
        if (toast->title().contains(QStringLiteral("Plugin crashed")))
            crashToasts << toast->message();
    }
    QCOMPARE(crashToasts.size(), 2);
    QVERIFY(crashToasts.last().contains(QStringLiteral("stopped until you restart it")));
    // The details say it, with the last output one click away, and offer Restart.
    auto *restart = w.details()->findChild<QPushButton *>(QStringLiteral("reloadPlugin"));
    QVERIFY(restart && restart->isVisible());
    QCOMPARE(restart->text(), QStringLiteral("Restart"));
    uitest::snapshot(w.window.get(), QStringLiteral("crashed-repeatedly"));

    // It stays stopped on its own…
    QTest::qWait(500);
    QCOMPARE(w.info(QStringLiteral("crasher")).state(), PluginState::Failed);
    // …until Restart: a fresh process loads it (and this one crashes again, three times).
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", "class Plugin:\n"
                                                       "    def run(self, a, p, c):\n"
                                                       "        return {}\n"));
    QTest::mouseClick(restart, Qt::LeftButton);
    QVERIFY(waitFor([&] { return w.info(QStringLiteral("crasher")).isLoaded(); }, 20000));
}

void TestPluginProcesses::memoryLimitFromTheDetails()
{
    uitest::Window w(m_root.path(), QStringLiteral("memory"));
    const QString folder = fixtures::makePlugin(w.pluginsDir, QStringLiteral("calm"),
                                                fixtures::manifest(QStringLiteral("Calm")));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", "class Plugin:\n"
                                                       "    def run(self, a, p, c):\n"
                                                       "        return {}\n"));
    QVERIFY(w.start());
    QVERIFY(w.manager->setEnabled(QStringLiteral("calm"), true, true).ok());
    QVERIFY(waitFor([&] { return w.info(QStringLiteral("calm")).isLoaded(); }));
    QVERIFY(w.window->selectPlugin(QStringLiteral("calm")));
    auto *memory = w.details()->findChild<QPushButton *>(QStringLiteral("memoryLimit"));
    QVERIFY(memory && memory->isVisible());
    QTest::mouseClick(memory, Qt::LeftButton);
    auto *dialog = findDialog<QInputDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->intValue(), 2048);
    QVERIFY(dialog->labelText().contains(QStringLiteral("process of its own")));
    uitest::snapshot(dialog, QStringLiteral("memory-limit"));
    dialog->setIntValue(768);
    dialog->accept();
    bool isDefault = true;
    QCOMPARE(w.manager->memoryLimitMb(QStringLiteral("calm"), &isDefault).value(), 768);
    QVERIFY(!isDefault);
    // Applied to the running process at once.
    const QList<PluginProcess> processes = w.manager->processes();
    QCOMPARE(processes.size(), 1);
    QCOMPARE(processes.first().memoryLimitBytes, 768LL * 1024 * 1024);
    QVERIFY(waitFor([&] {
        Toast *toast = w.lastToast();
        return toast && toast->title() == QStringLiteral("Memory limit set");
    }));
}

QTEST_MAIN(TestPluginProcesses)
#include "tst_pluginprocesses.moc"
