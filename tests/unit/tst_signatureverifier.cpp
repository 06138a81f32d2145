// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/signatureverifier.h"

#include "common/fixtures.h"
#include "common/gnupghome.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace plugboard;
using namespace std::chrono_literals;

namespace {

const QString OfficialFingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");

using fixtures::readFile;
using fixtures::GnupgHome;

// One real signed file of the fixture: its canonical payload as Python's json module writes it
// (an independent serialiser), the raw-UTF-8 form, and the signature.
struct SignedFile {
    QString path;
    QByteArray payload;
    QByteArray rawUtf8; // without the newline
    QByteArray signature;
    QDateTime generatedAt;
};

const char CanonicalScript[] = R"(
import base64, collections, json, sys
out = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        value = json.loads(f.read(), object_pairs_hook=collections.OrderedDict)
    canonical = json.dumps(value["manifest"], separators=(",", ":"), ensure_ascii=True) + "\n"
    raw = json.dumps(value["manifest"], separators=(",", ":"), ensure_ascii=False)
    out.append({"path": path,
                "payload": base64.b64encode(canonical.encode("ascii")).decode(),
                "raw": base64.b64encode(raw.encode("utf-8")).decode(),
                "signature": value["signature"],
                "generated_at": value.get("generated_at", "")})
json.dump(out, sys.stdout)
)";

