#pragma once

#include "common/result.h"
#include "runner/pluginruntime.h"
#include "store/pluginlogstore.h"
#include "store/runjournal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace plugboard {

class ActivityRecorder;

// A job as the UI, the CLI and the REST API see it while it is queued or running.
struct JobInfo {
    enum class State { Queued, Running };
    quint64 id = 0;
    QString key;
    QString action;
    State state = State::Queued;
    double progress = -1; // 0..1, or -1 when the plugin reports none
    QString progressMessage;
    bool cancelling = false; // cancel requested; a plugin blocked in a C call ends when it returns
    qint64 queuedAtMs = 0;
    qint64 startedAtMs = 0;
};

// How a finished job is recorded in the run journal (the result as compact JSON, capped).
JournalEntry journalEntryFor(const JobResult &result);

// Drives a PluginRuntime for PluginManager: which plugins are loaded or loading, the jobs in
// flight, timeouts, the in-memory log of each plugin, and recording of finished runs and log
// lines (write-behind, see ActivityRecorder). Lives on the main thread; never waits on a plugin.
class PluginRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int LogLinesKept = 500;

    PluginRunner(std::unique_ptr<PluginRuntime> runtime, const QString &databasePath,
                 QObject *parent = nullptr);
    ~PluginRunner() override;

    void load(const LoadRequest &request);
    void unload(const QString &key, StopReason reason);
    bool isLoaded(const QString &key) const { return m_loaded.contains(key); }
    bool isLoading(const QString &key) const { return m_loading.contains(key); }
    // The last load result of a plugin (ok or not); nullptr when never loaded in this process.
    const LoadResult *loadResult(const QString &key) const;

    // Queues a run; timeoutMs 0 means none. Returns the job id at once.
    quint64 run(RunRequest request, int timeoutMs);
    bool cancel(quint64 jobId);
    QList<JobInfo> jobs() const;
    std::optional<JobInfo> job(quint64 jobId) const;

    QList<LogLine> logLines(const QString &key) const;
    void forget(const QString &key); // drops the in-memory log and load result

    void shutdown(int deadlineMs);
    // Writes pending runs and log lines now (the CLI calls it before exiting).
    void flushRecords();

Q_SIGNALS:
    void loaded(const plugboard::LoadResult &result);
    void unloaded(const QString &key);
    void jobQueued(const plugboard::JobInfo &job);
    void jobStarted(const plugboard::JobInfo &job);
    void jobProgress(const plugboard::JobInfo &job);
    void jobFinished(const plugboard::JobResult &result);
    void logLine(const plugboard::LogLine &line);
    void notification(const QString &key, const QString &level, const QString &title,
                      const QString &message);

private:
    void onLoaded(const LoadResult &result);
    void onJobStarted(quint64 jobId, const QString &key);
    void onJobProgress(quint64 jobId, double fraction, const QString &message);
    void onJobFinished(const JobResult &result);
    void onLogLine(const QString &key, const QString &level, const QString &text);

    std::unique_ptr<PluginRuntime> m_runtime;
    std::unique_ptr<ActivityRecorder> m_recorder;
    QSet<QString> m_loaded;
    QSet<QString> m_loading;
    QHash<QString, LoadResult> m_loadResults;
    QHash<quint64, JobInfo> m_jobs;
    QHash<quint64, QTimer *> m_timeouts;
    QHash<QString, QList<LogLine>> m_logs;
};

} // namespace plugboard
