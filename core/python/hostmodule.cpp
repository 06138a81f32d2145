// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded `plugboard` module plugin code imports (SPEC §14), and the glue that routes
// print() and logging output to the plugin that produced it.
#include "python/hostmodule.h"

#include "common/pluginmodules.h"

#include "python/pluginchannel.h"
#include "python/pluginhost.h"
#include "python/pluginworker.h"
#include "python/pyconvert.h"
#include "python/supportsource.h"

#include <pybind11/embed.h>

#include <cmath>

namespace py = pybind11;

namespace plugboard::python {

namespace {

// Strong references, released only by a real finalisation: when Python is left running at
// exit (a plugin thread would not end), nothing here is destroyed without the GIL.
PyObject *g_cancelled = nullptr;
PyObject *g_support = nullptr;

const QString PackagePrefix = QStringLiteral("_plugboard_plugin_");

std::shared_ptr<PluginChannel> channelFromFrames()
{
    PyFrameObject *frame = PyEval_GetFrame(); // borrowed
    py::object hold = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject *>(frame));
    for (int depth = 0; frame && depth < 32; ++depth) {
        PyObject *globals = PyFrame_GetGlobals(frame); // new reference
        PyObject *name = globals ? PyDict_GetItemString(globals, "__name__") : nullptr;
        if (name && PyUnicode_Check(name)) {
            const QString module = toQString(name, 512);
            if (module.startsWith(PackagePrefix)) {
                Py_XDECREF(globals);
                return PluginChannel::forPackage(module.section(QLatin1Char('.'), 0, 0));
            }
        }
        Py_XDECREF(globals);
        frame = PyFrame_GetBack(frame); // new reference
        hold = py::reinterpret_steal<py::object>(reinterpret_cast<PyObject *>(frame));
    }
    return nullptr;
}

std::shared_ptr<PluginChannel> requireChannel(const char *function)
{
    auto channel = callerChannel();
    if (!channel)
        throw py::value_error(std::string("plugboard.") + function +
                              "() can only be called by plugin code that Plugboard runs.");
    return channel;
}

QString textOf(py::handle value)
{
    if (value.is_none())
        return {};
    if (PyUnicode_Check(value.ptr()))
        return toQString(value.ptr(), 64 * 1024);
    return toQString(py::str(value).ptr(), 64 * 1024);
}

QString normaliseLevel(const QString &level)
{
    const QString l = level.trimmed().toLower();
    if (l == QLatin1String("warn"))
        return QStringLiteral("warning");
    if (l == QLatin1String("critical") || l == QLatin1String("fatal"))
        return QStringLiteral("error");
    static const QStringList known{QStringLiteral("debug"), QStringLiteral("info"),
                                   QStringLiteral("success"), QStringLiteral("warning"),
                                   QStringLiteral("error")};
    return known.contains(l) ? l : QStringLiteral("info");
}

QString levelName(int levelno)
{
    if (levelno >= 40)
        return QStringLiteral("error");
    if (levelno >= 30)
        return QStringLiteral("warning");
    if (levelno >= 20)
        return QStringLiteral("info");
    return QStringLiteral("debug");
}

void reportProgress(const std::shared_ptr<PluginChannel> &channel,
                    const std::shared_ptr<JobState> &job, double fraction, py::handle message)
{
    if (!job || std::isnan(fraction))
        return;
    channel->progress(job, std::clamp(fraction, 0.0, 1.0), textOf(message));
}

bool routeOutput(bool isStderr, py::handle text)
{
    auto channel = callerChannel();
    if (!channel)
        return false;
    const qsizetype room = channel->logRoom();
    if (room <= 0)
        return true; // over budget: dropped (the cut was announced)
    // Convert no more than the log can take: print() of 1 GB must not copy 1 GB.
    const QString chunk = toQString(text.ptr(), room + PluginChannel::MaxLineChars);
    channel->writeOutput(isStderr, chunk);
    return true;
}

py::int_ submit(py::object fn, py::args args, py::kwargs kwargs)
{
    auto channel = requireChannel("submit");
    if (!PyCallable_Check(fn.ptr()))
        throw py::type_error("plugboard.submit() needs a callable as its first argument.");
    auto payload = std::make_shared<SubmitPayload>();
    payload->fn = fn;
    payload->args = std::move(args);
    payload->kwargs = std::move(kwargs);
    const QString name = toQString(support().attr("callable_name")(fn).ptr(), 200);
    const quint64 id = channel->worker ? channel->worker->submit(std::move(payload), name) : 0;
    if (id == 0)
        throw py::value_error("plugboard.submit(): the plugin is being stopped; no new "
                              "background jobs are accepted.");
    return py::int_(id);
}

} // namespace

