// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The seam's values as host protocol message bodies: every member survives a round trip through
// CBOR bytes, and a body a misbehaving host sends is refused with a sentence naming the member,
// or (fields and actions) normalised like plugin.json's.
#include "hostprotocol/hostframes.h"
#include "hostprotocol/hostmessages.h"
#include "manifest/manifestreader.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QTest>

using namespace plugboard;

namespace {

// Through the wire: encoded in a frame and read back, as the other process would.
QCborMap throughTheWire(const QCborMap &body)
{
    HostProtocol::FrameReader reader;
    reader.append(HostProtocol::encode({QStringLiteral("x"), 1, body}));
    const std::optional<HostProtocol::Message> m = reader.next();
    return m ? m->body : QCborMap();
}

} // namespace

class TestHostMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadRequestRoundTrip();
    void runRequestRoundTrip();
    void loadResultRoundTrip();
    void jobResultRoundTrip();
    void badBodiesAreRefused_data();
    void badBodiesAreRefused();
    void fieldsFromAHostAreNormalised();
    void stopReasons();
};

void TestHostMessages::loadRequestRoundTrip()
{
    LoadRequest r;
    r.key = "epg_fixer";
    r.folderPath = "/data/plugins/epg_fixer";
    r.folderName = "epg_fixer";
    r.entryFile = "plugin.py";
    r.dataDir = "/data/plugin-data/epg_fixer";
    r.settings = {{"limit", 5}, {"name", "é ✅"}, {"nested", QJsonObject{{"a", QJsonArray{1, 2}}}}};
    r.actions = {{"fix", QJsonObject{{"label", "Fix"}}}};
    const Result<LoadRequest> back =
        HostMessages::loadRequest(throughTheWire(HostMessages::encode(r)));
    QVERIFY(back);
    QCOMPARE(back.value().key, r.key);
    QCOMPARE(back.value().folderPath, r.folderPath);
    QCOMPARE(back.value().folderName, r.folderName);
    QCOMPARE(back.value().entryFile, r.entryFile);
    QCOMPARE(back.value().dataDir, r.dataDir);
    QCOMPARE(back.value().settings, r.settings);
    QCOMPARE(back.value().actions, r.actions);
}

void TestHostMessages::runRequestRoundTrip()
{
    RunRequest r;
    r.jobId = 4242;
    r.key = "k";
    r.action = "import";
    r.params = {{"dry_run", true}, {"ratio", 0.25}};
    r.settings = {{"token", "secret"}};
    r.actions = {{"import", QJsonObject{}}};
    const Result<RunRequest> back =
        HostMessages::runRequest(throughTheWire(HostMessages::encode(r)));
    QVERIFY(back);
    QCOMPARE(back.value().jobId, r.jobId);
    QCOMPARE(back.value().action, r.action);
    QCOMPARE(back.value().params, r.params);
    QCOMPARE(back.value().settings, r.settings);
    QCOMPARE(back.value().actions, r.actions);
}

void TestHostMessages::loadResultRoundTrip()
{
    LoadResult r;
    r.key = "k";
    r.ok = false;
    r.error = "The plugin could not be loaded: ModuleNotFoundError";
    r.traceback = "Traceback (most recent call last):\n  File \"plugin.py\", line 1\n";
    r.name = "Name";
    r.version = "1.2";
    r.description = "Does things";
    r.author = "Ada";
    r.helpUrl = "https://example.org";
    Diagnostics none;
    r.fields = ManifestReader::normaliseFields(
        QJsonArray{QJsonObject{{"id", "limit"}, {"type", "number"}, {"default", 5}, {"min", 0}}},
        "t", none);
    r.actions = ManifestReader::normaliseActions(
        QJsonArray{QJsonObject{{"id", "go"}, {"label", "Go"}}}, "t", none);
    r.fieldsDeclared = true;
    r.actionsDeclared = true;
    r.diagnostics = {Diagnostic::warning("Plugin.fields", "a warning"),
                     Diagnostic::error("Plugin", "an error")};
    r.hasStop = true;
    r.loadMs = 12.5;
    const Result<LoadResult> back =
        HostMessages::loadResult(throughTheWire(HostMessages::encode(r)));
    QVERIFY(back);
    const LoadResult &b = back.value();
    QCOMPARE(b.ok, r.ok);
    QCOMPARE(b.error, r.error);
    QCOMPARE(b.traceback, r.traceback);
    QCOMPARE(b.name, r.name);
    QCOMPARE(b.version, r.version);
    QCOMPARE(b.helpUrl, r.helpUrl);
    QCOMPARE(b.fields.size(), 1);
    QCOMPARE(b.fields.first().toJson(), r.fields.first().toJson());
    QCOMPARE(b.actions.size(), 1);
    QCOMPARE(b.actions.first().toJson(), r.actions.first().toJson());
    QVERIFY(b.fieldsDeclared && b.actionsDeclared && b.hasStop);
    QCOMPARE(b.diagnostics.size(), 2);
    QCOMPARE(b.diagnostics.at(1).severity, Diagnostic::Severity::Error);
    QCOMPARE(b.diagnostics.at(1).message, QStringLiteral("an error"));
    QCOMPARE(b.loadMs, 12.5);
}

