// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl and what plugin code does: a failed load told by later commands, actions that ask
// first, results printed for people, threads a one-shot run leaves behind.
#include "ctlharness.h"

#include <QElapsedTimer>

using namespace ctltest;

class TestPlugboardctlRuns : public QObject, protected CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void aLoadErrorOutlivesTheProcessThatSawIt();
    void runOfAnActionThatAsksFirstNeedsYes();
    void showAndRunPrintForPeople();
    void aRunThatLeavesThreadsIsToldTheyStopWithTheCommand();
};

void TestPlugboardctlRuns::aLoadErrorOutlivesTheProcessThatSawIt()
{
    const QString folder = fixtures::makePlugin(
        m_plugins, QStringLiteral("brittle"),
        fixtures::manifest(QStringLiteral("Brittle"), QStringLiteral("1.0.0"), {},
                           QJsonArray{QJsonObject{{"id", "go"}, {"label", "Go"}}}));
    const QByteArray working = "class Plugin:\n"
                               "    def run(self, action, params, context):\n"
                               "        return {'status': 'ok'}\n";
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", "from . import brittle_helper\n" + working));
    const Run enabled =
        ctl({QStringLiteral("enable"), QStringLiteral("brittle"), QStringLiteral("--yes")});
    QVERIFY2(enabled.exitCode == 1, qPrintable(enabled.describe()));

    // Later commands, each a process of its own, still say why it does not run, and when.
    QJsonObject entry = entryFor(listJson(), QStringLiteral("brittle"));
    QCOMPARE(entry.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(entry.value(QStringLiteral("load_error")).toString().contains("brittle_helper"),
             qPrintable(QJsonDocument(entry).toJson()));
    const QDateTime failedAt = QDateTime::fromString(
        entry.value(QStringLiteral("load_failed_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(failedAt.isValid());
    QVERIFY(qAbs(failedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const Run shown = ctl({QStringLiteral("show"), QStringLiteral("brittle")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    for (const char *expected : {"Load error:", "Failed at:", "Traceback of the failed load:",
                                 "ImportError", "brittle_helper"})
        QVERIFY2(shown.outText().contains(QLatin1String(expected)), qPrintable(shown.describe()));

    // What it needed arrives beside it (its own code unchanged): the failure stays until a
    // load works, and a successful load clears it everywhere.
    QVERIFY(fixtures::writeFile(folder + "/brittle_helper.py", "VALUE = 1\n"));
    QCOMPARE(entryFor(listJson(), QStringLiteral("brittle")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("failed")));
    const Run ran = ctl({QStringLiteral("run"), QStringLiteral("brittle"), QStringLiteral("go")});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
    entry = entryFor(listJson(), QStringLiteral("brittle"));
    QCOMPARE(entry.value(QStringLiteral("load_error")), QJsonValue(QJsonValue::Null));
    QCOMPARE(entry.value(QStringLiteral("load_failed_at")), QJsonValue(QJsonValue::Null));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));

    // Broken again, then its code changes: the old failure was of other code, so it goes.
    QFile::remove(folder + "/brittle_helper.py");
    const Run restarted = ctl({QStringLiteral("restart"), QStringLiteral("brittle")});
    QVERIFY2(restarted.exitCode == 1, qPrintable(restarted.describe()));
    QCOMPARE(entryFor(listJson(), QStringLiteral("brittle")).value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("failed")));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", working + "# fixed\n"));
    entry = entryFor(listJson(), QStringLiteral("brittle"));
    QCOMPARE(entry.value(QStringLiteral("load_error")), QJsonValue(QJsonValue::Null));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
}

void TestPlugboardctlRuns::runOfAnActionThatAsksFirstNeedsYes()
{
    const QString folder = fixtures::makePlugin(
        m_plugins, QStringLiteral("careful"),
        fixtures::manifest(
            QStringLiteral("Careful"), QStringLiteral("1.0.0"), {},
            QJsonArray{QJsonObject{{"id", "wipe"},
                                   {"label", "Wipe"},
                                   {"confirm", QJsonObject{{"required", true},
                                                           {"title", "Wipe everything?"},
                                                           {"message", "This deletes the lot."}}}},
                       QJsonObject{{"id", "look"}, {"label", "Look"}}}));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py",
                                "class Plugin:\n"
                                "    def run(self, action, params, context):\n"
                                "        return {'status': 'ok', 'message': 'did ' + action}\n"));
    QCOMPARE(ctl({QStringLiteral("enable"), QStringLiteral("careful"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    // Not a terminal here: refused with what it would have asked, and how to confirm.
    const Run refused =
        ctl({QStringLiteral("run"), QStringLiteral("careful"), QStringLiteral("wipe")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("This deletes the lot.")) &&
                 refused.errText().contains(QStringLiteral("--yes")),
             qPrintable(refused.describe()));
    QVERIFY2(!refused.outText().contains(QStringLiteral("did wipe")),
             qPrintable(refused.describe()));
    const Run confirmed = ctl({QStringLiteral("run"), QStringLiteral("careful"),
                               QStringLiteral("wipe"), QStringLiteral("--yes")});
    QVERIFY2(confirmed.exitCode == 0 && confirmed.outText().contains(QStringLiteral("did wipe")),
             qPrintable(confirmed.describe()));
    // An action that does not ask runs as before.
    const Run looked =
        ctl({QStringLiteral("run"), QStringLiteral("careful"), QStringLiteral("look")});
    QVERIFY2(looked.exitCode == 0 && looked.outText().contains(QStringLiteral("did look")),
             qPrintable(looked.describe()));
}

void TestPlugboardctlRuns::showAndRunPrintForPeople()
{
    const QString folder = fixtures::makePlugin(
        m_plugins, QStringLiteral("noted"),
        fixtures::manifest(
            QStringLiteral("Noted"), QStringLiteral("1.0.0"),
            QJsonArray{
                QJsonObject{{"id", "about"},
                            {"type", "info"},
                            {"label", "About"},
                            {"value", "Reads your EPG once a day."}},
                QJsonObject{{"id", "n"}, {"type", "number"}, {"label", "N"}, {"default", 1}}},
            QJsonArray{QJsonObject{{"id", "empty"}, {"label", "Empty"}}}));
    QVERIFY(fixtures::writeFile(folder + "/plugin.py",
                                "class Plugin:\n"
                                "    def run(self, action, params, context):\n"
                                "        return {'status': 'ok', 'result': {}, 'items': []}\n"));
    const Run shown = ctl({QStringLiteral("show"), QStringLiteral("noted")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QVERIFY2(
        shown.outText().contains(QStringLiteral("Notes:\n  About: Reads your EPG once a day.")),
        qPrintable(shown.describe()));
    QCOMPARE(
        ctl({QStringLiteral("enable"), QStringLiteral("noted"), QStringLiteral("--yes")}).exitCode,
        0);
    const Run ran = ctl({QStringLiteral("run"), QStringLiteral("noted"), QStringLiteral("empty")});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe()));
    QVERIFY2(ran.outText().contains(QStringLiteral("\"result\": {}")) &&
                 ran.outText().contains(QStringLiteral("\"items\": []")),
             qPrintable(ran.describe()));
    // No line of either ends in spaces.
    for (const Run *r : {&shown, &ran}) {
        for (const QString &line : r->outText().split(QLatin1Char('\n')))
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }
}

void TestPlugboardctlRuns::aRunThatLeavesThreadsIsToldTheyStopWithTheCommand()
{
    const QString folder = fixtures::makePlugin(
        m_plugins, QStringLiteral("spinner"),
        fixtures::manifest(QStringLiteral("Spinner"), QStringLiteral("1.0.0"), {},
                           QJsonArray{QJsonObject{{"id", "spin"}, {"label", "Spin"}},
                                      QJsonObject{{"id", "quick"}, {"label", "Quick"}}}));
    QVERIFY(
        fixtures::writeFile(folder + "/plugin.py",
                            "import threading, time\n"
                            "class Plugin:\n"
                            "    def run(self, action, params, context):\n"
                            "        if action == 'spin':\n"
                            "            threading.Thread(target=time.sleep, args=(30,)).start()\n"
                            "        return {'status': 'ok'}\n"));
    QCOMPARE(ctl({QStringLiteral("enable"), QStringLiteral("spinner"), QStringLiteral("--yes")})
                 .exitCode,
             0);
    QElapsedTimer clock;
    clock.start();
    const Run spun =
        ctl({QStringLiteral("run"), QStringLiteral("spinner"), QStringLiteral("spin")});
    QVERIFY2(spun.exitCode == 0, qPrintable(spun.describe()));
    QVERIFY2(spun.errText().contains(QStringLiteral("left 1 thread running")) &&
                 spun.errText().contains(QStringLiteral("plugboardctl serve")),
             qPrintable(spun.describe()));
    QVERIFY2(clock.elapsed() < 20000, "the command did not wait for the thread");
    const Run quick =
        ctl({QStringLiteral("run"), QStringLiteral("spinner"), QStringLiteral("quick")});
    QVERIFY2(quick.exitCode == 0 && !quick.errText().contains(QStringLiteral("thread")),
             qPrintable(quick.describe()));
}

QTEST_GUILESS_MAIN(TestPlugboardctlRuns)
#include "tst_plugboardctlruns.moc"
