// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testhttpserver.h"
#include "repos/download.h"
#include "repos/urlpolicy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

class TestDownload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void policyAllowsHttpsAndLoopbackOnly_data();
    void policyAllowsHttpsAndLoopbackOnly();
    void fetchesIntoMemoryWithItsHashAndValidators();
    void streamsIntoAFile();
    void conditionalRequestGetsNotModified();
    void oversizeAnnouncedIsRefusedBeforeTheBody();
    void oversizeUnannouncedIsCutOffWhileStreaming();
    void silentServerTimesOutWithASentence();
    void followsALoopbackRedirect();
    void refusesARedirectToPlainHttpElsewhere();
    void refusesARedirectToALocalFile();
    void redirectLoopEndsWithASentence();
    void credentialsAreRefusedBeforeAnyRequest();
    void localFilesOnlyWhenAllowed();
    void httpErrorNamesTheStatus();
    void cancelStopsTheTransfer();

private:
    // Runs the download to its end (exec) and hands it back; the test deletes it.
    std::unique_ptr<Download> run(DownloadRequest request);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

static QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

static DownloadRequest request(const QUrl &url)
{
    DownloadRequest r;
    r.url = url;
    r.what = QStringLiteral("the test file");
    return r;
}

void TestDownload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestDownload::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Download> TestDownload::run(DownloadRequest r)
{
    std::unique_ptr<Download> job(Download::start(m_network.get(), std::move(r), nullptr));
    job->exec();
    return job;
}

void TestDownload::policyAllowsHttpsAndLoopbackOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("says");
    QTest::newRow("https") << "https://example.org/m.json" << true << "";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/m.json" << true << "";
    QTest::newRow("http loopback name") << "http://localhost/m.json" << true << "";
    QTest::newRow("http loopback v6") << "http://[::1]:9/m.json" << true << "";
    QTest::newRow("http elsewhere") << "http://example.org/m.json" << false << "plain HTTP";
    QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example/m" << false << "plain HTTP";
    QTest::newRow("credentials") << "https://me:pw@example.org/m.json" << false << "password";
    QTest::newRow("user only") << "https://me@example.org/m.json" << false << "user name";
    QTest::newRow("ftp") << "ftp://example.org/m.json" << false << "\"ftp:\"";
    QTest::newRow("file") << "file:///tmp/m.json" << false << "local file";
    QTest::newRow("garbage") << "::::" << false << "not a valid URL";
}

void TestDownload::policyAllowsHttpsAndLoopbackOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, says);
    Result<void> checked = UrlPolicy::check(QUrl(url), QStringLiteral("the manifest"));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed) {
        QVERIFY2(checked.error().message.contains(says), qPrintable(checked.error().message));
        QVERIFY(!checked.error().message.contains(QStringLiteral("pw@")));
    }
}

void TestDownload::fetchesIntoMemoryWithItsHashAndValidators()
{
    const QByteArray body = randomBytes(300 * 1024);
    TestResponse response;
    response.body = body;
    response.headers = {{"ETag", "\"v1\""}, {"Last-Modified", "Sat, 06 Jun 2026 20:09:10 GMT"}};
    m_server->route("/m.json", response);

    auto job = run(request(m_server->url("/m.json")));
    QVERIFY2(job->succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().body, body);
    QCOMPARE(job->result().size, body.size());
    QCOMPARE(job->result().sha256,
             QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QCOMPARE(job->result().etag, QStringLiteral("\"v1\""));
    QCOMPARE(job->result().lastModified, QStringLiteral("Sat, 06 Jun 2026 20:09:10 GMT"));
    QVERIFY(!job->result().notModified);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests()[0].headers.contains("if-none-match"));
}

