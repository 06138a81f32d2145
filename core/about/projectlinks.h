// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace plugboard {

// Where a person reads more about Plugboard: the About box's links and the AppStream metainfo
// point at the same places. The homepage comes from project(... HOMEPAGE_URL) in CMake.
struct ProjectLinks {
    QUrl homepage;
    QUrl bugTracker;
    QUrl authorGuide;    // docs/plugin-authoring.md
    QUrl pluginContract; // Dispatcharr, whose plugin contract Plugboard implements

    static ProjectLinks current();
};

} // namespace plugboard
