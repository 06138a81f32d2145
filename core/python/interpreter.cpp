// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/hostmodule.h" // pybind11 before Qt: object.h has a member named `slots`

#include <pybind11/embed.h>

#include "python/canceller.h"
#include "python/interpreter.h"
#include "python/pyconvert.h"
#include "python/pythonlog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <unistd.h>

#ifndef PLUGBOARD_PYTHON_HOME
#error "core/CMakeLists.txt must define PLUGBOARD_PYTHON_HOME"
#endif
#ifndef PLUGBOARD_PYTHON_EXECUTABLE
#error "core/CMakeLists.txt must define PLUGBOARD_PYTHON_EXECUTABLE"
#endif

Q_LOGGING_CATEGORY(lcPython, "plugboard.core.python")

namespace py = pybind11;

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Python)
};

enum State { NotStarted, Running, Failed, Finalized, LeftRunning };

std::atomic<int> g_state{NotStarted};
std::atomic<int> g_attached{0};
QString g_error;
double g_startMs = 0;
int g_finalizeDeadlineMs = 3000;
PyThreadState *g_mainState = nullptr;

QString statusText(const PyStatus &status)
{
    QString text = status.err_msg ? QString::fromUtf8(status.err_msg)
                                  : Text::tr("unknown error", "why Python could not start");
    if (status.func)
        text = QString::fromUtf8(status.func) + QStringLiteral(": ") + text;
    return text;
}

bool configure(PyConfig &config, QString &error)
{
    PyConfig_InitIsolatedConfig(&config); // ignores PYTHON* variables and the user site
    config.install_signal_handlers = 0;   // Ctrl+C and SIGTERM stay Qt's
    config.write_bytecode = 0;            // no __pycache__ in plugin folders
    config.safe_path = 1;                 // the current directory is never on sys.path
    config.parse_argv = 0;
    config.user_site_directory = 0;
    config.configure_c_stdio = 0;
    const std::wstring home = Interpreter::home().toStdWString();
    const std::wstring program = Interpreter::executable().toStdWString();
    wchar_t argv0[] = L"plugboard";
    wchar_t *argv[] = {argv0};
    for (PyStatus status : {PyConfig_SetString(&config, &config.home, home.c_str()),
                            PyConfig_SetString(&config, &config.program_name, program.c_str()),
                            PyConfig_SetArgv(&config, 1, argv)}) {
        if (PyStatus_Exception(status)) {
            error = statusText(status);
            return false;
        }
    }
    return true;
}

void finalizeAtExit()
{
    Interpreter::finalize(g_finalizeDeadlineMs);
}

} // namespace

QString Interpreter::home()
{
    return QStringLiteral(PLUGBOARD_PYTHON_HOME);
}

QString Interpreter::executable()
{
    return QStringLiteral(PLUGBOARD_PYTHON_EXECUTABLE);
}

bool Interpreter::isStarted()
{
    return g_state.load() == Running;
}

bool Interpreter::isFinalized()
{
    return g_state.load() == Finalized;
}

double Interpreter::startMs()
{
    return g_startMs;
}

void Interpreter::setFinalizeDeadline(int deadlineMs)
{
    g_finalizeDeadlineMs = deadlineMs;
}

void Interpreter::attachThread()
{
    ++g_attached;
}

void Interpreter::detachThread()
{
    --g_attached;
}

