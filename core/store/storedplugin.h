// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace plugboard {

// One row of the plugins table: what the user decided about a plugin.
struct StoredPlugin {
    QString key;
    QString name;
    QString version;
    QString description;
    bool enabled = false;
    bool everEnabled = false; // was enabled at least once (Dispatcharr's flag)
    bool trusted = false;     // the user's trust acknowledgement for the code now on disk
    bool missing = false;     // the folder was gone at the last discovery
    QJsonObject settings;
    // ISO 8601 UTC text as stored: shown, never computed with, so not parsed on every read.
    QString createdAt;
    QString updatedAt;
};

// What discovery reports for a folder that is present.
struct DiscoveredMetadata {
    QString key;
    QString name;
    QString version;
    QString description;
};

} // namespace plugboard
