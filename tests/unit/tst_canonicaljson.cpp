// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes a repository signs (core/repos/canonicaljson.h), held against the real signed
// files of Dispatcharr's official repository: an independent serialiser (Python's json module)
// must give the same bytes, and gpgv must accept the repository's signatures over them.

#include "common/fixtures.h"
#include "repos/canonicaljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {

const QByteArray OfficialFingerprint = "46A930568E0FB9CA834CD7F87EC03A6B4C2234CE";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every manifest.json of the fixture, root first.
QStringList fixtureFiles(const QString &dir)
{
    QStringList files{dir + QStringLiteral("/releases-663a151/manifest.json")};
    QStringList perPlugin;
    QDirIterator it(dir + QStringLiteral("/releases-663a151/zips"),
                    {QStringLiteral("manifest.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        perPlugin.append(it.next());
    perPlugin.sort();
    return files + perPlugin;
}

// Python's json module as the independent reference: key order kept (object_pairs_hook), a
// repeated key at its first place with its last value (as jq), ASCII escapes, compact.
QList<QByteArray> pythonCanonical(const QStringList &files, QString *error)
{
    static const char *script = R"(
import base64, json, sys
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        document = json.load(f, object_pairs_hook=dict)
    text = json.dumps(document['manifest'], separators=(',', ':'), ensure_ascii=True) + '\n'
    print(base64.b64encode(text.encode('ascii')).decode('ascii'))
)";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral("-c"), QString::fromLatin1(script)} + files);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QList<QByteArray> out;
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            out.append(QByteArray::fromBase64(line));
    }
    return out;
}

// The armored key's body, decoded: gpgv reads only binary keyrings.
QByteArray dearmor(const QByteArray &armored)
{
    QByteArray body;
    bool inBody = false;
    for (const QByteArray &raw : armored.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!inBody) {
            if (line.isEmpty())
                inBody = true; // the blank line after the armor headers
            continue;
        }
        if (line.startsWith('=') || line.startsWith("-----"))
            break; // the CRC line, or the end marker
        body += line;
    }
    return QByteArray::fromBase64(body);
}

struct GpgvOutcome {
    int exitCode = -1;
    QByteArray status;
};

GpgvOutcome gpgv(const QString &keyring, const QString &signature, const QString &data,
                 const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GNUPGHOME"), home); // never the user's own
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/usr/bin/gpgv"),
                  {QStringLiteral("--status-fd"), QStringLiteral("1"), QStringLiteral("--keyring"),
                   keyring, signature, data});
    GpgvOutcome outcome;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.status = process.readAllStandardOutput();
    return outcome;
}

bool validSignature(const GpgvOutcome &outcome)
{
    return outcome.exitCode == 0 &&
           outcome.status.contains("[GNUPG:] VALIDSIG " + OfficialFingerprint + ' ');
}

QByteArray canonical(const QByteArray &document)
{
    const Result<QByteArray> bytes = canonicaljson::signedBytes(document);
    return bytes ? bytes.value() : QByteArray("error: ") + bytes.error().message.toUtf8();
}

} // namespace

class TestCanonicalJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPythonOnTheRealFiles();
    void realSignaturesVerifyOverTheCanonicalBytes();
    void oneChangedByteFailsVerification();
    void rawUtf8AndMissingNewlineDoNotVerifyToday();
    void formsComeInOrderWithNames();
    void keepsFileOrderAndEscapesLikeJq();
    void repeatedKeysKeepFirstPlaceLastValue();
    void integersRoundTripExactly();
    void otherNumbersAsJqPrintsThem_data();
    void otherNumbersAsJqPrintsThem();
    void refusesWhatIsNotASignedManifest_data();
    void refusesWhatIsNotASignedManifest();
};

void TestCanonicalJson::matchesPythonOnTheRealFiles()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    const QStringList files = fixtureFiles(dir);
    QCOMPARE(files.size(), 19);
    QString error;
    const QList<QByteArray> expected = pythonCanonical(files, &error);
    QVERIFY2(expected.size() == files.size(), qPrintable(error));
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QByteArray ours = canonical(readAll(files[i]));
        QVERIFY2(ours == expected[i], qPrintable(files[i]));
        QVERIFY(ours.endsWith("}\n"));
    }
}

