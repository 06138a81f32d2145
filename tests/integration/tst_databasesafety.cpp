// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin database's safety net from outside, with the real plugboardctl and a real server
// process: a damaged database recovered by the next command (which says so on stderr and still
// succeeds), recovery while a server holds the file open (and the server then works on the
// restored file), `db check`, `db backup` and `db restore` by hand, a backup taken while two
// processes write (whole, consistent and restorable), and a full disk (a real file size limit
// through prlimit) and a read-only data folder (a real read-only bind mount) failing a save and
// a backup with a sentence and changing nothing.
#include "common/fixtures.h"
#include "ctlharness.h"
#include "serveprocess.h"

#include "api/apiclient.h"
#include "api/apitoken.h"
#include "store/integrity.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QWebSocket>

using namespace plugboard;
using ctltest::Run;

namespace {

// Overwrites the first page, as a bad sync tool or a torn copy would.
bool damageHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return file.write(QByteArray(4096, '\x5A')) == 4096;
}

// Each plugin's settings as a backup holds them, read with a private connection.
QHash<QString, QJsonObject> settingsIn(const QString &path)
{
    QHash<QString, QJsonObject> settings;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "reader");
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT key, settings FROM plugins"));
            while (q.next()) {
                settings.insert(q.value(0).toString(),
                                QJsonDocument::fromJson(q.value(1).toByteArray()).object());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return settings;
}

} // namespace

class TestDatabaseSafety : public QObject, protected ctltest::CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void theNextCommandRecoversAndSaysSo();
    void checkBackupAndRestoreByHand();
    void recoveryWhileAServerHoldsTheDatabase();
    void aBackupWhileTwoProcessesWrite();
    void aFullDiskFailsASaveAndABackup();
    void aReadOnlyDataFolderFailsASave();

private:
    QString db() const { return m_data + QStringLiteral("/plugboard.sqlite"); }
    int count(const QString &key = QStringLiteral("normal")) const
    {
        return settingsJson(key).value("settings").toObject().value("count").toInt(-1);
    }
    Run set(const QString &key, int value) const
    {
        return ctl({QStringLiteral("settings"), key, QStringLiteral("--set"),
                    QStringLiteral("count=%1").arg(value)});
    }
    // "normal" at count 3 in a manual backup, then count 8 saved after it.
    QString seed();
};

