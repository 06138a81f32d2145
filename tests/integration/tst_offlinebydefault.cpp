// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh start sends no network request at all until online access is allowed (REPOSITORIES.md
// §4): the plugins, the repository list with the official repository in it, and the refresh
// schedule ticking fast, for a while, send nothing; once allowed, the schedule goes out.
#include "common/fixtures.h"
#include "common/testhttpserver.h"
#include "manager/pluginmanager.h"
#include "repos/download.h"
#include "repos/refreshschedule.h"
#include "repos/repositories.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

class TestOfflineByDefault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFreshStartSendsNothing();
};

void TestOfflineByDefault::aFreshStartSendsNothing()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("plugins")));
    PluginPaths paths = PluginPaths::resolve(dir.filePath("data"), dir.filePath("plugins"));
    QVERIFY(paths.prepare());
    const quint64 before = Download::requestsSent();

    PluginManager manager(paths);
    manager.reload()->exec();
    Repositories repos(paths.databasePath());
    const Result<QList<StoredRepository>> listed = repos.list();
    VERIFY_OK(listed);
    QCOMPARE(listed.value().size(), 1); // the official one, enabled, never fetched
    QVERIFY(listed.value()[0].official && listed.value()[0].enabled);
    RefreshSchedule schedule(repos, [] { return QList<InstalledPlugin>(); });
    schedule.setInterval(20);
    QSignalSpy rounds(&schedule, &RefreshSchedule::roundFinished);
    QTest::qWait(1000); // some fifty ticks
    QCOMPARE(Download::requestsSent(), before);
    QCOMPARE(rounds.size(), 0);
    QVERIFY(repos.list().value()[0].lastFetchedAt.isEmpty());

    // Allowed: the next tick goes out (to a repository on this machine; the official one is
    // switched off so that nothing leaves it).
    fixtures::TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/m.json", fixtures::TestResponse{
                                200, "OK", {}, R"({"registry_name": "Here", "plugins": []})"});
    VERIFY_OK(repos.setEnabled(listed.value()[0].id, false));
    std::unique_ptr<RepositoryJob> add(repos.add(server.url("/m.json").toString(), {}));
    add->setAutoDelete(false);
    QVERIFY2(add->exec(), qPrintable(add->error().message));
    const quint64 afterAdd = Download::requestsSent();
    QVERIFY(afterAdd > before); // an explicit request of the user goes out
    VERIFY_OK(repos.setOnlineAccessAllowed(true));
    QVERIFY(rounds.wait(3000));
    QVERIFY(Download::requestsSent() > afterAdd);
}

QTEST_GUILESS_MAIN(TestOfflineByDefault)
#include "tst_offlinebydefault.moc"
