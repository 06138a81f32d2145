// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// plugboardctl's command line: one subcommand, its positional arguments, and options that may
// stand anywhere (`plugboardctl --data-dir D list --json` == `plugboardctl list --data-dir D
// --json`).
struct CommandLine {
    QString command;                    // empty with --help/--version alone
    QStringList arguments;              // positionals after the command
    QMap<QString, QStringList> options; // option name (without --) → values ("" for flags)

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name).value(0); }
    QStringList values(const QString &name) const { return options.value(name); }

    // Parses argv (without argv[0]). Returns false with a sentence in *error on a usage error.
    static bool parse(const QStringList &argv, CommandLine *result, QString *error);
};

// The list of commands and the options each accepts, for parsing and for --help.
struct CommandInfo {
    QString name;
    QString synopsis;
    QString summary;
    QStringList options; // accepted command-specific options (without --)
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
};

const QList<CommandInfo> &commandTable();
const CommandInfo *findCommand(const QString &name);
QString usageText();
QString commandHelp(const CommandInfo &info);
