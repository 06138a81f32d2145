// plugboard-host: one plugin's own process. Plugboard starts it with a socket on descriptor
// --fd, says what to load and run over the host protocol (core/hostprotocol/), and hears back
// what the plugin did; a crash, abort or runaway allocation here ends this process only.
//   plugboard-host --fd N
#include "hostserver.h"

#include "python/embeddedpythonruntime.h"

#include <QCoreApplication>

#include <cstdio>

using namespace plugboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--fd"));
    bool ok = false;
    const int fd = at >= 0 ? args.value(at + 1).toInt(&ok) : -1;
    if (!ok || fd < 0) {
        std::fprintf(stderr, "usage: plugboard-host --fd N (started by Plugboard, not by hand)\n");
        return 64;
    }
    EmbeddedPythonRuntime runtime;
    HostServer server(fd, &runtime);
    if (!server.isConnected()) {
        std::fprintf(stderr, "plugboard-host: descriptor %d is not a connected socket\n", fd);
        return 66;
    }
    return app.exec();
}
