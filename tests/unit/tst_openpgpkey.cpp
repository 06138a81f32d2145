// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/openpgpkey.h"

#include "common/fixtures.h"
#include "common/gnupghome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace plugboard;

namespace {

const QString OfficialFingerprint = QStringLiteral("46A930568E0FB9CA834CD7F87EC03A6B4C2234CE");

using fixtures::readFile;
using fixtures::GnupgHome;

// The algorithm name Plugboard should give, from gpg's colon listing (field 4 the algorithm
// number, field 3 the size, field 17 the curve).
QString expectedAlgorithm(const QStringList &pub)
{
    const int algorithm = pub.value(3).toInt();
    const QString curve = pub.value(16);
    switch (algorithm) {
    case 1:
        return QStringLiteral("RSA ") + pub.value(2);
    case 17:
        return QStringLiteral("DSA ") + pub.value(2);
    case 19:
        if (curve == QLatin1String("nistp256"))
            return QStringLiteral("ECDSA NIST P-256");
        if (curve == QLatin1String("nistp384"))
            return QStringLiteral("ECDSA NIST P-384");
        return QStringLiteral("ECDSA ") + curve;
    case 22:
        if (curve == QLatin1String("ed25519"))
            return QStringLiteral("Ed25519");
        return QStringLiteral("EdDSA ") + curve;
    default:
        return QStringLiteral("?");
    }
}

// Old-format packets (what gpg writes) as (tag, body) pairs; the test's own reader.
QList<std::pair<int, QByteArray>> oldFormatPackets(const QByteArray &binary)
{
    QList<std::pair<int, QByteArray>> packets;
    qsizetype pos = 0;
    while (pos < binary.size()) {
        const quint8 first = quint8(binary.at(pos));
        if ((first & 0xC0) != 0x80)
            return {};
        const int octets = 1 << (first & 3);
        qsizetype length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | quint8(binary.at(pos + 1 + i));
        packets.append({(first >> 2) & 0x0F, binary.mid(pos + 1 + octets, length)});
        pos += 1 + octets + length;
    }
    return packets;
}

// A new-format packet; lengthForm 1, 2 or 5 chooses the length encoding (when it fits).
QByteArray newFormatPacket(int tag, const QByteArray &body, int lengthForm)
{
    QByteArray out(1, char(0xC0 | tag));
    const qsizetype n = body.size();
    if (lengthForm == 1 && n < 192) {
        out += char(n);
    } else if (lengthForm <= 2 && n >= 192 && n < 8384) {
        out += char(((n - 192) >> 8) + 192);
        out += char((n - 192) & 0xFF);
    } else {
        out += char(0xFF);
        for (int shift = 24; shift >= 0; shift -= 8)
            out += char((n >> shift) & 0xFF);
    }
    return out + body;
}

QByteArray oldFormatPacket(int tag, const QByteArray &body)
{
    QByteArray out(1, char(0x80 | (tag << 2) | 1));
    out += char((body.size() >> 8) & 0xFF);
    out += char(body.size() & 0xFF);
    return out + body;
}

} // namespace

class TestOpenPgpKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheRepositoryKey();
    void agreesWithGpg_data();
    void agreesWithGpg();
    void readsNewFormatPackets();
    void acceptsArmorVariants();
    void refuses_data();
    void refuses();
    void normalisesFingerprints_data();
    void normalisesFingerprints();
    void refusesWhatIsNotAFingerprint_data();
    void refusesWhatIsNotAFingerprint();
    void formatsFingerprints();

private:
    struct GpgKey {
        QStringList pub;
        QString fingerprint;
        QString uid;
        QByteArray binary;
        QByteArray armored;
    };
    std::unique_ptr<GnupgHome> m_home;
    QList<GpgKey> m_keys;
    QByteArray m_secretArmored;
    QByteArray m_secretBinary;
    QByteArray m_twoKeys;
};

