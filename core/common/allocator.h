// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace plugboard {

// Process-wide allocator settings for Plugboard's executables. Discovery builds and drops
// thousands of small strings on every rescan; by default glibc hands freed memory back to the
// kernel and page-faults it in again on the next scan, which on virtual machines costs more
// than the scan itself. Keeping it (up to a bound) makes every rescan after the first cheap.
void tuneAllocator();

} // namespace plugboard
