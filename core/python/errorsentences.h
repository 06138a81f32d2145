// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace plugboard::python {

// A plugin failure as the support module's describe() / describe_load() report it
// (supportsource.cpp): what kind of failure, at which stage, and the texts its sentence names.
struct ErrorDescription {
    QString kind;  // "raised", "sys_exit", "missing_module", "no_plugin_class", …
    QString stage; // "load", "create" (Plugin()), "run", "background" (a submitted job), "stop"
    QStringList args;
    QString text; // the exception on one line: the sentence of a kind this file does not know
};

// The sentence the user reads about a failure, in the current language.
QString errorSentence(const ErrorDescription &error);

} // namespace plugboard::python
