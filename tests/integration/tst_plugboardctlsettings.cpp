// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboardctl settings end to end: per-type validation, JSON input, reset, secrets, concurrent
// writers, a held database.
#include "ctlharness.h"

using namespace ctltest;

class TestPlugboardctlSettings : public QObject, protected CtlHarness {
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void settingsShow();
    void settingsSetPerType_data();
    void settingsSetPerType();
    void settingsSeveralOneBadSavesNothing();
    void settingsFromJson_data();
    void settingsFromJson();
    void settingsFromJsonRejects_data();
    void settingsFromJsonRejects();
    void settingsResetKeepsOrphans();
    void passwordNeverPrinted();
    void emptyPasswordKeepsStoredSecret();
    void concurrentWritersLoseNothing();
    void heldDatabaseFailsCleanly();
};

void TestPlugboardctlSettings::settingsShow()
{
    addNormal();
    const Run human = ctl({QStringLiteral("settings"), QStringLiteral("normal")});
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    const QStringList lines = human.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QStringLiteral("SETTING")), qPrintable(human.describe()));
    const QStringList count = lines.filter(QRegularExpression(QStringLiteral("^count ")));
    QCOMPARE(count.size(), 1);
    QVERIFY2(count.first().contains(QStringLiteral(" 5 ")) &&
                 count.first().contains(QStringLiteral("default")),
             qPrintable(count.first()));
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^note ")))
                .isEmpty()); // info is not a setting
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^token ")))
                .first()
                .contains(QStringLiteral("(not set)")));

    const QJsonObject json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json.value(QStringLiteral("key")).toString(), QStringLiteral("normal"));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 5.0);
    QCOMPARE(json[QStringLiteral("secrets")][QStringLiteral("token")], QJsonValue(false));

    // Settings can be edited while disabled, and the human output says it was saved.
    const Run saved = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                           QStringLiteral("--set"), QStringLiteral("count=8")});
    QVERIFY2(saved.exitCode == 0 && saved.outText().contains(QStringLiteral("saved")),
             qPrintable(saved.describe()));
    const QStringList countAfter = saved.outText()
                                       .split(QLatin1Char('\n'))
                                       .filter(QRegularExpression(QStringLiteral("^count ")));
    QVERIFY2(countAfter.size() == 1 && countAfter.first().contains(QStringLiteral(" 8 ")) &&
                 countAfter.first().contains(QStringLiteral("saved")),
             qPrintable(saved.describe()));
}

void TestPlugboardctlSettings::settingsSetPerType_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("expected"); // compact JSON of the stored value when accepted

    QTest::newRow("boolean true") << "flag=true" << true << "flag"
                                  << "[true]";
    QTest::newRow("boolean TRUE") << "flag=TRUE" << true << "flag"
                                  << "[true]";
    QTest::newRow("boolean 1") << "flag=1" << true << "flag"
                               << "[true]";
    QTest::newRow("boolean 0") << "flag=0" << true << "flag"
                               << "[false]";
    QTest::newRow("boolean false") << "flag=false" << true << "flag"
                                   << "[false]";
    QTest::newRow("boolean maybe") << "flag=maybe" << false << "flag"
                                   << "";
    QTest::newRow("number inside") << "count=7" << true << "count"
                                   << "[7]";
    QTest::newRow("number at min") << "count=1" << true << "count"
                                   << "[1]";
    QTest::newRow("number at max") << "count=10" << true << "count"
                                   << "[10]";
    QTest::newRow("number fraction") << "count=2.5" << true << "count"
                                     << "[2.5]";
    QTest::newRow("number above max") << "count=11" << false << "count"
                                      << "";
    QTest::newRow("number below min") << "count=0" << false << "count"
                                      << "";
    QTest::newRow("number not a number") << "count=lots" << false << "count"
                                         << "";
    QTest::newRow("number empty") << "count=" << false << "count"
                                  << "";
    QTest::newRow("select valid") << "mode=c" << true << "mode"
                                  << "[\"c\"]";
    QTest::newRow("select invalid") << "mode=z" << false << "mode"
                                    << "";
    QTest::newRow("string") << "title=Hello, world = yes" << true << "title"
                            << "[\"Hello, world = yes\"]";
    QTest::newRow("string of digits stays a string") << "title=42" << true << "title"
                                                     << "[\"42\"]";
    QTest::newRow("string empty") << "title=" << true << "title"
                                  << "[\"\"]";
    QTest::newRow("unknown field") << "nosuchfield=1" << false << "nosuchfield"
                                   << "";
}

