// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Output and exit codes of plugboardctl, in one place.
namespace Console {

enum Exit { Success = 0, Failed = 1, Usage = 2 };

void out(const QString &text);
void err(const QString &text);
// Indented JSON as people read it: empty objects and arrays as {} and [].
QByteArray indentedJson(const QJsonDocument &document);
void printJson(const QJsonObject &object);
void outBytes(const QByteArray &bytes);
bool stdoutIsTerminal();

// Prints a failed operation: the sentence (and per-field sentences) on stderr; with json also a
// {"success": false, "error": …, "errors": {field: sentence}} object on stdout. Returns Failed.
int fail(const plugboard::Error &error, bool json);
int usage(const QString &problem);

// Asks a yes/no question on the terminal; false when stdin is not a terminal.
bool confirm(const QString &question);
bool stdinIsTerminal();

} // namespace Console
