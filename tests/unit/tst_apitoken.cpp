// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REST API token file: made on first use with mode 0600, stable until rotated, refused when
// other users can read it, when it is not a regular file or not a token; constant-time compare.
#include "api/apitoken.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace plugboard;

class TestApiToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void madeOnFirstUseOwnerOnly();
    void rotateReplacesIt();
    void refusesWhatItCannotTrust();
    void matches();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

void TestApiToken::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath("data"); // does not exist yet
}

void TestApiToken::madeOnFirstUseOwnerOnly()
{
    const Result<QByteArray> first = ApiToken::load(m_data);
    QVERIFY(first);
    QCOMPARE(first.value().size(), 64);
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(ApiToken::path(m_data)).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    QCOMPARE(ApiToken::load(m_data).value(), first.value()); // stable
    QVERIFY(QDir(m_data).entryList(QDir::Files | QDir::Hidden) == QStringList{"api-token"});
}

void TestApiToken::rotateReplacesIt()
{
    const QByteArray before = ApiToken::load(m_data).value();
    const Result<QByteArray> after = ApiToken::rotate(m_data);
    QVERIFY(after);
    QVERIFY(after.value() != before);
    QCOMPARE(ApiToken::load(m_data).value(), after.value());
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(ApiToken::path(m_data)).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
}

void TestApiToken::refusesWhatItCannotTrust()
{
    QVERIFY(ApiToken::load(m_data));
    const QString file = ApiToken::path(m_data);
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    Result<QByteArray> r = ApiToken::load(m_data);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains("chmod 600"));

    QVERIFY(QFile::remove(file));
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not a token\n");
    bad.close();
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    r = ApiToken::load(m_data);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains("--rotate"));

    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::link(m_dir->filePath("elsewhere"), file)); // a dangling symlink
    r = ApiToken::load(m_data);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains("not a regular file"));
    QVERIFY(!QFile::exists(m_dir->filePath("elsewhere"))); // nothing written through it
}

void TestApiToken::matches()
{
    const QByteArray token = ApiToken::load(m_data).value();
    QVERIFY(ApiToken::matches(token, token));
    QVERIFY(!ApiToken::matches(token, token.left(63)));
    QVERIFY(!ApiToken::matches(token, token + "0"));
    QByteArray last = token;
    last[63] = last[63] == 'a' ? 'b' : 'a';
    QVERIFY(!ApiToken::matches(token, last));
    QVERIFY(!ApiToken::matches(token, QByteArray()));
    QVERIFY(!ApiToken::matches(QByteArray(), QByteArray())); // no token configured: never
}

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_apitoken.moc"