void TestCanonicalJson::realSignaturesVerifyOverTheCanonicalBytes()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString keyring = temp.filePath(QStringLiteral("key.gpg"));
    QVERIFY(writeAll(keyring, dearmor(readAll(dir + QStringLiteral("/dispatcharr-plugins.pub")))));
    const QStringList files = fixtureFiles(dir);
    QCOMPARE(files.size(), 19);
    int verified = 0;
    for (const QString &file : files) {
        const QByteArray document = readAll(file);
        const QString signature = QJsonDocument::fromJson(document)
                                      .object()
                                      .value(QStringLiteral("signature"))
                                      .toString();
        QVERIFY2(signature.startsWith(QStringLiteral("-----BEGIN PGP SIGNATURE-----")),
                 qPrintable(file));
        QVERIFY(writeAll(temp.filePath(QStringLiteral("sig.asc")), signature.toUtf8()));
        QVERIFY(writeAll(temp.filePath(QStringLiteral("data")), canonical(document)));
        const GpgvOutcome outcome = gpgv(keyring, temp.filePath(QStringLiteral("sig.asc")),
                                         temp.filePath(QStringLiteral("data")), temp.path());
        QVERIFY2(validSignature(outcome),
                 qPrintable(file + QLatin1Char('\n') + QString::fromUtf8(outcome.status)));
        ++verified;
    }
    QCOMPARE(verified, 19);
}

void TestCanonicalJson::oneChangedByteFailsVerification()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString keyring = temp.filePath(QStringLiteral("key.gpg"));
    QVERIFY(writeAll(keyring, dearmor(readAll(dir + QStringLiteral("/dispatcharr-plugins.pub")))));
    const QByteArray document = readAll(dir + QStringLiteral("/releases-663a151/manifest.json"));
    const QString signature =
        QJsonDocument::fromJson(document).object().value(QStringLiteral("signature")).toString();
    QVERIFY(writeAll(temp.filePath(QStringLiteral("sig.asc")), signature.toUtf8()));

    // The same file with one byte of the signed part changed: a plugin's size 528 → 529.
    QByteArray tampered = document;
    const qsizetype at = tampered.indexOf("\"latest_size\": 528");
    QVERIFY(at > 0);
    tampered[at + qsizetype(qstrlen("\"latest_size\": 52"))] = '9';
    const QByteArray bytes = canonical(tampered);
    QVERIFY(bytes.contains("\"latest_size\":529"));
    QVERIFY(writeAll(temp.filePath(QStringLiteral("data")), bytes));
    GpgvOutcome outcome = gpgv(keyring, temp.filePath(QStringLiteral("sig.asc")),
                               temp.filePath(QStringLiteral("data")), temp.path());
    QVERIFY(!validSignature(outcome));
    QVERIFY(outcome.exitCode != 0);
    QVERIFY(outcome.status.contains("BADSIG"));

    // Untouched, the same steps verify: the failure above is the changed byte.
    QVERIFY(writeAll(temp.filePath(QStringLiteral("data")), canonical(document)));
    outcome = gpgv(keyring, temp.filePath(QStringLiteral("sig.asc")),
                   temp.filePath(QStringLiteral("data")), temp.path());
    QVERIFY(validSignature(outcome));
}

void TestCanonicalJson::rawUtf8AndMissingNewlineDoNotVerifyToday()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString keyring = temp.filePath(QStringLiteral("key.gpg"));
    QVERIFY(writeAll(keyring, dearmor(readAll(dir + QStringLiteral("/dispatcharr-plugins.pub")))));
    const QByteArray document = readAll(dir + QStringLiteral("/releases-663a151/manifest.json"));
    const QString signature =
        QJsonDocument::fromJson(document).object().value(QStringLiteral("signature")).toString();
    QVERIFY(writeAll(temp.filePath(QStringLiteral("sig.asc")), signature.toUtf8()));

    const Result<QList<SignedBytesForm>> forms = canonicaljson::signedForms(document);
    QVERIFY(forms);
    QCOMPARE(forms.value().size(), 4);
    // The root manifest holds an em dash: escaped in the ASCII forms, raw in the UTF-8 ones.
    QVERIFY(forms.value()[0].bytes.contains("\\u2014"));
    QVERIFY(!forms.value()[0].bytes.contains("\xE2\x80\x94"));
    QVERIFY(forms.value()[2].bytes.contains("\xE2\x80\x94"));
    QVERIFY(!forms.value()[2].bytes.contains("\\u2014"));
    QStringList matched;
    for (const SignedBytesForm &form : forms.value()) {
        QVERIFY(writeAll(temp.filePath(QStringLiteral("data")), form.bytes));
        if (validSignature(gpgv(keyring, temp.filePath(QStringLiteral("sig.asc")),
                                temp.filePath(QStringLiteral("data")), temp.path())))
            matched.append(form.name);
    }
    QCOMPARE(matched, QStringList{QStringLiteral("ascii+newline")});
}

