// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace plugboard::python {

// The process's one CPython interpreter. Started lazily by the first plugin load (nothing is
// paid while no plugin is enabled), isolated from the user's PYTHON* variables, pinned to the
// interpreter the build found, never writing __pycache__. After start the main thread holds no
// GIL. Free of pybind11 on purpose: code outside core/python/ may include it.
class Interpreter {
public:
    // Main thread only. Safe to call again; false (with a sentence) if Python cannot start or
    // was finalised already.
    static bool ensureStarted(QString *error = nullptr);
    static bool isStarted();
    static double startMs(); // how long the start took

    // Finalises Python, waiting at most deadlineMs for plugin threads to end. When threads are
    // still running after the deadline (a plugin's non-daemon thread, a worker stuck in plugin
    // code), finalisation is skipped and logged: the process can still exit, Python simply
    // does not clean up. Main thread only; call after every runtime was shut down. Runs
    // automatically when the QCoreApplication is destroyed (see setFinalizeDeadline).
    static bool finalize(int deadlineMs);
    static bool isFinalized();
    static void setFinalizeDeadline(int deadlineMs);

    // Threads that own a Python thread state (workers, the canceller) register here, so
    // finalisation knows whether any is still alive.
    static void attachThread();
    static void detachThread();

    // For a process that forks ready interpreters (the host zygote): imports `modules` now
    // (any that fail are left to the plugin that needs them), then collects and freezes the
    // heap (gc.freeze), so a forked child's garbage collection never writes to the pages it
    // shares with its parent. Main thread only, after ensureStarted.
    static void prepareForForks(const char *const *modules, int count);
    // fork() that keeps Python sound in both processes (os.fork's before/after hooks, the GIL
    // and the import lock made safe). Main thread only, and only while no other thread runs:
    // the child gets a copy of the calling thread alone. The pid, 0 in the child, -1 (errno)
    // when it failed.
    static long long forkProcess();

    static QString home();       // sys.base_prefix of the build's interpreter
    static QString executable(); // that interpreter's path
};

} // namespace plugboard::python