void TestOpenPgpKey::initTestCase()
{
    m_home = std::make_unique<GnupgHome>();
    QString error;
    const QList<std::pair<QString, QString>> kinds = {
        {QStringLiteral("ed25519"), QStringLiteral("Ed Key <ed25519@example.org>")},
        {QStringLiteral("rsa3072"), QStringLiteral("RSA Key (made by gpg) <rsa@example.org>")},
        {QStringLiteral("nistp256"), QStringLiteral("P-256 Key <p256@example.org>")},
        {QStringLiteral("dsa2048"), QStringLiteral("DSA Key <dsa@example.org>")},
    };
    for (const auto &[algorithm, uid] : kinds) {
        GpgKey key;
        key.uid = uid;
        key.fingerprint = m_home->generate(uid, algorithm, &error);
        QVERIFY2(error.isEmpty() && key.fingerprint.size() == 40, qPrintable(error));
        key.pub = m_home->publicKeyRecord(uid, &error);
        QVERIFY2(error.isEmpty() && !key.pub.isEmpty(), qPrintable(error));
        key.binary = m_home->gpg({QStringLiteral("--export"), key.fingerprint}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        key.armored = m_home->gpg(
            {QStringLiteral("--armor"), QStringLiteral("--export"), key.fingerprint}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_keys.append(key);
    }
    const QStringList secret = {QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                                QStringLiteral("--passphrase"), QString(),
                                QStringLiteral("--export-secret-keys")};
    m_secretBinary = m_home->gpg(secret + QStringList{m_keys.at(0).fingerprint}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_secretArmored = m_home->gpg(QStringList{QStringLiteral("--armor")} + secret +
                                      QStringList{m_keys.at(0).fingerprint},
                                  &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_twoKeys = m_home->gpg(
        {QStringLiteral("--export"), m_keys.at(0).fingerprint, m_keys.at(1).fingerprint}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOpenPgpKey::readsTheRepositoryKey()
{
    PLUGBOARD_SHARED_FIXTURE(dir, "dispatcharr-repo");
    const QByteArray armored = readFile(dir + QStringLiteral("/dispatcharr-plugins.pub"));
    QVERIFY(armored.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));

    const Result<OpenPgpKey> key = OpenPgpKey::read(armored);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key.value().fingerprint(), OfficialFingerprint);
    QCOMPARE(key.value().keyId(), QStringLiteral("7EC03A6B4C2234CE"));
    QCOMPARE(key.value().algorithm(), QStringLiteral("Ed25519"));
    QVERIFY(key.value().userId().contains(QStringLiteral("<plugins@dispatcharr.tv>")));

    // gpg's own dearmoring is the binary form: the same key, and the keyring is exactly it.
    QString error;
    const QByteArray binary = m_home->gpg({QStringLiteral("--dearmor")}, &error, armored);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(key.value().keyring(), binary);
    const Result<OpenPgpKey> fromBinary = OpenPgpKey::read(binary);
    QVERIFY2(fromBinary.ok(), fromBinary.ok() ? "" : qPrintable(fromBinary.error().message));
    QCOMPARE(fromBinary.value().fingerprint(), OfficialFingerprint);
    QCOMPARE(fromBinary.value().algorithm(), QStringLiteral("Ed25519"));
    QCOMPARE(fromBinary.value().created(), key.value().created());
    QCOMPARE(fromBinary.value().keyring(), binary);
}

void TestOpenPgpKey::agreesWithGpg_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_keys.size(); ++i)
        QTest::newRow(qPrintable(m_keys.at(i).uid)) << i;
}

void TestOpenPgpKey::agreesWithGpg()
{
    QFETCH(int, index);
    const GpgKey &made = m_keys.at(index);
    QCOMPARE(made.fingerprint.size(), 40);
    for (const QByteArray &form : {made.binary, made.armored}) {
        const Result<OpenPgpKey> key = OpenPgpKey::read(form);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QCOMPARE(key.value().fingerprint(), made.fingerprint);
        QCOMPARE(key.value().algorithm(), expectedAlgorithm(made.pub));
        QCOMPARE(key.value().created().toSecsSinceEpoch(), made.pub.value(5).toLongLong());
        QCOMPARE(key.value().userId(), made.uid);
        QCOMPARE(key.value().keyring(), made.binary);
    }
}

void TestOpenPgpKey::readsNewFormatPackets()
{
    // gpg writes old-format headers; the same packets in new-format headers (one-, two- and
    // five-octet lengths) are the same key, for gpg and for Plugboard.
    const GpgKey &made = m_keys.at(1); // RSA: packets longer than 191 bytes
    const auto packets = oldFormatPackets(made.binary);
    QVERIFY(packets.size() >= 3);
    for (int form : {1, 2, 5}) {
        QByteArray rewritten;
        for (const auto &[tag, body] : packets)
            rewritten += newFormatPacket(tag, body, form);
        QVERIFY(rewritten != made.binary);
        const Result<OpenPgpKey> key = OpenPgpKey::read(rewritten);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QCOMPARE(key.value().fingerprint(), made.fingerprint);
        QCOMPARE(key.value().keyring(), rewritten);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("key.gpg"));
        QVERIFY(fixtures::writeFile(file, rewritten));
        QString error;
        const QByteArray listing = m_home->gpg(
            {QStringLiteral("--with-colons"), QStringLiteral("--show-keys"), file}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(listing.contains(":" + made.fingerprint.toLatin1() + ":"));
    }
}

void TestOpenPgpKey::acceptsArmorVariants()
{
    const GpgKey &made = m_keys.at(0);
    QByteArray crlf = made.armored;
    crlf.replace("\n", "\r\n");
    QByteArray withText = "Here is our key:\n\n" + made.armored + "\nThanks.\n";
    QByteArray withHeader = made.armored;
    withHeader.replace("-----BEGIN PGP PUBLIC KEY BLOCK-----\n",
                       "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: a comment: here\n");
    QVERIFY(withHeader != made.armored);
    QList<QByteArray> noCrcLines = made.armored.split('\n');
    for (qsizetype i = 0; i < noCrcLines.size(); ++i) {
        if (noCrcLines.at(i).startsWith('=') && noCrcLines.at(i).size() == 5) {
            noCrcLines.removeAt(i);
            break;
        }
    }
    const QByteArray noCrc = noCrcLines.join('\n');
    QVERIFY(noCrc.size() < made.armored.size());

    for (const QByteArray &form : {crlf, withText, withHeader, noCrc}) {
        const Result<OpenPgpKey> key = OpenPgpKey::read(form);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QCOMPARE(key.value().fingerprint(), made.fingerprint);
        QCOMPARE(key.value().keyring(), made.binary);
    }
}

void TestOpenPgpKey::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    const QByteArray armored = m_keys.at(0).armored;
    const QByteArray binary = m_keys.at(0).binary;
    const auto packets = oldFormatPackets(binary);

    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("blank") << QByteArray(" \n\t\n") << "is empty";
    QTest::newRow("over the cap") << QByteArray(OpenPgpKey::MaxInputBytes + 1, 'A')
                                  << "more than the 1048576 bytes";
    QTest::newRow("text") << QByteArray("hello, this is not a key") << "is neither";
    QTest::newRow("secret armored") << m_secretArmored << "private (secret) key";
    QTest::newRow("secret binary") << m_secretBinary << "private (secret) key";
    QTest::newRow("two keys") << m_twoKeys << "holds 2 primary keys";

    QByteArray withoutPrimary;
    for (const auto &[tag, body] : packets.mid(1))
        withoutPrimary += oldFormatPacket(tag, body);
    QTest::newRow("no primary key") << withoutPrimary << "no primary public key";

    QByteArray signatureArmor = armored;
    signatureArmor.replace("PUBLIC KEY BLOCK", "SIGNATURE");
    QTest::newRow("signature armor") << signatureArmor << "not as a \"PUBLIC KEY BLOCK\"";

    QList<QByteArray> lines = armored.split('\n');
    qsizetype crcLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith('=') && lines.at(i).size() == 5)
            crcLine = i;
    }
    QVERIFY(crcLine > 2);
    QList<QByteArray> badCrc = lines;
    badCrc[crcLine] = badCrc.at(crcLine).at(1) == 'A' ? "=BAAA" : "=AAAA";
    QTest::newRow("wrong CRC") << badCrc.join('\n') << "armor checksum (CRC-24)";

    QList<QByteArray> changed = lines;
    QByteArray &bodyLine = changed[crcLine - 1];
    bodyLine[0] = bodyLine.at(0) == 'B' ? 'C' : 'B';
    QTest::newRow("changed body") << changed.join('\n') << "armor checksum (CRC-24)";

    QList<QByteArray> notBase64 = lines;
    notBase64[crcLine - 1][1] = '*';
    QTest::newRow("not base64") << notBase64.join('\n') << "not base64";

    QTest::newRow("no END line") << lines.mid(0, crcLine + 1).join('\n') << "without its";

    QTest::newRow("cut short") << binary.left(binary.size() - 7) << "ends in the middle";
    QTest::newRow("header only") << QByteArray(1, char(0x98)) << "ends in the middle";
    QTest::newRow("junk after a packet")
        << binary + QByteArray("junk") << "does not start a packet";
    QTest::newRow("partial length")
        << QByteArray::fromHex("c6e1") + QByteArray(2, '\x04') << "in parts";

    const QByteArray v3Body = QByteArray::fromHex("03") + QByteArray::fromHex("5f5e1000") +
                              QByteArray::fromHex("0000") + QByteArray::fromHex("01") +
                              QByteArray::fromHex("0008ff0008ff");
    QTest::newRow("version 3") << oldFormatPacket(6, v3Body) << "version 3 key";
    QByteArray v5Body = packets.at(0).second;
    v5Body[0] = 5;
    QTest::newRow("version 5") << oldFormatPacket(6, v5Body) << "version 5 key";
    QTest::newRow("truncated key packet")
        << oldFormatPacket(6, QByteArray::fromHex("04000000")) << "truncated public-key packet";
    QByteArray rsaCut = oldFormatPackets(m_keys.at(1).binary).at(0).second.left(7);
    QTest::newRow("truncated RSA material")
        << oldFormatPacket(6, rsaCut) << "truncated public-key packet";
}

