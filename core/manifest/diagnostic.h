// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace plugboard {

// One finding about a plugin that the user or its author should see: a manifest entry that
// was dropped, a key clash, an unreadable logo. Never silent, never fatal to the listing.
struct Diagnostic {
    enum class Severity { Warning, Error };

    Severity severity = Severity::Warning;
    QString source;  // where: "plugin.json:3:14", "plugin.json fields[2]", "folder", "settings"
    QString message; // a sentence

    static Diagnostic warning(QString source, QString message)
    {
        return {Severity::Warning, std::move(source), std::move(message)};
    }
    static Diagnostic error(QString source, QString message)
    {
        return {Severity::Error, std::move(source), std::move(message)};
    }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace plugboard
