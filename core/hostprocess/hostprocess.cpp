// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprocess/hostprocess.h"

#include "hostprocess/hostprogram.h"
#include "hostprocess/hostzygote.h"
#include <QCoreApplication>

#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>

#include <atomic>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostProcess)
};
constexpr int HostFd = 3;
constexpr int KeptLines = 20;
std::atomic<quint64> g_nextToken{1};

QString signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return Text::tr("segmentation fault");
    case SIGABRT:
        return Text::tr("aborted");
    case SIGKILL:
        return Text::tr("killed");
    case SIGBUS:
        return Text::tr("bus error");
    case SIGFPE:
        return Text::tr("arithmetic error");
    case SIGILL:
        return Text::tr("illegal instruction");
    case SIGTERM:
        return Text::tr("terminated");
    default:
        return Text::tr("signal %1").arg(signal);
    }
}

} // namespace

HostProcess::HostProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HostProcess::onOutput);
    connect(&m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { finish(status, exitCode); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            endWith(
                Text::tr("the plugin's process could not start: %1").arg(m_process.errorString()),
                QStringLiteral("process_failed_to_start"));
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &HostProcess::onReadyRead);
}

HostProcess::~HostProcess()
{
    if (isRunning()) {
        kill();
        waitForEnd(2000);
    }
    closeChildSocket();
    if (m_outputFd >= 0)
        ::close(m_outputFd);
}

bool HostProcess::isRunning() const
{
    switch (m_mode) {
    case Mode::Fresh:
        return m_process.state() != QProcess::NotRunning;
    case Mode::Forked:
        return !m_exited;
    case Mode::None:
        break;
    }
    return false;
}

qint64 HostProcess::pid() const
{
    return m_mode == Mode::Forked ? (m_exited ? 0 : m_forkedPid) : m_process.processId();
}

QString HostProcess::endFault(QProcess::ExitStatus status)
{
    return status == QProcess::CrashExit ? QStringLiteral("process_crashed")
                                         : QStringLiteral("process_exited");
}

QString HostProcess::endSentence(QProcess::ExitStatus status, int exitCode)
{
    if (status == QProcess::CrashExit)
        return Text::tr("the plugin's process crashed (%1)").arg(signalName(exitCode));
    return exitCode == 0 ? Text::tr("the plugin's process ended")
                         : Text::tr("the plugin's process exited with code %1").arg(exitCode);
}

