// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace plugboard {

class PluginInfo;

// What a person reads about a plugin's state, worked out once here and shown the same by the
// card and the details panel, the CLI (list, show) and the REST API.
struct StatusLine {
    enum class Severity { Info, Warning, Error };
    enum class Kind { Missing, Duplicate, BadKey, LoadError, Loading, Legacy, Manifest };
    Kind kind;
    Severity severity;
    QString text;      // a full sentence, for the details panel
    QString shortText; // for a card's single status line and the CLI's notes
};

namespace PluginStatus {

// Every line worth showing, most serious first; empty when all is well.
QList<StatusLine> lines(const PluginInfo &info);
// The most serious line's short text, empty when all is well.
QString headline(const PluginInfo &info);
// The state as the CLI's STATE column and JSON say it ("enabled", "missing", …).
QString stateText(const PluginInfo &info);

} // namespace PluginStatus
} // namespace plugboard
