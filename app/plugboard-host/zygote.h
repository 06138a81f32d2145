// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace plugboard {

// plugboard-host --zygote --fd N: starts Python once, then forks a host for each request that
// arrives on the control socket N (core/hostprotocol/zygotepackets.h) and tells Plugboard when
// each host ends. Returns only in a forked host, with the descriptor of that host's socket to
// Plugboard; the zygote itself leaves through _exit (with Plugboard, or when it cannot go on).
int runZygote(int controlFd);

} // namespace plugboard
