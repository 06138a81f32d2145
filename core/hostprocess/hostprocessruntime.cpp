// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprocess/hostprocessruntime.h"

#include "hostprocess/hostprocess.h"
#include "hostprocess/hostzygote.h"
#include "hostprotocol/hostmessages.h"
#include "jobs/job.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTimer>

#include <algorithm>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostProcessRuntime)
};
// Run ids sent to a host start here, far above the ids the host gives its own submit() jobs.
constexpr quint64 FirstHostRunId = quint64(1) << 40;

} // namespace

struct HostProcessRuntime::Host {
    QString key;
    std::unique_ptr<HostProcess> process;
    bool loaded = false;
    bool loading = true;
    bool ending = false;  // unloaded or killed on purpose: its end is no crash
    bool greeted = false; // said hello
    bool silent = false;  // killed for not saying hello in time
    struct Job {
        quint64 id = 0; // Plugboard's
        QString action;
        bool started = false;
        bool timedOut = false;
        qint64 queuedAtMs = 0; // when it was sent (or submitted), for a run cut short
        quint64 order = 0; // when it reached the host: a plugin's jobs run one at a time, in order
        std::unique_ptr<QTimer> grace;
    };
    std::map<quint64, Job> jobs;    // by Plugboard's id: queued and running
    QHash<quint64, quint64> toHost; // Plugboard's id -> the host's
    QHash<quint64, quint64> fromHost;
    quint64 nextHostId = FirstHostRunId;
    quint64 nextOrder = 1;
};

HostProcessRuntime::HostProcessRuntime(QString hostProgram, QObject *parent)
    : PluginRuntime(parent)
    , m_program(std::move(hostProgram))
{}

HostProcessRuntime::~HostProcessRuntime()
{
    for (const std::shared_ptr<Host> &host : m_hosts.values() + m_retiring) {
        host->ending = true;
        host->process->disconnect(this);
    }
}

void HostProcessRuntime::prestart()
{
    if (m_useZygote && !m_program.isEmpty() && !m_zygote) {
        m_zygote = std::make_unique<HostZygote>();
        m_zygote->startAgain(m_program);
    }
}

qint64 HostProcessRuntime::zygotePid() const
{
    return m_zygote && m_zygote->state() != HostZygote::State::NotRunning ? m_zygote->pid() : 0;
}

HostZygote *HostProcessRuntime::zygote()
{
    // Not prestarted: a command that loads a plugin or two and exits.
    return m_zygote && m_zygote->startAgain(m_program) ? m_zygote.get() : nullptr;
}

std::shared_ptr<HostProcessRuntime::Host> HostProcessRuntime::hostOf(quint64 jobId) const
{
    for (const std::shared_ptr<Host> &host : m_hosts.values() + m_retiring) {
        if (host->jobs.count(jobId))
            return host;
    }
    return nullptr;
}

qint64 HostProcessRuntime::hostPid(const QString &key) const
{
    const std::shared_ptr<Host> host = m_hosts.value(key);
    return host && host->process->isRunning() ? host->process->pid() : 0;
}

void HostProcessRuntime::setMemoryLimit(const QString &key, qint64 bytes)
{
    m_memoryLimits.insert(key, bytes);
    if (const std::shared_ptr<Host> host = m_hosts.value(key); host && host->process)
        host->process->setMemoryLimit(bytes);
}

QList<HostProcessRuntime::Process> HostProcessRuntime::processes() const
{
    QList<Process> list;
    for (const std::shared_ptr<Host> &host : m_hosts) {
        if (host->process && host->process->isRunning()) {
            list.append({host->key, host->process->pid(), host->process->residentBytes(),
                         m_memoryLimits.value(host->key)});
        }
    }
    std::sort(list.begin(), list.end(),
              [](const Process &a, const Process &b) { return a.key < b.key; });
    return list;
}

