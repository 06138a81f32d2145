// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "pluginaccess.h"

#include "manager/pluginmanager.h"

#include <QJsonArray>

#include <functional>
#include <optional>

class QEventLoop;

// What a command that only reads or changes stored state gets (list, show, settings, log,
// inspect, token, serve): the parsed line and a PluginManager of this process that has already
// discovered.
struct CommandContext {
    const CommandLine &line;
    plugboard::PluginManager &manager;
    bool json = false;
};

// What a command that loads or runs plugin code gets (enable, disable, reload, remove, import,
// run): the plugins through whoever owns their code, here or in a running Plugboard.
struct PluginCommandContext {
    const CommandLine &line;
    PluginAccess &plugins;
    bool json = false;
    QString databasePath; // the repositories live there too
};

int runCommand(const CommandLine &line);

// One function per command.
int listCommand(CommandContext &ctx); // listcommands.cpp
int showCommand(CommandContext &ctx);
int settingsCommand(CommandContext &ctx); // settingscommand.cpp
int logCommand(CommandContext &ctx);      // runcommands.cpp
int inspectCommand(CommandContext &ctx);  // installcommands.cpp
int tokenCommand(CommandContext &ctx);    // tokencommand.cpp
int serveCommand(CommandContext &ctx);    // servecommand.cpp
int repoCommand(CommandContext &ctx);     // repocommands.cpp
int availableCommand(CommandContext &ctx);
// `settings --export` and `settings --import` (settingstransfercommand.cpp).
int settingsExportCommand(CommandContext &ctx);
int settingsImportCommand(CommandContext &ctx);

// Runs before anything opens the database (dbcommand.cpp).
int dbCommand(const CommandLine &line, const QString &databasePath, bool json);

int enableCommand(PluginCommandContext &ctx); // enablecommands.cpp
int disableCommand(PluginCommandContext &ctx);
int reloadCommand(PluginCommandContext &ctx);
int restartCommand(PluginCommandContext &ctx);
int limitsCommand(PluginCommandContext &ctx);    // limitscommand.cpp
int runActionCommand(PluginCommandContext &ctx); // runcommands.cpp
int removeCommand(PluginCommandContext &ctx);    // installcommands.cpp
int importCommand(PluginCommandContext &ctx);
int installCommand(PluginCommandContext &ctx); // repoinstallcommands.cpp
int updateCommand(PluginCommandContext &ctx);

// Commands that load or run plugin code go to the Plugboard owning the data folder, when one
// runs.
bool runsPluginCode(const QString &command);

// Runs `loop` until it quits; the first Ctrl+C calls cancel(), a second makes it return 130.
int waitCancellable(QEventLoop &loop, const std::function<void()> &cancel);

// Shared helpers.
// The bytes of a file, or of standard input for "-" (settingscommand.cpp).
plugboard::Result<QByteArray> readSource(const QString &source);
int unknownKey(const plugboard::Error &error, const QString &pluginsDir, bool json);
