// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A process that hosts one plugin, runs its "go" action and exits: the shutdown test needs a
// process of its own because Python can be finalised only once per process.
//   pyhost_helper <plugins dir> <folder> <deadline ms> <finish|running>
// finish:  shut down after the action finished; running: shut down while it still runs.
#include "python/embeddedpythonruntime.h"
#include "python/interpreter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace plugboard;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: pyhost_helper <plugins dir> <folder> <deadline ms> "
                             "<finish|running>\n");
        return 64;
    }
    const QString folder = args[2];
    const int deadline = args[3].toInt();
    const bool whileRunning = args[4] == QLatin1String("running");

    auto *runtime = new EmbeddedPythonRuntime(&app);
    std::printf("started before load: %s\n", EmbeddedPythonRuntime::isStarted() ? "yes" : "no");
    auto finish = [&] {
        QElapsedTimer timer;
        timer.start();
        runtime->shutdown(deadline);
        const bool finalised = python::Interpreter::finalize(deadline);
        std::printf("finalised: %s\nshutdown ms: %lld\n", finalised ? "yes" : "no",
                    timer.elapsed());
        std::fflush(stdout);
        app.exit(0);
    };
    QObject::connect(runtime, &PluginRuntime::loaded, &app, [&](const LoadResult &r) {
        if (!r.ok) {
            std::printf("load failed: %s\n", qPrintable(r.error));
            app.exit(2);
            return;
        }
        RunRequest run;
        run.jobId = nextJobId();
        run.key = r.key;
        run.action = QStringLiteral("go");
        runtime->run(run);
    });
    QObject::connect(runtime, &PluginRuntime::jobStarted, &app, [&](quint64, const QString &) {
        if (whileRunning)
            QTimer::singleShot(200, &app, finish);
    });
    QObject::connect(runtime, &PluginRuntime::jobFinished, &app, [&](const JobResult &r) {
        std::printf("job: %s %s\n", qPrintable(outcomeName(r.outcome)), qPrintable(r.message));
        if (!whileRunning)
            QTimer::singleShot(0, &app, finish);
    });

    LoadRequest load;
    load.key = folder;
    load.folderName = folder;
    load.folderPath = QDir(args[1]).filePath(folder);
    load.entryFile = QStringLiteral("plugin.py");
    load.dataDir = QDir(args[1]).filePath(QStringLiteral(".data/") + folder);
    runtime->load(load);
    return app.exec();
}