void HostProcessRuntime::explainMemory(JobResult &result, const QString &output) const
{
    // A run that raised MemoryError; a process that died of a failed allocation. A plugin's
    // own message that mentions memory is not taken for either.
    static const QStringList crashSigns = {QStringLiteral("MemoryError"),
                                           QStringLiteral("bad_alloc"),
                                           QStringLiteral("Cannot allocate memory")};
    const bool crashed = !result.fault.isEmpty();
    const bool memory =
        crashed ? std::any_of(crashSigns.cbegin(), crashSigns.cend(),
                              [&output](const QString &sign) { return output.contains(sign); })
                : result.traceback.contains(QLatin1String("MemoryError"));
    if (!memory)
        return;
    const qint64 limit = m_memoryLimits.value(result.key);
    result.fault = QStringLiteral("out_of_memory");
    result.outcome = JobResult::Outcome::Failed;
    if (crashed) {
        result.message =
            Text::tr("The plugin's process ran out of memory (its limit is %1 MiB) and "
                     "ended while running \"%2\".")
                .arg(limit / (1024 * 1024))
                .arg(result.action);
        return;
    }
    result.message =
        limit > 0
            ? Text::tr("\"%1\" ran out of memory: the plugin may use at most %2 MiB (its memory "
                       "limit). Nothing else was affected.")
                  .arg(result.action)
                  .arg(limit / (1024 * 1024))
            : Text::tr("\"%1\" ran out of memory.").arg(result.action);
}

bool HostProcessRuntime::isLoaded(const QString &key) const
{
    const std::shared_ptr<Host> host = m_hosts.value(key);
    return host && host->loaded;
}

void HostProcessRuntime::load(const LoadRequest &request)
{
    if (const std::shared_ptr<Host> old = m_hosts.take(request.key)) {
        // A fresh process: code changes and C extensions really reload. One being unloaded
        // finishes its stop() on the side; any other is ended.
        m_retiring.append(old);
        if (!old->ending)
            endHost(old);
        if (old->loaded || old->ending)
            Q_EMIT unloaded(request.key);
    }
    auto host = std::make_shared<Host>();
    host->key = request.key;
    host->process = std::make_unique<HostProcess>();
    std::weak_ptr<Host> weak = host;
    connect(host->process.get(), &HostProcess::message, this,
            [this, weak](const HostProtocol::Message &m) {
                if (std::shared_ptr<Host> h = weak.lock())
                    onMessage(h, m);
            });
    connect(host->process.get(), &HostProcess::ended, this,
            [this, weak](const QString &sentence, const QString &fault) {
                if (std::shared_ptr<Host> h = weak.lock())
                    onEnded(h, sentence, fault);
            });
    // What C code and the interpreter itself write goes to the plugin's log like print().
    const QString key = request.key;
    connect(host->process.get(), &HostProcess::outputLine, this, [this, key](const QString &line) {
        Q_EMIT logLine(key, QStringLiteral("info"), line);
    });
    if (!host->process->start(m_program, m_memoryLimits.value(request.key), zygote())) {
        LoadResult failed;
        failed.key = request.key;
        failed.error = host->process->error();
        QMetaObject::invokeMethod(
            this, [this, failed] { Q_EMIT loaded(failed); }, Qt::QueuedConnection);
        return;
    }
    m_hosts.insert(request.key, host);
    host->process->send({QStringLiteral("load"), 0, HostMessages::encode(request)});
    QTimer::singleShot(m_helloTimeoutMs, this, [weak] {
        if (std::shared_ptr<Host> h = weak.lock();
            h && !h->greeted && h->process && h->process->isRunning()) {
            h->silent = true;
            h->process->kill(); // onEnded fails the load with the reason
        }
    });
}

