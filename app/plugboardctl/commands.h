#pragma once

#include "commandline.h"

#include "pluginmanager.h"

#include <functional>

class QEventLoop;

// What every command gets: the parsed line and a PluginManager that has already discovered.
struct CommandContext {
    const CommandLine &line;
    plugboard::PluginManager &manager;
    bool json = false;
};

int runCommand(const CommandLine &line);

// One function per command (listcommands.cpp, settingscommand.cpp, enablecommands.cpp).
int listCommand(CommandContext &ctx);
int showCommand(CommandContext &ctx);
int reloadCommand(CommandContext &ctx);
int settingsCommand(CommandContext &ctx);
int enableCommand(CommandContext &ctx);
int disableCommand(CommandContext &ctx);
int runActionCommand(CommandContext &ctx); // runcommands.cpp
int logCommand(CommandContext &ctx);
int removeCommand(CommandContext &ctx); // installcommands.cpp
int inspectCommand(CommandContext &ctx);
int importCommand(CommandContext &ctx);
int tokenCommand(CommandContext &ctx);
int serveCommand(CommandContext &ctx); // servecommand.cpp

// Waits (running the event loop) until the plugin has finished loading in this process.
// Loads it first when needed. Returns the plugin as it is then.
plugboard::Result<plugboard::PluginInfo> waitUntilLoaded(CommandContext &ctx, const QString &key);

// Runs `loop` until it quits; the first Ctrl+C calls cancel(), a second makes it return 130.
int waitCancellable(QEventLoop &loop, const std::function<void()> &cancel);

// Shared helpers.
QString stateText(const plugboard::PluginInfo &info);
int unknownKey(CommandContext &ctx, const QString &key);
