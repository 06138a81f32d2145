// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprotocol/hostmessages.h"

#include "manifest/manifestreader.h"
#include <QCoreApplication>

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>

namespace plugboard::HostMessages {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostMessages)
};

// Reads members of one message body; the first problem is kept and later reads give defaults.
class Reader {
public:
    Reader(const QCborMap &body, const char *what)
        : m_body(body)
        , m_what(what)
    {}

    QString text(const char *key, bool required = false)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            return bad(key, Text::tr("text")), QString();
        const QString s = v.toString();
        if (s.size() > MaxTextLength)
            return bad(key, Text::tr("at most %1 characters").arg(MaxTextLength)), QString();
        return s;
    }
    qint64 integer(const char *key, qint64 min = 0, bool required = false)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return min;
        if (!v.isInteger() || v.toInteger() < min)
            return bad(key, Text::tr("a whole number of at least %1").arg(min)), min;
        return v.toInteger();
    }
    double number(const char *key)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() && !v.isInteger())
            return bad(key, Text::tr("a number")), 0.0;
        return v.toDouble();
    }
    bool flag(const char *key)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            return bad(key, Text::tr("true or false")), false;
        return v.toBool();
    }
    QJsonObject object(const char *key)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isMap())
            return bad(key, Text::tr("a map")), QJsonObject();
        return v.toMap().toJsonObject();
    }
    QJsonArray list(const char *key)
    {
        const QCborValue v = m_body.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray() || v.toArray().size() > MaxListLength)
            return bad(key, Text::tr("a list of at most %1 items").arg(MaxListLength)),
                   QJsonArray();
        return v.toArray().toJsonArray();
    }

    Result<void> outcome() const
    {
        if (m_problem.isEmpty())
            return {};
        return Error::make(ErrorCode::InvalidInput, m_problem);
    }

private:
    void bad(const char *key, const QString &expected)
    {
        if (m_problem.isEmpty())
            m_problem = Text::tr("The plugin's process sent a %1 whose \"%2\" is not %3.")
                            .arg(QLatin1String(m_what), QLatin1String(key), expected);
    }

    const QCborMap &m_body;
    const char *m_what;
    QString m_problem;
};

QCborArray diagnosticsArray(const Diagnostics &diagnostics)
{
    QCborArray list;
    for (const Diagnostic &d : diagnostics) {
        list.append(QCborMap{{QStringLiteral("severity"), d.severity == Diagnostic::Severity::Error
                                                              ? QStringLiteral("error")
                                                              : QStringLiteral("warning")},
                             {QStringLiteral("source"), d.source},
                             {QStringLiteral("message"), d.message}});
    }
    return list;
}

// Diagnostics as a host reports them; an entry that is not one is dropped.
Diagnostics diagnosticsFrom(const QJsonArray &list)
{
    Diagnostics diagnostics;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString message = o.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            continue;
        const QString source = o.value(QLatin1String("source")).toString();
        diagnostics.append(o.value(QLatin1String("severity")).toString() == QLatin1String("error")
                               ? Diagnostic::error(source, message)
                               : Diagnostic::warning(source, message));
    }
    return diagnostics;
}

QCborValue json(const QJsonObject &object)
{
    return QCborValue::fromJsonValue(object);
}

} // namespace

QString stopReasonName(StopReason reason)
{
    return plugboard::stopReasonName(reason);
}

StopReason stopReason(const QString &name)
{
    for (StopReason r : {StopReason::Disable, StopReason::Delete, StopReason::Reload,
                         StopReason::Replace, StopReason::Shutdown}) {
        if (plugboard::stopReasonName(r) == name)
            return r;
    }
    return StopReason::Shutdown;
}

QCborMap encode(const LoadRequest &r)
{
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("folder_path"), r.folderPath},
            {QStringLiteral("folder_name"), r.folderName},
            {QStringLiteral("entry_file"), r.entryFile},
            {QStringLiteral("data_dir"), r.dataDir},
            {QStringLiteral("settings"), json(r.settings)},
            {QStringLiteral("actions"), json(r.actions)}};
}

Result<LoadRequest> loadRequest(const QCborMap &body)
{
    Reader in(body, "load request");
    LoadRequest r;
    r.key = in.text("key", true);
    r.folderPath = in.text("folder_path", true);
    r.folderName = in.text("folder_name");
    r.entryFile = in.text("entry_file", true);
    r.dataDir = in.text("data_dir", true);
    r.settings = in.object("settings");
    r.actions = in.object("actions");
    if (Result<void> ok = in.outcome(); !ok)
        return ok.error();
    return r;
}

