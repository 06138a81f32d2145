// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/signatureverifier.h"

#include "repos/gpgvstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

namespace plugboard {
namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

constexpr int SignaturePacketTag = 2;
constexpr int MarkerPacketTag = 10;
constexpr int UnknownAlgorithmRc = 4;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

// The raw outcome of one gpgv run.
struct GpgvRun {
    bool missing = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = 0;
    QByteArray status;
    QByteArray diagnostics; // gpgv's stderr, for sentences when nothing else explains
};

// One check's verdict; payloadDependent says whether another payload could do better.
struct Attempt {
    Result<VerifiedSignature> result;
    bool payloadDependent = false;
};

// The signature text, checked before gpgv sees it so that empty and malformed signatures get
// their own sentences.
Result<void> precheck(const QByteArray &signature, const QString &subject)
{
    const auto malformed = [&](const QString &why) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("%1 has a malformed signature: %2").arg(subject, why));
    };
    if (signature.trimmed().isEmpty())
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("%1 has no signature, or its signature is empty, so it cannot be "
                     "trusted.")
                .arg(subject));
    if (signature.size() > SignatureVerifier::MaxSignatureBytes)
        return malformed(
            Text::tr("it is %1 bytes, far more than any signature.").arg(signature.size()));
    if (!OpenPgpArmor::looksArmored(signature))
        return malformed(Text::tr("it is not an armored OpenPGP signature (no \"-----BEGIN PGP "
                                  "SIGNATURE-----\" line)."));
    const Result<OpenPgpArmor> armor = OpenPgpArmor::decode(signature, Text::tr("the text"));
    if (!armor)
        return malformed(armor.error().message);
    if (armor.value().type != QLatin1String("SIGNATURE"))
        return malformed(
            Text::tr("it is armored as \"%1\", not as a \"SIGNATURE\".").arg(armor.value().type));
    const Result<QList<OpenPgpPacket>> packets =
        OpenPgpPacket::split(armor.value().body, Text::tr("The text"));
    if (!packets)
        return malformed(packets.error().message);
    bool any = false;
    for (const OpenPgpPacket &packet : packets.value()) {
        if (packet.tag == SignaturePacketTag)
            any = true;
        else if (packet.tag != MarkerPacketTag)
            return malformed(Text::tr("it holds an OpenPGP packet of type %1, not only signatures.")
                                 .arg(packet.tag));
    }
    if (!any)
        return malformed(Text::tr("it holds no signature packet."));
    return {};
}

// A private folder for one verification: the keyring, the signature and the payload.
class Workspace {
public:
    Result<void> open(const QByteArray &keyring, const QByteArray &signature)
    {
        m_dir.emplace(QDir::tempPath() + QStringLiteral("/plugboard-gpgv-XXXXXX"));
        if (!m_dir->isValid())
            return Error::make(ErrorCode::Io,
                               Text::tr("Could not make a temporary folder to check a signature in "
                                        "(%1): %2")
                                   .arg(QDir::tempPath(), m_dir->errorString()));
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (Result<void> r = write(keyringPath(), keyring); !r)
            return r;
        return write(signaturePath(), signature);
    }
    Result<void> setPayload(const QByteArray &payload) { return write(payloadPath(), payload); }

    QString path() const { return m_dir->path(); }
    QString keyringPath() const { return m_dir->filePath(QStringLiteral("keyring.gpg")); }
    QString signaturePath() const { return m_dir->filePath(QStringLiteral("signature.asc")); }
    QString payloadPath() const { return m_dir->filePath(QStringLiteral("payload")); }

private:
    static Result<void> write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            file.write(bytes) != bytes.size() || !file.flush()) {
            return Error::make(ErrorCode::Io,
                               Text::tr("Could not write %1 to check a signature: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        return {};
    }

    std::optional<QTemporaryDir> m_dir;
};

GpgvRun runGpgv(const QString &program, const Workspace &workspace,
                std::chrono::milliseconds timeout)
{
    GpgvRun run;
    const QFileInfo info(program);
    if (!info.exists() || !info.isExecutable() || info.isDir()) {
        run.missing = true;
        return run;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("--homedir"), workspace.path(),
                          QStringLiteral("--status-fd"), QStringLiteral("1"),
                          QStringLiteral("--keyring"), workspace.keyringPath(),
                          workspace.signaturePath(), workspace.payloadPath()});
    // A clean environment: gpgv must not find the user's GnuPG home through HOME or GNUPGHOME,
    // and its messages stay in English for the log.
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), workspace.path());
    env.insert(QStringLiteral("GNUPGHOME"), workspace.path());
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());

    QElapsedTimer clock;
    clock.start();
    const auto remaining = [&]() {
        return int(std::max<qint64>(1, timeout.count() - clock.elapsed()));
    };
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(remaining())) {
        if (process.error() == QProcess::FailedToStart) {
            run.missing = true;
            return run;
        }
        process.kill();
        process.waitForFinished(2000);
        run.timedOut = true;
        return run;
    }
    if (!process.waitForFinished(remaining())) {
        process.kill();
        process.waitForFinished(2000);
        run.timedOut = true;
        return run;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.status = process.readAllStandardOutput();
    run.diagnostics = process.readAllStandardError();
    return run;
}

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last().trimmed());
}

} // namespace

