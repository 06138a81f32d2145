// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Repository icons on disk, fetched from a real loopback server: kept and reused, fetched again
// when a week old, an old icon kept when the fetch fails, and only real images at most 512 KiB.
#include "common/fixtures.h"
#include "common/testhttpserver.h"
#include "repos/iconcache.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;
using fixtures::TestHttpServer;
using fixtures::TestResponse;

class TestIconCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recognisesImagesByTheirBytes_data();
    void recognisesImagesByTheirBytes();
    void fetchesOnceAndReuses();
    void aStaleIconIsFetchedAgainAndKeptWhenThatFails();
    void refusesWhatIsNotAnImage();
    void refusesAnOversizeIcon();

private:
    QString fetch(const QString &path, QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<IconCache> m_cache;
};

void TestIconCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_cache = std::make_unique<IconCache>(m_network.get(), m_dir->filePath("cache/icons"));
}

void TestIconCache::cleanup()
{
    m_cache.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestIconCache::fetch(const QString &path, QString *error)
{
    std::unique_ptr<IconJob> job(m_cache->icon(m_server->url(path), nullptr));
    job->setAutoDelete(false);
    job->exec();
    if (error)
        *error = job->succeeded() ? QString() : job->error().message;
    return job->succeeded() ? job->result() : QString();
}

void TestIconCache::recognisesImagesByTheirBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    QTest::newRow("png") << fixtures::tinyPng() << "png";
    QTest::newRow("jpeg") << fixtures::tinyJpeg() << "jpg";
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << "gif";
    QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << "webp";
    QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"…\"/>") << "svg";
    QTest::newRow("bare svg") << QByteArray("  <svg viewBox=\"0 0 1 1\"></svg>") << "svg";
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html>nope</html>") << "";
    QTest::newRow("xml, not svg") << QByteArray("<?xml version=\"1.0\"?><feed/>") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("elf") << QByteArray("\x7f"
                                       "ELF\x02\x01")
                         << "";
}

void TestIconCache::recognisesImagesByTheirBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    QCOMPARE(IconCache::imageType(bytes), type);
}

void TestIconCache::fetchesOnceAndReuses()
{
    m_server->route("/a.png", TestResponse{200, "OK", {}, fixtures::tinyPng()});
    const QUrl url = m_server->url("/a.png");
    QVERIFY(m_cache->cached(url).isEmpty());
    const QString path = fetch("/a.png");
    QVERIFY(path.endsWith(".png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), fixtures::tinyPng());
    QCOMPARE(m_cache->cached(url), path);
    QCOMPARE(fetch("/a.png"), path);
    QCOMPARE(m_server->requests().size(), 1); // the second came from the disk
}

void TestIconCache::aStaleIconIsFetchedAgainAndKeptWhenThatFails()
{
    m_server->route("/a.png", TestResponse{200, "OK", {}, fixtures::tinyPng()});
    const QString path = fetch("/a.png");
    QVERIFY(!path.isEmpty());
    const auto age = [&](const QString &file) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-8),
                              QFileDevice::FileModificationTime));
    };
    age(path);

    // Stale, and the server now answers with a JPEG: fetched again, the PNG replaced.
    m_server->route("/a.png", TestResponse{200, "OK", {}, fixtures::tinyJpeg()});
    const QString replaced = fetch("/a.png");
    QVERIFY(replaced.endsWith(".jpg"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_server->requests().size(), 2);

    // Stale again, and the server fails: the old icon serves.
    age(replaced);
    m_server->route("/a.png", TestResponse{500, "Internal Server Error", {}, "oops"});
    QString error;
    QCOMPARE(fetch("/a.png", &error), replaced);
    QVERIFY(error.isEmpty());
    QCOMPARE(m_server->requests().size(), 3);
}

void TestIconCache::refusesWhatIsNotAnImage()
{
    m_server->route("/page", TestResponse{200, "OK", {}, "<html><body>hi</body></html>"});
    QString error;
    QVERIFY(fetch("/page", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("not a PNG")), qPrintable(error));
    QVERIFY(m_cache->cached(m_server->url("/page")).isEmpty());
}

void TestIconCache::refusesAnOversizeIcon()
{
    m_server->route("/big.png",
                    TestResponse{200, "OK", {}, fixtures::tinyPng() + QByteArray(600 * 1024, 'x')});
    QString error;
    QVERIFY(fetch("/big.png", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("more than")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIconCache)
#include "tst_iconcache.moc"