void TestPlugboardctlSettings::settingsSetPerType()
{
    QFETCH(QString, assignment);
    QFETCH(bool, accepted);
    QFETCH(QString, fieldId);
    QFETCH(QString, expected);
    addNormal();
    // Start from saved, non-default values so a failed save that clobbers them is visible.
    const Run seed =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("count=3"), QStringLiteral("--set"), QStringLiteral("mode=b"),
             QStringLiteral("--set"), QStringLiteral("flag=true"), QStringLiteral("--set"),
             QStringLiteral("title=seeded")});
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.describe()));
    const QJsonObject before = settingsJson(QStringLiteral("normal"));

    const Run run = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                         QStringLiteral("--set"), assignment});
    const QJsonObject after = settingsJson(QStringLiteral("normal"));
    if (accepted) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(compact(after[QStringLiteral("settings")][fieldId]), expected);
        // The other fields are untouched.
        QJsonObject othersBefore = before.value(QStringLiteral("settings")).toObject();
        QJsonObject othersAfter = after.value(QStringLiteral("settings")).toObject();
        othersBefore.remove(fieldId);
        othersAfter.remove(fieldId);
        QCOMPARE(othersAfter, othersBefore);
    } else {
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        // A per-field line names the field.
        QVERIFY2(run.errText().contains(QStringLiteral("  %1: ").arg(fieldId)),
                 qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(after, before);

        // --json: the error object with the per-field sentence.
        const Run json = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                              QStringLiteral("--json"), QStringLiteral("--set"), assignment});
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(json.jsonOk(), qPrintable(json.describe()));
        QCOMPARE(json.json().value(QStringLiteral("success")), QJsonValue(false));
        QVERIFY2(json.json()[QStringLiteral("errors")][fieldId].isString(),
                 qPrintable(json.describe()));
        QCOMPARE(settingsJson(QStringLiteral("normal")), before);
    }
}

void TestPlugboardctlSettings::settingsSeveralOneBadSavesNothing()
{
    addNormal();
    const QJsonObject before = settingsJson(QStringLiteral("normal"));
    const Run run =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("flag=true"), QStringLiteral("--set"), QStringLiteral("count=99"),
             QStringLiteral("--set"), QStringLiteral("mode=b"), QStringLiteral("--set"),
             QStringLiteral("token=") + QString::fromLatin1(kSecret), QStringLiteral("--set"),
             QStringLiteral("title=changed")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(QStringLiteral("count")), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(kSecret) && !run.err.contains(kSecret), qPrintable(run.describe()));
    const QJsonObject after = settingsJson(QStringLiteral("normal"));
    QCOMPARE(after, before);
    QCOMPARE(after[QStringLiteral("secrets")][QStringLiteral("token")], QJsonValue(false));

    // Two bad fields: both are named.
    const Run two =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("count=99"), QStringLiteral("--set"), QStringLiteral("mode=zzz")});
    QCOMPARE(two.exitCode, 1);
    QVERIFY2(two.errText().contains(QStringLiteral("  count: ")) &&
                 two.errText().contains(QStringLiteral("  mode: ")),
             qPrintable(two.describe()));
    QCOMPARE(settingsJson(QStringLiteral("normal")), before);
}

