// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Errors at run time explained like errors at load time, and results shown readably: a run
// that needs Dispatcharr's server says so in a sentence, a result without a message is laid
// out as short "key: value" lines, and an "ok" run that logged errors says that too.

#include "uiharness.h"

#include "common/language.h"
#include "runner/activity.h"
#include "runner/runjob.h"
#include "window/resultsummary.h"

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

class TestResultSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
        Language::install(QStringLiteral("en"));
    }

    void aResultWithoutMessageIsLaidOut()
    {
        JobResult result;
        result.outcome = JobResult::Outcome::Ok;
        result.result = QJsonObject{{"status", "ok"},
                                    {"channels", QJsonArray{1, 2, 3}},
                                    {"count", 5},
                                    {"details", QJsonObject{{"a", 1}, {"b", 2}}},
                                    {"notes", "first line\nsecond line\nthird"},
                                    {"zeta", true},
                                    {"omega", QString(300, QLatin1Char('x'))}};
        const QString text = ResultSummary::text(result);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), ResultSummary::MaxLines + 1);
        QCOMPARE(lines.first(), QStringLiteral("channels: a list of 3 items"));
        QVERIFY(lines.contains(QStringLiteral("count: 5")));
        QVERIFY(lines.contains(QStringLiteral("details: 2 entries")));
        QCOMPARE(lines.last(), QStringLiteral("…and 2 more"));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= ResultSummary::MaxLineLength, qPrintable(line));
        QVERIFY(!text.contains(QLatin1String("\\n")));
        QVERIFY(!text.contains(QLatin1Char('{')));
        QVERIFY(lines.contains(QStringLiteral("notes: first line …")));

        // A message wins; a bare status says nothing (the notification says "Finished.").
        result.result = QJsonObject{{"status", "ok"}, {"message", "Fixed 50 guides"}};
        QCOMPARE(ResultSummary::text(result), QStringLiteral("Fixed 50 guides"));
        result.result = QJsonObject{{"status", "ok"}};
        QCOMPARE(ResultSummary::text(result), QString());
    }

    void okButLoggedErrorsSaysSo()
    {
        JobResult result;
        result.outcome = JobResult::Outcome::Ok;
        result.startedAtMs = 1000;
        result.finishedAtMs = 2000;
        const QList<LogLine> logs{{"k", 500, "error", "before the run"},
                                  {"k", 1200, "info", "fine"},
                                  {"k", 1300, "error", "bad row"},
                                  {"k", 1900, "error", "worse row"},
                                  {"k", 2500, "error", "after the run"}};
        QCOMPARE(ResultSummary::errorsNote(result, logs),
                 QStringLiteral("It logged 2 errors while it ran: see Activity."));
        QCOMPARE(ResultSummary::errorsNote(result, logs.mid(0, 2)), QString());
        result.outcome = JobResult::Outcome::Error; // an error says so already
        QCOMPARE(ResultSummary::errorsNote(result, logs), QString());
    }

    // A run that imports Dispatcharr's server modules fails with the load error's sentence, not
    // with "ModuleNotFoundError: No module named 'apps'".
    void serverModulesAtRunTimeAreExplained()
    {
        uitest::Window w(m_root.path(), QStringLiteral("server"));
        const QJsonArray actions{QJsonObject{{"id", "sync"}, {"label", "Sync"}}};
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("mapper"),
            fixtures::manifest(QStringLiteral("Mapper"), QStringLiteral("1.0.0"), {}, actions));
        QVERIFY(fixtures::writeFile(folder + "/plugin.py",
                                    "class Plugin:\n"
                                    "    def run(self, action, params, context):\n"
                                    "        from apps.channels.models import Channel\n"
                                    "        return {}\n"));
        QVERIFY(w.start());
        QVERIFY(w.manager->setEnabled(QStringLiteral("mapper"), true, true));
        QVERIFY(waitFor([&] { return w.info(QStringLiteral("mapper")).isLoaded(); }));
        const Result<RunJob *> started =
            w.manager->runAction(QStringLiteral("mapper"), QStringLiteral("sync"), {});
        QVERIFY(started);
        QPointer<RunJob> job = started.value();
        JobResult result;
        bool finished = false;
        connect(job, &RunJob::finished, this, [&] {
            result = job->result();
            finished = true;
        });
        QVERIFY(waitFor([&] { return finished; }, 15000));
        QCOMPARE(result.outcome, JobResult::Outcome::Error);
        QVERIFY2(result.message.startsWith(QLatin1String("This plugin needs Dispatcharr's server "
                                                         "modules (it imports 'apps")),
                 qPrintable(result.message));
        QVERIFY(!result.message.contains(QLatin1String("ModuleNotFoundError")));
        QVERIFY(result.traceback.contains(QLatin1String("ModuleNotFoundError")));
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestResultSummary)
#include "tst_resultsummary.moc"
