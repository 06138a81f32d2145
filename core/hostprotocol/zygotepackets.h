// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// The host zygote: one plugboard-host started with `--zygote --fd N` that starts Python and
// imports the modules nearly every plugin uses once, then forks a ready host for each plugin
// Plugboard loads. A fork costs a few milliseconds; a host started from scratch (exec, the
// dynamic linker, Qt, Python) costs ~70 ms of CPU. The zygote runs no plugin code.
//
// Plugboard and the zygote talk over a SOCK_SEQPACKET socket pair, one fixed-size packet per
// message, so a packet is read whole or not at all.
namespace plugboard::ZygoteProtocol {

// In the Ready event; Plugboard uses a zygote only when it speaks this version.
constexpr std::int32_t Version = 1;

// Plugboard → zygote: fork a host. Two descriptors ride along (SCM_RIGHTS), in this order: the
// host's end of its socket pair (it becomes the host's descriptor 3) and the write end of its
// output pipe (its stdout and stderr).
struct ForkRequest {
    std::uint64_t token = 0;            // Plugboard's name for the request, echoed in Forked
    std::uint64_t memoryLimitBytes = 0; // the host's RLIMIT_AS soft limit; 0: none
};

enum class EventType : std::uint32_t {
    Ready = 1,  // Python started, the zygote takes requests; value: Version
    Forked = 2, // pid: the new host, or -1 when the fork failed (value: errno); token echoed
    Exited = 3, // pid: a host that ended; value: its wait status (waitpid)
};

// zygote → Plugboard.
struct Event {
    EventType type = EventType::Ready;
    std::int32_t pid = 0;
    std::int32_t value = 0;
    std::uint32_t reserved = 0;
    std::uint64_t token = 0;
};

static_assert(sizeof(ForkRequest) == 16 && sizeof(Event) == 24, "fixed-size packets");

} // namespace plugboard::ZygoteProtocol
