// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/python/: includes pybind11. Never include from code outside core/python/.
#include <pybind11/pybind11.h>

#include <memory>

namespace plugboard::python {

class PluginChannel;
struct JobState;

// Referenced by the interpreter so the linker keeps the object file that registers the embedded
// `plugboard` module (a PYBIND11_EMBEDDED_MODULE in a static library is dropped otherwise).
void hostModuleAnchor();

// With the GIL, right after Py_Initialize: imports `plugboard`, builds the internal support
// module and routes sys.stdout/sys.stderr to plugin logs. Throws py::error_already_set.
void setUpHost();
// With the GIL, before finalising: restores sys.stdout/sys.stderr and drops our references.
void tearDownHost(bool finalising);

// plugboard.Cancelled (borrowed; a BaseException subclass). Valid after setUpHost().
PyObject *cancelledType();
// The internal `_plugboard_support` module (borrowed). Valid after setUpHost().
pybind11::handle support();

// context["job"]: the job handle plugin code sees.
struct JobHandle {
    std::shared_ptr<PluginChannel> channel;
    std::shared_ptr<JobState> job;
};

// The sink the per-plugin logging handler writes to.
struct LogSink {
    std::weak_ptr<PluginChannel> channel;
};

pybind11::object makeJobHandle(std::shared_ptr<PluginChannel> channel,
                               std::shared_ptr<JobState> job);
pybind11::object makeLogSink(const std::shared_ptr<PluginChannel> &channel);

// The plugin whose code is calling: the current worker thread's, else found from the calling
// Python frames' module names (threads a plugin started itself). Needs the GIL.
std::shared_ptr<PluginChannel> callerChannel();

} // namespace plugboard::python
