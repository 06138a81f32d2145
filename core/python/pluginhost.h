// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/python/: includes pybind11. Never include from code outside core/python/.
#include <pybind11/pybind11.h>

#include "runner/pluginruntime.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace plugboard::python {

namespace py = pybind11;

class PluginChannel;
struct JobState;

// What plugboard.submit() queued: fn(*args, **kwargs). Destroyed with the GIL held.
struct SubmitPayload {
    py::object fn;
    py::tuple args;
    py::dict kwargs;
};

// The Python side of one loaded plugin: its module, instance and logger. Lives on the plugin's
// worker thread; every method needs the GIL. Plugin code runs inside the "job window" during
// which the canceller may raise plugboard.Cancelled in this thread.
class PluginHost {
public:
    explicit PluginHost(std::shared_ptr<PluginChannel> channel);
    ~PluginHost();

    LoadResult load(const LoadRequest &request, const std::shared_ptr<JobState> &job);
    void run(const RunRequest &request, const std::shared_ptr<JobState> &job, JobResult &result);
    void runSubmitted(SubmitPayload &payload, const std::shared_ptr<JobState> &job,
                      JobResult &result);
    // stop(context) / stop() / run("stop"); failures are logged, never thrown.
    void stop(StopReason reason, const std::shared_ptr<JobState> &job);
    // Drops the instance and removes the plugin's modules from sys.modules.
    void unload();

    bool isLoaded() const { return bool(m_instance); }
    const QString &loadError() const { return m_loadError; }

private:
    py::dict context(const QJsonObject &settings, const QJsonObject &actions,
                     const std::shared_ptr<JobState> &job);
    // Opens the job window; false (with Cancelled set) when the job was cancelled already.
    bool beginJob(const JobState &job);
    void endJob();
    // Turns a call's outcome (result or pending Python error) into `result`. `stage` is where
    // the call ran, as the support module's describe() names it: "run", "background" or "stop".
    void finish(PyObject *returned, const JobState &job, const char *stage, JobResult &result);
    void describeError(const JobState &job, const char *stage, JobResult &result);
    void logLine(const QString &level, const QString &text);

    std::shared_ptr<PluginChannel> m_channel;
    py::object m_module;
    py::object m_instance;
    py::object m_logger;
    QString m_folder;
    QString m_alias;
    QString m_loadError;
    QJsonObject m_lastSettings;
    QJsonObject m_lastActions;
    bool m_stopAction = false;
};

} // namespace plugboard::python
