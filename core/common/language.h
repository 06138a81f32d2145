// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace plugboard::Language {

// The language Plugboard speaks, chosen once per process, right after the QCoreApplication is
// made and before any translated text is: the `--lang` value when one is given, else
// $PLUGBOARD_LANG, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). English needs no
// translation; the others are compiled in from resources/translations/.
struct Choice {
    QLocale locale;          // what was chosen (the system locale when nothing was asked)
    bool translated = false; // a translation of Plugboard's own text is loaded
    QString problem;         // a sentence for stderr when the asked language cannot be used
};

// Loads Plugboard's translation and Qt's own (standard buttons, --help) for `requested`, or
// for the environment when it is empty, and installs them in the application. A language
// asked for explicitly is also put in $PLUGBOARD_LANG, so the processes Plugboard starts (the
// plugin hosts, a server) speak it too. Calling it again replaces the earlier choice.
Choice install(const QString &requested = {});

// The value of `--lang X` or `--lang=X` in a command line, or "" without one. The language
// has to be known before the options are described, so it is read ahead of the parser.
QString requestedIn(const QStringList &arguments);

// The languages with a translation, English first, as names for --lang ("en", "de").
QStringList available();

} // namespace plugboard::Language