QString SignatureVerifier::defaultProgram()
{
    return QStringLiteral("/usr/bin/gpgv");
}

SignatureVerifier::SignatureVerifier(OpenPgpKey key, QString pinnedFingerprint)
    : m_key(std::move(key))
    , m_pinInput(std::move(pinnedFingerprint))
    , m_program(defaultProgram())
{
    const Result<QString> pin = OpenPgpFingerprint::normalise(m_pinInput);
    if (pin)
        m_pinned = pin.value();
}

namespace {

// Turns one gpgv run into a verdict for the pinned fingerprint.
Attempt judge(const GpgvRun &run, const QString &pinned, const QString &keyFingerprint,
              const QString &subject, const QString &program, std::chrono::milliseconds timeout)
{
    const auto fail = [](ErrorCode code, const QString &message, bool payloadDependent = false) {
        return Attempt{Error::make(code, message), payloadDependent};
    };
    const QString pinnedText = OpenPgpFingerprint::format(pinned);
    if (run.missing)
        return fail(
            ErrorCode::Io,
            Text::tr("Signatures cannot be checked: gpgv (%1) is not installed or cannot be "
                     "run. Install the gpgv package.")
                .arg(program));
    if (run.timedOut)
        return fail(
            ErrorCode::TimedOut,
            Text::tr("%1 was not accepted: gpgv did not finish checking its signature within %2 "
                     "seconds and was stopped. Try again later.")
                .arg(subject, seconds(timeout)));
    if (run.crashed)
        return fail(ErrorCode::Internal,
                    Text::tr("%1 was not accepted: gpgv (%2) crashed while checking its signature.")
                        .arg(subject, program));

    const GpgvStatus status = parseGpgvStatus(run.status);
    const auto firstWhere = [&](auto predicate) -> const SignatureStatus * {
        const auto it = std::find_if(status.signatures.begin(), status.signatures.end(), predicate);
        return it == status.signatures.end() ? nullptr : &*it;
    };
    const bool anyBad = firstWhere([](const SignatureStatus &s) { return s.bad; }) != nullptr;
    const auto pinnedSignature = [&](const SignatureStatus &s) {
        return s.good && !s.validPrimary.isEmpty() && s.validPrimary == pinned;
    };

    if (const SignatureStatus *s = firstWhere(pinnedSignature); s && !anyBad) {
        if (s->revokedKey)
            return fail(ErrorCode::InvalidInput,
                        Text::tr("%1 is signed with the repository's key %2, but that key has been "
                                 "revoked; nothing signed with it is accepted.")
                            .arg(subject, pinnedText));
        if (s->expiredKey)
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("%1 is signed with the repository's key %2, but that key expired%3; "
                         "the repository must renew its key.")
                    .arg(subject, pinnedText,
                         s->keyExpired.isValid() ? Text::tr(" on %1").arg(isoUtc(s->keyExpired))
                                                 : QString()));
        if (s->expiredSig)
            return fail(ErrorCode::InvalidInput,
                        Text::tr("%1 has a signature that has expired; the repository must sign it "
                                 "again.")
                            .arg(subject));
        if (!s->created.isValid())
            return fail(
                ErrorCode::Internal,
                Text::tr("%1 was not accepted: gpgv passed its signature but gave no readable "
                         "signature time.")
                    .arg(subject));
        return Attempt{VerifiedSignature{s->validPrimary, s->validFingerprint, s->created}};
    }
    if (anyBad)
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("%1 does not match its signature (bad signature): it was changed after "
                     "it was signed, or the signature belongs to something else.")
                .arg(subject),
            true);
    if (const SignatureStatus *s =
            firstWhere([](const SignatureStatus &s) { return !s.validPrimary.isEmpty(); }))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 is signed by another key (%2), not by the repository's key %3.")
                        .arg(subject, OpenPgpFingerprint::format(s->validPrimary), pinnedText));
    if (const SignatureStatus *s =
            firstWhere([](const SignatureStatus &s) { return s.noPublicKey; })) {
        if (s->otherKey.toUpper() == pinned)
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("%1 is signed with the pinned key %2, but the key file given for the "
                         "repository is another key (%3); fetch the repository's own key.")
                    .arg(subject, pinnedText, OpenPgpFingerprint::format(keyFingerprint)));
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 is signed by another key (%2), not by the repository's key %3.")
                        .arg(subject, OpenPgpFingerprint::format(s->otherKey), pinnedText));
    }
    if (const SignatureStatus *s =
            firstWhere([](const SignatureStatus &s) { return s.errsigRc >= 0; })) {
        if (s->errsigRc == UnknownAlgorithmRc)
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("%1 is signed with an algorithm that gpgv cannot check.").arg(subject));
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("%1 was not accepted: gpgv could not check its signature (error %2): %3")
                .arg(subject)
                .arg(s->errsigRc)
                .arg(lastLine(run.diagnostics)));
    }
    if (status.noData)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 has a malformed signature: gpgv found no OpenPGP data in it.")
                        .arg(subject));
    if (run.exitCode != 0 && status.signatures.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("%1 was not accepted: gpgv could not check its signature (exit code %2): %3")
                .arg(subject)
                .arg(run.exitCode)
                .arg(lastLine(run.diagnostics)));
    return fail(
        ErrorCode::InvalidInput,
        Text::tr("%1 is not accepted: gpgv reported no valid signature for it.").arg(subject),
        true);
}

} // namespace

