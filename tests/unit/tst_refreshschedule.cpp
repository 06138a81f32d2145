// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The repository refresh schedule with a real loopback server and the real database: nothing
// goes out before online access is allowed, rounds refresh every enabled repository, count the
// updates (and the new ones, for the window's toast), and collect the failures.
#include "common/fixtures.h"
#include "common/testhttpserver.h"
#include "repos/availability.h"
#include "repos/refreshschedule.h"
#include "repos/repositories.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

class TestRefreshSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingGoesOutBeforeOnlineAccessIsAllowed();
    void aRoundCountsUpdatesAndNewOnes();
    void failuresAreCollected();
    void theIntervalStartsRounds();

private:
    void serveAlpha(const QString &latest);
    qint64 add(const QByteArray &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<RefreshSchedule> m_schedule;
    QList<InstalledPlugin> m_installed;
};

void TestRefreshSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_repos = std::make_unique<Repositories>(m_dir->filePath("plugboard.sqlite"));
    m_repos->setStallTimeout(3000);
    // The official repository stays off: these rounds stay on this machine.
    const qint64 official = m_repos->list().value().constFirst().id;
    VERIFY_OK(m_repos->setEnabled(official, false));
    m_installed.clear();
    m_schedule = std::make_unique<RefreshSchedule>(*m_repos, [this] { return m_installed; });
}

void TestRefreshSchedule::cleanup()
{
    m_schedule.reset();
    m_repos.reset();
    m_server.reset();
    m_dir.reset();
}

void TestRefreshSchedule::serveAlpha(const QString &latest)
{
    m_server->route("/one.json",
                    TestResponse{200,
                                 "OK",
                                 {},
                                 QStringLiteral(R"({"registry_name": "One", "plugins": [
                                     {"slug": "alpha", "name": "Alpha", "latest_version": "%1"}]})")
                                     .arg(latest)
                                     .toUtf8()});
}

qint64 TestRefreshSchedule::add(const QByteArray &path)
{
    std::unique_ptr<RepositoryJob> job(m_repos->add(m_server->url(path).toString(), {}));
    job->setAutoDelete(false);
    if (!job->exec()) {
        qWarning("%s", qPrintable(job->error().message));
        return 0;
    }
    return job->result().id;
}

void TestRefreshSchedule::nothingGoesOutBeforeOnlineAccessIsAllowed()
{
    serveAlpha("1.0");
    QVERIFY(add("/one.json") > 0); // an explicit request of the user
    const qsizetype before = m_server->requests().size();
    QSignalSpy rounds(m_schedule.get(), &RefreshSchedule::roundFinished);
    m_schedule->refreshNow();
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), before);
    QCOMPARE(rounds.size(), 0);
    QVERIFY(m_schedule->isActive()); // it asks again next time
}

void TestRefreshSchedule::aRoundCountsUpdatesAndNewOnes()
{
    serveAlpha("1.0");
    const qint64 id = add("/one.json");
    QVERIFY(id > 0);
    VERIFY_OK(m_repos->setOnlineAccessAllowed(true));
    m_installed = {{"alpha", "1.0", {"alpha", id, "alpha", "1.0", "One"}}};
    QSignalSpy rounds(m_schedule.get(), &RefreshSchedule::roundFinished);

    m_schedule->refreshNow();
    QVERIFY(rounds.wait(5000));
    QCOMPARE(rounds.last().at(0).toInt(), 0); // up to date
    QCOMPARE(rounds.last().at(2).toStringList(), QStringList());

    serveAlpha("1.1");
    m_schedule->refreshNow();
    QVERIFY(rounds.wait(5000));
    QCOMPARE(rounds.last().at(0).toInt(), 1);
    QCOMPARE(rounds.last().at(1).toInt(), 1); // new since the last round: worth a toast

    m_schedule->refreshNow();
    QVERIFY(rounds.wait(5000));
    QCOMPARE(rounds.last().at(0).toInt(), 1);
    QCOMPARE(rounds.last().at(1).toInt(), 0); // the same update again: no second toast
}

void TestRefreshSchedule::failuresAreCollected()
{
    serveAlpha("1.0");
    QVERIFY(add("/one.json") > 0);
    VERIFY_OK(m_repos->setOnlineAccessAllowed(true));
    m_server->route("/one.json", TestResponse{503, "Service Unavailable", {}, "down"});
    QSignalSpy rounds(m_schedule.get(), &RefreshSchedule::roundFinished);
    m_schedule->refreshNow();
    QVERIFY(rounds.wait(5000));
    const QStringList failures = rounds.last().at(2).toStringList();
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures[0].contains(QStringLiteral("503")), qPrintable(failures[0]));
}

void TestRefreshSchedule::theIntervalStartsRounds()
{
    serveAlpha("1.0");
    QVERIFY(add("/one.json") > 0);
    VERIFY_OK(m_repos->setOnlineAccessAllowed(true));
    QCOMPARE(m_schedule->interval(), qint64(RefreshSchedule::DefaultHours) * 3600 * 1000);
    QSignalSpy rounds(m_schedule.get(), &RefreshSchedule::roundFinished);
    m_schedule->setInterval(100);
    QVERIFY(rounds.wait(3000));
    QVERIFY(rounds.wait(3000)); // and again
    m_schedule->setInterval(0);
    QVERIFY(!m_schedule->isActive());
    const int seen = int(rounds.size());
    QTest::qWait(400);
    QCOMPARE(int(rounds.size()), seen);
}

QTEST_GUILESS_MAIN(TestRefreshSchedule)
#include "tst_refreshschedule.moc"