QCborMap encode(const RunRequest &r)
{
    return {{QStringLiteral("job"), qint64(r.jobId)},
            {QStringLiteral("key"), r.key},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("params"), json(r.params)},
            {QStringLiteral("settings"), json(r.settings)},
            {QStringLiteral("actions"), json(r.actions)}};
}

Result<RunRequest> runRequest(const QCborMap &body)
{
    Reader in(body, "run request");
    RunRequest r;
    r.jobId = quint64(in.integer("job", 1, true));
    r.key = in.text("key", true);
    r.action = in.text("action", true);
    r.params = in.object("params");
    r.settings = in.object("settings");
    r.actions = in.object("actions");
    if (Result<void> ok = in.outcome(); !ok)
        return ok.error();
    return r;
}

QCborMap encode(const LoadResult &r)
{
    QCborArray fields;
    for (const FieldSpec &f : r.fields)
        fields.append(QCborValue::fromJsonValue(f.toJson()));
    QCborArray actions;
    for (const ActionSpec &a : r.actions)
        actions.append(QCborValue::fromJsonValue(a.toJson()));
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("ok"), r.ok},
            {QStringLiteral("error"), r.error},
            {QStringLiteral("traceback"), r.traceback},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("author"), r.author},
            {QStringLiteral("help_url"), r.helpUrl},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("fields_declared"), r.fieldsDeclared},
            {QStringLiteral("actions_declared"), r.actionsDeclared},
            {QStringLiteral("diagnostics"), diagnosticsArray(r.diagnostics)},
            {QStringLiteral("has_stop"), r.hasStop},
            {QStringLiteral("load_ms"), r.loadMs}};
}

Result<LoadResult> loadResult(const QCborMap &body)
{
    Reader in(body, "load result");
    LoadResult r;
    r.key = in.text("key");
    r.ok = in.flag("ok");
    r.error = in.text("error");
    r.traceback = in.text("traceback");
    r.name = in.text("name");
    r.version = in.text("version");
    r.description = in.text("description");
    r.author = in.text("author");
    r.helpUrl = in.text("help_url");
    const QJsonArray fields = in.list("fields");
    const QJsonArray actions = in.list("actions");
    r.fieldsDeclared = in.flag("fields_declared");
    r.actionsDeclared = in.flag("actions_declared");
    r.diagnostics = diagnosticsFrom(in.list("diagnostics"));
    r.hasStop = in.flag("has_stop");
    r.loadMs = in.number("load_ms");
    if (Result<void> ok = in.outcome(); !ok)
        return ok.error();
    // The same checks as plugin.json's: a host is no more trusted than a manifest.
    r.fields =
        ManifestReader::normaliseFields(fields, QStringLiteral("Plugin.fields"), r.diagnostics);
    r.actions =
        ManifestReader::normaliseActions(actions, QStringLiteral("Plugin.actions"), r.diagnostics);
    return r;
}

QCborMap encode(const JobResult &r)
{
    return {{QStringLiteral("job"), qint64(r.jobId)},
            {QStringLiteral("key"), r.key},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("outcome"), outcomeName(r.outcome)},
            {QStringLiteral("result"), json(r.result)},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("traceback"), r.traceback},
            {QStringLiteral("diagnostics"), diagnosticsArray(r.diagnostics)},
            {QStringLiteral("background_threads"), r.backgroundThreads},
            {QStringLiteral("started_at_ms"), r.startedAtMs},
            {QStringLiteral("finished_at_ms"), r.finishedAtMs}};
}

Result<JobResult> jobResult(const QCborMap &body)
{
    Reader in(body, "job result");
    JobResult r;
    r.jobId = quint64(in.integer("job", 1, true));
    r.key = in.text("key");
    r.action = in.text("action");
    const QString outcome = in.text("outcome", true);
    r.result = in.object("result");
    r.message = in.text("message");
    r.traceback = in.text("traceback");
    r.diagnostics = diagnosticsFrom(in.list("diagnostics"));
    r.backgroundThreads = int(qMin<qint64>(in.integer("background_threads"), 1 << 20));
    r.startedAtMs = in.integer("started_at_ms");
    r.finishedAtMs = in.integer("finished_at_ms");
    if (Result<void> ok = in.outcome(); !ok)
        return ok.error();
    bool known = false;
    for (JobResult::Outcome o :
         {JobResult::Outcome::Ok, JobResult::Outcome::Error, JobResult::Outcome::Cancelled,
          JobResult::Outcome::TimedOut, JobResult::Outcome::Failed}) {
        if (outcomeName(o) == outcome) {
            r.outcome = o;
            known = true;
        }
    }
    if (!known)
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("The plugin's process sent a job result with an unknown outcome "
                     "\"%1\".")
                .arg(outcome.left(40)));
    return r;
}

} // namespace plugboard::HostMessages
