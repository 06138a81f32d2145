// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/pluginhost.h"

#include "python/errorsentences.h"
#include "python/hostmodule.h"
#include "python/pluginchannel.h"
#include "python/pyconvert.h"
#include "python/pythonlog.h"

#include "manifest/manifestreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginHost)
};

// Fetches the pending Python error as a normalised exception object with its traceback.
py::object takeError()
{
    PyObject *type = nullptr, *value = nullptr, *tb = nullptr;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (value && tb)
        PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return value ? py::reinterpret_steal<py::object>(value) : py::none();
}

bool isCancelled(const py::object &error)
{
    return !error.is_none() && PyErr_GivenExceptionMatches(error.ptr(), cancelledType());
}

// The texts in a Python list of str.
QStringList toQStringList(PyObject *list)
{
    QStringList out;
    if (list && PyList_Check(list)) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list); ++i)
            out.append(toQString(PyList_GET_ITEM(list, i)));
    }
    return out;
}

// (sentence, traceback) from the support module's (kind, stage, args, text, traceback); a
// fallback if describing fails too. `stage` is one of describe()'s stages.
std::pair<QString, QString> describe(const py::object &error, const char *function,
                                     const char *stage)
{
    PyObject *described =
        stage ? PyObject_CallMethod(support().ptr(), function, "Os", error.ptr(), stage)
              : PyObject_CallMethod(support().ptr(), function, "O", error.ptr());
    if (described && PyTuple_Check(described) && PyTuple_GET_SIZE(described) == 5) {
        ErrorDescription description;
        description.kind = toQString(PyTuple_GET_ITEM(described, 0));
        description.stage = toQString(PyTuple_GET_ITEM(described, 1));
        description.args = toQStringList(PyTuple_GET_ITEM(described, 2));
        description.text = toQString(PyTuple_GET_ITEM(described, 3));
        std::pair<QString, QString> out{errorSentence(description),
                                        toQString(PyTuple_GET_ITEM(described, 4))};
        Py_DECREF(described);
        return out;
    }
    Py_XDECREF(described);
    PyErr_Clear();
    const QString type = QString::fromUtf8(Py_TYPE(error.ptr())->tp_name);
    return {
        Text::tr("The plugin raised %1.", "%1 is the type of a Python exception, like ValueError")
            .arg(type),
        QString()};
}

void setText(const py::dict &attrs, const char *name, QString &target)
{
    if (attrs.contains(name))
        target = toQString(attrs[name].ptr(), 64 * 1024);
}

} // namespace

PluginHost::PluginHost(std::shared_ptr<PluginChannel> channel)
    : m_channel(std::move(channel))
{}

PluginHost::~PluginHost()
{
    unload();
}

void PluginHost::logLine(const QString &level, const QString &text)
{
    m_channel->log(level, text);
}

bool PluginHost::beginJob(const JobState &job)
{
    m_channel->runningJobId.store(job.id); // seq_cst: pairs with cancelRequested below
    if (job.cancelRequested.load()) {
        m_channel->runningJobId.store(0);
        PyErr_SetNone(cancelledType());
        return false;
    }
    return true;
}

void PluginHost::endJob()
{
    m_channel->runningJobId.store(0);
    // A cancel that arrived after the plugin's code returned must not hit the next job.
    if (PyThreadState_Get()->async_exc)
        PyThreadState_SetAsyncExc(m_channel->pythonThreadId.load(), nullptr);
}

py::dict PluginHost::context(const QJsonObject &settings, const QJsonObject &actions,
                             const std::shared_ptr<JobState> &job)
{
    py::dict ctx;
    ctx["settings"] = toPython(settings);
    ctx["logger"] = m_logger;
    ctx["actions"] = toPython(actions);
    ctx["plugin_key"] = toPython(m_channel->key);
    ctx["data_dir"] = toPython(m_channel->dataDir);
    ctx["job"] = makeJobHandle(m_channel, job);
    return ctx;
}

