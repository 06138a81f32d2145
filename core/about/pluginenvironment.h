// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace plugboard::PluginEnvironment {

// Which modules of the plugin environment (common/pluginmodules.h, those scripts/setup
// installs) Plugboard's Python finds, looked up in its module folders without starting it:
// "pytz, requests, … (11 of 11)", or what is missing and the package that brings it.
struct Presence {
    QStringList present;
    QStringList missing; // "numpy (python3-numpy)"
};
Presence scan();
// One line for --version and About.
QString summary(const Presence &presence);

} // namespace plugboard::PluginEnvironment
