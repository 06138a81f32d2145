// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostprotocol/hostframes.h"

#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>

class QSocketNotifier;

namespace plugboard {

class HostZygote;

// One plugin host process (plugboard-host) and the connection to it: a socket pair whose other
// end the host inherits as descriptor 3. The host is killed with Plugboard (parent-death signal)
// and leads a process group of its own, so kill() ends the plugin's children too. Whatever the
// host writes on stdout or stderr (print() of C code, a crash report) is kept as its last lines.
// A host is started from scratch (fork and exec) or, given a host zygote, forked from it: the
// same process either way, only much sooner. Everything arrives as signals on this object's
// thread; nothing here blocks.
class HostProcess : public QObject {
    Q_OBJECT

public:
    explicit HostProcess(QObject *parent = nullptr);
    ~HostProcess() override; // kills a host that still runs

    // Starts `program` (plugboard-host); false with error() when it cannot start. With
    // `memoryLimitBytes`, the host's address space is capped there (RLIMIT_AS): an allocation
    // beyond it fails inside the plugin (Python's MemoryError) instead of the machine swapping.
    // With a `zygote` that runs or is starting, the host is forked from it once it is ready;
    // when it cannot fork (it failed, or is gone), the host is started from scratch after all.
    bool start(const QString &program, qint64 memoryLimitBytes = 0, HostZygote *zygote = nullptr);
    // Changes the running host's cap (0: none). False when the process is gone.
    bool setMemoryLimit(qint64 bytes);
    // The host's resident memory now, in bytes (0 when it does not run).
    qint64 residentBytes() const;
    // From start() until the process ended (a forked host counts from its request on).
    bool isRunning() const;
    qint64 pid() const; // 0 until known (a forked host's arrives with the zygote's answer)
    bool isForked() const { return m_mode == Mode::Forked; }
    QString error() const { return m_error; }

    void send(const HostProtocol::Message &message);
    // SIGKILL to the host's process group.
    void kill();
    // Blocks until the process ended, at most `ms` (shutdown only); true when it did.
    bool waitForEnd(int ms);

    // The host's last lines of output, oldest first (at most 20).
    const QStringList &lastOutput() const { return m_output; }

    // "the plugin's process crashed (segmentation fault)", "… exited with code 3", …
    static QString endSentence(QProcess::ExitStatus status, int exitCode);
    // The JobResult::fault of such an end: "process_crashed" or "process_exited".
    static QString endFault(QProcess::ExitStatus status);

Q_SIGNALS:
    void message(const plugboard::HostProtocol::Message &message);
    // The host ended, or broke the protocol (then it is killed): a sentence saying which, and
    // the fault's name (HostProcess::endFault, "protocol_error", "process_failed_to_start").
    void ended(const QString &sentence, const QString &fault);
    // One line the host wrote on stdout or stderr (C code, the interpreter's own reports).
    void outputLine(const QString &line);

private:
    enum class Mode { None, Fresh, Forked };
    bool startFresh();
    bool forkFromZygote();
    void onZygoteReady();
    void onForked(quint64 token, qint64 pid, int error);
    void onExited(qint64 pid, int waitStatus);
    void onZygoteGone();
    void startFreshInstead();
    void closeChildSocket();
    void readForkedOutput();
    void onReadyRead();
    void onOutput();
    void appendOutput(const QByteArray &bytes);
    // The process ended: what it still said is read, then ended() goes out.
    void finish(QProcess::ExitStatus status, int exitCode);
    void endWith(const QString &sentence, const QString &fault);

    Mode m_mode = Mode::None;
    QString m_program;
    qint64 m_memoryLimit = 0;
    int m_childSocket = -1; // the host's end of the socket pair, until the host has it
    // A forked host: the zygote, the request, the process, its output pipe.
    QPointer<HostZygote> m_zygote;
    quint64 m_token = 0;
    bool m_forkRequested = false;
    qint64 m_forkedPid = 0;
    bool m_exited = false;
    bool m_killPending = false;
    int m_outputFd = -1;
    QSocketNotifier *m_outputNotifier = nullptr;

    QProcess m_process;
    QLocalSocket m_socket;
    HostProtocol::FrameReader m_reader;
    QStringList m_output;
    QByteArray m_partialLine;
    QString m_error;
    bool m_ended = false;
};

} // namespace plugboard