LoadResult PluginHost::load(const LoadRequest &request, const std::shared_ptr<JobState> &job)
{
    m_lastSettings = request.settings;
    m_lastActions = request.actions;
    QElapsedTimer timer;
    timer.start();
    LoadResult r;
    r.key = request.key;
    m_folder = QDir::cleanPath(QDir(request.folderPath).absolutePath());
    if (!QDir().mkpath(request.dataDir))
        r.diagnostics.append(Diagnostic::warning(
            QStringLiteral("data_dir"),
            Text::tr("The plugin's data folder %1 could not be created.").arg(request.dataDir)));

    try {
        m_logger = support().attr("make_logger")(toPython(request.key), makeLogSink(m_channel));
        m_channel->registerPackage();
    } catch (py::error_already_set &e) {
        r.error = Text::tr("Plugboard could not prepare the plugin's logger: %1")
                      .arg(QString::fromUtf8(e.what()));
        m_loadError = r.error;
        return r;
    }

    PyObject *loaded = nullptr;
    if (beginJob(*job)) {
        loaded = PyObject_CallMethod(
            support().ptr(), "load", "NNNN", toPython(m_channel->packageName).release().ptr(),
            toPython(request.folderName).release().ptr(), toPython(m_folder).release().ptr(),
            toPython(request.entryFile).release().ptr());
    }
    if (!loaded) {
        py::object error = takeError();
        if (isCancelled(error)) {
            r.error = Text::tr("Loading the plugin was cancelled.");
        } else {
            auto [message, traceback] = describe(error, "describe_load", nullptr);
            r.error = message;
            r.traceback = traceback;
        }
        endJob();
        PyErr_Clear();
        m_loadError = r.error;
        support().attr("drop_logger")(m_logger);
        m_logger = py::object();
        m_channel->unregisterPackage();
        r.loadMs = timer.nsecsElapsed() / 1e6;
        return r;
    }
    endJob();
    auto triple = py::reinterpret_steal<py::tuple>(loaded);
    m_module = triple[0];
    m_instance = triple[1];
    m_alias = triple[2].is_none() ? QString() : toQString(triple[2].ptr());

    try {
        py::dict attrs = support().attr("attributes")(m_instance);
        setText(attrs, "name", r.name);
        setText(attrs, "version", r.version);
        setText(attrs, "description", r.description);
        setText(attrs, "author", r.author);
        setText(attrs, "help_url", r.helpUrl);
        for (const char *name : {"name", "version", "description", "author", "help_url"}) {
            const std::string bad = std::string("bad:") + name;
            if (attrs.contains(bad.c_str()))
                r.diagnostics.append(Diagnostic::warning(
                    QStringLiteral("Plugin.%1").arg(QLatin1String(name)),
                    Text::tr("Plugin.%1 must be text, not %2; it was ignored.",
                             "%1 is an attribute name, %2 a Python type")
                        .arg(QLatin1String(name), toQString(attrs[bad.c_str()].ptr()))));
        }
        // Plugin.fields / Plugin.actions as JSON, through plugin.json's normaliser; declared
        // means a non-empty list (SPEC §4: only then does it replace the manifest's).
        const auto declared = [&](const char *name, auto normalise, auto &target, bool &flag) {
            if (!attrs.contains(name))
                return;
            PyToJson convert(QStringLiteral("Plugin.%1").arg(QLatin1String(name)));
            py::handle value = attrs[name];
            const QJsonValue json = convert.convert(value);
            r.diagnostics += convert.diagnostics;
            target = normalise(json, QStringLiteral("Plugin"), r.diagnostics);
            flag = json.isArray() && !json.toArray().isEmpty();
        };
        declared("fields", &ManifestReader::normaliseFields, r.fields, r.fieldsDeclared);
        declared("actions", &ManifestReader::normaliseActions, r.actions, r.actionsDeclared);
        for (const ActionSpec &action : std::as_const(r.actions))
            m_stopAction = m_stopAction || action.id == QLatin1String("stop");
        r.hasStop = attrs["has_stop"].cast<bool>();
    } catch (py::error_already_set &e) {
        // Reading attributes ran plugin code (properties); a failure there is not fatal.
        r.diagnostics.append(Diagnostic::warning(
            QStringLiteral("Plugin"), Text::tr("Reading the Plugin class attributes failed: %1")
                                          .arg(QString::fromUtf8(e.what()))));
    }
    r.ok = true;
    r.loadMs = timer.nsecsElapsed() / 1e6;
    return r;
}

void PluginHost::run(const RunRequest &request, const std::shared_ptr<JobState> &job,
                     JobResult &result)
{
    m_lastSettings = request.settings;
    m_lastActions = request.actions;
    PyObject *returned = nullptr;
    try {
        py::dict ctx = context(request.settings, request.actions, job);
        py::object params = toPython(request.params);
        py::object action = toPython(request.action);
        py::object method = m_instance.attr("run");
        if (beginJob(*job))
            returned = PyObject_CallFunctionObjArgs(method.ptr(), action.ptr(), params.ptr(),
                                                    ctx.ptr(), nullptr);
    } catch (py::error_already_set &e) {
        e.restore();
    }
    finish(returned, *job, "run", result);
    try {
        result.backgroundThreads = support().attr("background_threads")().cast<int>();
    } catch (py::error_already_set &) {
        // a plugin that broke threading: nothing to tell
    } catch (py::cast_error &) {
    }
}

void PluginHost::runSubmitted(SubmitPayload &payload, const std::shared_ptr<JobState> &job,
                              JobResult &result)
{
    PyObject *returned = nullptr;
    if (beginJob(*job))
        returned = PyObject_Call(payload.fn.ptr(), payload.args.ptr(), payload.kwargs.ptr());
    finish(returned, *job, "background", result);
}

