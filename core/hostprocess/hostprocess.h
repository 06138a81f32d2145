#pragma once

#include "hostprotocol/hostframes.h"

#include <QLocalSocket>
#include <QObject>
#include <QProcess>
#include <QStringList>

namespace plugboard {

// One plugin host process (plugboard-host) and the connection to it: a socket pair whose other
// end the host inherits as descriptor 3. The host is killed with Plugboard (parent-death signal)
// and leads a process group of its own, so kill() ends the plugin's children too. Whatever the
// host writes on stdout or stderr (print() of C code, a crash report) is kept as its last lines.
// Everything arrives as signals on this object's thread; nothing here blocks.
class HostProcess : public QObject {
    Q_OBJECT

public:
    explicit HostProcess(QObject *parent = nullptr);
    ~HostProcess() override; // kills a host that still runs

    // Starts `program` (plugboard-host); false with error() when it cannot start. With
    // `memoryLimitBytes`, the host's address space is capped there (RLIMIT_AS): an allocation
    // beyond it fails inside the plugin (Python's MemoryError) instead of the machine swapping.
    bool start(const QString &program, qint64 memoryLimitBytes = 0);
    // Changes the running host's cap (0: none). False when the process is gone.
    bool setMemoryLimit(qint64 bytes);
    // The host's resident memory now, in bytes (0 when it does not run).
    qint64 residentBytes() const;
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
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
    void onReadyRead();
    void onOutput();
    void endWith(const QString &sentence, const QString &fault);

    QProcess m_process;
    QLocalSocket m_socket;
    HostProtocol::FrameReader m_reader;
    QStringList m_output;
    QByteArray m_partialLine;
    QString m_error;
    bool m_ended = false;
};

} // namespace plugboard