bool Interpreter::ensureStarted(QString *error)
{
    const int state = g_state.load();
    if (state == Running)
        return true;
    if (state != NotStarted) {
        if (error)
            *error = state == Failed ? g_error : Text::tr("Python was shut down in this process.");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    hostModuleAnchor();

    PyConfig config;
    QString problem;
    if (!configure(config, problem)) {
        PyConfig_Clear(&config);
        g_error = Text::tr("Python could not be configured: %1").arg(problem);
        g_state = Failed;
        if (error)
            *error = g_error;
        return false;
    }
    const PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        g_error = Text::tr("Python could not start (home %1): %2", "%1 is a folder")
                      .arg(home(), statusText(status));
        g_state = Failed;
        if (error)
            *error = g_error;
        qCCritical(lcPython).noquote() << g_error;
        return false;
    }
    try {
        setUpHost();
    } catch (py::error_already_set &e) {
        g_error = Text::tr("Python started but Plugboard's host module failed: %1")
                      .arg(QString::fromUtf8(e.what()));
        g_state = Failed;
        g_mainState = PyEval_SaveThread();
        if (error)
            *error = g_error;
        qCCritical(lcPython).noquote() << g_error;
        return false;
    }
    g_mainState = PyEval_SaveThread(); // the main thread never holds the GIL again
    g_startMs = timer.nsecsElapsed() / 1e6;
    g_state = Running;
    if (QCoreApplication::instance())
        qAddPostRoutine(finalizeAtExit);
    qCInfo(lcPython).noquote()
        << QStringLiteral("Python %1 started in %2 ms (home %3)")
               .arg(QString::fromUtf8(Py_GetVersion()).section(QLatin1Char(' '), 0, 0))
               .arg(g_startMs, 0, 'f', 1)
               .arg(home());
    return true;
}

void Interpreter::prepareForForks(const char *const *modules, int count)
{
    if (g_state.load() != Running)
        return;
    PyEval_RestoreThread(g_mainState);
    for (int i = 0; i < count; ++i) {
        PyObject *module = PyImport_ImportModule(modules[i]);
        if (!module)
            PyErr_Clear(); // the plugin that needs it will say so when it imports it
        Py_XDECREF(module);
    }
    if (PyRun_SimpleString("import gc\ngc.collect()\ngc.freeze()\n") != 0)
        PyErr_Clear();
    g_mainState = PyEval_SaveThread();
}

long long Interpreter::forkProcess()
{
    if (g_state.load() != Running)
        return ::fork();
    PyEval_RestoreThread(g_mainState);
    PyOS_BeforeFork();
    const pid_t pid = ::fork();
    const int error = errno;
    if (pid == 0)
        PyOS_AfterFork_Child();
    else
        PyOS_AfterFork_Parent();
    g_mainState = PyEval_SaveThread();
    errno = error;
    return pid;
}

bool Interpreter::finalize(int deadlineMs)
{
    if (g_state.load() != Running)
        return g_state.load() == Finalized;
    QDeadlineTimer deadline(deadlineMs);
    QElapsedTimer timer;
    timer.start();
    if (!Canceller::stop(deadline)) {
        qCWarning(lcPython) << "Python was not finalised: the canceller thread did not end";
        g_state = LeftRunning;
        return false;
    }
    while (g_attached.load() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
    if (g_attached.load() > 0) {
        qCWarning(lcPython).noquote()
            << QStringLiteral("Python was not finalised: %1 plugin worker thread(s) are still "
                              "running plugin code.")
                   .arg(g_attached.load());
        g_state = LeftRunning;
        return false;
    }
    PyEval_RestoreThread(g_mainState);
    for (;;) {
        QStringList names;
        try {
            for (py::handle name : support().attr("live_threads")())
                names.append(toQString(name.ptr()));
        } catch (py::error_already_set &) {
            PyErr_Clear();
        }
        if (names.isEmpty())
            break;
        if (deadline.hasExpired()) {
            // Py_Finalize would join these threads and never return.
            tearDownHost(false);
            g_mainState = PyEval_SaveThread();
            g_state = LeftRunning;
            qCWarning(lcPython).noquote()
                << QStringLiteral("Python was not finalised: plugin thread(s) %1 were still "
                                  "running after %2 ms.")
                       .arg(names.join(QStringLiteral(", ")))
                       .arg(deadlineMs);
            return false;
        }
        Py_BEGIN_ALLOW_THREADS QThread::msleep(10);
        Py_END_ALLOW_THREADS
    }
    tearDownHost(true);
    py::finalize_interpreter();
    g_mainState = nullptr;
    g_state = Finalized;
    qCInfo(lcPython).noquote()
        << QStringLiteral("Python finalised in %1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    return true;
}

} // namespace plugboard::python
