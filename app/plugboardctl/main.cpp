// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"
#include "console.h"

#include "about/runtimeversions.h"
#include "common/allocator.h"
#include "common/language.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>

int main(int argc, char **argv)
{
    plugboard::tuneAllocator();
    // A file size limit (ulimit -f) makes a write fail with EFBIG, which SQLite reports as a
    // full disk and every writer handles; the signal's default would kill the process instead.
    std::signal(SIGXFSZ, SIG_IGN);
    // Qt's own event dispatcher instead of GLib's: plugboardctl has no GUI to integrate, and
    // it answers the plugin processes' messages sooner (a no-op run's round trip ~20 % faster).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));
    // Before the command table and any message are made: they are translated as they are.
    const plugboard::Language::Choice language =
        plugboard::Language::install(plugboard::Language::requestedIn(app.arguments().mid(1)));
    if (!language.problem.isEmpty())
        Console::err(language.problem);
    // The app log's progress notes (Python started, plugins stopped) are noise on a terminal;
    // warnings still show. QT_LOGGING_RULES can turn them back on.
    // Plugin lines are printed by `run` itself, so they are kept out of the app log here.
    QLoggingCategory::setFilterRules(
        QStringLiteral("plugboard.*.info=false\nplugboard.plugin.warning=false"));

    CommandLine line;
    QString problem;
    if (!CommandLine::parse(app.arguments().mid(1), &line, &problem))
        return Console::usage(problem);
    if (line.has(QStringLiteral("verbose")) && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("plugboard.plugin.warning=false"));

    if (line.has(QStringLiteral("version"))) {
        Console::out(plugboard::RuntimeVersions::versionText(QStringLiteral("plugboardctl")));
        return Console::Success;
    }
    if (line.has(QStringLiteral("help"))) {
        const CommandInfo *info = findCommand(line.command);
        Console::out(info ? commandHelp(*info) : usageText());
        return Console::Success;
    }
    return runCommand(line);
}