void TestOpenPgpKey::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const Result<OpenPgpKey> key = OpenPgpKey::read(data, QStringLiteral("The test key"));
    QVERIFY2(!key.ok(), "a key was read from bad data");
    QCOMPARE(key.error().code, ErrorCode::InvalidInput);
    QVERIFY2(key.error().message.startsWith(QStringLiteral("The test key ")),
             qPrintable(key.error().message));
    QVERIFY2(key.error().message.contains(expected), qPrintable(key.error().message));
    QVERIFY(key.error().message.endsWith(QLatin1Char('.')));
}

void TestOpenPgpKey::normalisesFingerprints_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("groups") << "46A9 3056 8E0F B9CA 834C D7F8 7EC0 3A6B 4C22 34CE";
    QTest::newRow("gpg's double space") << "46A9 3056 8E0F B9CA 834C  D7F8 7EC0 3A6B 4C22 34CE";
    QTest::newRow("lower case") << "46a930568e0fb9ca834cd7f87ec03a6b4c2234ce";
    QTest::newRow("0x") << "0x46A930568E0FB9CA834CD7F87EC03A6B4C2234CE";
    QTest::newRow("0X, spaces, lower") << " 0X46a9 3056 8e0f b9ca 834c d7f8 7ec0 3a6b 4c22 34ce \n";
    QTest::newRow("plain") << "46A930568E0FB9CA834CD7F87EC03A6B4C2234CE";
}

