// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostprotocol/hostframes.h"
#include "runner/pluginruntime.h"

#include <QHash>
#include <QPointer>

#include <memory>

namespace plugboard {

class HostProcess;
class HostZygote;

// PluginRuntime with each loaded plugin in a plugboard-host process of its own: the same seam as
// the in-process runtime, so callers do not change. A host is started on load() and ended by
// unload(). What a host can do to itself stays there:
// - it crashes, aborts, exits or breaks the protocol: its queued and running jobs fail with a
//   sentence that names what happened and the action ("the plugin's process crashed
//   (segmentation fault) while running "Import""), followed by its last output, and the plugin
//   is unloaded (unloaded() is emitted);
// - cancel() and timeouts ask Python first; a run that has not ended after the grace period
//   (2 s) is ended by killing the host, and the job finishes Cancelled/TimedOut at once. The
//   plugin is then unloaded; the next load() starts a fresh process.
class HostProcessRuntime : public PluginRuntime {
    Q_OBJECT

public:
    // `hostProgram`: the plugboard-host executable.
    explicit HostProcessRuntime(QString hostProgram, QObject *parent = nullptr);
    ~HostProcessRuntime() override;

    void load(const LoadRequest &request) override;
    void unload(const QString &key, StopReason reason) override;
    bool isLoaded(const QString &key) const override;
    void run(const RunRequest &request) override;
    bool cancel(quint64 jobId, bool timedOut = false) override;
    void shutdown(int deadlineMs) override;

    // Hosts forked from one pre-started host zygote (~25 ms each) instead of started from
    // scratch (~85 ms, ~70 ms of it CPU). Off by default; the products turn it on.
    void setUseZygote(bool use) { m_useZygote = use; }
    // Starts the zygote (with setUseZygote(true)): the loads from then on fork their hosts
    // from it, the first ones waiting for it to get ready. A long-lived process calls it (the
    // window and the server, as they load the enabled plugins); a command that loads one
    // plugin and exits does not, as the zygote's own start would cost more than it saves.
    // A zygote that ends is started again by the next load, unless it failed twice in a row.
    void prestart();
    // The zygote's process (0 when none runs): the benchmarks count its memory too.
    qint64 zygotePid() const;

    void setCancelGrace(int ms) { m_graceMs = ms; }
    // A started process must say hello within this time (10 s), else it is killed and its
    // load fails ("did not answer"): a host that hangs before it speaks blocks nothing.
    void setHelloTimeout(int ms) { m_helloTimeoutMs = ms; }
    // The host process of a loaded plugin (0 when none runs).
    qint64 hostPid(const QString &key) const;

    // The address space the plugin's process may use (0: no cap). Applies at once to a
    // running process and to every later start. A run that goes over it fails with a
    // sentence that says memory (JobResult::fault "out_of_memory").
    void setMemoryLimit(const QString &key, qint64 bytes);

    // The plugin processes running now (About ▸ Processes, the benchmarks).
    struct Process {
        QString key;
        qint64 pid = 0;
        qint64 residentBytes = 0;
        qint64 memoryLimitBytes = 0; // 0: none
    };
    QList<Process> processes() const;

private:
    struct Host;
    std::shared_ptr<Host> hostOf(quint64 jobId) const;
    void onMessage(const std::shared_ptr<Host> &host, const HostProtocol::Message &message);
    void onEnded(const std::shared_ptr<Host> &host, const QString &sentence,
                 const QString &endFault);
    void endHost(const std::shared_ptr<Host> &host);
    void failLater(const RunRequest &request, const QString &sentence);
    // A run that failed for memory says so in words, with the limit.
    void explainMemory(JobResult &result, const QString &output) const;

    // The zygote for the next load (started again when it ended); nullptr when not used.
    HostZygote *zygote();

    // First, so it is destroyed last: the hosts it forked end before it does.
    std::unique_ptr<HostZygote> m_zygote;
    bool m_useZygote = false;
    QString m_program;
    QHash<QString, std::shared_ptr<Host>> m_hosts;
    QList<std::shared_ptr<Host>> m_retiring; // replaced by a new load, still ending
    QHash<QString, qint64> m_memoryLimits;
    quint64 m_nextJobId = 1;
    int m_graceMs = 2000;
    int m_helloTimeoutMs = 10000;
};

} // namespace plugboard