void TestDownload::streamsIntoAFile()
{
    const QByteArray body = randomBytes(2 * 1024 * 1024 + 17);
    TestResponse response;
    response.body = body;
    m_server->route("/p.zip", response);
    DownloadRequest r = request(m_server->url("/p.zip"));
    r.saveTo = m_dir->filePath("p.zip");
    r.maxBytes = 3 * 1024 * 1024;

    auto job = run(r);
    QVERIFY2(job->succeeded(), qPrintable(job->error().message));
    QVERIFY(job->result().body.isEmpty());
    QCOMPARE(job->result().savedTo, r.saveTo);
    QFile file(r.saveTo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
    QCOMPARE(job->result().sha256,
             QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

void TestDownload::conditionalRequestGetsNotModified()
{
    m_server->route("/m.json", [](const fixtures::TestRequest &req) {
        TestResponse response;
        if (req.headers.value("if-none-match") == "\"v1\"") {
            response.status = 304;
            response.reason = "Not Modified";
        } else {
            response.body = "{}";
            response.headers = {{"ETag", "\"v1\""}};
        }
        return response;
    });
    DownloadRequest r = request(m_server->url("/m.json"));
    r.etag = QStringLiteral("\"v1\"");
    r.lastModified = QStringLiteral("Sat, 06 Jun 2026 20:09:10 GMT");
    auto job = run(r);
    QVERIFY2(job->succeeded(), qPrintable(job->error().message));
    QVERIFY(job->result().notModified);
    QVERIFY(job->result().body.isEmpty());
    QCOMPARE(job->result().etag, QStringLiteral("\"v1\""));
    QCOMPARE(job->result().lastModified, QStringLiteral("Sat, 06 Jun 2026 20:09:10 GMT"));
    QCOMPARE(m_server->requests()[0].headers.value("if-modified-since"),
             QByteArray("Sat, 06 Jun 2026 20:09:10 GMT"));

    r.etag = QStringLiteral("\"old\"");
    auto changed = run(r);
    QVERIFY(changed->succeeded());
    QVERIFY(!changed->result().notModified);
    QCOMPARE(changed->result().body, QByteArray("{}"));
}

void TestDownload::oversizeAnnouncedIsRefusedBeforeTheBody()
{
    TestResponse response;
    response.body = randomBytes(4 * 1024 * 1024);
    response.chunkDelayMs = 50; // the whole body would take a while
    m_server->route("/big.zip", response);
    DownloadRequest r = request(m_server->url("/big.zip"));
    r.saveTo = m_dir->filePath("big.zip");
    r.maxBytes = 1024 * 1024;

    QElapsedTimer clock;
    clock.start();
    auto job = run(r);
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::Io);
    QVERIFY2(job->error().message.contains(QStringLiteral("more than")),
             qPrintable(job->error().message));
    QVERIFY2(clock.elapsed() < 2000, "the announced size alone should stop it");
    QVERIFY(!QFile::exists(r.saveTo)); // nothing kept
}

void TestDownload::oversizeUnannouncedIsCutOffWhileStreaming()
{
    TestResponse response;
    response.body = randomBytes(3 * 1024 * 1024);
    response.sendLength = false;
    m_server->route("/big.json", response);
    DownloadRequest r = request(m_server->url("/big.json"));
    r.maxBytes = 512 * 1024;

    auto job = run(r);
    QVERIFY(!job->succeeded());
    QVERIFY2(job->error().message.contains(QStringLiteral("larger than")),
             qPrintable(job->error().message));
    QVERIFY(job->result().body.isEmpty());
}

void TestDownload::silentServerTimesOutWithASentence()
{
    TestResponse response;
    response.neverAnswer = true;
    m_server->route("/slow", response);
    DownloadRequest r = request(m_server->url("/slow"));
    r.stallTimeoutMs = 300;

    QElapsedTimer clock;
    clock.start();
    auto job = run(r);
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::TimedOut);
    QVERIFY2(job->error().message.contains(QStringLiteral("sent nothing for 0.3 seconds")),
             qPrintable(job->error().message));
    QVERIFY(clock.elapsed() >= 250 && clock.elapsed() < 5000);
}

void TestDownload::followsALoopbackRedirect()
{
    TestResponse response;
    response.body = "moved here";
    m_server->route("/new", response);
    m_server->redirect("/old", m_server->url("/new").toEncoded());
    auto job = run(request(m_server->url("/old")));
    QVERIFY2(job->succeeded(), qPrintable(job->error().message));
    QCOMPARE(job->result().body, QByteArray("moved here"));
    QCOMPARE(job->result().finalUrl, m_server->url("/new"));
}

void TestDownload::refusesARedirectToPlainHttpElsewhere()
{
    m_server->redirect("/old", "http://plugins.example.org/p.zip");
    DownloadRequest r = request(m_server->url("/old"));
    r.saveTo = m_dir->filePath("p.zip");
    auto job = run(r);
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::InvalidInput);
    QVERIFY2(job->error().message.contains(QStringLiteral("redirected to an address")) &&
                 job->error().message.contains(QStringLiteral("plain HTTP")),
             qPrintable(job->error().message));
    QVERIFY(!QFile::exists(r.saveTo));
}

