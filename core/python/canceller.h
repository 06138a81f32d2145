// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>

#include <memory>

namespace plugboard::python {

class PluginChannel;
struct JobState;

// Raises plugboard.Cancelled inside a running job. PyThreadState_SetAsyncExc needs the GIL, and
// the main thread never takes it, so a small thread of its own does it and then watches the job:
//  - the exception is taken and the job ends: done;
//  - the exception is taken but the job keeps running (the plugin swallowed it): after
//    SwallowGraceMs the runtime hears onCancelIgnored(blocked = false), and the exception is
//    raised again every ResendMs until the job ends;
//  - the exception is still pending after BlockedGraceMs (the thread is inside a blocking C
//    call): onCancelIgnored(blocked = true).
class Canceller {
public:
    static constexpr int PollMs = 20;
    static constexpr int SwallowGraceMs = 500;
    static constexpr int BlockedGraceMs = 10000;
    static constexpr int ResendMs = 1000;

    // Any thread; never blocks on Python. The job's cancelRequested must be set already.
    static void request(std::shared_ptr<PluginChannel> channel, std::shared_ptr<JobState> job);
    // Ends the canceller thread (before finalisation). False if it did not end in time.
    static bool stop(QDeadlineTimer deadline);
};

} // namespace plugboard::python
