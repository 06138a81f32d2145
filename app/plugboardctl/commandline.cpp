// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace {

struct OptionSpec {
    const char *name;
    bool takesValue;
};

// Every option plugboardctl knows. Global ones are accepted by every command.
constexpr OptionSpec kOptions[] = {
    {"plugins-dir", true},
    {"data-dir", true},
    {"json", false},
    {"help", false},
    {"version", false},
    {"yes", false},
    {"set", true},
    {"from-json", true},
    {"reset", false},
    {"params", true},
    {"timeout", true},
    {"limit", true},
    {"memory", true},
    {"purge-data", false},
    {"replace", false},
    {"keep-enabled", false},
    {"enable", false},
    {"folder", true},
    {"rotate", false},
    {"port", true},
    {"key", true},
    {"repo", true},
    {"accept-unsigned", false},
    {"downgrade", false},
    {"all", false},
    {"verbose", false},
    {"lang", true},
    {"export", true},
    {"import", true},
    {"include-secrets", false},
};
const QStringList kGlobal = {QStringLiteral("plugins-dir"), QStringLiteral("data-dir"),
                             QStringLiteral("json"),        QStringLiteral("help"),
                             QStringLiteral("version"),     QStringLiteral("verbose"),
                             QStringLiteral("lang")};

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : kOptions) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(plugboardctl)
};

// `settings` is three commands in one: KEY with its changes, --export [KEY...], --import.
bool settingsShapeIsValid(const CommandLine &line, QString *error)
{
    const bool exporting = line.has(QStringLiteral("export"));
    const bool importing = line.has(QStringLiteral("import"));
    const bool changing = line.has(QStringLiteral("set")) ||
                          line.has(QStringLiteral("from-json")) ||
                          line.has(QStringLiteral("reset"));
    if (exporting && importing) {
        *error = Text::tr("--export and --import cannot be combined; run one, then the other");
        return false;
    }
    if ((exporting || importing) && changing) {
        *error = Text::tr("--%1 cannot be combined with --set, --from-json or --reset")
                     .arg(exporting ? QStringLiteral("export") : QStringLiteral("import"));
        return false;
    }
    if (line.has(QStringLiteral("include-secrets")) && !exporting) {
        *error = Text::tr("--include-secrets only goes with --export");
        return false;
    }
    if (importing && !line.arguments.isEmpty()) {
        *error = Text::tr("--import takes no KEY: the file says which plugins it holds");
        return false;
    }
    if (!exporting && !importing && line.arguments.size() != 1) {
        *error = line.arguments.isEmpty()
                     ? Text::tr("\"settings\" needs a KEY, or --export FILE or --import FILE")
                     : Text::tr("too many arguments for \"settings\" (one KEY, or --export FILE "
                                "KEY...)");
        return false;
    }
    return true;
}

} // namespace

