// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace plugboard::MemoryLimits {

// The address space a plugin's process may use, in MiB (issue 13). 2 GiB by default: far above
// what the public Dispatcharr plugins use (tens of MiB), far below what makes a desktop swap.
constexpr int DefaultMb = 2048;
constexpr int MinMb = 256;         // the interpreter alone reserves ~100 MiB of address space
constexpr int MaxMb = 1024 * 1024; // 1 TiB: "no practical limit"

} // namespace plugboard::MemoryLimits