void TestHostMessages::jobResultRoundTrip()
{
    for (JobResult::Outcome outcome :
         {JobResult::Outcome::Ok, JobResult::Outcome::Error, JobResult::Outcome::Cancelled,
          JobResult::Outcome::TimedOut, JobResult::Outcome::Failed}) {
        JobResult r;
        r.jobId = 7;
        r.key = "k";
        r.action = "go";
        r.outcome = outcome;
        r.result = {{"status", "ok"}, {"message", "done"}, {"count", 3}};
        r.message = "done";
        r.traceback = "tb";
        r.diagnostics = {Diagnostic::warning("result", "a float was rounded")};
        r.startedAtMs = 1765000000000;
        r.finishedAtMs = 1765000000123;
        const Result<JobResult> back =
            HostMessages::jobResult(throughTheWire(HostMessages::encode(r)));
        QVERIFY(back);
        QCOMPARE(back.value().outcome, outcome);
        QCOMPARE(back.value().jobId, r.jobId);
        QCOMPARE(back.value().result, r.result);
        QCOMPARE(back.value().message, r.message);
        QCOMPARE(back.value().diagnostics.size(), 1);
        QCOMPARE(back.value().startedAtMs, r.startedAtMs);
        QCOMPARE(back.value().finishedAtMs, r.finishedAtMs);
    }
}

void TestHostMessages::badBodiesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QCborMap>("body");
    QTest::addColumn<QString>("says");
    const QCborMap run = HostMessages::encode(RunRequest{9, "k", "go", {}, {}, {}});
    QCborMap noJob = run;
    noJob.remove(QStringLiteral("job"));
    QTest::newRow("run without job") << "run" << noJob << "\"job\"";
    QCborMap zeroJob = run;
    zeroJob.insert(QStringLiteral("job"), 0);
    QTest::newRow("run with job 0") << "run" << zeroJob << "\"job\"";
    QCborMap actionNumber = run;
    actionNumber.insert(QStringLiteral("action"), 5);
    QTest::newRow("action a number") << "run" << actionNumber << "\"action\"";
    QCborMap paramsList = run;
    paramsList.insert(QStringLiteral("params"), QCborArray{1});
    QTest::newRow("params a list") << "run" << paramsList << "\"params\"";

    JobResult ok;
    ok.jobId = 1;
    ok.outcome = JobResult::Outcome::Ok;
    const QCborMap result = HostMessages::encode(ok);
    QCborMap unknownOutcome = result;
    unknownOutcome.insert(QStringLiteral("outcome"), QStringLiteral("exploded"));
    QTest::newRow("unknown outcome") << "job" << unknownOutcome << "unknown outcome";
    QCborMap hugeMessage = result;
    hugeMessage.insert(QStringLiteral("message"),
                       QString(HostMessages::MaxTextLength + 1, QLatin1Char('x')));
    QTest::newRow("huge message") << "job" << hugeMessage << "\"message\"";
    QCborMap startedText = result;
    startedText.insert(QStringLiteral("started_at_ms"), QStringLiteral("now"));
    QTest::newRow("time as text") << "job" << startedText << "\"started_at_ms\"";

    const QCborMap loaded = HostMessages::encode(LoadResult{});
    QCborMap okText = loaded;
    okText.insert(QStringLiteral("ok"), QStringLiteral("yes"));
    QTest::newRow("ok as text") << "load" << okText << "\"ok\"";
    QCborMap fieldsMap = loaded;
    fieldsMap.insert(QStringLiteral("fields"), QCborMap{});
    QTest::newRow("fields a map") << "load" << fieldsMap << "\"fields\"";
    QCborMap manyDiagnostics = loaded;
    QCborArray many;
    for (int i = 0; i <= HostMessages::MaxListLength; ++i)
        many.append(i);
    manyDiagnostics.insert(QStringLiteral("diagnostics"), many);
    QTest::newRow("too many diagnostics") << "load" << manyDiagnostics << "\"diagnostics\"";
}

void TestHostMessages::badBodiesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QCborMap, body);
    QFETCH(QString, says);
    Error error;
    if (kind == "run") {
        const Result<RunRequest> r = HostMessages::runRequest(body);
        QVERIFY(!r);
        error = r.error();
    } else if (kind == "job") {
        const Result<JobResult> r = HostMessages::jobResult(body);
        QVERIFY(!r);
        error = r.error();
    } else {
        const Result<LoadResult> r = HostMessages::loadResult(body);
        QVERIFY(!r);
        error = r.error();
    }
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QVERIFY2(error.message.startsWith("The plugin's process sent a"), qPrintable(error.message));
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
}

void TestHostMessages::fieldsFromAHostAreNormalised()
{
    QCborMap body = HostMessages::encode(LoadResult{});
    body.insert(QStringLiteral("ok"), true);
    body.insert(QStringLiteral("fields"),
                QCborArray{QCborMap{{QStringLiteral("id"), QStringLiteral("a")},
                                    {QStringLiteral("type"), QStringLiteral("float")}},
                           QCborMap{{QStringLiteral("id"), QStringLiteral("b")},
                                    {QStringLiteral("type"), QStringLiteral("string")}},
                           5});
    const Result<LoadResult> r = HostMessages::loadResult(body);
    QVERIFY(r);
    // The unknown type and the number are dropped with a diagnostic each, as in plugin.json.
    QCOMPARE(r.value().fields.size(), 1);
    QCOMPARE(r.value().fields.first().id, QStringLiteral("b"));
    QVERIFY(r.value().diagnostics.size() >= 2);
}

void TestHostMessages::stopReasons()
{
    for (StopReason reason : {StopReason::Disable, StopReason::Delete, StopReason::Reload,
                              StopReason::Replace, StopReason::Shutdown})
        QCOMPARE(HostMessages::stopReason(HostMessages::stopReasonName(reason)), reason);
    QCOMPARE(HostMessages::stopReason(QStringLiteral("nonsense")), StopReason::Shutdown);
}

QTEST_GUILESS_MAIN(TestHostMessages)
#include "tst_hostmessages.moc"
