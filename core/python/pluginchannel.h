// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <QString>
#include <QStringView>
#include <functional>
#include <vector>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace plugboard {
class EmbeddedPythonRuntime;
}

namespace plugboard::python {

class PluginWorker;

// The internal Python package name of a plugin: "_plugboard_plugin_" + the key escaped so that
// two keys never share a package ("a-b" → a_002db, "a_b" → a__b).
QString packageNameFor(const QString &key);

// One running job as seen from any thread: the runtime (cancel), the worker (runs it) and plugin
// code (plugboard.progress/cancelled, context["job"]).
struct JobState {
    JobState(quint64 id, QString key, QString action)
        : id(id)
        , key(std::move(key))
        , action(std::move(action))
    {}
    const quint64 id;
    const QString key;
    const QString action;
    std::atomic<bool> cancelRequested{false};
    std::atomic<bool> timedOut{false};

    // Progress is coalesced: plugin code may report a million times, the GUI hears the latest.
    QMutex progressMutex;
    double fraction = 0;
    QString message;
    bool progressPosted = false;
};

// The thread-safe link between one loaded plugin (its worker thread and any thread its code
// starts) and the runtime on the main thread. Everything the plugin says travels through it as
// queued calls; it never blocks on the main thread. A new channel is made for every load.
class PluginChannel : public std::enable_shared_from_this<PluginChannel> {
public:
    PluginChannel(QString key, QString packageName, QString dataDir,
                  EmbeddedPythonRuntime *runtime);
    ~PluginChannel();

    const QString key;
    const QString packageName; // "_plugboard_plugin_<safe>"
    const QString dataDir;

    // Runs fn on the runtime's thread, later; dropped once the runtime is gone.
    void post(std::function<void(EmbeddedPythonRuntime &)> fn);
    void detachRuntime();

    // Log records and print() output. Budgeted per time window so a flood cannot take the
    // app down; the cut is announced once per window.
    void log(const QString &level, const QString &text);
    void writeOutput(bool isStderr, QStringView text);
    void flushOutput();
    // How many more characters the log accepts now (print() of huge strings converts only these).
    qsizetype logRoom() const;

    void progress(const std::shared_ptr<JobState> &job, double fraction, const QString &message);
    void notify(const QString &level, const QString &title, const QString &message);

    std::shared_ptr<JobState> currentJob() const;
    void setCurrentJob(std::shared_ptr<JobState> job);

    // Cancellation link, written by the worker with the GIL held and read by the canceller
    // with the GIL held. runningJobId is the job whose Python code may be interrupted now.
    std::atomic<quint64> runningJobId{0};
    std::atomic<unsigned long> pythonThreadId{0};
    std::atomic<void *> threadState{nullptr}; // PyThreadState *

    PluginWorker *worker = nullptr; // set before the worker starts; outlives the channel's use

    // The channel of the plugin whose worker this thread is (null on other threads).
    static PluginChannel *forCurrentThread();
    static void setForCurrentThread(PluginChannel *channel);
    // Channel by Python package name (for output from threads a plugin started itself).
    static std::shared_ptr<PluginChannel> forPackage(const QString &packageName);
    void registerPackage();
    void unregisterPackage();

    static constexpr qsizetype MaxLineChars = 16 * 1024;
    static constexpr qsizetype WindowChars = 256 * 1024;
    static constexpr qint64 WindowMs = 2000;

private:
    struct Line {
        QString level;
        QString text;
    };
    bool admit(qsizetype chars);                         // logMutex held
    void appendLine(const QString &level, QString text); // logMutex held
    void flushPartial(int stream);                       // logMutex held
    void deliverLines();

    void deliverCalls();

    mutable QMutex m_runtimeMutex;
    EmbeddedPythonRuntime *m_runtime = nullptr;
    // Calls posted while an earlier delivery is still queued ride along with it: a busy app
    // gets one event (and one wake-up) for a job's start and end, not one each.
    std::vector<std::function<void(EmbeddedPythonRuntime &)>> m_calls;

    mutable QMutex m_logMutex;
    std::vector<Line> m_pending;
    bool m_linesPosted = false;
    QString m_partial[2];
    qint64 m_windowStart = 0;
    qsizetype m_windowUsed = 0;
    bool m_cutAnnounced = false;

    mutable QMutex m_jobMutex;
    std::shared_ptr<JobState> m_currentJob;
};

} // namespace plugboard::python
