// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace plugboard {

// The one key normaliser: discovery, import, CLI and REST all call it, so a folder is known by
// the same key everywhere (Dispatcharr has two that disagree).
namespace PluginKey {

constexpr int MaxLength = 128; // in Unicode code points

enum class Problem { None, Empty, TooLong };

// Folder name → key: Unicode lower case, each space replaced by "_".
QString fromFolderName(const QString &folderName);

Problem check(const QString &key);

// A sentence for a key problem, empty for Problem::None.
QString describe(Problem problem, const QString &folderName);

// NotFound, "No plugin with key …": what every layer says when a key or folder names nothing.
Error unknown(const QString &keyOrFolder);

} // namespace PluginKey
} // namespace plugboard
