// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginstate.h"

namespace plugboard {

QString stateName(PluginState state)
{
    switch (state) {
    case PluginState::Missing:
        return QStringLiteral("missing");
    case PluginState::Duplicate:
        return QStringLiteral("duplicate");
    case PluginState::BadKey:
        return QStringLiteral("bad_key");
    case PluginState::Disabled:
        return QStringLiteral("disabled");
    case PluginState::Enabled:
        return QStringLiteral("enabled");
    case PluginState::Loading:
        return QStringLiteral("loading");
    case PluginState::Loaded:
        return QStringLiteral("loaded");
    case PluginState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("disabled");
}

} // namespace plugboard