void TestPlugboardctlSettings::settingsFromJson_data()
{
    QTest::addColumn<bool>("viaStdin");
    QTest::addColumn<bool>("wrapped");
    QTest::newRow("file, plain object") << false << false;
    QTest::newRow("file, {settings: …}") << false << true;
    QTest::newRow("stdin, plain object") << true << false;
    QTest::newRow("stdin, {settings: …}") << true << true;
}

void TestPlugboardctlSettings::settingsFromJson()
{
    QFETCH(bool, viaStdin);
    QFETCH(bool, wrapped);
    addNormal();
    QJsonObject changes{{QStringLiteral("count"), 9},
                        {QStringLiteral("flag"), true},
                        {QStringLiteral("mode"), QStringLiteral("b")},
                        {QStringLiteral("title"), QStringLiteral("from json ✓")}};
    if (wrapped)
        changes = QJsonObject{{QStringLiteral("settings"), changes}};
    const QByteArray bytes = QJsonDocument(changes).toJson();

    Run run;
    if (viaStdin) {
        run = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                   QStringLiteral("--from-json"), QStringLiteral("-"), QStringLiteral("--json")},
                  bytes);
    } else {
        const QString file = m_tmp->filePath(QStringLiteral("changes.json"));
        QVERIFY(fixtures::writeFile(file, bytes));
        run = ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--json"),
                   QStringLiteral("--from-json"), file});
    }
    QVERIFY2(run.exitCode == 0 && run.jsonOk(), qPrintable(run.describe()));
    QCOMPARE(run.json().value(QStringLiteral("success")), QJsonValue(true));
    const QJsonObject settings =
        settingsJson(QStringLiteral("normal")).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("count")).toDouble(), 9.0);
    QCOMPARE(settings.value(QStringLiteral("flag")), QJsonValue(true));
    QCOMPARE(settings.value(QStringLiteral("mode")).toString(), QStringLiteral("b"));
    QCOMPARE(settings.value(QStringLiteral("title")).toString(), QStringLiteral("from json ✓"));
    QVERIFY(!settings.contains(QStringLiteral("settings")));
    QCOMPARE(run.json().value(QStringLiteral("settings")).toObject(), settings);
}

void TestPlugboardctlSettings::settingsFromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("content"); // empty with fileExists false: no such file
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid JSON") << QByteArray("{\"count\": 4,") << true
                                  << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << true << QStringLiteral("object");
    QTest::newRow("no such file") << QByteArray() << false << QStringLiteral("Cannot read");
    QTest::newRow("invalid value")
        << QByteArray("{\"count\": 4, \"mode\": \"nope\"}") << true << QStringLiteral("mode");
    QTest::newRow("wrong type") << QByteArray("{\"settings\": {\"count\": \"many\"}}") << true
                                << QStringLiteral("count");
}

void TestPlugboardctlSettings::settingsFromJsonRejects()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, fileExists);
    QFETCH(QString, expected);
    addNormal();
    const QJsonObject before = settingsJson(QStringLiteral("normal"));
    const QString file = m_tmp->filePath(QStringLiteral("changes.json"));
    if (fileExists)
        QVERIFY(fixtures::writeFile(file, content));
    const Run run = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                         QStringLiteral("--from-json"), file});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errText().contains(expected), qPrintable(run.describe()));
    QCOMPARE(settingsJson(QStringLiteral("normal")), before);

    if (fileExists) { // the same through stdin
        const Run stdinRun = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                                  QStringLiteral("--from-json"), QStringLiteral("-")},
                                 content);
        QVERIFY2(stdinRun.exitCode == 1, qPrintable(stdinRun.describe()));
        QVERIFY2(stdinRun.errText().contains(expected), qPrintable(stdinRun.describe()));
        QCOMPARE(settingsJson(QStringLiteral("normal")), before);
    }
}

