// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugboard-host: one plugin's own process. Plugboard starts it with a socket on descriptor
// --fd, says what to load and run over the host protocol (core/hostprotocol/), and hears back
// what the plugin did; a crash, abort or runaway allocation here ends this process only.
//   plugboard-host --fd N            one host, on the socket N
//   plugboard-host --zygote --fd N   the host zygote: forks ready hosts (zygote.h)
#include "hostserver.h"
#include "zygote.h"

#include "common/language.h"
#include "python/embeddedpythonruntime.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

// The plugin's own children (subprocess, multiprocessing) share this host's process group.
// A small reaper forked before anything else stays in the group and, when the host ends
// however it ends (a crash, a kill, Plugboard's death reaching it), kills the whole group: no
// process a plugin started outlives its host.
void onHostGone(int)
{
    ::kill(0, SIGKILL); // the group, the reaper included
    ::_exit(0);
}

void startReaper()
{
    const pid_t host = ::getpid();
    if (::fork() != 0)
        return; // the host goes on (a failed fork only loses this safety net)
    ::signal(SIGTERM, onHostGone);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != host) // the host ended before the signal was armed
        onHostGone(0);
    for (int fd = 0; fd < 1024; ++fd)
        ::close(fd); // holds nothing of the host's: no socket, no output pipe
    for (;;)
        ::pause();
}

} // namespace

using namespace plugboard;

int main(int argc, char **argv)
{
    // What this process writes lands in the plugin's log: Plugboard's own chatter stays out,
    // warnings (a plugin doing something wrong) stay in.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    int fd = -1;
    bool zygote = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--zygote") == 0)
            zygote = true;
        else if (std::strcmp(argv[i], "--fd") == 0 && i + 1 < argc)
            fd = std::atoi(argv[++i]);
    }
    if (fd < 3) {
        std::fprintf(stderr, "usage: plugboard-host [--zygote] --fd N (started by Plugboard, "
                             "not by hand)\n");
        return 64;
    }
    if (zygote)
        fd = runZygote(fd); // returns in each forked host only, with that host's socket
    else
        startReaper(); // the zygote does a forked host's reaping
    QCoreApplication app(argc, argv);
    // The messages a host makes (load errors) speak Plugboard's language: $PLUGBOARD_LANG when
    // the user chose one, else the system's.
    plugboard::Language::install();
    EmbeddedPythonRuntime runtime;
    HostServer server(fd, &runtime);
    if (!server.isConnected()) {
        std::fprintf(stderr, "plugboard-host: descriptor %d is not a connected socket\n", fd);
        return 66;
    }
    return app.exec();
}