QList<SignedFile> loadSignedFiles(const QString &fixtureDir, QString *error)
{
    QStringList paths;
    QDirIterator it(fixtureDir + QStringLiteral("/releases-663a151"),
                    {QStringLiteral("manifest.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral("-c"), QString::fromLatin1(CanonicalScript)} + paths);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QList<SignedFile> files;
    const QJsonArray array = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        files.append(
            {o.value(QStringLiteral("path")).toString(),
             QByteArray::fromBase64(o.value(QStringLiteral("payload")).toString().toLatin1()),
             QByteArray::fromBase64(o.value(QStringLiteral("raw")).toString().toLatin1()),
             o.value(QStringLiteral("signature")).toString().toUtf8(),
             QDateTime::fromString(o.value(QStringLiteral("generated_at")).toString(),
                                   Qt::ISODate)});
    }
    return files;
}

bool writeScript(const QString &path, const QByteArray &text)
{
    if (!fixtures::writeFile(path, text))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestSignatureVerifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realManifestsVerify();
    void changedByteFails();
    void signatureOfAnotherManifestFails();
    void missingOrMalformedSignatureFails_data();
    void missingOrMalformedSignatureFails();
    void gpgMadeKeysVerify_data();
    void gpgMadeKeysVerify();
    void anotherKeyIsRefused();
    void subkeySignatureNamesThePrimaryKey();
    void olderSignatureIsRefusedAsReplay();
    void expiredAndRevokedKeysAreRefused();
    void noCandidateMatches();
    void gpgvMissing();
    void slowGpgvTimesOut();
    void runsPrivatelyOnAWorkerThread();
    void refusesABadPin();

private:
    QList<SignedFile> fixtureFiles(bool *ok);

    std::unique_ptr<GnupgHome> m_home;
    QString m_edFingerprint;
    QByteArray m_edKey;
    QByteArray m_payload;
    QByteArray m_edSignature;
    QList<SignedFile> m_files;
    OpenPgpKey m_official;
};

void TestSignatureVerifier::initTestCase()
{
    QVERIFY2(QFileInfo(SignatureVerifier::defaultProgram()).isExecutable(),
             "gpgv is not installed (scripts/setup installs it)");
    m_home = std::make_unique<GnupgHome>();
    QString error;
    m_edFingerprint = m_home->generate(QStringLiteral("Repo Test <repo@example.org>"),
                                       QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty() && m_edFingerprint.size() == 40, qPrintable(error));
    m_edKey = m_home->exportKey(m_edFingerprint, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_payload = QByteArrayLiteral("{\"registry_name\":\"Test \\u2014 repo\",\"plugins\":[]}\n");
    m_edSignature = m_home->sign(m_edFingerprint, m_payload, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QList<SignedFile> TestSignatureVerifier::fixtureFiles(bool *ok)
{
    *ok = false;
    if (m_files.isEmpty()) {
        QString looked;
        const QString dir = fixtures::sharedFixture(QStringLiteral("dispatcharr-repo"), &looked);
        if (dir.isEmpty())
            return {};
        const Result<OpenPgpKey> key =
            OpenPgpKey::read(readFile(dir + QStringLiteral("/dispatcharr-plugins.pub")));
        if (!key)
            return {};
        m_official = key.value();
        QString error;
        m_files = loadSignedFiles(dir, &error);
        if (!error.isEmpty())
            qWarning("python3 failed: %s", qPrintable(error));
    }
    *ok = m_files.size() == 19;
    return m_files;
}

void TestSignatureVerifier::realManifestsVerify()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    bool ok = false;
    const QList<SignedFile> files = fixtureFiles(&ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("expected 19 signed files, read %1").arg(files.size())));
    QCOMPARE(m_official.fingerprint(), OfficialFingerprint);

    SignatureVerifier verifier(m_official, QStringLiteral("46A9 3056 8E0F B9CA 834C D7F8 7EC0 "
                                                          "3A6B 4C22 34CE"));
    int nonAscii = 0;
    for (const SignedFile &file : files) {
        QVERIFY(file.payload.endsWith("}\n"));
        const Result<VerifiedSignature> result = verifier.verify(file.payload, file.signature);
        QVERIFY2(result.ok(), qPrintable(file.path + QStringLiteral(": ") +
                                         (result.ok() ? QString() : result.error().message)));
        QCOMPARE(result.value().fingerprint, OfficialFingerprint);
        QCOMPARE(result.value().signingKeyFingerprint, OfficialFingerprint);
        QCOMPARE(result.value().created.timeSpec(), Qt::UTC);
        // Signed moments after the file says it was generated.
        QVERIFY2(qAbs(result.value().created.secsTo(file.generatedAt)) < 3600,
                 qPrintable(result.value().created.toString(Qt::ISODate)));

        // The four forms a client may try: the first equal to the canonical bytes matches.
        const QByteArray raw = file.rawUtf8;
        const QList<SignedPayload> candidates = {
            {QStringLiteral("raw UTF-8 without newline"), raw},
            {QStringLiteral("raw UTF-8 with newline"), raw + '\n'},
            {QStringLiteral("escaped without newline"), file.payload.chopped(1)},
            {QStringLiteral("escaped with newline"), file.payload},
        };
        qsizetype expected = -1;
        for (qsizetype i = 0; i < candidates.size() && expected < 0; ++i) {
            if (candidates.at(i).bytes == file.payload)
                expected = i;
        }
        if (raw + '\n' != file.payload)
            ++nonAscii;
        const Result<PayloadMatch> match = verifier.verifyAny(candidates, file.signature);
        QVERIFY2(match.ok(), match.ok() ? "" : qPrintable(match.error().message));
        QCOMPARE(match.value().index, expected);
        QCOMPARE(match.value().name, candidates.at(expected).name);
        QCOMPARE(match.value().signature.created, result.value().created);
    }
    QVERIFY2(nonAscii >= 1, "the fixture should hold manifests with non-ASCII text");
}

void TestSignatureVerifier::changedByteFails()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    bool ok = false;
    const QList<SignedFile> files = fixtureFiles(&ok);
    QVERIFY(ok);
    SignatureVerifier verifier(m_official, OfficialFingerprint);
    verifier.setSubject(QStringLiteral("The manifest"));

    const auto expectBad = [&](const QByteArray &payload, const QByteArray &signature,
                               const QString &where) {
        const Result<VerifiedSignature> result = verifier.verify(payload, signature);
        if (result.ok())
            return QStringLiteral("accepted with a change at %1").arg(where);
        if (!result.error().message.contains(QStringLiteral("(bad signature)")))
            return QStringLiteral("%1: %2").arg(where, result.error().message);
        return QString();
    };
    // Spread over the root manifest, first and last byte included, then one in every file.
    const SignedFile &root = files.at(0);
    QList<qsizetype> positions = {0, root.payload.size() - 1};
    for (int i = 1; i < 16; ++i)
        positions << root.payload.size() * i / 16;
    for (qsizetype pos : positions) {
        QByteArray changed = root.payload;
        changed[pos] = char(changed.at(pos) ^ 0x01);
        const QString problem = expectBad(changed, root.signature, QString::number(pos));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (const SignedFile &file : files) {
        QByteArray changed = file.payload;
        const qsizetype pos = changed.size() / 2;
        changed[pos] = char(changed.at(pos) + 1);
        QString problem = expectBad(changed, file.signature, file.path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = expectBad(file.payload.chopped(1), file.signature, file.path + " (no newline)");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = expectBad(file.payload + ' ', file.signature, file.path + " (one byte more)");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A byte of the signature itself changed, with the armor checksum dropped so that gpgv
    // sees it: refused either as malformed or as a bad signature, never accepted.
    QList<QByteArray> lines = root.signature.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith('=') && l.size() == 5; });
    const qsizetype end = lines.indexOf("-----END PGP SIGNATURE-----");
    QVERIFY(end > 2);
    QByteArray &last = lines[end - 1];
    QVERIFY(!last.isEmpty() && !last.startsWith("-----"));
    last[last.size() / 2] = last.at(last.size() / 2) == 'A' ? 'B' : 'A';
    const Result<VerifiedSignature> result = verifier.verify(root.payload, lines.join('\n'));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("bad signature")) ||
                 result.error().message.contains(QStringLiteral("malformed")) ||
                 result.error().message.contains(QStringLiteral("could not check")),
             qPrintable(result.error().message));
}

void TestSignatureVerifier::signatureOfAnotherManifestFails()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    bool ok = false;
    const QList<SignedFile> files = fixtureFiles(&ok);
    QVERIFY(ok);
    SignatureVerifier verifier(m_official, OfficialFingerprint);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const SignedFile &other = files.at((i + 1) % files.size());
        const Result<VerifiedSignature> result =
            verifier.verify(files.at(i).payload, other.signature);
        QVERIFY2(!result.ok(), qPrintable(files.at(i).path));
        QVERIFY2(result.error().message.contains(QStringLiteral("(bad signature)")),
                 qPrintable(result.error().message));
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    }
}