void TestCanonicalJson::formsComeInOrderWithNames()
{
    const QByteArray document = R"({"generated_at":"x","manifest":{"a":"é/"},"signature":"s"})";
    const Result<QList<SignedBytesForm>> forms = canonicaljson::signedForms(document);
    QVERIFY(forms);
    QStringList names;
    for (const SignedBytesForm &form : forms.value())
        names.append(form.name);
    QCOMPARE(names, (QStringList{QStringLiteral("ascii+newline"), QStringLiteral("ascii"),
                                 QStringLiteral("utf8+newline"), QStringLiteral("utf8")}));
    QCOMPARE(forms.value()[0].bytes, QByteArray(R"({"a":"\u00e9/"})"
                                                "\n"));
    QCOMPARE(forms.value()[1].bytes, QByteArray(R"({"a":"\u00e9/"})"));
    QCOMPARE(forms.value()[2].bytes, QByteArray("{\"a\":\"\xC3\xA9/\"}\n"));
    QCOMPARE(forms.value()[3].bytes, QByteArray("{\"a\":\"\xC3\xA9/\"}"));
    QCOMPARE(canonical(document), forms.value()[0].bytes);
}

void TestCanonicalJson::keepsFileOrderAndEscapesLikeJq()
{
    // Written by hand in the file order Qt would not keep, with every kind of character jq
    // escapes; Python is the reference.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QByteArray document =
        "{\"signature\": null, \"manifest\": {\"zeta\": 1, \"alpha\": [true, false, null, "
        "{\"y\": \"\\u0001\\u001f\\u007f\\t\\n\\r\\b\\f/\\\\\\\"\", \"x\": {}}, []],\n"
        "  \"mid\": \"caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x94\x8C \\ud83d\\ude00 \\u2028 \\/\","
        "  \"\xE6\x8F\x92\": -12, \"ctl\": \"a\\u0000b\"}, \"generated_at\": 3}";
    const QString path = temp.filePath(QStringLiteral("m.json"));
    QVERIFY(writeAll(path, document));
    QString error;
    const QList<QByteArray> expected = pythonCanonical({path}, &error);
    QVERIFY2(expected.size() == 1, qPrintable(error));
    QCOMPARE(canonical(document), expected[0]);
    QVERIFY(canonical(document).startsWith("{\"zeta\":1,\"alpha\":"));
    QVERIFY(canonical(document).contains("\\ud83d\\udd0c"));
}

void TestCanonicalJson::repeatedKeysKeepFirstPlaceLastValue()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    // More than 32 members too, where the writer switches to a hash.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    many += "\"k3\":\"again\",\"k39\":[1]}";
    const QByteArray document = "{\"manifest\": {\"a\": 1, \"b\": 2, \"a\": {\"c\": 1, \"c\": 2}, "
                                "\"many\": " +
                                many + "}, \"manifest\": {\"b\": 0, \"a\": 1, \"b\": 3}}";
    const QString path = temp.filePath(QStringLiteral("m.json"));
    QVERIFY(writeAll(path, document));
    QString error;
    const QList<QByteArray> expected = pythonCanonical({path}, &error);
    QVERIFY2(expected.size() == 1, qPrintable(error));
    QCOMPARE(canonical(document), expected[0]);
    QCOMPARE(canonical(document), QByteArray("{\"b\":3,\"a\":1}\n"));
    // The first "manifest" alone, to exercise the nested repeats.
    const QByteArray first = "{\"manifest\": {\"a\": 1, \"b\": 2, \"a\": {\"c\": 1, \"c\": 2}, "
                             "\"many\": " +
                             many + "}}";
    QVERIFY(writeAll(path, first));
    const QList<QByteArray> expectedFirst = pythonCanonical({path}, &error);
    QVERIFY2(expectedFirst.size() == 1, qPrintable(error));
    QCOMPARE(canonical(first), expectedFirst[0]);
    QVERIFY(canonical(first).contains("\"k3\":\"again\""));
}

