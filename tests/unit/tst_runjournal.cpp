// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pluginstore.h"
#include "store/runjournal.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestRunJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReadsNewestFirst();
    void keepsTheLastRunsPerPlugin();
    void capsHugeResults();
    void forgetsOnePlugin();
    void runsDoNotBumpTheRevision();
};

static JournalEntry entry(const QString &key, quint64 job, const QString &outcome = "ok")
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {job, key,     QStringLiteral("do_work"), now - 5,
            now, outcome, QStringLiteral("done 🎉"),  QStringLiteral("{\"status\":\"ok\"}")};
}

void TestRunJournal::recordsAndReadsNewestFirst()
{
    QTemporaryDir dir;
    RunJournal journal(dir.filePath("db.sqlite"));
    QVERIFY(journal.write({entry("a", 1), entry("a", 2, "error"), entry("b", 3)}).ok());
    Result<QList<JournalEntry>> runs = journal.recent("a", 10);
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), 2);
    QCOMPARE(runs.value()[0].jobId, quint64(2));
    QCOMPARE(runs.value()[0].outcome, QStringLiteral("error"));
    QCOMPARE(runs.value()[1].message, QStringLiteral("done 🎉"));
    QVERIFY(runs.value()[1].finishedAtMs - runs.value()[1].startedAtMs == 5);
    QCOMPARE(journal.recent("b", 10).value().size(), 1);
    QVERIFY(journal.write({}).ok());
    // Null texts (a run with no message or result) are stored as empty text.
    JournalEntry bare;
    bare.jobId = 9;
    bare.key = QStringLiteral("c");
    bare.outcome = QStringLiteral("cancelled");
    QVERIFY(journal.write({bare}).ok());
    QCOMPARE(journal.recent("c", 1).value().first().message, QString());
}

void TestRunJournal::keepsTheLastRunsPerPlugin()
{
    QTemporaryDir dir;
    RunJournal journal(dir.filePath("db.sqlite"), 5);
    QList<JournalEntry> batch;
    for (quint64 i = 1; i <= 12; ++i)
        batch << entry("a", i);
    QVERIFY(journal.write(batch).ok());
    QVERIFY(journal.write({entry("a", 13), entry("b", 14)}).ok());
    const QList<JournalEntry> runs = journal.recent("a", 100).value();
    QCOMPARE(runs.size(), 5);
    QCOMPARE(runs.first().jobId, quint64(13));
    QCOMPARE(runs.last().jobId, quint64(9));
    QCOMPARE(journal.recent("b", 100).value().size(), 1);
}

void TestRunJournal::capsHugeResults()
{
    QTemporaryDir dir;
    RunJournal journal(dir.filePath("db.sqlite"));
    JournalEntry big = entry("a", 1);
    big.result = QString(RunJournal::MaxResultBytes * 3, QLatin1Char('x'));
    QVERIFY(journal.write({big}).ok());
    QCOMPARE(journal.recent("a", 1).value().first().result.size(), RunJournal::MaxResultBytes);
}

void TestRunJournal::forgetsOnePlugin()
{
    QTemporaryDir dir;
    RunJournal journal(dir.filePath("db.sqlite"));
    QVERIFY(journal.write({entry("a", 1), entry("b", 2)}).ok());
    QVERIFY(journal.forget("a").ok());
    QVERIFY(journal.recent("a", 10).value().isEmpty());
    QCOMPARE(journal.recent("b", 10).value().size(), 1);
}

void TestRunJournal::runsDoNotBumpTheRevision()
{
    QTemporaryDir dir;
    PluginStore store(dir.filePath("db.sqlite"));
    RunJournal journal(dir.filePath("db.sqlite"));
    const qint64 before = store.revision().value();
    QVERIFY(journal.write({entry("a", 1)}).ok());
    QCOMPARE(store.revision().value(), before);
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