void TestSignatureVerifier::missingOrMalformedSignatureFails_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "has no signature";
    QTest::newRow("blank") << QByteArray("  \n") << "has no signature";
    QTest::newRow("garbage") << QByteArray("garbage, not a signature") << "malformed signature";

    QByteArray keyArmor = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + m_edKey.toBase64() +
                          "\n-----END PGP PUBLIC KEY BLOCK-----\n";
    QTest::newRow("a key, not a signature") << keyArmor << "not as a \"SIGNATURE\"";
    QByteArray keyAsSignature = keyArmor;
    keyAsSignature.replace("PUBLIC KEY BLOCK", "SIGNATURE");
    QTest::newRow("key packets armored as signature") << keyAsSignature << "not only signatures";

    QList<QByteArray> lines = m_edSignature.split('\n');
    qsizetype crc = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith('=') && lines.at(i).size() == 5)
            crc = i;
    }
    QList<QByteArray> badCrc = lines;
    badCrc[crc] = badCrc.at(crc) == "=AAAA" ? "=BBBB" : "=AAAA";
    QTest::newRow("wrong checksum") << badCrc.join('\n') << "armor checksum";
    QTest::newRow("cut short") << lines.mid(0, crc).join('\n') << "without its";
    QByteArray stripped = m_edSignature;
    stripped.replace("-----BEGIN PGP SIGNATURE-----", "");
    QTest::newRow("no BEGIN line") << stripped << "not an armored OpenPGP signature";
    QByteArray emptyArmor = "-----BEGIN PGP SIGNATURE-----\n\n-----END PGP SIGNATURE-----\n";
    QTest::newRow("empty armor") << emptyArmor << "empty armor block";
}

