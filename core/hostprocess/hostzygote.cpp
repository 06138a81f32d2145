// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprocess/hostzygote.h"

#include "hostprocess/hostprogram.h"
#include "hostprotocol/zygotepackets.h"
#include <QCoreApplication>

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcZygote, "plugboard.core.hostzygote")

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostZygote)
};
constexpr int ControlFd = 3;

} // namespace

using namespace ZygoteProtocol;

HostZygote::HostZygote(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // The zygote runs no plugin code: what it says is Plugboard's business, not a plugin's.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        for (const QByteArray &line : m_process.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                qCWarning(lcZygote).noquote() << QString::fromUtf8(line);
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        endWith(status == QProcess::CrashExit
                    ? Text::tr("the plugin host zygote crashed (signal %1)").arg(code)
                    : Text::tr("the plugin host zygote exited with code %1").arg(code));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            endWith(Text::tr("the plugin host zygote could not start: %1")
                        .arg(m_process.errorString()));
    });
    m_readyTimeout.setSingleShot(true);
    connect(&m_readyTimeout, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting) {
            m_process.kill();
            endWith(Text::tr("the plugin host zygote did not get ready within %1 s")
                        .arg(ReadyTimeoutMs / 1000));
        }
    });
}

HostZygote::~HostZygote()
{
    disconnect(&m_process, nullptr, this, nullptr); // nobody is told any more
    if (m_control >= 0)
        ::close(m_control); // the zygote reads end of file and leaves at once
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool HostZygote::start(const QString &program)
{
    if (m_state != State::NotRunning)
        return true;
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int childEnd = fds[1];
    m_process.setProgram(program);
    m_process.setArguments(
        {QStringLiteral("--zygote"), QStringLiteral("--fd"), QString::number(ControlFd)});
    m_process.setProcessEnvironment(HostProgram::environment());
    // Its end as descriptor 3 (blocking: the zygote waits on it), SIGTERM when Plugboard dies
    // (the zygote then kills every host and what their plugins started), and a process group
    // of its own, so Ctrl+C in Plugboard's terminal reaches Plugboard alone.
    m_process.setChildProcessModifier([childEnd] {
        ::dup2(childEnd, ControlFd);
        const int flags = ::fcntl(ControlFd, F_GETFL);
        ::fcntl(ControlFd, F_SETFL, flags & ~O_NONBLOCK);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        ::setpgid(0, 0);
    });
    m_state = State::Starting;
    m_process.start();
    ::close(childEnd);
    if (m_process.state() == QProcess::NotRunning) {
        ::close(fds[0]);
        m_state = State::NotRunning;
        m_error = m_process.errorString();
        return false;
    }
    m_control = fds[0];
    m_notifier = new QSocketNotifier(m_control, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HostZygote::onEvents);
    m_readyTimeout.start(ReadyTimeoutMs);
    return true;
}

bool HostZygote::startAgain(const QString &program)
{
    if (m_state != State::NotRunning)
        return true;
    return m_failures < MaxFailures && start(program);
}

bool HostZygote::fork(quint64 token, int socketFd, int outputFd, qint64 memoryLimitBytes)
{
    if (m_state != State::Ready)
        return false;
    ForkRequest request;
    request.token = token;
    request.memoryLimitBytes = quint64(qMax<qint64>(0, memoryLimitBytes));
    iovec data{&request, sizeof request};
    alignas(cmsghdr) char space[CMSG_SPACE(2 * sizeof(int))] = {};
    msghdr header{};
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    header.msg_control = space;
    header.msg_controllen = sizeof space;
    cmsghdr *rights = CMSG_FIRSTHDR(&header);
    rights->cmsg_level = SOL_SOCKET;
    rights->cmsg_type = SCM_RIGHTS;
    rights->cmsg_len = CMSG_LEN(2 * sizeof(int));
    const int fds[2] = {socketFd, outputFd};
    std::memcpy(CMSG_DATA(rights), fds, sizeof fds);
    // Never blocks: a zygote that stopped reading is no reason to wait; the caller starts the
    // host on its own instead.
    return ::sendmsg(m_control, &header, MSG_NOSIGNAL | MSG_DONTWAIT) == ssize_t(sizeof request);
}

void HostZygote::waitForEvents(int ms)
{
    if (m_control < 0)
        return;
    pollfd watched{m_control, POLLIN, 0};
    if (::poll(&watched, 1, qMax(0, ms)) > 0)
        onEvents();
}

void HostZygote::onEvents()
{
    for (;;) {
        Event event;
        const ssize_t n = ::recv(m_control, &event, sizeof event, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        if (n <= 0) {
            m_process.kill(); // its socket closed: whatever it does now, it is of no use
            return;           // finished() says it ended
        }
        if (n != ssize_t(sizeof event))
            continue; // not a packet the zygote sends
        switch (event.type) {
        case EventType::Ready:
            if (m_state == State::Starting && event.value == Version) {
                m_readyTimeout.stop();
                m_state = State::Ready;
                m_failures = 0;
                Q_EMIT ready();
            }
            break;
        case EventType::Forked:
            Q_EMIT forked(event.token, event.pid, event.value);
            break;
        case EventType::Exited:
            if (event.pid > 0)
                Q_EMIT exited(event.pid, event.value);
            break;
        }
    }
}

void HostZygote::endWith(const QString &why)
{
    if (m_state == State::NotRunning && m_control < 0)
        return;
    m_readyTimeout.stop();
    // The last events first: hosts that ended just before the zygote did.
    if (m_control >= 0) {
        onEvents();
        delete m_notifier;
        m_notifier = nullptr;
        ::close(m_control);
        m_control = -1;
    }
    m_state = State::NotRunning;
    ++m_failures;
    m_error = why;
    qCWarning(lcZygote).noquote() << why;
    Q_EMIT gone(why);
}

} // namespace plugboard
