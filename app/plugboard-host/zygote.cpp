// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zygote.h"

#include "hostprotocol/zygotepackets.h"
#include "python/interpreter.h"

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <langinfo.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace plugboard {

namespace {

using namespace ZygoteProtocol;

constexpr int HostFd = 3;

// What every load uses (Plugboard's support code imports these when it first loads a plugin)
// and the modules nearly every plugin imports (the example plugins and the public Dispatcharr
// ones): imported once here, their pages shared by every host forked after.
const char *const kPreloaded[] = {
    "importlib.util", "inspect", "keyword",     "traceback", "logging",
    "json",           "re",      "os",          "time",      "datetime",
    "typing",         "pathlib", "collections", "functools", "dataclasses",
    "urllib.parse",   "hashlib", "base64",      "uuid",      "random",
};

[[noreturn]] void endAll();

[[noreturn]] void giveUp(const char *what)
{
    std::fprintf(stderr, "plugboard-host (zygote): %s: %s\n", what, std::strerror(errno));
    std::fflush(stderr);
    endAll();
}

// One request and its two descriptors; 0 when Plugboard closed the socket.
ssize_t receive(int control, ForkRequest &request, int (&fds)[2], int &fdCount)
{
    iovec data{&request, sizeof request};
    alignas(cmsghdr) char space[CMSG_SPACE(2 * sizeof(int))];
    msghdr header{};
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    header.msg_control = space;
    header.msg_controllen = sizeof space;
    const ssize_t n = ::recvmsg(control, &header, MSG_CMSG_CLOEXEC);
    fdCount = 0;
    for (cmsghdr *c = CMSG_FIRSTHDR(&header); n > 0 && c; c = CMSG_NXTHDR(&header, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        const int count = int((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        for (int i = 0; i < count; ++i) {
            int fd;
            std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
            if (fdCount < 2)
                fds[fdCount++] = fd;
            else
                ::close(fd);
        }
    }
    return n;
}

// The hosts forked and not yet reaped. Each leads a process group of its own, which holds the
// processes its plugin started.
std::vector<pid_t> g_hosts;

// Ends every host and whatever its plugin started, then the zygote: Plugboard is gone.
[[noreturn]] void endAll()
{
    for (const pid_t host : g_hosts)
        ::kill(-host, SIGKILL);
    ::_exit(0);
}

void send(int control, const Event &event)
{
    if (::send(control, &event, sizeof event, MSG_NOSIGNAL) != ssize_t(sizeof event))
        endAll(); // Plugboard is gone
}

// Tells Plugboard about every host that ended. What its plugin started ends with it: its
// process group is killed before the host is reaped (while its number cannot be reused). This
// is the reaper a host started from scratch forks for itself.
void reap(int control)
{
    siginfo_t info;
    for (;;) {
        info.si_pid = 0;
        if (::waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) != 0 || info.si_pid <= 0)
            return;
        const pid_t pid = info.si_pid;
        ::kill(-pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        g_hosts.erase(std::remove(g_hosts.begin(), g_hosts.end(), pid), g_hosts.end());
        Event event;
        event.type = EventType::Exited;
        event.pid = pid;
        event.value = status;
        send(control, event);
    }
}

// In the child: the zygote's descriptors closed, the host's put in place, its own process
// group and memory limit, death with the zygote (which dies with Plugboard).
int becomeHost(pid_t zygote, int control, int signals, const sigset_t &mask, int socketFd,
               int outputFd, std::uint64_t memoryLimit)
{
    ::close(control);
    ::close(signals);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != zygote)
        ::_exit(0); // the zygote ended before the signal was armed
    ::sigprocmask(SIG_SETMASK, &mask, nullptr);
    ::setpgid(0, 0);
    ::prctl(PR_SET_NAME, "plugboard-host");
    if (::dup2(outputFd, STDOUT_FILENO) < 0 || ::dup2(outputFd, STDERR_FILENO) < 0)
        giveUp("cannot take over the output pipe");
    ::close(outputFd);
    if (::dup2(socketFd, HostFd) < 0) // clears close-on-exec, like the started host's
        giveUp("cannot take over the socket");
    if (socketFd != HostFd)
        ::close(socketFd);
    if (memoryLimit > 0) {
        struct rlimit cap;
        if (::getrlimit(RLIMIT_AS, &cap) == 0) {
            cap.rlim_cur = memoryLimit > cap.rlim_max ? cap.rlim_max : rlim_t(memoryLimit);
            ::setrlimit(RLIMIT_AS, &cap);
        }
    }
    return HostFd;
}

// The locale a host started from scratch gets from QCoreApplication, before Python starts and
// reads its file system encoding from it: the user's, switched to UTF-8 when it is not (as Qt
// does), so plugin folders with non-ASCII names load.
void takeUsersLocale()
{
    std::setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (!codeset || std::strcmp(codeset, "UTF-8") != 0)
        std::setlocale(LC_CTYPE, "C.UTF-8");
}

} // namespace

int runZygote(int control)
{
    takeUsersLocale();
    QString error;
    if (!python::Interpreter::ensureStarted(&error)) {
        std::fprintf(stderr, "plugboard-host (zygote): %s\n", qPrintable(error));
        ::_exit(70);
    }
    python::Interpreter::prepareForForks(kPreloaded, int(std::size(kPreloaded)));
    ::prctl(PR_SET_NAME, "pb-host-zygote");

    // SIGCHLD (a host ended) and SIGTERM (Plugboard died: the parent-death signal Plugboard
    // set) as a descriptor: the loop below is the zygote's only thread and never races a
    // handler.
    sigset_t handled, mask;
    sigemptyset(&handled);
    sigaddset(&handled, SIGCHLD);
    sigaddset(&handled, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &handled, &mask);
    const int signals = ::signalfd(-1, &handled, SFD_CLOEXEC);
    if (signals < 0)
        giveUp("no signal descriptor");
    const pid_t self = ::getpid();
    Event ready;
    ready.type = EventType::Ready;
    ready.pid = self;
    ready.value = Version;
    send(control, ready);

    for (;;) {
        pollfd watched[2] = {{control, POLLIN, 0}, {signals, POLLIN, 0}};
        if (::poll(watched, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            giveUp("poll failed");
        }
        if (watched[1].revents & POLLIN) {
            signalfd_siginfo info;
            while (::read(signals, &info, sizeof info) < 0 && errno == EINTR) {
            }
            if (info.ssi_signo == SIGTERM)
                endAll();
            reap(control);
        }
        if (!(watched[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        ForkRequest request;
        int fds[2] = {-1, -1};
        int fdCount = 0;
        const ssize_t n = receive(control, request, fds, fdCount);
        if (n == 0)
            endAll(); // Plugboard closed the socket: it quit, and its hosts go with it
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            giveUp("cannot read from Plugboard");
        }
        Event forked;
        forked.type = EventType::Forked;
        forked.token = request.token;
        if (n != ssize_t(sizeof request) || fdCount != 2) {
            forked.pid = -1; // not a request Plugboard sends: answered, never forked
            forked.value = EINVAL;
        } else {
            std::fflush(nullptr); // nothing buffered here is written twice
            const long long pid = python::Interpreter::forkProcess();
            if (pid == 0)
                return becomeHost(self, control, signals, mask, fds[0], fds[1],
                                  request.memoryLimitBytes);
            if (pid > 0)
                g_hosts.push_back(pid_t(pid));
            forked.pid = pid < 0 ? -1 : int(pid);
            forked.value = pid < 0 ? errno : 0;
        }
        for (int i = 0; i < fdCount; ++i)
            ::close(fds[i]);
        send(control, forked);
    }
}

} // namespace plugboard
