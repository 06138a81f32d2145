// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "about/runtimeversions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

bool GuiOptions::parse(const QStringList &arguments, GuiOptions *options, QString *problem)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiOptions", "Plugboard: discover, configure and run Dispatcharr-style Python plugins."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("GuiOptions",
                                    "Data folder (database, plugin data). Default: "
                                    "$PLUGBOARD_DATA_DIR or ~/.local/share/plugboard."),
        QStringLiteral("DIR"));
    const QCommandLineOption pluginsDir(
        QStringLiteral("plugins-dir"),
        QCoreApplication::translate("GuiOptions",
                                    "Plugins folder. Default: $DISPATCHARR_PLUGINS_DIR or "
                                    "<data dir>/plugins."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("GuiOptions",
                                    "Save a PNG of the window once the plugins are shown."),
        QStringLiteral("FILE"));
    const QCommandLineOption quit(
        QStringLiteral("quit"),
        QCoreApplication::translate("GuiOptions", "With --screenshot: exit after saving it."));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("GuiOptions", "Select this plugin (key or folder) at start."),
        QStringLiteral("PLUGIN"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QCoreApplication::translate("GuiOptions",
                                    "Details tab to show: actions, settings or activity."),
        QStringLiteral("TAB"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("GuiOptions", "Start with this search text."),
        QStringLiteral("TEXT"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("GuiOptions", "Window size, e.g. 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption scheme(
        QStringLiteral("color-scheme"),
        QCoreApplication::translate("GuiOptions",
                                    "light or dark; default: follow the system palette."),
        QStringLiteral("SCHEME"));
    const QCommandLineOption apiPort(
        QStringLiteral("api-port"),
        QCoreApplication::translate("GuiOptions",
                                    "Serve the REST API on this loopback port for this run "
                                    "(0 picks a free one; default: the saved port, 9191). A "
                                    "--screenshot run serves none unless this is given."),
        QStringLiteral("PORT"));
    const QCommandLineOption noApi(
        QStringLiteral("no-api"),
        QCoreApplication::translate("GuiOptions", "Do not serve the REST API in this run."));
    // Read ahead of the parser by Language::requestedIn(); here for --help and the check.
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("GuiOptions",
                                    "Language to speak, e.g. de or en. Default: $PLUGBOARD_LANG "
                                    "or the system's."),
        QStringLiteral("LANG"));
    parser.addOptions({dataDir, pluginsDir, screenshot, quit, select, tab, search, size, scheme,
                       apiPort, noApi, lang});
    parser.addPositionalArgument(
        QStringLiteral("zip"),
        QCoreApplication::translate("GuiOptions", "Plugin zips to import (a preview opens)."),
        QStringLiteral("[zip...]"));
    if (!parser.parse(arguments)) {
        *problem = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        // The libraries and the examples folder too, like plugboardctl --version.
        std::fputs(plugboard::RuntimeVersions::versionText(QStringLiteral("plugboard")).toUtf8(),
                   stdout);
        std::exit(0);
    }
    // onlyPrints() promises main() that --help-all prints too; only process() knows how (Qt's
    // own options are in it), and it exits.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments);

    options->dataDir = parser.value(dataDir);
    options->pluginsDir = parser.value(pluginsDir);
    options->screenshot = parser.value(screenshot);
    options->quit = parser.isSet(quit);
    options->select = parser.value(select);
    options->tab = parser.value(tab).toLower();
    options->search = parser.value(search);
    options->colorScheme = parser.value(scheme).toLower();
    options->noApi = parser.isSet(noApi);
    if (parser.isSet(apiPort)) {
        bool ok = false;
        const uint port = parser.value(apiPort).toUInt(&ok);
        if (!ok || port > 65535) {
            *problem = QCoreApplication::translate("GuiOptions",
                                                   "--api-port needs a port from 0 to 65535.");
            return false;
        }
        options->apiPort = int(port);
    }
    for (const QString &zip : parser.positionalArguments()) {
        if (!zip.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            *problem = QCoreApplication::translate(
                           "GuiOptions", "\"%1\" is not a .zip file; only plugin zips can be "
                                         "opened.")
                           .arg(zip);
            return false;
        }
        options->zips << QFileInfo(zip).absoluteFilePath();
    }
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
        if (!m.hasMatch()) {
            *problem = QCoreApplication::translate("GuiOptions",
                                                   "--size must look like 1280x800, not \"%1\".")
                           .arg(parser.value(size));
            return false;
        }
        options->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (options->quit && options->screenshot.isEmpty()) {
        *problem = QCoreApplication::translate("GuiOptions", "--quit needs --screenshot FILE.");
        return false;
    }
    if (!options->tab.isEmpty() && options->tab != QLatin1String("actions") &&
        options->tab != QLatin1String("settings") && options->tab != QLatin1String("activity")) {
        *problem = QCoreApplication::translate(
                       "GuiOptions", "--tab must be actions, settings or activity, not \"%1\".")
                       .arg(options->tab);
        return false;
    }
    if (!options->colorScheme.isEmpty() && options->colorScheme != QLatin1String("light") &&
        options->colorScheme != QLatin1String("dark")) {
        *problem = QCoreApplication::translate("GuiOptions",
                                               "--color-scheme must be light or dark, not \"%1\".")
                       .arg(options->colorScheme);
        return false;
    }
    return true;
}

bool GuiOptions::onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}
