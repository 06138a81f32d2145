#include "hostprocess/hostprocess.h"

#include "common/translation.h"

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace plugboard {

namespace {

constexpr TranslationContext tr{"HostProcess"};
constexpr int HostFd = 3;
constexpr int KeptLines = 20;

QString signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return tr("segmentation fault");
    case SIGABRT:
        return tr("aborted");
    case SIGKILL:
        return tr("killed");
    case SIGBUS:
        return tr("bus error");
    case SIGFPE:
        return tr("arithmetic error");
    case SIGILL:
        return tr("illegal instruction");
    case SIGTERM:
        return tr("terminated");
    default:
        return tr("signal %1").arg(signal);
    }
}

} // namespace

HostProcess::HostProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HostProcess::onOutput);
    connect(&m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onOutput();
                // What it said before it went: the socket holds it until end of file.
                while (m_socket.waitForReadyRead(10)) {
                }
                onReadyRead();
                endWith(endSentence(status, exitCode));
            });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            endWith(tr("the plugin's process could not start: %1").arg(m_process.errorString()));
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &HostProcess::onReadyRead);
}

HostProcess::~HostProcess()
{
    if (isRunning()) {
        kill();
        m_process.waitForFinished(2000);
    }
}

QString HostProcess::endSentence(QProcess::ExitStatus status, int exitCode)
{
    if (status == QProcess::CrashExit)
        return tr("the plugin's process crashed (%1)").arg(signalName(exitCode));
    return exitCode == 0 ? tr("the plugin's process ended")
                         : tr("the plugin's process exited with code %1").arg(exitCode);
}

bool HostProcess::start(const QString &program)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        m_error = tr("could not make a socket for the plugin's process: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const int childEnd = fds[1];
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--fd"), QString::number(HostFd)});
    // In the child, between fork and exec: its end of the socket as descriptor 3 (dup2 clears
    // close-on-exec), death with Plugboard, and a process group of its own.
    m_process.setChildProcessModifier([childEnd] {
        ::dup2(childEnd, HostFd);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::setpgid(0, 0);
    });
    m_process.start();
    ::close(childEnd);
    if (!m_process.waitForStarted(5000)) {
        ::close(fds[0]);
        m_error = tr("the plugin's process could not start: %1").arg(m_process.errorString());
        return false;
    }
    m_socket.setSocketDescriptor(fds[0], QLocalSocket::ConnectedState, QIODevice::ReadWrite);
    return true;
}

void HostProcess::send(const HostProtocol::Message &message)
{
    if (m_ended)
        return;
    m_socket.write(HostProtocol::encode(message));
}

void HostProcess::kill()
{
    const qint64 id = m_process.processId();
    if (id > 0)
        ::kill(-pid_t(id), SIGKILL); // the group: the plugin's own children too
    m_process.kill();
}

bool HostProcess::waitForEnd(int ms)
{
    return !isRunning() || m_process.waitForFinished(qMax(0, ms));
}

void HostProcess::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    while (std::optional<HostProtocol::Message> m = m_reader.next()) {
        Q_EMIT message(*m);
        if (m_ended)
            return;
    }
    if (m_reader.hasFailed() && !m_ended) {
        const QString why = m_reader.error();
        kill();
        endWith(why);
    }
}

void HostProcess::onOutput()
{
    m_partialLine += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        m_output.append(QString::fromUtf8(m_partialLine.left(newline)).left(1000));
        m_partialLine.remove(0, newline + 1);
        while (m_output.size() > KeptLines)
            m_output.removeFirst();
    }
}

void HostProcess::endWith(const QString &sentence)
{
    if (m_ended)
        return;
    m_ended = true;
    if (!m_partialLine.isEmpty()) {
        m_output.append(QString::fromUtf8(m_partialLine).left(1000));
        m_partialLine.clear();
    }
    Q_EMIT ended(sentence);
}

} // namespace plugboard