void TestPlugboardctlSettings::settingsResetKeepsOrphans()
{
    addNormal();
    const Run save =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("title=orphan me"), QStringLiteral("--set"), QStringLiteral("count=2"),
             QStringLiteral("--set"), QStringLiteral("mode=c")});
    QVERIFY2(save.exitCode == 0, qPrintable(save.describe()));

    // A new version of the plugin drops the "title" field: its stored value becomes an orphan.
    QVERIFY(fixtures::writeFile(m_plugins + QStringLiteral("/normal/plugin.json"),
                                normalManifest(/*withTitle=*/false)));
    QJsonObject json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json.value(QStringLiteral("orphaned_settings")).toArray(),
             QJsonArray{QStringLiteral("title")});
    QVERIFY(!json.value(QStringLiteral("settings")).toObject().contains(QStringLiteral("title")));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 2.0);
    const Run human = ctl({QStringLiteral("settings"), QStringLiteral("normal")});
    QVERIFY2(human.outText().contains(QStringLiteral("title")), qPrintable(human.describe()));

    const Run reset =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--reset")});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    QVERIFY2(reset.outText().contains(QStringLiteral("reset")), qPrintable(reset.describe()));
    json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 5.0);
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("mode")].toString(),
             QStringLiteral("a"));
    QCOMPARE(json.value(QStringLiteral("orphaned_settings")).toArray(),
             QJsonArray{QStringLiteral("title")});

    // The orphan is really still stored: bringing the field back shows the old value.
    QVERIFY(fixtures::writeFile(m_plugins + QStringLiteral("/normal/plugin.json"),
                                normalManifest(/*withTitle=*/true)));
    json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("title")].toString(),
             QStringLiteral("orphan me"));
    QCOMPARE(json.value(QStringLiteral("orphaned_settings")).toArray().size(), 0);
}

void TestPlugboardctlSettings::passwordNeverPrinted()
{
    addNormal();
    const QString secret = QString::fromLatin1(kSecret);
    const Run set = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                         QStringLiteral("--set"), QStringLiteral("token=") + secret});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QVERIFY2(!set.out.contains(kSecret) && !set.err.contains(kSecret), qPrintable(set.describe()));
    const Run setJson =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--json"),
             QStringLiteral("--from-json"), QStringLiteral("-")},
            QByteArray("{\"token\": \"") + kSecret + "\", \"count\": 4}");
    QVERIFY2(setJson.exitCode == 0, qPrintable(setJson.describe()));
    QVERIFY2(!setJson.out.contains(kSecret) && !setJson.err.contains(kSecret),
             qPrintable(setJson.describe()));

    const QList<QStringList> commands = {
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("normal")},
        {QStringLiteral("show"), QStringLiteral("normal"), QStringLiteral("--json")},
        {QStringLiteral("settings"), QStringLiteral("normal")},
        {QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--json")},
        {QStringLiteral("reload")},
        // A failing save must not echo it either.
        {QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
         QStringLiteral("count=1000"), QStringLiteral("--json")},
    };
    for (const QStringList &args : commands) {
        const Run run = ctl(args);
        QVERIFY2(run.finished, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(!run.out.contains(kSecret) && !run.err.contains(kSecret),
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + run.describe()));
    }
    // It is stored, and shown as set.
    const Run human = ctl({QStringLiteral("settings"), QStringLiteral("normal")});
    QVERIFY2(human.outText()
                 .split(QLatin1Char('\n'))
                 .filter(QRegularExpression(QStringLiteral("^token ")))
                 .value(0)
                 .contains(QStringLiteral("(set)")),
             qPrintable(human.describe()));
    const Run show = ctl({QStringLiteral("show"), QStringLiteral("normal")});
    QVERIFY2(show.outText()
                 .split(QLatin1Char('\n'))
                 .filter(QRegularExpression(QStringLiteral("^token ")))
                 .value(0)
                 .contains(QStringLiteral("(set)")),
             qPrintable(show.describe()));
    const QJsonObject entry = entryFor(listJson(), QStringLiteral("normal"));
    QCOMPARE(entry[QStringLiteral("secrets")][QStringLiteral("token")], QJsonValue(true));
    QCOMPARE(entry[QStringLiteral("settings")][QStringLiteral("token")],
             QJsonValue(QJsonValue::Null));
}