void TestOpenPgpKey::normalisesFingerprints()
{
    QFETCH(QString, input);
    const Result<QString> fpr = OpenPgpFingerprint::normalise(input);
    QVERIFY2(fpr.ok(), fpr.ok() ? "" : qPrintable(fpr.error().message));
    QCOMPARE(fpr.value(), OfficialFingerprint);
}

void TestOpenPgpKey::refusesWhatIsNotAFingerprint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "No key fingerprint";
    QTest::newRow("key ID") << "7EC0 3A6B 4C22 34CE"
                            << "short key ID";
    QTest::newRow("short ID") << "0x4C2234CE"
                              << "short key ID";
    QTest::newRow("39 digits") << "46A930568E0FB9CA834CD7F87EC03A6B4C2234C"
                               << "has 39 hexadecimal";
    QTest::newRow("not hex") << "46A930568E0FB9CA834CD7F87EC03A6B4C2234CG"
                             << "holds \"G\"";
    QTest::newRow("colons") << "46:A9:30"
                            << "holds \":\"";
}

void TestOpenPgpKey::refusesWhatIsNotAFingerprint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> fpr = OpenPgpFingerprint::normalise(input);
    QVERIFY(!fpr.ok());
    QCOMPARE(fpr.error().code, ErrorCode::InvalidInput);
    QVERIFY2(fpr.error().message.contains(expected), qPrintable(fpr.error().message));
}

void TestOpenPgpKey::formatsFingerprints()
{
    QCOMPARE(OpenPgpFingerprint::format(OfficialFingerprint),
             QStringLiteral("46A9 3056 8E0F B9CA 834C D7F8 7EC0 3A6B 4C22 34CE"));
    QCOMPARE(
        OpenPgpFingerprint::format(QStringLiteral("0x46a930568e0fb9ca834cd7f87ec03a6b4c2234ce")),
        QStringLiteral("46A9 3056 8E0F B9CA 834C D7F8 7EC0 3A6B 4C22 34CE"));
    for (const GpgKey &made : m_keys) {
        const QString formatted = OpenPgpFingerprint::format(made.fingerprint);
        QCOMPARE(formatted.size(), 49);
        QCOMPARE(formatted.split(QLatin1Char(' ')).size(), 10);
        QCOMPARE(QString(formatted).remove(QLatin1Char(' ')), made.fingerprint);
    }
    QCOMPARE(OpenPgpFingerprint::format(QStringLiteral("not one")), QStringLiteral("not one"));
}

QTEST_GUILESS_MAIN(TestOpenPgpKey)
#include "tst_openpgpkey.moc"
