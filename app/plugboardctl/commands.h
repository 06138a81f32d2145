#pragma once

#include "commandline.h"

#include "api/instancerecord.h"
#include "install/pluginimporter.h"
#include "pluginmanager.h"

#include <QJsonArray>

#include <functional>
#include <optional>

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

// What enable/disable report, here or through a running instance (enablecommands.cpp).
struct EnabledState {
    QString name, key;
    bool enabled = false, everEnabled = false, loaded = false;
    QString loadError, traceback;
    static EnabledState of(const plugboard::PluginInfo &info);
};
int printEnabled(const EnabledState &state, bool json);

// import --enable/--keep-enabled run new code: they need --yes (installcommands.cpp).
std::optional<plugboard::Error> importTrustProblem(const CommandLine &line);
// How one import ended, as printed (installcommands.cpp); adds its JSON to `results` and
// returns false for a failure (import or load).
bool reportImport(const plugboard::ImportOutcome &outcome, const QString &loadError,
                  const QString &pluginsDir, bool json, QJsonArray &results);

// run (runcommands.cpp): --params and --timeout read from the line, and the result printed.
plugboard::Result<QJsonObject> runParams(const CommandLine &line);
plugboard::Result<int> runTimeoutMs(const CommandLine &line);
int printRunResult(const plugboard::JobResult &result, bool json);
void printPluginOutput(const QString &key, const QString &level, const QString &text);
void printNotification(const QString &key, const QString &level, const QString &title,
                       const QString &message);

// Commands that load or run plugin code go to the Plugboard owning the data folder, when one
// runs (remotecommands.cpp).
bool runsPluginCode(const QString &command);
int runThroughInstance(const CommandLine &line, const plugboard::PluginPaths &paths,
                       const plugboard::RunningInstance &instance);

// Shared helpers.
QString stateText(const plugboard::PluginInfo &info);
int unknownKey(CommandContext &ctx, const QString &key);