void TestPlugboardctlSettings::emptyPasswordKeepsStoredSecret()
{
    addNormal();
    const Run set =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("token=") + QString::fromLatin1(kSecret)});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(
        settingsJson(QStringLiteral("normal"))[QStringLiteral("secrets")][QStringLiteral("token")],
        QJsonValue(true));

    const Run empty =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
             QStringLiteral("token="), QStringLiteral("--set"), QStringLiteral("count=6")});
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.describe()));
    QJsonObject json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json[QStringLiteral("secrets")][QStringLiteral("token")], QJsonValue(true));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 6.0);

    const Run viaJson = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                             QStringLiteral("--from-json"), QStringLiteral("-")},
                            "{\"settings\": {\"token\": \"\", \"count\": 7}}");
    QVERIFY2(viaJson.exitCode == 0, qPrintable(viaJson.describe()));
    json = settingsJson(QStringLiteral("normal"));
    QCOMPARE(json[QStringLiteral("secrets")][QStringLiteral("token")], QJsonValue(true));
    QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 7.0);

    // Omitting it keeps it too; only --reset clears it.
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
                  QStringLiteral("flag=1")})
                 .exitCode,
             0);
    QCOMPARE(
        settingsJson(QStringLiteral("normal"))[QStringLiteral("secrets")][QStringLiteral("token")],
        QJsonValue(true));
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--reset")})
                 .exitCode,
             0);
    QCOMPARE(
        settingsJson(QStringLiteral("normal"))[QStringLiteral("secrets")][QStringLiteral("token")],
        QJsonValue(false));
}

void TestPlugboardctlSettings::concurrentWritersLoseNothing()
{
    constexpr int kWriters = 3;
    constexpr int kWrites = 20;
    QJsonArray fields;
    for (int w = 0; w < kWriters; ++w)
        fields.append(field(QStringLiteral("w%1").arg(w), QStringLiteral("number"),
                            {{QStringLiteral("default"), 0}}));
    fixtures::makePlugin(m_plugins, QStringLiteral("race"),
                         fixtures::manifest(QStringLiteral("Race"), QStringLiteral("1"), fields));
    QCOMPARE(ctl({QStringLiteral("list")}).exitCode, 0); // create the database first

    // Each writer: a shell loop of plugboardctl processes, each a read-modify-write of the same
    // row (different fields), so a lost update would show as a stale value.
    const QString script = QStringLiteral("i=1; while [ $i -le %1 ]; do "
                                          "\"$0\" settings race --set \"w$1=$i\" --data-dir \"$2\" "
                                          "--plugins-dir \"$3\" >/dev/null </dev/null || exit 10; "
                                          "i=$((i+1)); done")
                               .arg(kWrites);
    std::vector<std::unique_ptr<QProcess>> writers;
    QElapsedTimer timer;
    timer.start();
    for (int w = 0; w < kWriters; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env());
        process->start(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), script, fixtures::plugboardctlPath(),
                        QString::number(w), m_data, m_plugins});
        QVERIFY(process->waitForStarted(5000));
        process->closeWriteChannel();
        writers.push_back(std::move(process));
    }
    for (int w = 0; w < kWriters; ++w) {
        QProcess &process = *writers[size_t(w)];
        QVERIFY2(process.waitForFinished(60000), "a writer hung");
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(
            process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            qPrintable(
                QStringLiteral("writer %1 exit %2: %3").arg(w).arg(process.exitCode()).arg(err)));
        QVERIFY2(!err.contains(QStringLiteral("locked"), Qt::CaseInsensitive) &&
                     !err.contains(QStringLiteral("busy"), Qt::CaseInsensitive) && err.isEmpty(),
                 qPrintable(err));
    }
    qInfo("%d writers x %d writes took %lld ms", kWriters, kWrites, qint64(timer.elapsed()));

    const QJsonObject settings =
        settingsJson(QStringLiteral("race")).value(QStringLiteral("settings")).toObject();
    for (int w = 0; w < kWriters; ++w)
        QCOMPARE(settings.value(QStringLiteral("w%1").arg(w)).toDouble(), double(kWrites));
}