void TestDownload::refusesARedirectToALocalFile()
{
    QVERIFY(QFile(m_dir->filePath("secret")).open(QIODevice::WriteOnly));
    m_server->redirect("/old", QUrl::fromLocalFile(m_dir->filePath("secret")).toEncoded());
    DownloadRequest r = request(m_server->url("/old"));
    r.files = UrlPolicy::Files::Allowed; // even then: the network may not point at local files
    auto job = run(r);
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::InvalidInput);
    QVERIFY2(job->error().message.contains(QStringLiteral("redirected to an address")) &&
                 job->error().message.contains(QStringLiteral("local file")),
             qPrintable(job->error().message));
}

void TestDownload::redirectLoopEndsWithASentence()
{
    m_server->redirect("/a", "/b");
    m_server->redirect("/b", "/a");
    auto job = run(request(m_server->url("/a")));
    QVERIFY(!job->succeeded());
    QVERIFY2(job->error().message.contains(QStringLiteral("redirected more than 5 times")),
             qPrintable(job->error().message));
    QVERIFY(m_server->requests().size() <= 7);
}

void TestDownload::credentialsAreRefusedBeforeAnyRequest()
{
    m_server->route("/m.json", TestResponse{});
    QUrl url = m_server->url("/m.json");
    url.setUserInfo(QStringLiteral("me:hunter2"));
    auto job = run(request(url));
    QVERIFY(!job->succeeded());
    QVERIFY(!job->error().message.contains(QStringLiteral("hunter2")));
    QVERIFY(m_server->requests().isEmpty());
}

void TestDownload::localFilesOnlyWhenAllowed()
{
    const QString path = m_dir->filePath("local.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"plugins\": []}");
    file.close();

    DownloadRequest r = request(QUrl::fromLocalFile(path));
    auto refused = run(r);
    QVERIFY(!refused->succeeded());
    QVERIFY(refused->error().message.contains(QStringLiteral("local file")));

    r.files = UrlPolicy::Files::Allowed;
    auto fetched = run(r);
    QVERIFY2(fetched->succeeded(), qPrintable(fetched->error().message));
    QCOMPARE(fetched->result().body, QByteArray("{\"plugins\": []}"));

    r.url = QUrl::fromLocalFile(m_dir->filePath("absent.json"));
    auto absent = run(r);
    QVERIFY(!absent->succeeded());
    QVERIFY2(absent->error().message.contains(QStringLiteral("Could not fetch the test file")),
             qPrintable(absent->error().message));
}

void TestDownload::httpErrorNamesTheStatus()
{
    auto job = run(request(m_server->url("/nowhere")));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::Io);
    QVERIFY2(job->error().message.contains(QStringLiteral("answered 404 (Not Found) for the "
                                                          "test file")),
             qPrintable(job->error().message));
}

void TestDownload::cancelStopsTheTransfer()
{
    TestResponse response;
    response.body = randomBytes(8 * 1024 * 1024);
    response.chunkDelayMs = 100;
    m_server->route("/slow.zip", response);
    DownloadRequest r = request(m_server->url("/slow.zip"));
    r.saveTo = m_dir->filePath("slow.zip");
    r.maxBytes = 16 * 1024 * 1024;
    std::unique_ptr<Download> job(Download::start(m_network.get(), r, nullptr));
    bool progressed = false;
    connect(job.get(), &Job::progressChanged, this, [&](Job *j) {
        progressed = true;
        j->cancel();
    });
    job->exec();
    QVERIFY(progressed);
    QVERIFY(!job->succeeded());
    QCOMPARE(job->error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(r.saveTo));
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