QString TestDatabaseSafety::seed()
{
    addNormal();
    if (set(QStringLiteral("normal"), 3).exitCode != 0)
        return {};
    const Run backup =
        ctl({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--json")});
    if (backup.exitCode != 0)
        qWarning().noquote() << backup.describe();
    if (set(QStringLiteral("normal"), 8).exitCode != 0)
        return {};
    return backup.json().value("path").toString();
}

void TestDatabaseSafety::theNextCommandRecoversAndSaysSo()
{
    const QString backup = seed();
    QVERIFY(QFile::exists(backup));
    QCOMPARE(count(), 8);
    QFile file(db());
    QVERIFY(file.resize(file.size() / 2));

    const Run listed = ctl({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.jsonOk());
    QVERIFY2(listed.errText().contains(QStringLiteral("was restored: changes made after")),
             qPrintable(listed.describe()));
    QVERIFY(listed.errText().contains(QStringLiteral("plugboard.sqlite.damaged-")));
    QCOMPARE(count(), 3);
    // Said once, by the command that did it.
    QVERIFY(!ctl({QStringLiteral("list")}).errText().contains(QStringLiteral("restored")));

    const Run checked = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
    QVERIFY(checked.outText().contains(QStringLiteral("is healthy")));
    QVERIFY(checked.outText().contains(QStringLiteral("Last recovery:")));
}

void TestDatabaseSafety::checkBackupAndRestoreByHand()
{
    const QString backup = seed();
    QVERIFY(QFile::exists(backup));
    const Run healthy = ctl({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.describe()));
    QVERIFY(healthy.outText().contains(QFileInfo(backup).fileName()));
    QVERIFY(healthy.outText().contains(QStringLiteral("manual")));

    // A damaged file: check says so (exit 1) and leaves it exactly as it is.
    QVERIFY(damageHeader(db()));
    const QByteArray damaged = fixtures::sha256(db());
    const Run bad = ctl({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.json().value("state").toString(), QStringLiteral("damaged"));
    QVERIFY(bad.json().value("reason").toString().contains(QStringLiteral("is damaged")));
    QCOMPARE(fixtures::sha256(db()), damaged);

    // restore asks first; without a terminal it needs --yes.
    const Run asked = ctl({QStringLiteral("db"), QStringLiteral("restore")});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY(asked.errText().contains(QStringLiteral("--yes")));
    QCOMPARE(fixtures::sha256(db()), damaged);
    const Run restored =
        ctl({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QVERIFY(restored.outText().contains(QFileInfo(backup).fileName()));
    const QStringList replaced =
        QDir(m_data).entryList({QStringLiteral("plugboard.sqlite.replaced-*")}, QDir::Files);
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(fixtures::sha256(m_data + u'/' + replaced.first()), damaged);
    QCOMPARE(count(), 3);

    // A file of one's own choosing; one that is not a database is refused.
    QVERIFY(set(QStringLiteral("normal"), 6).exitCode == 0);
    const Run junk = ctl({QStringLiteral("db"), QStringLiteral("restore"),
                          m_tmp->filePath(QStringLiteral("none.sqlite")), QStringLiteral("--yes")});
    QCOMPARE(junk.exitCode, 1);
    QVERIFY(junk.errText().contains(QStringLiteral("cannot be restored")));
    QCOMPARE(count(), 6);
    const Run chosen =
        ctl({QStringLiteral("db"), QStringLiteral("restore"), backup, QStringLiteral("--yes")});
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.describe()));
    QCOMPARE(count(), 3);
}

void TestDatabaseSafety::recoveryWhileAServerHoldsTheDatabase()
{
    const QString backup = seed();
    QVERIFY(QFile::exists(backup));
    servetest::ServeProcess server;
    QVERIFY(server.start(m_data, m_plugins));
    ApiClient client(server.port, ApiToken::load(m_data).value());
    QCOMPARE(client.get("/api/plugins/plugins/normal/")
                 .json.value("plugin")
                 .toObject()
                 .value("settings")
                 .toObject()
                 .value("count")
                 .toInt(),
             8);

    // The file is damaged under the running server; the next command recovers it.
    QVERIFY(damageHeader(db()));
    const Run listed = ctl({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.errText().contains(QStringLiteral("was restored")));
    QCOMPARE(ctltest::entryFor(listed.json(), "normal")
                 .value("settings")
                 .toObject()
                 .value("count")
                 .toInt(),
             3);

    // The server tells its clients, follows the restored file, and writes to it.
    const ApiReply list = client.get("/api/plugins/plugins/");
    QCOMPARE(list.status, 200);
    const QJsonObject recovery = list.json.value("database_recovery").toObject();
    QVERIFY2(recovery.value("message").toString().contains(QStringLiteral("restored")),
             list.body.constData());
    QCOMPARE(QFileInfo(recovery.value("restored_from").toString()).fileName(),
             QFileInfo(backup).fileName());
    // …and so does the event stream's hello.
    QWebSocket events;
    QJsonObject hello;
    QObject::connect(&events, &QWebSocket::textMessageReceived, &events,
                     [&hello](const QString &text) {
                         const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                         if (m.value("type") == QLatin1String("hello"))
                             hello = m;
                     });
    QNetworkRequest stream(
        QUrl(QStringLiteral("ws://127.0.0.1:%1/api/plugins/events/").arg(server.port)));
    stream.setRawHeader("Authorization", "Bearer " + ApiToken::load(m_data).value());
    events.open(stream);
    QTRY_VERIFY_WITH_TIMEOUT(!hello.isEmpty(), 10000);
    QVERIFY(hello.value("database_recovery")
                .toObject()
                .value("message")
                .toString()
                .contains(QStringLiteral("restored")));
    events.close();
    QTRY_COMPARE_WITH_TIMEOUT(client.get("/api/plugins/plugins/normal/")
                                  .json.value("plugin")
                                  .toObject()
                                  .value("settings")
                                  .toObject()
                                  .value("count")
                                  .toInt(),
                              3, 10000);
    const ApiReply saved = client.post("/api/plugins/plugins/normal/settings/",
                                       {{"settings", QJsonObject{{"count", 5}}}});
    QVERIFY2(saved.ok(), saved.body.constData());
    QCOMPARE(count(), 5);
    QCOMPARE(DatabaseIntegrity::check(db()).state, DatabaseIntegrity::Verdict::State::Healthy);

    // Dismissed over REST: the list no longer carries it.
    QCOMPARE(client.del("/api/plugins/database/recovery/").status, 200);
    QVERIFY(!client.get("/api/plugins/plugins/").json.contains("database_recovery"));
    QCOMPARE(client.get("/api/plugins/database/").json.value("backups").toArray().size(),
             QDir(m_data + QStringLiteral("/backups")).entryList(QDir::Files).size());
    QCOMPARE(server.stop(), 0);
}

void TestDatabaseSafety::aBackupWhileTwoProcessesWrite()
{
    addNormal();
    fixtures::makePlugin(m_plugins, QStringLiteral("other"), ctltest::normalManifest());
    QVERIFY(set(QStringLiteral("normal"), 1).exitCode == 0);
    QVERIFY(set(QStringLiteral("other"), 1).exitCode == 0);
    // Each save sets count and title together (one transaction): in any consistent copy, the
    // title names the count.
    const auto writer = [this](const QString &key) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(env());
        process->start(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("for i in 1 2 3 4 5 6 7 8 9 10 1 2 3 4 5 6 7 8 9 10; do "
                                       "\"$0\" settings %1 --set count=$i --set title=n$i "
                                       "--data-dir \"$1\" --plugins-dir \"$2\" || exit 1; done")
                            .arg(key),
                        fixtures::plugboardctlPath(), m_data, m_plugins});
        return process;
    };
    QProcess *a = writer(QStringLiteral("normal"));
    QProcess *b = writer(QStringLiteral("other"));
    QStringList backups;
    while (a->state() != QProcess::NotRunning || b->state() != QProcess::NotRunning) {
        const Run backup =
            ctl({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--json")});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
        backups << backup.json().value("path").toString();
        QTest::qWait(50);
    }
    for (QProcess *writer : {a, b})
        QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(60000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    QVERIFY(backups.size() >= 2);
    qInfo("%d backups taken while the two writers ran", int(backups.size()));
    for (const QString &path : std::as_const(backups)) {
        if (!QFile::exists(path))
            continue; // rotated away
        QCOMPARE(DatabaseIntegrity::check(path).state, DatabaseIntegrity::Verdict::State::Healthy);
        const QHash<QString, QJsonObject> settings = settingsIn(path);
        for (const QString &key : {QStringLiteral("normal"), QStringLiteral("other")}) {
            const QJsonObject s = settings.value(key);
            QCOMPARE(s.value("title").toString(QStringLiteral("n1")),
                     QStringLiteral("n%1").arg(s.value("count").toInt()));
        }
    }
    // And restorable: the newest one read back through plugboardctl is the same state.
    const QString newest = backups.last();
    const QHash<QString, QJsonObject> expected = settingsIn(newest);
    const Run restored =
        ctl({QStringLiteral("db"), QStringLiteral("restore"), newest, QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QCOMPARE(count(QStringLiteral("normal")), expected.value("normal").value("count").toInt(1));
    QCOMPARE(count(QStringLiteral("other")), expected.value("other").value("count").toInt(1));
}

void TestDatabaseSafety::aFullDiskFailsASaveAndABackup()
{
    const QString backup = seed();
    QVERIFY(QFile::exists(backup));
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    QVERIFY2(!prlimit.isEmpty(), "prlimit (util-linux) is needed");
    const QString limit = QStringLiteral("--fsize=%1").arg(48 * 1024);
    const QStringList where = {QStringLiteral("--data-dir"), m_data,
                               QStringLiteral("--plugins-dir"), m_plugins};
    const QString big(100 * 1000, QLatin1Char('t')); // one argument may hold 128 KiB
    const Run save = ctltest::runProcess(
        prlimit,
        QStringList{limit, fixtures::plugboardctlPath(), QStringLiteral("settings"),
                    QStringLiteral("normal"), QStringLiteral("--set"), QStringLiteral("count=9"),
                    QStringLiteral("--set"), QStringLiteral("title=") + big} +
            where,
        env());
    QCOMPARE(save.exitCode, 1);
    QVERIFY2(save.errText().contains(QStringLiteral("full")), qPrintable(save.describe()));
    QCOMPARE(count(), 8);
    QCOMPARE(settingsJson("normal").value("settings").toObject().value("title").toString(),
             QStringLiteral("hi"));

    const QByteArray before = fixtures::sha256(backup);
    const QStringList backupsBefore =
        QDir(m_data + QStringLiteral("/backups")).entryList(QDir::Files);
    const Run copy =
        ctltest::runProcess(prlimit,
                            QStringList{limit, fixtures::plugboardctlPath(), QStringLiteral("db"),
                                        QStringLiteral("backup")} +
                                where,
                            env());
    QCOMPARE(copy.exitCode, 1);
    QVERIFY2(copy.errText().contains(QStringLiteral("unchanged")), qPrintable(copy.describe()));
    const QStringList left = QDir(m_data + QStringLiteral("/backups")).entryList(QDir::Files);
    QCOMPARE(left, backupsBefore); // no new one, no .part left behind
    QCOMPARE(fixtures::sha256(backup), before);

    // An import of settings that do not fit: refused with the sentence, nothing applied.
    const QString file = m_tmp->filePath(QStringLiteral("settings.json"));
    const Run exported = ctl({QStringLiteral("settings"), QStringLiteral("--export"), file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QJsonObject document = QJsonDocument::fromJson(fixtures::readFile(file)).object();
    QJsonObject plugins = document.value("plugins").toObject();
    QJsonObject normal = plugins.value("normal").toObject();
    QJsonObject values = normal.value("settings").toObject();
    values.insert("count", 2);
    values.insert("title", big);
    normal.insert("settings", values);
    plugins.insert("normal", normal);
    document.insert("plugins", plugins);
    QVERIFY(fixtures::writeFile(file, QJsonDocument(document).toJson()));
    const Run imported = ctltest::runProcess(prlimit,
                                             QStringList{limit, fixtures::plugboardctlPath(),
                                                         QStringLiteral("settings"),
                                                         QStringLiteral("--import"), file} +
                                                 where,
                                             env());
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.outText().contains(QStringLiteral("full")) ||
                 imported.errText().contains(QStringLiteral("full")),
             qPrintable(imported.describe()));
    QCOMPARE(count(), 8);
    QCOMPARE(DatabaseIntegrity::check(db()).state, DatabaseIntegrity::Verdict::State::Healthy);
}

void TestDatabaseSafety::aReadOnlyDataFolderFailsASave()
{
    QVERIFY(!seed().isEmpty());
    const QByteArray before = fixtures::sha256(db());
    // A read-only bind mount of the data folder in a mount namespace of the command's own.
    const QString script = QStringLiteral(
        "mount --bind \"$1\" \"$1\" && mount -o remount,ro,bind \"$1\" || exit 77; shift; "
        "exec \"$@\"");
    const Run save = ctltest::runProcess(
        QStringLiteral("unshare"),
        {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
         QStringLiteral("sh"), m_data, fixtures::plugboardctlPath(), QStringLiteral("settings"),
         QStringLiteral("normal"), QStringLiteral("--set"), QStringLiteral("count=2"),
         QStringLiteral("--data-dir"), m_data, QStringLiteral("--plugins-dir"), m_plugins},
        env());
    if (save.exitCode == 77 || save.errText().contains(QStringLiteral("unshare:")))
        QSKIP("This machine allows no read-only bind mount (needs CAP_SYS_ADMIN).");
    QCOMPARE(save.exitCode, 1);
    QVERIFY2(save.errText().contains(QStringLiteral("cannot be read")) ||
                 save.errText().contains(QStringLiteral("readonly")) ||
                 save.errText().contains(QStringLiteral("read-only")),
             qPrintable(save.describe()));
    QVERIFY(!save.errText().contains(QStringLiteral("damaged")));
    QCOMPARE(fixtures::sha256(db()), before);
    QCOMPARE(count(), 8);
    QVERIFY(QDir(m_data).entryList({QStringLiteral("plugboard.sqlite.*")}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_databasesafety.moc"