void TestPlugboardctlSettings::heldDatabaseFailsCleanly()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    // Another process must hold the lock; scripts/setup installs Debian's python3 for it.
    QVERIFY2(QFile::exists(python), "/usr/bin/python3 is missing: scripts/setup installs it");
    addNormal();
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
                  QStringLiteral("count=3")})
                 .exitCode,
             0);
    const QString db = m_data + QStringLiteral("/plugboard.sqlite");
    QVERIFY(QFile::exists(db));

    m_locker = std::make_unique<QProcess>();
    m_locker->setProcessEnvironment(env());
    m_locker->start(python,
                    {QStringLiteral("-c"),
                     QStringLiteral("import sqlite3,sys,time\n"
                                    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                    "c.execute('BEGIN EXCLUSIVE')\n"
                                    "print('locked', flush=True)\n"
                                    "time.sleep(30)\n"),
                     db});
    QVERIFY(m_locker->waitForStarted(5000));
    QByteArray said;
    QElapsedTimer wait;
    wait.start();
    while (!said.contains("locked") && wait.elapsed() < 10000 &&
           m_locker->state() == QProcess::Running) {
        m_locker->waitForReadyRead(200);
        said += m_locker->readAllStandardOutput();
    }
    QVERIFY2(said.contains("locked"),
             qPrintable(QString::fromUtf8(said + m_locker->readAllStandardError())));

    // Readers still work while another process holds the write lock (WAL).
    const Run read =
        ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--json")});
    QVERIFY2(read.exitCode == 0, qPrintable(read.describe()));
    QCOMPARE(read.json()[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 3.0);

    QElapsedTimer timer;
    timer.start();
    const Run write = ctl({QStringLiteral("settings"), QStringLiteral("normal"),
                           QStringLiteral("--set"), QStringLiteral("count=4")});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(write.finished, "plugboardctl hung on a held database");
    QVERIFY2(write.exitCode == 1, qPrintable(write.describe()));
    QVERIFY2(write.errText().contains(QStringLiteral("busy")), qPrintable(write.describe()));
    QVERIFY2(write.errText().contains(QStringLiteral("Nothing was changed")),
             qPrintable(write.describe()));
    QVERIFY2(!write.errText().contains(QStringLiteral("database is locked")),
             qPrintable(write.describe())); // a sentence, not SQLite's text
    QVERIFY2(elapsed < 15000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY2(write.out.isEmpty(), qPrintable(write.describe()));

    // Enable is refused the same way.
    const Run enable =
        ctl({QStringLiteral("enable"), QStringLiteral("normal"), QStringLiteral("--yes")});
    QVERIFY2(enable.exitCode == 1 && enable.errText().contains(QStringLiteral("busy")),
             qPrintable(enable.describe()));

    m_locker->kill();
    QVERIFY(m_locker->waitForFinished(5000));
    m_locker.reset();

    const QJsonObject after = settingsJson(QStringLiteral("normal"));
    QCOMPARE(after[QStringLiteral("settings")][QStringLiteral("count")].toDouble(), 3.0);
    QCOMPARE(entryFor(listJson(), QStringLiteral("normal")).value(QStringLiteral("enabled")),
             QJsonValue(false));
    // And the database works again.
    QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("normal"), QStringLiteral("--set"),
                  QStringLiteral("count=4")})
                 .exitCode,
             0);
    QCOMPARE(
        settingsJson(QStringLiteral("normal"))[QStringLiteral("settings")][QStringLiteral("count")]
            .toDouble(),
        4.0);
}

QTEST_GUILESS_MAIN(TestPlugboardctlSettings)
#include "tst_plugboardctlsettings.moc"
