// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginkey.h"
#include "commands.h"
#include "console.h"
#include "runner/activity.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

static Result<QJsonObject> runParams(const CommandLine &line)
{
    if (!line.has(QStringLiteral("params")))
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(line.value(QStringLiteral("params")).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("--params must be a JSON object such as '{\"limit\": 5}'."));
    }
    return doc.object();
}

namespace {

QJsonObject resultJson(const JobResult &r)
{
    QJsonObject object{
        {QStringLiteral("success"), r.outcome == JobResult::Outcome::Ok},
        {QStringLiteral("job_id"), QString::number(r.jobId)},
        {QStringLiteral("key"), r.key},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("outcome"), outcomeName(r.outcome)},
        {QStringLiteral("result"), r.result},
        {QStringLiteral("duration_ms"), double(r.finishedAtMs - r.startedAtMs)},
    };
    if (!r.message.isEmpty())
        object.insert(QStringLiteral("message"), r.message);
    if (!r.traceback.isEmpty())
        object.insert(QStringLiteral("traceback"), r.traceback);
    if (!r.fault.isEmpty())
        object.insert(QStringLiteral("fault"), r.fault);
    return object;
}

} // namespace

static int printRunResult(const JobResult &r, bool json)
{
    if (json) {
        Console::printJson(resultJson(r));
        return r.outcome == JobResult::Outcome::Ok ? Console::Success : Console::Failed;
    }
    const qint64 ms = r.finishedAtMs - r.startedAtMs;
    if (r.outcome == JobResult::Outcome::Ok) {
        Console::out(Text::tr("%1 finished in %2 ms.\n").arg(r.action).arg(ms));
    } else {
        Console::err(Text::tr("%1 ended with %2 after %3 ms: %4\n")
                         .arg(r.action, outcomeName(r.outcome))
                         .arg(ms)
                         .arg(r.message));
        if (!r.traceback.isEmpty())
            Console::err(r.traceback.trimmed() + QLatin1Char('\n'));
    }
    if (!r.result.isEmpty())
        Console::outBytes(Console::indentedJson(QJsonDocument(r.result)));
    for (const Diagnostic &d : r.diagnostics)
        Console::err(QStringLiteral("note: %1\n").arg(d.message));
    return r.outcome == JobResult::Outcome::Ok ? Console::Success : Console::Failed;
}

static Result<int> runTimeoutMs(const CommandLine &line)
{
    if (!line.has(QStringLiteral("timeout")))
        return 0;
    bool ok = false;
    const double seconds = line.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 7 * 24 * 3600)
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("--timeout needs a number of seconds greater than 0"));
    return int(seconds * 1000);
}

static void printPluginOutput(const QString &key, const QString &level, const QString &text)
{
    Console::err(QStringLiteral("[%1] %2: %3\n").arg(key, level, text));
}

static void printNotification(const QString &key, const QString &level, const QString &title,
                              const QString &message)
{
    Console::err(
        QStringLiteral("[%1] notify %2: %3%4\n")
            .arg(key, level, title.isEmpty() ? QString() : title + QStringLiteral(" — "), message));
}