void TestSignatureVerifier::missingOrMalformedSignatureFails()
{
    QFETCH(QByteArray, signature);
    QFETCH(QString, expected);
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());
    SignatureVerifier verifier(key.value(), m_edFingerprint);
    verifier.setSubject(QStringLiteral("The manifest of Test"));
    const Result<VerifiedSignature> result = verifier.verify(m_payload, signature);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("The manifest of Test ")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    // The good signature passes with the same verifier: the failure is the signature's.
    QVERIFY(verifier.verify(m_payload, m_edSignature).ok());
}

void TestSignatureVerifier::gpgMadeKeysVerify_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("Ed25519") << "ed25519";
    QTest::newRow("RSA 3072") << "rsa3072";
    QTest::newRow("ECDSA P-256") << "nistp256";
}

void TestSignatureVerifier::gpgMadeKeysVerify()
{
    QFETCH(QString, algorithm);
    QString error;
    const QString uid = QStringLiteral("Made %1 <%1@example.org>").arg(algorithm);
    const QString fpr = m_home->generate(uid, algorithm, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray keyBytes = m_home->exportKey(fpr, &error);
    const QByteArray signature = m_home->sign(fpr, m_payload, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const Result<OpenPgpKey> key = OpenPgpKey::read(keyBytes);
    QVERIFY(key.ok());
    SignatureVerifier verifier(key.value(), fpr.toLower());
    const Result<VerifiedSignature> result = verifier.verify(m_payload, signature);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().fingerprint, fpr);
    QVERIFY2(qAbs(result.value().created.secsTo(now)) < 300,
             qPrintable(result.value().created.toString(Qt::ISODate)));

    QByteArray changed = m_payload;
    changed[5] = 'X';
    const Result<VerifiedSignature> bad = verifier.verify(changed, signature);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("(bad signature)")),
             qPrintable(bad.error().message));
}

void TestSignatureVerifier::anotherKeyIsRefused()
{
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());

    // The keyring holds the signer, but the repository is pinned to the official key.
    SignatureVerifier pinnedOfficial(key.value(), OfficialFingerprint);
    Result<VerifiedSignature> result = pinnedOfficial.verify(m_payload, m_edSignature);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(QStringLiteral("signed by another key (%1)")
                                                 .arg(OpenPgpFingerprint::format(m_edFingerprint))),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(OpenPgpFingerprint::format(OfficialFingerprint)));

    // The keyring holds another key (pinned and consistent): gpgv lacks the signer.
    QString error;
    const QString otherFpr = m_home->generate(QStringLiteral("Other <other@example.org>"),
                                              QStringLiteral("ed25519"), &error);
    const Result<OpenPgpKey> other = OpenPgpKey::read(m_home->exportKey(otherFpr, &error));
    QVERIFY2(error.isEmpty() && other.ok(), qPrintable(error));
    SignatureVerifier otherRepository(other.value(), otherFpr);
    result = otherRepository.verify(m_payload, m_edSignature);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("signed by another key (%1)")
                                                 .arg(OpenPgpFingerprint::format(m_edFingerprint))),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(OpenPgpFingerprint::format(otherFpr)));

    // Pinned to the signer, but the key file given is another key: said as such.
    result = SignatureVerifier(other.value(), m_edFingerprint).verify(m_payload, m_edSignature);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("the key file given for the "
                                                            "repository is another key (%1)")
                                                 .arg(OpenPgpFingerprint::format(otherFpr))),
             qPrintable(result.error().message));

    // The official repository's key with a signature by this key: another key again.
    bool ok = false;
    fixtureFiles(&ok);
    if (ok) {
        SignatureVerifier official(m_official, OfficialFingerprint);
        result = official.verify(m_payload, m_edSignature);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("signed by another key")),
                 qPrintable(result.error().message));
    }
}