void TestCanonicalJson::integersRoundTripExactly()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QByteArray document = "{\"manifest\": {\"n\": [0, -1, 528, 9007199254740993, "
                                "123456789012345678, -9223372036854775808, "
                                "9223372036854775807, 18446744073709551615]}}";
    const QString path = temp.filePath(QStringLiteral("m.json"));
    QVERIFY(writeAll(path, document));
    QString error;
    const QList<QByteArray> expected = pythonCanonical({path}, &error);
    QVERIFY2(expected.size() == 1, qPrintable(error));
    QCOMPARE(canonical(document), expected[0]);
}

void TestCanonicalJson::otherNumbersAsJqPrintsThem_data()
{
    // What jq 1.6 (Debian 12) prints for each, checked by hand with `jq -ca .manifest`.
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("1.0") << QByteArray("1.0") << QByteArray("1");
    QTest::newRow("1.5") << QByteArray("1.5") << QByteArray("1.5");
    QTest::newRow("1e2") << QByteArray("1e2") << QByteArray("100");
    QTest::newRow("1E+2") << QByteArray("1E+2") << QByteArray("100");
    QTest::newRow("0.1") << QByteArray("0.1") << QByteArray("0.1");
    QTest::newRow("0.0001") << QByteArray("0.0001") << QByteArray("0.0001");
    QTest::newRow("0.00001") << QByteArray("0.00001") << QByteArray("1e-05");
    QTest::newRow("1e-7") << QByteArray("1e-7") << QByteArray("1e-07");
    QTest::newRow("1e17") << QByteArray("1e17") << QByteArray("1e+17");
    QTest::newRow("1e20") << QByteArray("1e20") << QByteArray("1e+20");
    QTest::newRow("1e300") << QByteArray("1e300") << QByteArray("1e+300");
    QTest::newRow("-0.0") << QByteArray("-0.0") << QByteArray("-0");
    QTest::newRow("max") << QByteArray("1.7976931348623157e308")
                         << QByteArray("1.7976931348623157e+308");
    QTest::newRow("pi") << QByteArray("3.14159265358979") << QByteArray("3.14159265358979");
    QTest::newRow("denormal") << QByteArray("5e-324") << QByteArray("5e-324");
    QTest::newRow("scaled") << QByteArray("123456.789e3") << QByteArray("123456789");
    QTest::newRow("-2.5e-3") << QByteArray("-2.5e-3") << QByteArray("-0.0025");
    QTest::newRow("1.25e16") << QByteArray("1.25e16") << QByteArray("12500000000000000");
}

void TestCanonicalJson::otherNumbersAsJqPrintsThem()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonical("{\"manifest\":{\"n\":" + written + "}}"), "{\"n\":" + expected + "}\n");
}

void TestCanonicalJson::refusesWhatIsNotASignedManifest_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\t ");
    QTest::newRow("garbage") << QByteArray("<html>not json</html>");
    QTest::newRow("truncated") << QByteArray("{\"manifest\": {\"plugins\": [{\"slug\": \"a\"");
    QTest::newRow("a list") << QByteArray("[{\"manifest\": {}}]");
    QTest::newRow("no manifest") << QByteArray("{\"plugins\": []}");
    QTest::newRow("manifest is text") << QByteArray("{\"manifest\": \"{}\"}");
    QTest::newRow("huge integer") << QByteArray("{\"manifest\": {\"n\": 123456789012345678901}}");
    QTest::newRow("oversize") << QByteArray("{\"manifest\": {\"pad\": \"") +
                                     QByteArray(canonicaljson::MaxDocumentBytes, 'x') +
                                     QByteArray("\"}}");
}

void TestCanonicalJson::refusesWhatIsNotASignedManifest()
{
    QFETCH(QByteArray, document);
    const Result<QByteArray> bytes = canonicaljson::signedBytes(document);
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, ErrorCode::InvalidInput);
    QVERIFY(bytes.error().message.endsWith(QLatin1Char('.')));
    QVERIFY(bytes.error().message.size() > 20);
    QVERIFY(!canonicaljson::signedForms(document));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
