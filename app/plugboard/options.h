// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

// The window's command line: the same folder options as plugboardctl, plus what docs,
// benchmarks and smoke tests need (screenshots, a plugin to select, a size, a colour scheme).
struct GuiOptions {
    QString dataDir;
    QString pluginsDir;
    QString screenshot;  // save a PNG once the plugins are shown
    bool quit = false;   // with --screenshot: exit afterwards
    QString select;      // a plugin to select at start
    QString tab;         // actions, settings or activity
    QString search;      // text for the search field
    QSize size;          // window size
    QString colorScheme; // light, dark or empty (the system's)
    QStringList zips;    // plugin zips to import (positional arguments)
    int apiPort = -1;    // --api-port: the REST API's port for this run (-1: the saved one)
    bool noApi = false;  // --no-api: no REST API for this run

    // Parses; on a usage problem returns false with a sentence in *problem. --help and
    // --version print and exit inside (QCommandLineParser).
    static bool parse(const QStringList &arguments, GuiOptions *options, QString *problem);
    // True when the arguments ask for --help or --version, which need no display.
    static bool onlyPrints(int argc, char **argv);
};