void TestSignatureVerifier::subkeySignatureNamesThePrimaryKey()
{
    QString error;
    const QString uid = QStringLiteral("Subkey Signer <sub@example.org>");
    const QString primary = m_home->generate(uid, QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_home->gpg({QStringLiteral("--quick-add-key"), primary, QStringLiteral("ed25519"),
                 QStringLiteral("sign"), QStringLiteral("never")},
                &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList fprs = m_home->fingerprints(uid, &error);
    QCOMPARE(fprs.size(), 2);
    QCOMPARE(fprs.at(0), primary);
    const QString subkey = fprs.at(1);
    const QByteArray signature = m_home->sign(subkey + QLatin1Char('!'), m_payload, &error);
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_home->exportKey(primary, &error));
    QVERIFY2(error.isEmpty() && key.ok(), qPrintable(error));
    QCOMPARE(key.value().fingerprint(), primary);

    const Result<VerifiedSignature> result =
        SignatureVerifier(key.value(), primary).verify(m_payload, signature);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().fingerprint, primary);
    QCOMPARE(result.value().signingKeyFingerprint, subkey);

    // Pinning the subkey is not pinning the key: the pin names the primary key.
    const Result<VerifiedSignature> pinnedSubkey =
        SignatureVerifier(key.value(), subkey).verify(m_payload, signature);
    QVERIFY(!pinnedSubkey.ok());
    QVERIFY(pinnedSubkey.error().message.contains(QStringLiteral("signed by another key")));
}

void TestSignatureVerifier::olderSignatureIsRefusedAsReplay()
{
    QString error;
    const QString fpr =
        m_home->generate(QStringLiteral("Replay <replay@example.org>"), QStringLiteral("ed25519"),
                         &error, QStringLiteral("20240101T000000"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray older =
        m_home->sign(fpr, m_payload, &error, QStringLiteral("20250101T120000"));
    const QByteArray newer =
        m_home->sign(fpr, m_payload, &error, QStringLiteral("20250601T080000"));
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_home->exportKey(fpr, &error));
    QVERIFY2(error.isEmpty() && key.ok(), qPrintable(error));
    const SignatureVerifier verifier(key.value(), fpr);

    const Result<VerifiedSignature> first = verifier.verify(m_payload, newer);
    const Result<VerifiedSignature> second = verifier.verify(m_payload, older);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().created, QDateTime(QDate(2025, 6, 1), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(second.value().created, QDateTime(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc()));

    // Newer accepted first, then the older one comes back: refused.
    const Result<void> replay = checkSignatureNotOlder(
        second.value().created, first.value().created, QStringLiteral("Test"));
    QVERIFY(!replay.ok());
    QCOMPARE(replay.error().code, ErrorCode::Conflict);
    QVERIFY2(replay.error().message.contains(QStringLiteral("2025-01-01T12:00:00Z")) &&
                 replay.error().message.contains(QStringLiteral("2025-06-01T08:00:00Z")) &&
                 replay.error().message.contains(QStringLiteral("repository Test")),
             qPrintable(replay.error().message));
    QVERIFY(checkSignatureNotOlder(first.value().created, first.value().created).ok());
    QVERIFY(checkSignatureNotOlder(first.value().created, second.value().created).ok());
    QVERIFY(checkSignatureNotOlder(second.value().created, QDateTime()).ok());
    QVERIFY(!checkSignatureNotOlder(QDateTime(), first.value().created).ok());
}

void TestSignatureVerifier::expiredAndRevokedKeysAreRefused()
{
    QString error;
    // A key that lived one day in 2020, with a signature from that day.
    const QString expired =
        m_home->generate(QStringLiteral("Expired <expired@example.org>"), QStringLiteral("ed25519"),
                         &error, QStringLiteral("20200101T000000"), QStringLiteral("1d"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray oldSignature =
        m_home->sign(expired, m_payload, &error, QStringLiteral("20200101T120000"));
    const Result<OpenPgpKey> expiredKey = OpenPgpKey::read(m_home->exportKey(expired, &error));
    QVERIFY2(error.isEmpty() && expiredKey.ok(), qPrintable(error));
    Result<VerifiedSignature> result =
        SignatureVerifier(expiredKey.value(), expired).verify(m_payload, oldSignature);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("expired on 2020-01-02")),
             qPrintable(result.error().message));

    // A key revoked after it signed (its own revocation certificate imported).
    const QString revoked = m_home->generate(QStringLiteral("Revoked <revoked@example.org>"),
                                             QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray signature = m_home->sign(revoked, m_payload, &error);
    const Result<OpenPgpKey> beforeRevocation =
        OpenPgpKey::read(m_home->exportKey(revoked, &error));
    QVERIFY(beforeRevocation.ok());
    QVERIFY(SignatureVerifier(beforeRevocation.value(), revoked).verify(m_payload, signature).ok());

    QByteArray certificate = readFile(m_home->path() + QStringLiteral("/openpgp-revocs.d/") +
                                      revoked + QStringLiteral(".rev"));
    QVERIFY(!certificate.isEmpty());
    certificate.replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----",
                        "-----BEGIN PGP PUBLIC KEY BLOCK-----");
    m_home->gpg({QStringLiteral("--import")}, &error, certificate);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Result<OpenPgpKey> revokedKey = OpenPgpKey::read(m_home->exportKey(revoked, &error));
    QVERIFY2(error.isEmpty() && revokedKey.ok(), qPrintable(error));
    QCOMPARE(revokedKey.value().fingerprint(), revoked);
    result = SignatureVerifier(revokedKey.value(), revoked).verify(m_payload, signature);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("has been revoked")),
             qPrintable(result.error().message));
}