int runActionCommand(PluginCommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const QString action = ctx.line.arguments.value(1);
    const Result<PluginAccess::Plugin> found = ctx.plugins.find(key);
    if (!found)
        return unknownKey(found.error(), ctx.plugins.pluginsDir(), ctx.json);
    Result<QJsonObject> params = runParams(ctx.line);
    if (!params)
        return Console::usage(params.error().message);
    const Result<int> timeoutMs = runTimeoutMs(ctx.line);
    if (!timeoutMs)
        return Console::usage(timeoutMs.error().message);
    // An action that asks first in the window asks here too (SPEC §7).
    if (const Result<std::optional<Confirmation>> asks = ctx.plugins.confirmation(key, action);
        asks && asks.value() && !ctx.line.has(QStringLiteral("yes"))) {
        const Confirmation &confirm = *asks.value();
        if (!Console::stdinIsTerminal() || ctx.json) {
            return Console::fail(
                Error::make(
                    ErrorCode::Conflict,
                    Text::tr("\"%1\" asks before it runs: %2 Run again with --yes to confirm.")
                        .arg(action, confirm.message)),
                ctx.json);
        }
        Console::err(confirm.title + QLatin1Char('\n') + confirm.message + QLatin1Char('\n'));
        if (!Console::confirm(Text::tr("Run \"%1\"?").arg(action))) {
            Console::err(Text::tr("Not run.\n"));
            return Console::Failed;
        }
    }

    // Everything the plugin logs or prints goes to stderr as it happens; stdout stays the result.
    const PluginAccess::RunOutput output{printPluginOutput, printNotification};
    const Result<PluginAccess::RunEnd> end =
        ctx.plugins.run(key, action, params.value(), timeoutMs.value(), output);
    if (!end) {
        Error error = end.error();
        if (error.code == ErrorCode::Disabled)
            error.message +=
                Text::tr(" Enable it with \"plugboardctl enable %1\".").arg(found.value().key);
        return Console::fail(error, ctx.json);
    }
    if (!end.value().result) {
        Console::err(end.value().leftNote + QLatin1Char('\n'));
        if (end.value().exitAtOnce)
            std::_Exit(130); // the plugin may still hold its thread; do not wait for it
        return 130;
    }
    const JobResult &result = *end.value().result;
    if (result.backgroundThreads > 0 && end.value().processEndsWithCommand) {
        Console::err(
            Text::tr("note: \"%1\" left %n thread(s) running in the background; they stop "
                     "when plugboardctl exits. To keep them running, enable the plugin in the "
                     "Plugboard window or under \"plugboardctl serve\" and run the action "
                     "there.\n",
                     nullptr, result.backgroundThreads)
                .arg(action));
    }
    return printRunResult(result, ctx.json);
}

int logCommand(CommandContext &ctx)
{
    const QString key = ctx.line.arguments.value(0);
    const std::optional<PluginInfo> found = ctx.manager.plugin(key);
    if (!found)
        return unknownKey(PluginKey::unknown(key), ctx.manager.paths().pluginsDir, ctx.json);
    int limit = 20;
    if (ctx.line.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return Console::usage(Text::tr("--limit needs a whole number greater than 0"));
    }
    const Activity *activity = ctx.manager.activity();
    Result<QList<JournalEntry>> runs = activity->recentRuns(found->key(), limit);
    if (!runs)
        return Console::fail(runs.error(), ctx.json);
    Result<QList<LogLine>> lines = activity->recentLogLines(found->key(), limit * 5);
    if (!lines)
        return Console::fail(lines.error(), ctx.json);

    if (ctx.json) {
        QJsonArray runArray;
        for (const JournalEntry &e : runs.value()) {
            runArray.append(QJsonObject{
                {QStringLiteral("job_id"), QString::number(e.jobId)},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("outcome"), e.outcome},
                {QStringLiteral("started_at"),
                 QDateTime::fromMSecsSinceEpoch(e.startedAtMs, Qt::UTC)
                     .toString(Qt::ISODateWithMs)},
                {QStringLiteral("duration_ms"), double(e.finishedAtMs - e.startedAtMs)},
                {QStringLiteral("message"), e.message},
                {QStringLiteral("result"), QJsonDocument::fromJson(e.result.toUtf8()).object()},
            });
        }
        QJsonArray lineArray;
        for (const LogLine &l : lines.value()) {
            lineArray.append(QJsonObject{
                {QStringLiteral("at"),
                 QDateTime::fromMSecsSinceEpoch(l.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("level"), l.level},
                {QStringLiteral("text"), l.text},
            });
        }
        Console::printJson({{QStringLiteral("key"), found->key()},
                            {QStringLiteral("runs"), runArray},
                            {QStringLiteral("lines"), lineArray}});
        return Console::Success;
    }
    QString text;
    if (runs.value().isEmpty()) {
        text += Text::tr("%1 has not run yet.\n").arg(found->name());
    } else {
        TextTable table({Text::tr("STARTED"), Text::tr("ACTION"), Text::tr("OUTCOME"),
                         Text::tr("TIME"), Text::tr("MESSAGE")});
        for (const JournalEntry &e : runs.value()) {
            table.addRow({timeText(e.startedAtMs), e.action, e.outcome,
                          QStringLiteral("%1 ms").arg(e.finishedAtMs - e.startedAtMs),
                          TextTable::elide(e.message, 60)});
        }
        text += table.render();
    }
    if (!lines.value().isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Log:") + QLatin1Char('\n');
        for (const LogLine &l : lines.value())
            text += QStringLiteral("%1 %2 %3\n")
                        .arg(timeText(l.atMs), l.level.leftJustified(7), l.text);
    }
    Console::out(text);
    return Console::Success;
}