void HostProcessRuntime::unload(const QString &key, StopReason reason)
{
    const std::shared_ptr<Host> host = m_hosts.value(key);
    if (!host)
        return;
    host->ending = true;
    host->process->send({QStringLiteral("unload"),
                         0,
                         {{QStringLiteral("key"), key},
                          {QStringLiteral("reason"), HostMessages::stopReasonName(reason)}}});
    // The host's stop() gets its time (the in-process runtime's 5 s) and the grace; then the
    // process goes whatever it does.
    std::weak_ptr<Host> weak = host;
    QTimer::singleShot(5000 + m_graceMs, this, [weak] {
        if (std::shared_ptr<Host> h = weak.lock(); h && h->process->isRunning())
            h->process->kill();
    });
}

void HostProcessRuntime::failLater(const RunRequest &request, const QString &sentence)
{
    JobResult result;
    result.jobId = request.jobId;
    result.key = request.key;
    result.action = request.action;
    result.outcome = JobResult::Outcome::Failed;
    result.message = sentence;
    result.startedAtMs = result.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT jobFinished(result); }, Qt::QueuedConnection);
}

void HostProcessRuntime::run(const RunRequest &request)
{
    RunRequest r = request;
    if (r.jobId == 0)
        r.jobId = nextJobId();
    const std::shared_ptr<Host> host = m_hosts.value(r.key);
    if (!host || host->ending || (!host->loaded && !host->loading)) {
        failLater(r, Text::tr("The plugin \"%1\" is not loaded.").arg(r.key));
        return;
    }
    const quint64 hostId = host->nextHostId++;
    host->toHost.insert(r.jobId, hostId);
    host->fromHost.insert(hostId, r.jobId);
    Host::Job &job = host->jobs[r.jobId];
    job.id = r.jobId;
    job.action = r.action;
    job.order = host->nextOrder++;
    job.queuedAtMs = QDateTime::currentMSecsSinceEpoch();
    RunRequest sent = r;
    sent.jobId = hostId;
    host->process->send({QStringLiteral("run"), qint64(hostId), HostMessages::encode(sent)});
}

bool HostProcessRuntime::cancel(quint64 jobId, bool timedOut)
{
    const std::shared_ptr<Host> host = hostOf(jobId);
    if (!host)
        return false;
    Host::Job &job = host->jobs[jobId];
    job.timedOut = job.timedOut || timedOut;
    host->process->send({QStringLiteral("cancel"),
                         qint64(host->toHost.value(jobId)),
                         {{QStringLiteral("timed_out"), timedOut}}});
    if (job.grace)
        return true;
    // Python was asked; a run still going after the grace period ends with its process.
    job.grace = std::make_unique<QTimer>();
    job.grace->setSingleShot(true);
    std::weak_ptr<Host> weak = host;
    connect(job.grace.get(), &QTimer::timeout, this, [this, weak, jobId] {
        std::shared_ptr<Host> h = weak.lock();
        if (!h || !h->jobs.count(jobId))
            return;
        const Host::Job &stuck = h->jobs[jobId];
        JobResult result;
        result.jobId = jobId;
        result.key = h->key;
        result.action = stuck.action;
        result.outcome =
            stuck.timedOut ? JobResult::Outcome::TimedOut : JobResult::Outcome::Cancelled;
        result.fault = QStringLiteral("process_killed");
        result.message =
            Text::tr("\"%1\" did not stop within %2 s of being asked, so its process was ended.")
                .arg(stuck.action)
                .arg(m_graceMs / 1000.0);
        result.startedAtMs = stuck.queuedAtMs;
        result.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
        h->jobs[jobId].grace.release()->deleteLater(); // we are inside its signal
        h->jobs.erase(jobId);
        Q_EMIT jobFinished(result);
        // The plugin is gone now, not when the kill has been reaped: a run asked for next goes
        // to a fresh process. The old one's end fails what else it had queued (onEnded).
        const bool wasLoaded = h->loaded;
        h->ending = true;
        h->loaded = false;
        m_hosts.remove(h->key);
        m_retiring.append(h);
        h->process->kill();
        if (wasLoaded)
            Q_EMIT unloaded(h->key);
        Q_EMIT processEnded(h->key, Text::tr("the plugin's process was ended"),
                            QStringLiteral("process_killed"), QString());
    });
    job.grace->start(m_graceMs);
    return true;
}