PYBIND11_EMBEDDED_MODULE(plugboard, m)
{
    m.doc() = "Plugboard's host API for plugins: notifications, progress, cancellation, a data "
              "folder and background jobs.";

    g_cancelled = PyErr_NewExceptionWithDoc(
        "plugboard.Cancelled",
        "Raised inside plugin code when the user cancels the job or it times out. Derives from "
        "BaseException so `except Exception` does not swallow it.",
        PyExc_BaseException, nullptr);
    m.add_object("Cancelled", py::handle(g_cancelled)); // add_object takes its own reference

    m.def(
        "notify",
        [](py::handle message, py::handle level, py::handle title) {
            requireChannel("notify")->notify(normaliseLevel(textOf(level)), textOf(title),
                                             textOf(message));
        },
        py::arg("message"), py::arg("level") = "info", py::arg("title") = py::none(),
        "Shows a notification (toast) in Plugboard.");
    m.def(
        "progress",
        [](double fraction, py::handle message) {
            auto channel = requireChannel("progress");
            reportProgress(channel, channel->currentJob(), fraction, message);
        },
        py::arg("fraction"), py::arg("message") = py::none(),
        "Reports the current job's progress, 0.0 to 1.0, with an optional message.");
    m.def(
        "cancelled",
        [] {
            auto job = requireChannel("cancelled")->currentJob();
            return job && job->cancelRequested.load();
        },
        "True once the user asked to cancel the current job.");
    m.def(
        "data_dir", [] { return toPython(requireChannel("data_dir")->dataDir); },
        "The plugin's own writable folder.");
    m.def("submit", &submit, py::arg("fn"),
          "Runs fn(*args, **kwargs) as a background job of this plugin (after the current job) "
          "and returns its job id.");
    m.def("_route_output", &routeOutput);

    py::class_<JobHandle, std::shared_ptr<JobHandle>>(m, "Job")
        .def_property_readonly("id", [](const JobHandle &h) { return h.job->id; })
        .def(
            "progress",
            [](const JobHandle &h, double fraction, py::handle message) {
                reportProgress(h.channel, h.job, fraction, message);
            },
            py::arg("fraction"), py::arg("message") = py::none())
        .def("cancelled", [](const JobHandle &h) { return h.job->cancelRequested.load(); })
        .def("__repr__", [](const JobHandle &h) {
            return "<plugboard.Job " + std::to_string(h.job->id) + ">";
        });

    py::class_<LogSink, std::shared_ptr<LogSink>>(m, "_LogSink")
        .def("write", [](const LogSink &sink, int levelno, py::handle text) {
            if (auto channel = sink.channel.lock())
                channel->log(levelName(levelno), textOf(text));
        });
}

void hostModuleAnchor() {}

std::shared_ptr<PluginChannel> callerChannel()
{
    if (PluginChannel *channel = PluginChannel::forCurrentThread())
        return channel->shared_from_this();
    return channelFromFrames();
}

void setUpHost()
{
    py::module_ host = py::module_::import("plugboard");
    py::module_ types = py::module_::import("types");
    py::object module = types.attr("ModuleType")("_plugboard_support");
    py::dict globals = module.attr("__dict__");
    // Which modules belong to Dispatcharr's server and which Debian package gives the others:
    // one table (common/pluginmodules.h) for these load errors and the import preview.
    py::dict packages;
    for (const PluginModules::Module &m : PluginModules::known()) {
        if (!m.debianPackage.isEmpty())
            packages[py::str(m.name.toStdString())] = py::str(m.debianPackage.toStdString());
    }
    py::list server;
    for (const QString &name : PluginModules::serverOnly())
        server.append(py::str(name.toStdString()));
    globals["_DEBIAN_PACKAGES"] = packages;
    globals["_SERVER_ROOTS"] = py::tuple(server);
    py::exec(supportSource(), globals);
    g_support = module.release().ptr();
    support().attr("install_output")(host.attr("_route_output"));
}

void tearDownHost(bool finalising)
{
    if (g_support)
        support().attr("restore_output")();
    if (!finalising)
        return;
    Py_CLEAR(g_support);
    Py_CLEAR(g_cancelled);
}

PyObject *cancelledType()
{
    return g_cancelled;
}

py::handle support()
{
    return py::handle(g_support);
}

py::object makeJobHandle(std::shared_ptr<PluginChannel> channel, std::shared_ptr<JobState> job)
{
    return py::cast(std::make_shared<JobHandle>(JobHandle{std::move(channel), std::move(job)}));
}

py::object makeLogSink(const std::shared_ptr<PluginChannel> &channel)
{
    return py::cast(std::make_shared<LogSink>(LogSink{channel}));
}

} // namespace plugboard::python
