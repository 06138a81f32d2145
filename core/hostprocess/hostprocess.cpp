#include "hostprocess/hostprocess.h"

#include "common/translation.h"

#include <QFile>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
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
                while (m_socket.isOpen() && m_socket.waitForReadyRead(10)) {
                }
                onReadyRead();
                endWith(endSentence(status, exitCode), endFault(status));
            });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            endWith(tr("the plugin's process could not start: %1").arg(m_process.errorString()),
                    QStringLiteral("process_failed_to_start"));
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

QString HostProcess::endFault(QProcess::ExitStatus status)
{
    return status == QProcess::CrashExit ? QStringLiteral("process_crashed")
                                         : QStringLiteral("process_exited");
}

QString HostProcess::endSentence(QProcess::ExitStatus status, int exitCode)
{
    if (status == QProcess::CrashExit)
        return tr("the plugin's process crashed (%1)").arg(signalName(exitCode));
    return exitCode == 0 ? tr("the plugin's process ended")
                         : tr("the plugin's process exited with code %1").arg(exitCode);
}

bool HostProcess::start(const QString &program, qint64 memoryLimitBytes)
{
    if (program.isEmpty()) {
        m_error = tr("Plugboard's plugin host (plugboard-host) is missing from this installation, "
                     "so no plugin can run; reinstall Plugboard");
        return false;
    }
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
    // Two malloc arenas instead of eight per core: each reserves 64 MiB of address space,
    // which would count against the memory cap without ever being used.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
    // Qt's own event dispatcher: a host needs no GLib integration, and it wakes up sooner.
    environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    m_process.setProcessEnvironment(environment);
    // Only the soft limit: Plugboard may raise it later (setMemoryLimit) without privileges.
    const rlim_t limit = memoryLimitBytes > 0 ? rlim_t(memoryLimitBytes) : RLIM_INFINITY;
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
    ::close(childEnd);
    if (m_process.state() == QProcess::NotRunning) {
        ::close(fds[0]);
        m_error = tr("the plugin's process could not start: %1").arg(m_process.errorString());
        return false;
    }
    m_socket.setSocketDescriptor(fds[0], QLocalSocket::ConnectedState, QIODevice::ReadWrite);
    return true;
}

bool HostProcess::setMemoryLimit(qint64 bytes)
{
    const qint64 id = m_process.processId();
    struct rlimit cap;
    if (id <= 0 || ::prlimit(pid_t(id), RLIMIT_AS, nullptr, &cap) != 0)
        return false;
    cap.rlim_cur = bytes > 0 && rlim_t(bytes) < cap.rlim_max ? rlim_t(bytes) : cap.rlim_max;
    return ::prlimit(pid_t(id), RLIMIT_AS, &cap, nullptr) == 0;
}

qint64 HostProcess::residentBytes() const
{
    const qint64 id = m_process.processId();
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
    if (m_ended || !m_socket.isOpen() || m_process.state() == QProcess::NotRunning)
        return;
    m_socket.write(HostProtocol::encode(message));
    m_socket.flush(); // now, not on the next turn of the event loop (never blocks)
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
    m_partialLine += m_process.readAllStandardOutput();
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