Result<VerifiedSignature> SignatureVerifier::verify(const QByteArray &payload,
                                                    const QByteArray &armoredSignature) const
{
    Result<PayloadMatch> match = verifyAny({SignedPayload{QString(), payload}}, armoredSignature);
    if (!match)
        return match.error();
    return match.value().signature;
}

Result<PayloadMatch> SignatureVerifier::verifyAny(const QList<SignedPayload> &candidates,
                                                  const QByteArray &armoredSignature) const
{
    const QString subject = m_subject.isEmpty() ? Text::tr("The signed data") : m_subject;
    if (m_pinned.isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository's pinned key fingerprint \"%1\" is not a "
                                    "fingerprint, so no signature can be accepted.")
                               .arg(m_pinInput));
    if (m_key.keyring().isEmpty())
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("%1 cannot be checked: no key was given for the repository.").arg(subject));
    if (candidates.isEmpty())
        return Error::make(ErrorCode::Internal,
                           Text::tr("No data was given to check a signature on."));
    if (Result<void> r = precheck(armoredSignature, subject); !r)
        return r.error();

    Workspace workspace;
    if (Result<void> r = workspace.open(m_key.keyring(), armoredSignature); !r)
        return r.error();
    std::optional<Error> firstFailure;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (Result<void> r = workspace.setPayload(candidates.at(i).bytes); !r)
            return r.error();
        const GpgvRun run = runGpgv(m_program, workspace, m_timeout);
        Attempt attempt = judge(run, m_pinned, m_key.fingerprint(), subject, m_program, m_timeout);
        if (attempt.result)
            return PayloadMatch{i, candidates.at(i).name, std::move(attempt.result).value()};
        if (!attempt.payloadDependent)
            return attempt.result.error();
        if (!firstFailure)
            firstFailure = attempt.result.error();
    }
    if (candidates.size() == 1)
        return *firstFailure;
    QStringList names;
    for (const SignedPayload &candidate : candidates)
        names << candidate.name;
    return Error::make(ErrorCode::InvalidInput,
                       Text::tr("%1 does not match its signature (bad signature) in any of the %2 "
                                "forms tried (%3): it was changed after it was signed, or the "
                                "signature belongs to something else.")
                           .arg(subject)
                           .arg(candidates.size())
                           .arg(names.join(QStringLiteral(", "))));
}

Result<void> checkSignatureNotOlder(const QDateTime &signatureCreated,
                                    const QDateTime &lastAccepted, const QString &repositoryName)
{
    const QString repository = repositoryName.isEmpty()
                                   ? Text::tr("the repository")
                                   : Text::tr("repository %1").arg(repositoryName);
    if (!signatureCreated.isValid())
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("The manifest of %1 has no signature time, so it cannot be checked "
                     "against the last one accepted.")
                .arg(repository));
    if (!lastAccepted.isValid() || signatureCreated >= lastAccepted)
        return {};
    return Error::make(
        ErrorCode::Conflict,
        Text::tr("The manifest of %1 is signed at %2, before the one already accepted "
                 "(signed at %3): an older manifest was served again (a replay or "
                 "rollback), so it is refused and the last good one is kept.")
            .arg(repository, isoUtc(signatureCreated), isoUtc(lastAccepted)));
}

} // namespace plugboard