const QList<CommandInfo> &commandTable()
{
    static const QList<CommandInfo> table = {
        {QStringLiteral("list"),
         QStringLiteral("list"),
         Text::tr("List the plugins found in the plugins folder, with their state."),
         {},
         0,
         0},
        {QStringLiteral("show"),
         QStringLiteral("show KEY"),
         Text::tr("Show one plugin: metadata, settings, actions and diagnostics."),
         {},
         1,
         1},
        {QStringLiteral("reload"),
         QStringLiteral("reload"),
         Text::tr("Scan the plugins folder again and record new or missing plugins."),
         {},
         0,
         0},
        {QStringLiteral("settings"),
         QStringLiteral("settings KEY [--set ID=VALUE ...] [--from-json FILE|-] [--reset] | "
                        "--export FILE|- [KEY...] [--include-secrets] | --import FILE|-"),
         Text::tr(
             "Show a plugin's settings, or change them (validated, all or nothing). --export "
             "writes the settings of every plugin (or of the KEYs given) to a JSON file, without "
             "passwords unless --include-secrets (then the file is readable by you only); "
             "--import applies such a file, each plugin validated like a save and all or nothing, "
             "and reports what was applied, skipped (not installed here, nothing to change) and "
             "refused (exit 1 if any was). FILE - is standard output or input."),
         {QStringLiteral("set"), QStringLiteral("from-json"), QStringLiteral("reset"),
          QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("include-secrets")},
         0,
         -1},
        {QStringLiteral("enable"),
         QStringLiteral("enable KEY [--yes]"),
         Text::tr("Enable a plugin. The first time needs your trust: answer the question or pass "
                  "--yes."),
         {QStringLiteral("yes")},
         1,
         1},
        {QStringLiteral("disable"),
         QStringLiteral("disable KEY"),
         Text::tr("Disable a plugin."),
         {},
         1,
         1},
        {QStringLiteral("restart"),
         QStringLiteral("restart KEY"),
         Text::tr("Start a plugin again in a fresh process: after it crashed repeatedly, or to "
                  "reload its code and C extensions."),
         {},
         1,
         1},
        {QStringLiteral("limits"),
         QStringLiteral("limits KEY [--memory MIB|default]"),
         Text::tr("Show or set how much memory a plugin's process may use (default 2048 MiB)."),
         {QStringLiteral("memory")},
         1,
         1},
        {QStringLiteral("run"),
         QStringLiteral("run KEY ACTION [--params JSON] [--timeout SECONDS] [--yes]"),
         Text::tr(
             "Run a plugin action and print its result (Ctrl+C cancels it). An action that asks "
             "first is asked on a terminal, or confirmed with --yes."),
         {QStringLiteral("params"), QStringLiteral("timeout"), QStringLiteral("yes")},
         2,
         2},
        {QStringLiteral("inspect"),
         QStringLiteral("inspect ZIP"),
         Text::tr("Check a plugin zip without installing it: what it holds, its plugin root, "
                  "folder, key, version (and the installed one), warnings. Writes nothing."),
         {},
         1,
         1},
        {QStringLiteral("import"),
         QStringLiteral("import ZIP... [--folder NAME] [--replace] [--keep-enabled] [--enable] "
                        "[--yes]"),
         Text::tr(
             "Install plugins from zips. Installed plugins arrive disabled; --replace installs "
             "over a plugin with the same key (settings kept, trust asked again unless "
             "--keep-enabled --yes); --enable --yes enables them too."),
         {QStringLiteral("folder"), QStringLiteral("replace"), QStringLiteral("keep-enabled"),
          QStringLiteral("enable"), QStringLiteral("yes")},
         1,
         -1},
        {QStringLiteral("remove"),
         QStringLiteral("remove KEY [--purge-data] [--yes]"),
         Text::tr("Stop a plugin, delete its folder and forget its settings; --purge-data also "
                  "deletes its data folder. Asks first, or pass --yes."),
         {QStringLiteral("purge-data"), QStringLiteral("yes")},
         1,
         1},
        {QStringLiteral("token"),
         QStringLiteral("token [--rotate]"),
         Text::tr(
             "Print the REST API's bearer token (made on first use, kept in <data dir>/api-token, "
             "mode 0600); --rotate replaces it, so old copies stop working."),
         {QStringLiteral("rotate")},
         0,
         0},
        {QStringLiteral("serve"),
         QStringLiteral("serve [--port N]"),
         Text::tr("Serve the REST API on 127.0.0.1 (default port 9191) without a window: load the "
                  "enabled plugins and run their actions for API clients until Ctrl+C. Other "
                  "plugboardctl commands on this data folder then go through it."),
         {QStringLiteral("port")},
         0,
         0},
        {QStringLiteral("db"),
         QStringLiteral("db check | backup | restore [FILE] [--yes]"),
         Text::tr("Look after the plugin database: check reads every page and lists the backups "
                  "(exit 1 when it is damaged); backup takes one now into <data dir>/backups; "
                  "restore puts the newest good backup (or FILE) in its place, keeping the "
                  "replaced file. Plugboard also backs it up daily and before upgrades, and "
                  "restores a damaged one by itself."),
         {QStringLiteral("yes")},
         1,
         2},
        {QStringLiteral("repo"),
         QStringLiteral("repo list | add URL [--key FILE] | remove REPO | enable REPO | "
                        "disable REPO | refresh [REPO]"),
         Text::tr(
             "Manage plugin repositories (REPO is an id or URL from \"repo list\"). Dispatcharr's "
             "official repository is always listed and pinned to its key. add fetches and checks "
             "the manifest first (with --key, its signature must verify with that key) and adds "
             "nothing when that fails; refresh fetches again (exit 1 if any refresh failed) and "
             "keeps the last good manifest of a repository that fails."),
         {QStringLiteral("key")},
         1,
         2},
        {QStringLiteral("available"),
         QStringLiteral("available [QUERY] [--repo REPO]"),
         Text::tr("List the plugins the repositories offer (from their last fetched manifests), "
                  "with the version installed here and whether an update is available."),
         {QStringLiteral("repo")},
         0,
         1},
        {QStringLiteral("install"),
         QStringLiteral("install SLUG [--version V] [--repo REPO] [--enable --yes] "
                        "[--accept-unsigned] [--replace] [--downgrade]"),
         Text::tr("Install a plugin from a repository (the latest version, or --version V): "
                  "downloaded, checked against the SHA-256 in the verified manifest, and installed "
                  "under its slug. It arrives disabled; --enable --yes turns it on. An unsigned "
                  "repository, a deprecated plugin, a downgrade or replacing a copy from elsewhere "
                  "is asked on a terminal, or given with --accept-unsigned, --yes, --downgrade or "
                  "--replace."),
         {QStringLiteral("plugin-version"), QStringLiteral("repo"), QStringLiteral("enable"),
          QStringLiteral("yes"), QStringLiteral("accept-unsigned"), QStringLiteral("replace"),
          QStringLiteral("downgrade")},
         1,
         1},
        {QStringLiteral("update"),
         QStringLiteral("update KEY... | --all [--keep-enabled --yes]"),
         Text::tr(
             "Update plugins installed from repositories to the version their repository lists "
             "now. Settings are kept; new code is trusted again only with --keep-enabled --yes "
             "(otherwise it arrives disabled). A failed update leaves the old version in place; "
             "exit 1 if any failed."),
         {QStringLiteral("all"), QStringLiteral("keep-enabled"), QStringLiteral("yes"),
          QStringLiteral("accept-unsigned")},
         0,
         -1},
        {QStringLiteral("log"),
         QStringLiteral("log KEY [--limit N]"),
         Text::tr("Show a plugin's recent runs and log lines."),
         {QStringLiteral("limit")},
         1,
         1},
    };
    return table;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &info : commandTable()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QString usageText()
{
    QString text = Text::tr("Usage: plugboardctl [OPTIONS] COMMAND [ARGS]\n\n"
                            "Manage Dispatcharr-style Python plugins from the command line.\n\n"
                            "Commands:\n");
    for (const CommandInfo &info : commandTable())
        text += QStringLiteral("  %1\n      %2\n").arg(info.synopsis, -12).arg(info.summary);
    text += Text::tr(
        "\nOptions (before or after the command):\n"
        "  --plugins-dir DIR   plugins folder (default: $DISPATCHARR_PLUGINS_DIR, else "
        "<data dir>/plugins)\n"
        "  --data-dir DIR      data folder with the database (default: $PLUGBOARD_DATA_DIR, "
        "else ~/.local/share/plugboard)\n"
        "  --json              print JSON instead of tables\n"
        "  --verbose           also say where the plugins run, and Plugboard's own "
        "progress notes\n"
        "  --lang LANG         the language to speak, e.g. de or en (default: $PLUGBOARD_LANG, "
        "else the system's)\n"
        "  --help              show this help, or a command's help after it\n"
        "  --version           print the version\n\n"
        "A KEY is the plugin's key (its folder name in lower case, spaces as _) or its "
        "folder name.\n"
        "Exit status: 0 success, 1 the operation failed, 2 usage error.\n");
    return text;
}

QString commandHelp(const CommandInfo &info)
{
    return Text::tr(
               "Usage: plugboardctl %1\n\n%2\n\nGlobal options: --plugins-dir DIR, --data-dir DIR, "
               "--json, --verbose, --lang LANG, --help.\n")
        .arg(info.synopsis, info.summary);
}

bool CommandLine::parse(const QStringList &argv, CommandLine *result, QString *error)
{
    CommandLine line;
    QStringList positionals;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv[i];
        if (onlyPositionals || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            *error = Text::tr("unknown option --%1").arg(name);
            return false;
        }
        bool takesValue = spec->takesValue;
        // `install SLUG --version V` names the version to install, not plugboardctl's own.
        if (name == QLatin1String("version") && !positionals.isEmpty() &&
            positionals.first() == QLatin1String("install")) {
            takesValue = true;
            name = QStringLiteral("plugin-version");
        }
        if (takesValue && !hasInlineValue) {
            // "--plugins-dir --json" is a forgotten value, not a folder called "--json".
            if (i + 1 >= argv.size() || argv[i + 1].startsWith(QLatin1String("--"))) {
                *error = Text::tr("option --%1 needs a value").arg(name);
                return false;
            }
            value = argv[++i];
        } else if (!takesValue && hasInlineValue) {
            *error = Text::tr("option --%1 takes no value").arg(name);
            return false;
        }
        if (takesValue && value.isEmpty() && name != QLatin1String("set")) {
            *error = Text::tr("option --%1 needs a non-empty value").arg(name);
            return false;
        }
        line.options[name].append(value);
    }
    if (!positionals.isEmpty())
        line.command = positionals.takeFirst();
    line.arguments = positionals;

    if (line.command.isEmpty()) {
        if (!line.has(QStringLiteral("help")) && !line.has(QStringLiteral("version"))) {
            *error = Text::tr("no command given");
            return false;
        }
        *result = line;
        return true;
    }
    const CommandInfo *info = findCommand(line.command);
    if (!info) {
        *error = Text::tr("unknown command \"%1\"").arg(line.command);
        return false;
    }
    for (auto it = line.options.cbegin(); it != line.options.cend(); ++it) {
        if (!kGlobal.contains(it.key()) && !info->options.contains(it.key())) {
            *error = Text::tr("option --%1 does not apply to \"%2\"").arg(it.key(), info->name);
            return false;
        }
        if (it.key() != QLatin1String("set") && it.value().size() > 1) {
            *error = Text::tr("option --%1 given more than once").arg(it.key());
            return false;
        }
    }
    // Shape errors of settings options are usage errors: found before anything is opened.
    for (const QString &assignment : line.values(QStringLiteral("set"))) {
        if (assignment.indexOf(QLatin1Char('=')) <= 0) {
            *error = Text::tr("--set needs ID=VALUE, got \"%1\"").arg(assignment);
            return false;
        }
    }
    if (line.has(QStringLiteral("reset")) &&
        (line.has(QStringLiteral("set")) || line.has(QStringLiteral("from-json")))) {
        *error = Text::tr("--reset cannot be combined with --set or --from-json");
        return false;
    }
    if (line.command == QLatin1String("settings") && !line.has(QStringLiteral("help")) &&
        !settingsShapeIsValid(line, error))
        return false;
    if (!line.has(QStringLiteral("help")) &&
        (line.arguments.size() < info->minArgs ||
         (info->maxArgs >= 0 && line.arguments.size() > info->maxArgs))) {
        *error = line.arguments.size() < info->minArgs
                     ? Text::tr("\"%1\" needs: %2").arg(info->name, info->synopsis)
                     : Text::tr("too many arguments for \"%1\"").arg(info->name);
        return false;
    }
    if (line.has(QStringLiteral("folder")) && line.arguments.size() > 1) {
        *error = Text::tr("--folder names the folder of one zip; import the zips one at a time");
        return false;
    }
    *result = line;
    return true;
}
