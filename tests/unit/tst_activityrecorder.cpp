// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runner/activityrecorder.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestActivityRecorder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flushesOnItsOwnShortlyAfter();
    void recordingIsCheapForTheCaller();
    void destructorWritesWhatIsPending();
};

static JournalEntry run(quint64 id)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {id, QStringLiteral("p"), QStringLiteral("go"), now, now, QStringLiteral("ok"), {}, {}};
}

void TestActivityRecorder::flushesOnItsOwnShortlyAfter()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("db.sqlite");
    ActivityRecorder recorder(db);
    recorder.recordRun(run(1));
    recorder.recordLog({QStringLiteral("p"), QDateTime::currentMSecsSinceEpoch(), "info", "hello"});
    QTRY_COMPARE_WITH_TIMEOUT(RunJournal(db).recent("p", 10).value().size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(PluginLogStore(db).recent("p", 10).value().size(), 1, 5000);
}

void TestActivityRecorder::recordingIsCheapForTheCaller()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("db.sqlite");
    ActivityRecorder recorder(db);
    QElapsedTimer timer;
    timer.start();
    for (quint64 i = 1; i <= 5000; ++i)
        recorder.recordRun(run(i));
    QVERIFY2(timer.elapsed() < 500, "appending 5,000 runs must not touch the disk");
    recorder.flushAndWait();
    QCOMPARE(RunJournal(db).recent("p", 1000).value().size(), RunJournal::DefaultKeepPerPlugin);
    QCOMPARE(RunJournal(db).recent("p", 1).value().first().jobId, quint64(5000));
}

void TestActivityRecorder::destructorWritesWhatIsPending()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("db.sqlite");
    {
        ActivityRecorder recorder(db);
        recorder.recordRun(run(7));
    }
    QCOMPARE(RunJournal(db).recent("p", 10).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestActivityRecorder)
#include "tst_activityrecorder.moc"