void HostProcessRuntime::onMessage(const std::shared_ptr<Host> &host,
                                   const HostProtocol::Message &m)
{
    const quint64 jobId = host->fromHost.value(quint64(m.id));
    const QString &type = m.type;
    if (type == QLatin1String("hello")) {
        host->greeted = true;
        if (m.body.value(QStringLiteral("protocol")).toInteger() != HostProtocol::Version) {
            host->process->kill();
            onEnded(host, Text::tr("the plugin's process speaks another protocol version"),
                    QStringLiteral("protocol_error"));
        }
    } else if (type == QLatin1String("loaded")) {
        Result<LoadResult> result = HostMessages::loadResult(m.body);
        LoadResult r = result ? result.value() : LoadResult();
        if (!result)
            r.error = result.error().message;
        r.key = host->key; // never the host's word for which plugin it is
        host->loading = false;
        host->loaded = r.ok;
        Q_EMIT loaded(r);
        if (!r.ok)
            endHost(host);
    } else if (type == QLatin1String("submitted")) {
        const quint64 id = nextJobId();
        host->fromHost.insert(quint64(m.id), id);
        host->toHost.insert(id, quint64(m.id));
        Host::Job &job = host->jobs[id];
        job.id = id;
        job.action = m.body.value(QStringLiteral("action")).toString().left(200);
        job.order = host->nextOrder++;
        job.queuedAtMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT backgroundJobSubmitted(id, host->key, job.action);
    } else if (type == QLatin1String("started") && host->jobs.count(jobId)) {
        host->jobs[jobId].started = true;
        Q_EMIT jobStarted(jobId, host->key);
    } else if (type == QLatin1String("progress") && host->jobs.count(jobId)) {
        Q_EMIT jobProgress(jobId,
                           qBound(0.0, m.body.value(QStringLiteral("fraction")).toDouble(), 1.0),
                           m.body.value(QStringLiteral("message")).toString().left(1000));
    } else if (type == QLatin1String("finished") && host->jobs.count(jobId)) {
        // A quick run's "started" is not sent: its "finished" says it started.
        if (!std::exchange(host->jobs[jobId].started, true))
            Q_EMIT jobStarted(jobId, host->key);
        Result<JobResult> result = HostMessages::jobResult(m.body);
        JobResult r = result ? result.value() : JobResult();
        if (!result) {
            r.outcome = JobResult::Outcome::Failed;
            r.message = result.error().message;
        }
        r.jobId = jobId;
        r.key = host->key;
        r.action = host->jobs[jobId].action;
        if (r.outcome == JobResult::Outcome::Error || r.outcome == JobResult::Outcome::Failed)
            explainMemory(r, QString());
        host->jobs.erase(jobId);
        host->fromHost.remove(quint64(m.id));
        host->toHost.remove(jobId);
        Q_EMIT jobFinished(r);
    } else if (type == QLatin1String("log")) {
        Q_EMIT logLine(host->key, m.body.value(QStringLiteral("level")).toString().left(16),
                       m.body.value(QStringLiteral("text")).toString().left(64 * 1024));
    } else if (type == QLatin1String("notify")) {
        Q_EMIT notification(host->key, m.body.value(QStringLiteral("level")).toString().left(16),
                            m.body.value(QStringLiteral("title")).toString().left(1000),
                            m.body.value(QStringLiteral("message")).toString().left(10000));
    } else if (type == QLatin1String("unloaded")) {
        host->loaded = false;
        host->process->send(
            {QStringLiteral("shutdown"), 0, {{QStringLiteral("deadline_ms"), m_graceMs}}});
    }
}

