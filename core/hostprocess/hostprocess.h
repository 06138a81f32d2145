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

    // Starts `program` (plugboard-host); false with error() when it cannot start.
    bool start(const QString &program);
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

Q_SIGNALS:
    void message(const plugboard::HostProtocol::Message &message);
    // The host ended, or broke the protocol (then it is killed): a sentence saying which.
    void ended(const QString &sentence);

private:
    void onReadyRead();
    void onOutput();
    void endWith(const QString &sentence);

    QProcess m_process;
    QLocalSocket m_socket;
    HostProtocol::FrameReader m_reader;
    QStringList m_output;
    QByteArray m_partialLine;
    QString m_error;
    bool m_ended = false;
};

} // namespace plugboard
