// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `plugboardctl settings --export FILE [KEY...] [--include-secrets]` and `settings --import FILE`:
// the settings of many plugins to and from one JSON file (core/manager/settingstransfer.h). Like
// the rest of `settings`, they work on the database here; a running window or server follows
// the changes an import makes, as it follows every save.

#include "commands.h"
#include "console.h"

#include "manager/settingstransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace plugboard;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

bool isStandardStream(const QString &file)
{
    return file == QLatin1String("-");
}

QString who(const QString &key, const QString &name)
{
    return name.isEmpty() || name == key ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

QString reportText(const SettingsImportReport &report)
{
    QString text;
    for (const SettingsImportReport::Applied &a : report.applied) {
        text += Text::tr("Applied to %1: %2\n")
                    .arg(who(a.key, a.name), a.fields.join(QStringLiteral(", ")));
        if (!a.ignored.isEmpty()) {
            text += Text::tr("  left out, not settings of this plugin now: %1\n")
                        .arg(a.ignored.join(QStringLiteral(", ")));
        }
    }
    for (const SettingsImportReport::Skipped &s : report.skipped) {
        text += Text::tr("Skipped %1: %2\n").arg(who(s.key, s.name), s.reason);
        if (!s.ignored.isEmpty()) {
            text += Text::tr("  left out, not settings of this plugin now: %1\n")
                        .arg(s.ignored.join(QStringLiteral(", ")));
        }
    }
    for (const SettingsImportReport::Refused &r : report.refused) {
        text += Text::tr("Refused %1: %2\n").arg(who(r.key, r.name), r.reason);
        for (const FieldError &field : r.fieldErrors)
            text += QStringLiteral("  %1: %2\n").arg(field.field, field.message);
    }
    if (!report.isEmpty())
        text += QLatin1Char('\n');
    return text + report.summary() + QLatin1Char('\n');
}

} // namespace

int settingsExportCommand(CommandContext &ctx)
{
    const QString target = ctx.line.value(QStringLiteral("export"));
    const bool secrets = ctx.line.has(QStringLiteral("include-secrets"));
    const Result<SettingsTransfer::Exported> exported =
        SettingsTransfer::exportSettings(ctx.manager, ctx.line.arguments, secrets);
    if (!exported) {
        if (exported.error().code == ErrorCode::NotFound)
            return unknownKey(exported.error(), ctx.manager.paths().pluginsDir, ctx.json);
        return Console::fail(exported.error(), ctx.json);
    }
    const SettingsTransfer::Exported &done = exported.value();
    const QByteArray bytes = SettingsTransfer::toBytes(done.document);

    if (isStandardStream(target)) {
        Console::outBytes(bytes);
    } else if (const Result<void> written = SettingsTransfer::writeFile(target, bytes, secrets);
               !written) {
        return Console::fail(written.error(), ctx.json);
    }

    // Said on stderr, so it is seen even when the export itself goes to standard output.
    if (secrets && done.secretsIncluded > 0) {
        Console::err(
            isStandardStream(target)
                ? Text::tr("Warning: the export holds %n password(s) in clear text. Whoever can "
                           "read it can use them: if you keep it in a file, make the file "
                           "private (chmod 600) and delete it when you no longer need it.\n",
                           nullptr, done.secretsIncluded)
                : Text::tr("Warning: %1 holds %n password(s) in clear text. Whoever can read it "
                           "can use them; it was written readable by you only (chmod 600): keep "
                           "it so, and delete it when you no longer need it.\n",
                           nullptr, done.secretsIncluded)
                      .arg(QDir::toNativeSeparators(target)));
    } else if (done.secretsLeftOut > 0) {
        Console::err(Text::tr("Note: %n stored password(s) left out; --include-secrets writes "
                              "them too. Importing the file keeps the passwords already set.\n",
                              nullptr, done.secretsLeftOut));
    }
    if (isStandardStream(target))
        return Console::Success;

    const QString path = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    if (ctx.json) {
        Console::printJson({{QStringLiteral("success"), true},
                            {QStringLiteral("file"), path},
                            {QStringLiteral("plugins"), QJsonArray::fromStringList(done.keys)},
                            {QStringLiteral("includes_secrets"), secrets}});
    } else if (done.keys.isEmpty()) {
        Console::out(Text::tr("No plugin has settings; %1 lists none.\n").arg(path));
    } else {
        Console::out(Text::tr("Exported the settings of %n plugin(s) to %1: %2\n", nullptr,
                              int(done.keys.size()))
                         .arg(path, done.keys.join(QStringLiteral(", "))));
    }
    return Console::Success;
}

int settingsImportCommand(CommandContext &ctx)
{
    const QString source = ctx.line.value(QStringLiteral("import"));
    const Result<QByteArray> bytes =
        isStandardStream(source) ? readSource(source) : SettingsTransfer::readFile(source);
    if (!bytes)
        return Console::fail(bytes.error(), ctx.json);
    const Result<SettingsImportReport> report =
        SettingsTransfer::importSettings(ctx.manager, bytes.value());
    if (!report) {
        Error error = report.error();
        error.message += Text::tr(" Nothing was imported.");
        return Console::fail(error, ctx.json);
    }
    if (ctx.json)
        Console::printJson(report.value().toJson());
    else
        Console::out(reportText(report.value()));
    if (report.value().ok())
        return Console::Success;
    // The reason of exit 1, where the other commands put theirs.
    Console::err(QStringLiteral("plugboardctl: %1\n").arg(report.value().summary()));
    return Console::Failed;
}