void TestSignatureVerifier::noCandidateMatches()
{
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());
    SignatureVerifier verifier(key.value(), m_edFingerprint);
    verifier.setSubject(QStringLiteral("The manifest of Test"));
    const QList<SignedPayload> candidates = {{QStringLiteral("form a"), "{}\n"},
                                             {QStringLiteral("form b"), m_payload.chopped(1)},
                                             {QStringLiteral("form c"), m_payload}};
    Result<PayloadMatch> match = verifier.verifyAny(candidates.mid(0, 2), m_edSignature);
    QVERIFY(!match.ok());
    QVERIFY2(match.error().message.contains(QStringLiteral("any of the 2 forms tried (form a, "
                                                           "form b)")),
             qPrintable(match.error().message));
    match = verifier.verifyAny(candidates, m_edSignature);
    QVERIFY(match.ok());
    QCOMPARE(match.value().index, 2);
    QCOMPARE(match.value().name, QStringLiteral("form c"));
}

void TestSignatureVerifier::gpgvMissing()
{
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());
    QTemporaryDir dir;
    const QString notExecutable = dir.filePath(QStringLiteral("gpgv"));
    QVERIFY(fixtures::writeFile(notExecutable, "#!/bin/sh\nexit 0\n"));
    for (const QString &program :
         {dir.filePath(QStringLiteral("missing/gpgv")), dir.path(), notExecutable}) {
        SignatureVerifier verifier(key.value(), m_edFingerprint);
        verifier.setProgram(program);
        QCOMPARE(verifier.program(), program);
        const Result<VerifiedSignature> result = verifier.verify(m_payload, m_edSignature);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("gpgv (%1) is not installed").arg(program)),
                 qPrintable(result.error().message));
    }
}

