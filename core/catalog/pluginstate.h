// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard {

// Where a plugin stands, in one word (as Qt Creator's PluginSpec::State). The first three are
// problems discovery found: such a plugin cannot be enabled until its folder is fixed. The
// others follow the user's switch and, once switched on, what its code did in this process.
// PluginInfo::error() explains every problem state and Failed.
enum class PluginState {
    Missing,   // the database remembers it, but its folder is gone
    Duplicate, // another folder has the same key and is used instead
    BadKey,    // the folder's name gives no usable key (empty, too long)
    Disabled,  // present and usable, switched off
    Enabled,   // switched on; its code is not loaded in this process (yet)
    Loading,   // switched on; its code is being imported
    Loaded,    // switched on and its code is running
    Failed,    // switched on; importing its code failed (the error says how, with a traceback)
};

// A lower-case word for the state ("missing", "duplicate", "bad_key", "disabled", "enabled",
// "loading", "loaded", "failed"), the same in JSON and in the CLI.
QString stateName(PluginState state);

// Switched on: Enabled, Loading, Loaded or Failed.
constexpr bool isSwitchedOn(PluginState state)
{
    return state >= PluginState::Enabled;
}

// Missing, Duplicate or BadKey: the folder itself is the problem.
constexpr bool isUnusable(PluginState state)
{
    return state <= PluginState::BadKey;
}

} // namespace plugboard
