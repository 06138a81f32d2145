// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace plugboard {

struct ActionSpec;
class PluginInfo;

// What to ask before an action runs.
struct Confirmation {
    QString title;
    QString message;
};

// SPEC §7: ask when the action says `confirm: true`, or gives a confirm object whose
// `required` is not false (its title and message replace the defaults); when the action
// declares nothing, ask when the plugin has a boolean field "confirm" whose effective value is
// true. `confirm: false` never asks, whatever the field says.
std::optional<Confirmation> confirmationFor(const PluginInfo &plugin, const ActionSpec &action);

} // namespace plugboard