void PluginHost::finish(PyObject *returned, const JobState &job, const char *stage,
                        JobResult &result)
{
    using Outcome = JobResult::Outcome;
    if (!returned) {
        describeError(job, stage, result);
        endJob();
        PyErr_Clear();
        return;
    }
    // Still inside the job window: repr() of a result object is plugin code and may hang.
    PyToJson convert(QStringLiteral("result"));
    const QJsonValue value = convert.convert(returned);
    const bool isDict = PyDict_Check(returned);
    Py_DECREF(returned);
    endJob();
    PyErr_Clear();
    if (convert.interrupted) {
        result.outcome = job.timedOut ? Outcome::TimedOut : Outcome::Cancelled;
        result.message = Text::tr("The job was cancelled while its result was converted.");
        return;
    }
    if (isDict) {
        result.result = value.toObject();
    } else {
        result.result = QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("result"), value}};
    }
    result.diagnostics = convert.diagnostics;
    const QString status = result.result.value(QLatin1String("status")).toString().toLower();
    const QJsonValue success = result.result.value(QLatin1String("success"));
    const bool failed = status == QLatin1String("error") || status == QLatin1String("failed") ||
                        (success.isBool() && !success.toBool());
    result.outcome = failed ? Outcome::Error : Outcome::Ok;
    for (const char *key : {"message", "error", "detail"}) {
        const QJsonValue text = result.result.value(QLatin1String(key));
        if (text.isString() && !text.toString().isEmpty()) {
            result.message = text.toString();
            break;
        }
    }
    if (failed && result.message.isEmpty())
        result.message = Text::tr("The plugin reported an error.");
    if (job.cancelRequested) {
        // The plugin noticed the cancellation (plugboard.cancelled()) and returned: still the
        // outcome the user asked for; what it returned is kept.
        result.outcome = job.timedOut ? Outcome::TimedOut : Outcome::Cancelled;
        result.message = job.timedOut ? Text::tr("The job ran out of time and stopped.")
                                      : Text::tr("The job was cancelled and stopped.");
    }
}

void PluginHost::describeError(const JobState &job, const char *stage, JobResult &result)
{
    using Outcome = JobResult::Outcome;
    py::object error = takeError();
    if (isCancelled(error)) {
        result.outcome = job.timedOut ? Outcome::TimedOut : Outcome::Cancelled;
        result.message = job.timedOut ? Text::tr("The job ran out of time and was stopped.")
                                      : Text::tr("The job was cancelled.");
        return;
    }
    auto [message, traceback] = describe(error, "describe", stage);
    result.outcome = Outcome::Error;
    result.message = message;
    result.traceback = traceback;
    if (isCancelled(takeError())) // the describing itself was interrupted
        result.outcome = job.timedOut ? Outcome::TimedOut : Outcome::Cancelled;
}

void PluginHost::stop(StopReason reason, const std::shared_ptr<JobState> &job)
{
    if (!m_instance)
        return;
    const QString reasonName = stopReasonName(reason);
    PyObject *called = nullptr;
    try {
        py::dict ctx = context(m_lastSettings, m_lastActions, job);
        ctx["reason"] = toPython(reasonName);
        const bool stopAction = m_stopAction || m_lastActions.contains(QLatin1String("stop"));
        if (beginJob(*job))
            called = PyObject_CallMethod(support().ptr(), "call_stop", "OOO", m_instance.ptr(),
                                         ctx.ptr(), stopAction ? Py_True : Py_False);
    } catch (py::error_already_set &e) {
        e.restore();
    }
    if (called) {
        if (PyUnicode_Check(called))
            logLine(QStringLiteral("debug"),
                    Text::tr("[Plugboard] Called %1 (reason: %2).",
                             "a line of the plugin's log; %1 is like stop(context), "
                             "%2 an identifier like reload")
                        .arg(toQString(called), reasonName));
        Py_DECREF(called);
        endJob();
        return;
    }
    JobResult failure;
    describeError(*job, "stop", failure);
    endJob();
    PyErr_Clear();
    const QString text =
        failure.outcome == JobResult::Outcome::Error
            ? Text::tr("[Plugboard] stop failed (reason: %1): %2",
                       "a line of the plugin's log; stop is the plugin's stop() method, %1 an "
                       "identifier like reload")
                  .arg(reasonName, failure.message)
            : Text::tr("[Plugboard] stop took too long and was interrupted (reason: %1).",
                       "a line of the plugin's log; stop is the plugin's stop() method, %1 an "
                       "identifier like reload")
                  .arg(reasonName);
    logLine(QStringLiteral("error"), text);
    if (!failure.traceback.isEmpty())
        logLine(QStringLiteral("error"), failure.traceback.trimmed());
    qCWarning(lcPython).noquote() << m_channel->key << text;
}

void PluginHost::unload()
{
    if (m_logger) {
        try {
            support().attr("drop_logger")(m_logger);
        } catch (py::error_already_set &) {
        }
    }
    if (m_module || m_instance) {
        try {
            support().attr("unload_modules")(toPython(m_channel->packageName),
                                             m_alias.isEmpty() ? py::none()
                                                               : py::object(toPython(m_alias)),
                                             toPython(m_folder), m_module);
        } catch (py::error_already_set &e) {
            qCWarning(lcPython) << "Removing the modules of" << m_channel->key
                                << "failed:" << e.what();
        }
        m_channel->unregisterPackage();
    }
    m_instance = py::object();
    m_module = py::object();
    m_logger = py::object();
    PyErr_Clear();
}

} // namespace plugboard::python