void HostProcessRuntime::onEnded(const std::shared_ptr<Host> &host, const QString &sentence,
                                 const QString &endFault)
{
    if (!host->process)
        return; // already ended (a protocol error, then the kill's own end)
    const bool current = m_hosts.value(host->key) == host;
    const QStringList output = host->process->lastOutput();
    const QString tail = output.isEmpty()
                             ? QString()
                             : QStringLiteral("\n") +
                                   output.mid(qMax(0, output.size() - 10)).join(QLatin1Char('\n'));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Ended on purpose (a run that would not stop, an unload): no crash to report.
    const QString said = host->silent ? Text::tr("the plugin's process did not answer within %1 s")
                                            .arg(m_helloTimeoutMs / 1000.0)
                                      : sentence;
    const QString why = host->ending ? Text::tr("the plugin's process was ended") : said;
    const QString fault = host->ending   ? QStringLiteral("process_killed")
                          : host->silent ? QStringLiteral("process_unresponsive")
                                         : endFault;
    // The first job still there was running (its "started" may not have got out before the
    // crash); the others were waiting behind it.
    quint64 running = 0;
    for (const auto &[id, job] : host->jobs) {
        if (running == 0 || job.order < host->jobs.at(running).order)
            running = id;
    }
    for (auto &[id, job] : host->jobs) {
        JobResult r;
        r.jobId = id;
        r.key = host->key;
        r.action = job.action;
        r.outcome = JobResult::Outcome::Failed;
        r.message = job.started || id == running
                        ? Text::tr("%1 while running \"%2\".").arg(why, job.action)
                        : Text::tr("%1 before \"%2\" started.").arg(why, job.action);
        r.message[0] = r.message[0].toUpper();
        r.traceback = tail.trimmed();
        r.fault = fault;
        r.startedAtMs = job.queuedAtMs;
        r.finishedAtMs = now;
        if (!host->ending)
            explainMemory(r, tail);
        Q_EMIT jobFinished(r);
    }
    host->jobs.clear();
    if (!current) { // an older process of a reloaded plugin: its end is no news
        m_retiring.removeAll(host);
        host->process.release()->deleteLater();
        return;
    }
    if (host->loading) {
        LoadResult r;
        r.key = host->key;
        // Ended on purpose while it loaded (shutdown, a newer load): no fault of the plugin.
        r.error = host->ending && !host->silent
                      ? Text::tr("the plugin was stopped before its code finished loading.")
                      : said + QLatin1Char('.');
        r.error[0] = r.error[0].toUpper();
        r.traceback = tail.trimmed();
        Q_EMIT loaded(r);
    }
    const bool wasLoaded = host->loaded || host->ending;
    const bool unasked = !host->ending && !host->loading;
    m_hosts.remove(host->key);
    host->process.release()->deleteLater(); // we are inside its signal
    if (wasLoaded)
        Q_EMIT unloaded(host->key);
    if (unasked)
        Q_EMIT processEnded(host->key, said, fault, tail.trimmed());
}

void HostProcessRuntime::endHost(const std::shared_ptr<Host> &host)
{
    host->ending = true;
    host->loaded = false;
    host->process->kill();
}

void HostProcessRuntime::shutdown(int deadlineMs)
{
    const QDeadlineTimer deadline(deadlineMs);
    const QList<std::shared_ptr<Host>> hosts = m_hosts.values() + m_retiring;
    for (const std::shared_ptr<Host> &host : hosts) {
        host->ending = true;
        host->process->send(
            {QStringLiteral("shutdown"), 0, {{QStringLiteral("deadline_ms"), deadlineMs}}});
    }
    for (const std::shared_ptr<Host> &host : hosts) {
        HostProcess *process = host->process.get();
        if (!process)
            continue;
        if (!process->waitForEnd(int(deadline.remainingTime())))
            process->kill();
    }
    for (const std::shared_ptr<Host> &host : hosts) {
        if (m_hosts.value(host->key) == host) {
            m_hosts.remove(host->key);
            Q_EMIT unloaded(host->key);
        }
    }
}

} // namespace plugboard