bool HostProcess::start(const QString &program, qint64 memoryLimitBytes, HostZygote *zygote)
{
    if (program.isEmpty()) {
        m_error =
            Text::tr("Plugboard's plugin host (plugboard-host) is missing from this installation, "
                     "so no plugin can run; reinstall Plugboard");
        return false;
    }
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        m_error = Text::tr("could not make a socket for the plugin's process: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_program = program;
    m_memoryLimit = memoryLimitBytes;
    m_childSocket = fds[1];
    // Plugboard's end works at once: what is sent before the host runs waits in the socket.
    m_socket.setSocketDescriptor(fds[0], QLocalSocket::ConnectedState, QIODevice::ReadWrite);
    if (!zygote || zygote->state() == HostZygote::State::NotRunning)
        return startFresh();
    m_mode = Mode::Forked;
    m_zygote = zygote;
    m_token = g_nextToken++;
    connect(zygote, &HostZygote::ready, this, &HostProcess::onZygoteReady);
    connect(zygote, &HostZygote::forked, this, &HostProcess::onForked);
    connect(zygote, &HostZygote::exited, this, &HostProcess::onExited);
    connect(zygote, &HostZygote::gone, this, &HostProcess::onZygoteGone);
    if (zygote->state() == HostZygote::State::Ready && !forkFromZygote())
        return startFresh();
    return true; // forked once the zygote is ready
}

bool HostProcess::startFresh()
{
    if (m_zygote)
        disconnect(m_zygote, nullptr, this, nullptr);
    m_mode = Mode::Fresh;
    const int childEnd = m_childSocket;
    m_process.setProgram(m_program);
    m_process.setArguments({QStringLiteral("--fd"), QString::number(HostFd)});
    m_process.setProcessEnvironment(HostProgram::environment());
    // In the child, between fork and exec: its end of the socket as descriptor 3 (dup2 clears
    // close-on-exec), death with Plugboard, and a process group of its own.
    // Only the soft limit: Plugboard may raise it later (setMemoryLimit) without privileges.
    const rlim_t limit = m_memoryLimit > 0 ? rlim_t(m_memoryLimit) : RLIM_INFINITY;
    m_process.setChildProcessModifier([childEnd, limit] {
        ::dup2(childEnd, HostFd);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::setpgid(0, 0);
        struct rlimit cap;
        if (::getrlimit(RLIMIT_AS, &cap) == 0) {
            cap.rlim_cur = limit == RLIM_INFINITY || limit > cap.rlim_max ? cap.rlim_max : limit;
            ::setrlimit(RLIMIT_AS, &cap);
        }
    });
    // start() forks before it returns; whether exec worked is told later (errorOccurred), so
    // nothing here waits for the new process.
    m_process.start();
    closeChildSocket();
    if (m_process.state() == QProcess::NotRunning) {
        m_socket.abort();
        m_error = Text::tr("the plugin's process could not start: %1").arg(m_process.errorString());
        return false;
    }
    return true;
}

bool HostProcess::forkFromZygote()
{
    int output[2];
    if (!m_zygote || ::pipe2(output, O_CLOEXEC) != 0)
        return false;
    if (!m_zygote->fork(m_token, m_childSocket, output[1], m_memoryLimit)) {
        ::close(output[0]);
        ::close(output[1]);
        return false;
    }
    ::close(output[1]); // the host holds it now (and the zygote until it forked)
    m_forkRequested = true;
    m_outputFd = output[0];
    ::fcntl(m_outputFd, F_SETFL, ::fcntl(m_outputFd, F_GETFL) | O_NONBLOCK);
    m_outputNotifier = new QSocketNotifier(m_outputFd, QSocketNotifier::Read, this);
    connect(m_outputNotifier, &QSocketNotifier::activated, this, &HostProcess::readForkedOutput);
    return true;
}

void HostProcess::onZygoteReady()
{
    if (m_mode == Mode::Forked && !m_forkRequested && !m_exited && !forkFromZygote())
        startFreshInstead();
}

void HostProcess::startFreshInstead()
{
    if (m_outputNotifier) {
        delete m_outputNotifier;
        m_outputNotifier = nullptr;
        ::close(std::exchange(m_outputFd, -1));
    }
    m_forkRequested = false;
    if (m_killPending) { // killed while it waited for the zygote: it ends without starting
        m_exited = true;
        closeChildSocket();
        finish(QProcess::CrashExit, SIGKILL);
        return;
    }
    if (!startFresh())
        endWith(m_error, QStringLiteral("process_failed_to_start"));
}

void HostProcess::onForked(quint64 token, qint64 pid, int error)
{
    if (token != m_token || m_mode != Mode::Forked || m_exited)
        return;
    if (pid <= 0) {
        qWarning("The plugin host zygote could not fork (%s); starting the host from scratch",
                 std::strerror(error));
        startFreshInstead();
        return;
    }
    m_forkedPid = pid;
    closeChildSocket();
    if (m_killPending)
        kill();
}

void HostProcess::onExited(qint64 pid, int waitStatus)
{
    if (m_mode != Mode::Forked || m_exited || pid != m_forkedPid)
        return;
    m_exited = true;
    if (WIFSIGNALED(waitStatus))
        finish(QProcess::CrashExit, WTERMSIG(waitStatus));
    else
        finish(QProcess::NormalExit, WEXITSTATUS(waitStatus));
}

void HostProcess::onZygoteGone()
{
    if (m_mode != Mode::Forked || m_exited)
        return;
    if (m_forkedPid <= 0) {
        startFreshInstead(); // it may have forked: that child ends with the zygote
        return;
    }
    // The host died with the zygote (its parent-death signal); make sure of it.
    ::kill(-pid_t(m_forkedPid), SIGKILL);
    ::kill(pid_t(m_forkedPid), SIGKILL);
    m_exited = true;
    finish(QProcess::CrashExit, SIGKILL);
}

void HostProcess::closeChildSocket()
{
    if (m_childSocket >= 0)
        ::close(std::exchange(m_childSocket, -1));
}

bool HostProcess::setMemoryLimit(qint64 bytes)
{
    m_memoryLimit = bytes; // for a host not forked yet
    const qint64 id = pid();
    struct rlimit cap;
    if (id <= 0 || ::prlimit(pid_t(id), RLIMIT_AS, nullptr, &cap) != 0)
        return false;
    cap.rlim_cur = bytes > 0 && rlim_t(bytes) < cap.rlim_max ? rlim_t(bytes) : cap.rlim_max;
    return ::prlimit(pid_t(id), RLIMIT_AS, &cap, nullptr) == 0;
}

qint64 HostProcess::residentBytes() const
{
    const qint64 id = pid();
    if (id <= 0)
        return 0;
    // statm: size resident shared … in pages; one small read, no page-table walk.
    QFile statm(QStringLiteral("/proc/%1/statm").arg(id));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readLine().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}

void HostProcess::send(const HostProtocol::Message &message)
{
    // Nobody to tell once the process is gone (its last messages are read as it ends).
    if (m_ended || !m_socket.isOpen() || !isRunning())
        return;
    m_socket.write(HostProtocol::encode(message));
    m_socket.flush(); // now, not on the next turn of the event loop (never blocks)
}

void HostProcess::kill()
{
    if (m_mode == Mode::Forked) {
        if (m_exited)
            return;
        if (m_forkedPid > 0) {
            ::kill(-pid_t(m_forkedPid), SIGKILL); // the group: the plugin's own children too
            ::kill(pid_t(m_forkedPid), SIGKILL);  // before it made its group
        } else if (m_forkRequested) {
            m_killPending = true; // as soon as the zygote says which process it is
        } else {                  // never forked: it ends here, as if killed
            m_exited = true;
            closeChildSocket();
            QMetaObject::invokeMethod(
                this, [this] { finish(QProcess::CrashExit, SIGKILL); }, Qt::QueuedConnection);
        }
        return;
    }
    const qint64 id = m_process.processId();
    if (id > 0)
        ::kill(-pid_t(id), SIGKILL); // the group: the plugin's own children too
    m_process.kill();
}

bool HostProcess::waitForEnd(int ms)
{
    if (m_mode != Mode::Forked)
        return !isRunning() || m_process.waitForFinished(qMax(0, ms));
    QElapsedTimer timer;
    timer.start();
    while (!m_exited && m_zygote && timer.elapsed() < ms)
        m_zygote->waitForEvents(int(ms - timer.elapsed()));
    return m_exited;
}

void HostProcess::onReadyRead()
{
    if (!m_socket.isOpen())
        return; // closed with the host: what it sent was read before
    m_reader.append(m_socket.readAll());
    while (std::optional<HostProtocol::Message> m = m_reader.next()) {
        Q_EMIT message(*m);
        if (m_ended)
            return;
    }
    if (m_reader.hasFailed() && !m_ended) {
        const QString why = m_reader.error();
        kill();
        endWith(why, QStringLiteral("protocol_error"));
    }
}

void HostProcess::onOutput()
{
    appendOutput(m_process.readAllStandardOutput());
}

void HostProcess::readForkedOutput()
{
    if (m_outputFd < 0)
        return;
    char buffer[16384];
    ssize_t n;
    while ((n = ::read(m_outputFd, buffer, sizeof buffer)) > 0)
        appendOutput(QByteArray(buffer, n));
    if (n == 0) { // every writer closed it: nothing more will come
        delete m_outputNotifier;
        m_outputNotifier = nullptr;
        ::close(std::exchange(m_outputFd, -1));
    }
}

void HostProcess::finish(QProcess::ExitStatus status, int exitCode)
{
    if (m_mode == Mode::Forked) {
        readForkedOutput();
        // A child the plugin started may hold the pipe open; what it writes later is not the
        // host's last words.
        delete std::exchange(m_outputNotifier, nullptr);
        if (m_outputFd >= 0)
            ::close(std::exchange(m_outputFd, -1));
    } else {
        onOutput();
    }
    // What it said before it went: the socket holds it until end of file.
    while (m_socket.isOpen() && m_socket.waitForReadyRead(10)) {
    }
    onReadyRead();
    endWith(endSentence(status, exitCode), endFault(status));
}

void HostProcess::appendOutput(const QByteArray &bytes)
{
    m_partialLine += bytes;
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(newline)).left(1000);
        m_partialLine.remove(0, newline + 1);
        m_output.append(line);
        Q_EMIT outputLine(line);
        while (m_output.size() > KeptLines)
            m_output.removeFirst();
    }
}

void HostProcess::endWith(const QString &sentence, const QString &fault)
{
    if (m_ended)
        return;
    m_ended = true;
    if (!m_partialLine.isEmpty()) {
        const QString line = QString::fromUtf8(m_partialLine).left(1000);
        m_partialLine.clear();
        m_output.append(line);
        Q_EMIT outputLine(line);
    }
    Q_EMIT ended(sentence, fault);
}

} // namespace plugboard