void TestSignatureVerifier::slowGpgvTimesOut()
{
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());
    QTemporaryDir dir;
    const QString slow = dir.filePath(QStringLiteral("slow-gpgv"));
    QVERIFY(writeScript(slow, "#!/bin/sh\nexec sleep 30\n"));
    SignatureVerifier verifier(key.value(), m_edFingerprint);
    QCOMPARE(verifier.timeout(), 10000ms);
    verifier.setProgram(slow);
    verifier.setTimeout(400ms);
    verifier.setSubject(QStringLiteral("The manifest of Test"));
    QElapsedTimer clock;
    clock.start();
    const Result<VerifiedSignature> result = verifier.verify(m_payload, m_edSignature);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::TimedOut);
    QVERIFY2(result.error().message.contains(QStringLiteral("within 0.4 seconds")),
             qPrintable(result.error().message));
    QVERIFY2(elapsed >= 400 && elapsed < 4000, qPrintable(QString::number(elapsed)));
}

void TestSignatureVerifier::runsPrivatelyOnAWorkerThread()
{
    QCOMPARE(SignatureVerifier::defaultProgram(), QStringLiteral("/usr/bin/gpgv"));
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());

    // The real gpgv behind a wrapper that notes what it was given, then runs it: the
    // verification is gpgv's own, the notes show the private folder and environment.
    QTemporaryDir tools;
    const QString notes = tools.filePath(QStringLiteral("notes"));
    const QString wrapper = tools.filePath(QStringLiteral("gpgv-wrapper"));
    QVERIFY(writeScript(wrapper, "#!/bin/sh\n"
                                 "{ echo \"home=$HOME\"; echo \"gnupghome=$GNUPGHOME\";\n"
                                 "  echo \"homedir=$2\"; echo \"mode=$(stat -c %a \"$2\")\";\n"
                                 "  echo \"keyring=$6\"; echo \"keymode=$(stat -c %a \"$6\")\";\n"
                                 "  echo \"args=$*\"; } > \"" +
                                     notes.toUtf8() + "\"\nexec /usr/bin/gpgv \"$@\"\n"));

    SignatureVerifier verifier(key.value(), m_edFingerprint);
    verifier.setProgram(wrapper);
    std::optional<Result<VerifiedSignature>> result;
    std::thread worker([&] { result.emplace(verifier.verify(m_payload, m_edSignature)); });
    worker.join();
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));

    QMap<QString, QString> seen;
    for (const QByteArray &line : readFile(notes).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            seen.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const QString home = seen.value(QStringLiteral("homedir"));
    QVERIFY2(home.startsWith(QDir::tempPath() + QStringLiteral("/plugboard-gpgv-")),
             qPrintable(home));
    QCOMPARE(seen.value(QStringLiteral("home")), home);
    QCOMPARE(seen.value(QStringLiteral("gnupghome")), home);
    QCOMPARE(seen.value(QStringLiteral("mode")), QStringLiteral("700"));
    QCOMPARE(seen.value(QStringLiteral("keyring")), home + QStringLiteral("/keyring.gpg"));
    QCOMPARE(seen.value(QStringLiteral("keymode")), QStringLiteral("600"));
    QVERIFY2(
        seen.value(QStringLiteral("args"))
            .startsWith(
                QStringLiteral("--homedir %1 --status-fd 1 --keyring %1/keyring.gpg ").arg(home)),
        qPrintable(seen.value(QStringLiteral("args"))));
    QVERIFY2(!QFileInfo::exists(home), "the private folder was left behind");
}

void TestSignatureVerifier::refusesABadPin()
{
    const Result<OpenPgpKey> key = OpenPgpKey::read(m_edKey);
    QVERIFY(key.ok());
    const Result<VerifiedSignature> result =
        SignatureVerifier(key.value(), QStringLiteral("7EC0 3A6B 4C22 34CE"))
            .verify(m_payload, m_edSignature);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("pinned key fingerprint")),
             qPrintable(result.error().message));

    const Result<VerifiedSignature> noKey =
        SignatureVerifier(OpenPgpKey(), m_edFingerprint).verify(m_payload, m_edSignature);
    QVERIFY(!noKey.ok());
    QVERIFY2(noKey.error().message.contains(QStringLiteral("no key was given")),
             qPrintable(noKey.error().message));
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
