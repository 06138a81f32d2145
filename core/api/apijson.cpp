// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apijson.h"

#include "runner/jobinfo.h"
#include "runner/runtimetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace plugboard::ApiJson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiJson)
};

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(double(ms)) : QJsonValue(QJsonValue::Null);
}

constexpr std::pair<ErrorCode, QLatin1StringView> kCodes[] = {
    {ErrorCode::InvalidInput, QLatin1StringView("invalid_input")},
    {ErrorCode::NotFound, QLatin1StringView("not_found")},
    {ErrorCode::Conflict, QLatin1StringView("conflict")},
    {ErrorCode::TrustRequired, QLatin1StringView("trust_required")},
    {ErrorCode::Disabled, QLatin1StringView("disabled")},
    {ErrorCode::Busy, QLatin1StringView("busy")},
    {ErrorCode::Storage, QLatin1StringView("storage")},
    {ErrorCode::Io, QLatin1StringView("io")},
    {ErrorCode::PluginError, QLatin1StringView("plugin_error")},
    {ErrorCode::Cancelled, QLatin1StringView("cancelled")},
    {ErrorCode::TimedOut, QLatin1StringView("timed_out")},
    {ErrorCode::Internal, QLatin1StringView("internal")},
};

} // namespace

HttpResponse raw(int status, QByteArray utf8Json)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(utf8Json);
    return response;
}

HttpResponse object(int status, const QJsonObject &body)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse error(int status, const QString &message, QLatin1StringView code)
{
    return object(status, {{QStringLiteral("success"), false},
                           {QStringLiteral("error"), message},
                           {QStringLiteral("code"), QString(code)}});
}

int statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return 400;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
    case ErrorCode::TrustRequired:
    case ErrorCode::Cancelled:
        return 409;
    case ErrorCode::TimedOut:
        return 504;
    case ErrorCode::Disabled:
        return 403;
    case ErrorCode::Busy:
        return 503;
    case ErrorCode::Storage:
    case ErrorCode::Io:
    case ErrorCode::PluginError:
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

QLatin1StringView codeName(ErrorCode code)
{
    for (const auto &[c, name] : kCodes) {
        if (c == code)
            return name;
    }
    return QLatin1StringView("internal");
}

ErrorCode codeFromName(const QString &name)
{
    for (const auto &[c, n] : kCodes) {
        if (name == n)
            return c;
    }
    return ErrorCode::Internal;
}

HttpResponse error(const Error &e)
{
    QJsonObject body{{QStringLiteral("success"), false},
                     {QStringLiteral("error"), e.message},
                     {QStringLiteral("code"), QString(codeName(e.code))}};
    if (!e.fieldErrors.isEmpty()) {
        QJsonObject fields;
        for (const FieldError &f : e.fieldErrors)
            fields.insert(f.field, f.message);
        body.insert(QStringLiteral("errors"), fields);
    }
    return object(statusFor(e.code), body);
}

Result<QJsonObject> objectBody(const HttpRequest &request, const QStringList &allowedKeys)
{
    const QString expected =
        allowedKeys.isEmpty()
            ? Text::tr("an empty JSON object")
            : Text::tr("a JSON object with %1")
                  .arg(QStringLiteral("\"") + allowedKeys.join(QStringLiteral("\", \"")) +
                       QStringLiteral("\""));
    if (request.body.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The body is empty; send %1.").arg(expected));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The body is not valid JSON (%1 at byte %2); send %3.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                               .arg(expected));
    }
    if (!doc.isObject())
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The body must be a JSON object; send %1.").arg(expected));
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            return Error::make(
                ErrorCode::InvalidInput,
                Text::tr("Unknown key \"%1\" in the body; send %2.").arg(it.key(), expected));
        }
    }
    return object;
}

QJsonObject job(const JobInfo &info)
{
    return {
        {QStringLiteral("id"), QString::number(info.id)},
        {QStringLiteral("key"), info.key},
        {QStringLiteral("action"), info.action},
        {QStringLiteral("state"), info.state == JobInfo::State::Queued ? QStringLiteral("queued")
                                                                       : QStringLiteral("running")},
        {QStringLiteral("progress"),
         info.progress >= 0 ? QJsonValue(info.progress) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("progress_message"), info.progressMessage},
        {QStringLiteral("cancelling"), info.cancelling},
        {QStringLiteral("queued_at"), msOrNull(info.queuedAtMs)},
        {QStringLiteral("started_at"), msOrNull(info.startedAtMs)},
        {QStringLiteral("finished_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("outcome"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("result"), QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject job(const JobResult &r)
{
    QJsonObject object{
        {QStringLiteral("id"), QString::number(r.jobId)},
        {QStringLiteral("key"), r.key},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("state"), QStringLiteral("finished")},
        {QStringLiteral("progress"),
         r.outcome == JobResult::Outcome::Ok ? QJsonValue(1.0) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cancelling"), false},
        {QStringLiteral("started_at"), msOrNull(r.startedAtMs)},
        {QStringLiteral("finished_at"), msOrNull(r.finishedAtMs)},
        {QStringLiteral("outcome"), outcomeName(r.outcome)},
        {QStringLiteral("result"), r.result},
    };
    if (!r.message.isEmpty())
        object.insert(QStringLiteral("message"), r.message);
    if (!r.traceback.isEmpty())
        object.insert(QStringLiteral("traceback"), r.traceback);
    if (!r.fault.isEmpty())
        object.insert(QStringLiteral("fault"), r.fault);
    if (!r.diagnostics.isEmpty()) {
        QJsonArray notes;
        for (const Diagnostic &d : r.diagnostics)
            notes.append(d.message);
        object.insert(QStringLiteral("notes"), notes);
    }
    return object;
}

JobResult jobResult(const QJsonObject &job)
{
    JobResult r;
    r.jobId = job.value(QLatin1String("id")).toString().toULongLong();
    r.key = job.value(QLatin1String("key")).toString();
    r.action = job.value(QLatin1String("action")).toString();
    const QString outcome = job.value(QLatin1String("outcome")).toString();
    for (const auto candidate :
         {JobResult::Outcome::Ok, JobResult::Outcome::Error, JobResult::Outcome::Cancelled,
          JobResult::Outcome::TimedOut, JobResult::Outcome::Failed}) {
        if (outcomeName(candidate) == outcome)
            r.outcome = candidate;
    }
    r.result = job.value(QLatin1String("result")).toObject();
    r.message = job.value(QLatin1String("message")).toString();
    r.traceback = job.value(QLatin1String("traceback")).toString();
    r.fault = job.value(QLatin1String("fault")).toString();
    for (const QJsonValue &note : job.value(QLatin1String("notes")).toArray())
        r.diagnostics.append(
            Diagnostic{Diagnostic::Severity::Warning, QStringLiteral("result"), note.toString()});
    r.startedAtMs = qint64(job.value(QLatin1String("started_at")).toDouble());
    r.finishedAtMs = qint64(job.value(QLatin1String("finished_at")).toDouble());
    return r;
}

} // namespace plugboard::ApiJson
