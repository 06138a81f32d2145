#include "runner/pluginrunner.h"

#include "runner/activityrecorder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRunner, "plugboard.core.runner", QtInfoMsg)
// Plugin log records and print() output in the app log, e.g. "plugboard.plugin: [key] text".
Q_LOGGING_CATEGORY(lcPluginLog, "plugboard.plugin", QtInfoMsg)

namespace plugboard {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

JournalEntry journalEntryFor(const JobResult &result)
{
    JournalEntry entry;
    entry.jobId = result.jobId;
    entry.key = result.key;
    entry.action = result.action;
    entry.startedAtMs = result.startedAtMs;
    entry.finishedAtMs = result.finishedAtMs;
    entry.outcome = outcomeName(result.outcome);
    entry.message = result.message;
    if (!result.result.isEmpty()) {
        entry.result = QString::fromUtf8(QJsonDocument(result.result)
                                             .toJson(QJsonDocument::Compact)
                                             .left(RunJournal::MaxResultBytes));
    }
    return entry;
}

PluginRunner::PluginRunner(std::unique_ptr<PluginRuntime> runtime, const QString &databasePath,
                           QObject *parent)
    : QObject(parent)
    , m_runtime(std::move(runtime))
    , m_recorder(std::make_unique<ActivityRecorder>(databasePath))
{
    PluginRuntime *rt = m_runtime.get();
    connect(rt, &PluginRuntime::loaded, this, &PluginRunner::onLoaded);
    connect(rt, &PluginRuntime::unloaded, this, [this](const QString &key) {
        m_loaded.remove(key);
        Q_EMIT unloaded(key);
    });
    connect(rt, &PluginRuntime::backgroundJobSubmitted, this,
            [this](quint64 jobId, const QString &key, const QString &action) {
                JobInfo job;
                job.id = jobId;
                job.key = key;
                job.action = action;
                job.queuedAtMs = nowMs();
                m_jobs.insert(jobId, job);
                Q_EMIT jobQueued(job);
            });
    connect(rt, &PluginRuntime::jobStarted, this, &PluginRunner::onJobStarted);
    connect(rt, &PluginRuntime::jobProgress, this, &PluginRunner::onJobProgress);
    connect(rt, &PluginRuntime::jobFinished, this, &PluginRunner::onJobFinished);
    connect(rt, &PluginRuntime::logLine, this, &PluginRunner::onLogLine);
    connect(rt, &PluginRuntime::notification, this, &PluginRunner::notification);
}

PluginRunner::~PluginRunner()
{
    qDeleteAll(m_timeouts);
    m_timeouts.clear();
}

void PluginRunner::load(const LoadRequest &request)
{
    m_loading.insert(request.key);
    m_runtime->load(request);
}

void PluginRunner::unload(const QString &key, StopReason reason)
{
    m_loading.remove(key);
    m_loadResults.remove(key);
    if (m_loaded.remove(key) || m_runtime->isLoaded(key))
        m_runtime->unload(key, reason);
}

const LoadResult *PluginRunner::loadResult(const QString &key) const
{
    const auto it = m_loadResults.constFind(key);
    return it == m_loadResults.cend() ? nullptr : &*it;
}

void PluginRunner::onLoaded(const LoadResult &result)
{
    m_loading.remove(result.key);
    m_loadResults.insert(result.key, result);
    if (result.ok)
        m_loaded.insert(result.key);
    else
        m_loaded.remove(result.key);
    Q_EMIT loaded(result);
}

quint64 PluginRunner::run(RunRequest request, int timeoutMs)
{
    if (request.jobId == 0)
        request.jobId = nextJobId();
    JobInfo job;
    job.id = request.jobId;
    job.key = request.key;
    job.action = request.action;
    job.queuedAtMs = nowMs();
    m_jobs.insert(job.id, job);
    if (timeoutMs > 0) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        const quint64 id = job.id;
        connect(timer, &QTimer::timeout, this, [this, id] {
            qCInfo(lcRunner) << "job" << id << "timed out; cancelling";
            if (auto it = m_jobs.find(id); it != m_jobs.end())
                it->cancelling = true;
            m_runtime->cancel(id, /*timedOut=*/true);
        });
        m_timeouts.insert(job.id, timer);
        // The clock starts when the job is queued: a user waits from the click on.
        timer->start(timeoutMs);
    }
    Q_EMIT jobQueued(job);
    m_runtime->run(request);
    return job.id;
}

bool PluginRunner::cancel(quint64 jobId)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return false;
    it->cancelling = true;
    Q_EMIT jobProgress(*it);
    return m_runtime->cancel(jobId, false);
}

QList<JobInfo> PluginRunner::jobs() const
{
    QList<JobInfo> list = m_jobs.values();
    std::sort(list.begin(), list.end(),
              [](const JobInfo &a, const JobInfo &b) { return a.id < b.id; });
    return list;
}

std::optional<JobInfo> PluginRunner::job(quint64 jobId) const
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.cend())
        return std::nullopt;
    return *it;
}

void PluginRunner::onJobStarted(quint64 jobId, const QString &key)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end()) {
        // A job the plugin started itself (plugboard.submit).
        JobInfo job;
        job.id = jobId;
        job.key = key;
        job.action = QStringLiteral("submit");
        job.queuedAtMs = nowMs();
        it = m_jobs.insert(jobId, job);
    }
    it->state = JobInfo::State::Running;
    it->startedAtMs = nowMs();
    Q_EMIT jobStarted(*it);
}

void PluginRunner::onJobProgress(quint64 jobId, double fraction, const QString &message)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    it->progress = fraction;
    it->progressMessage = message;
    Q_EMIT jobProgress(*it);
}

void PluginRunner::onJobFinished(const JobResult &result)
{
    m_jobs.remove(result.jobId);
    if (QTimer *timer = m_timeouts.take(result.jobId))
        timer->deleteLater();
    m_recorder->recordRun(result);
    Q_EMIT jobFinished(result);
}

void PluginRunner::onLogLine(const QString &key, const QString &level, const QString &text)
{
    const LogLine line{key, nowMs(), level, text};
    if (level == QLatin1String("error"))
        qCWarning(lcPluginLog).noquote() << QStringLiteral("[%1] error: %2").arg(key, text);
    else if (level == QLatin1String("warning"))
        qCWarning(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    else if (level == QLatin1String("debug"))
        qCDebug(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    else
        qCInfo(lcPluginLog).noquote() << QStringLiteral("[%1] %2").arg(key, text);
    QList<LogLine> &lines = m_logs[key];
    lines.append(line);
    if (lines.size() > LogLinesKept)
        lines.remove(0, lines.size() - LogLinesKept);
    m_recorder->recordLog(line);
    Q_EMIT logLine(line);
}

QList<LogLine> PluginRunner::logLines(const QString &key) const
{
    return m_logs.value(key);
}

void PluginRunner::forget(const QString &key)
{
    m_logs.remove(key);
    m_loadResults.remove(key);
}

void PluginRunner::shutdown(int deadlineMs)
{
    m_runtime->shutdown(deadlineMs);
    m_loaded.clear();
    m_loading.clear();
    flushRecords();
}

void PluginRunner::flushRecords()
{
    m_recorder->flushAndWait();
}

} // namespace plugboard
