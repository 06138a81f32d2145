// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tst_embeddedpython* suites: a runtime, plugin folders written into a temporary
// directory, and everything the runtime reports, recorded for assertions.
#include "common/fixtures.h"
#include "python/embeddedpythonruntime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace harness {

using namespace plugboard;

struct LogEntry {
    QString key;
    QString level;
    QString text;
};

struct Notice {
    QString key;
    QString level;
    QString title;
    QString message;
};

class RuntimeHarness {
public:
    explicit RuntimeHarness(const QString &root)
        : plugins(QDir(root).filePath(QStringLiteral("plugins")))
        , data(QDir(root).filePath(QStringLiteral("data")))
    {
        QDir().mkpath(plugins);
        runtime = std::make_unique<EmbeddedPythonRuntime>();
        EmbeddedPythonRuntime *rt = runtime.get();
        QObject::connect(rt, &PluginRuntime::loaded, rt,
                         [this](const LoadResult &r) { loads.insert(r.key, r); });
        QObject::connect(rt, &PluginRuntime::unloaded, rt,
                         [this](const QString &key) { unloaded.append(key); });
        QObject::connect(rt, &PluginRuntime::jobStarted, rt, [this](quint64 id, const QString &) {
            started.insert(id, clock.nsecsElapsed());
        });
        QObject::connect(rt, &PluginRuntime::jobFinished, rt, [this](const JobResult &r) {
            ++finishCount[r.jobId];
            finished.insert(r.jobId, r);
            finishedAt.insert(r.jobId, clock.nsecsElapsed());
        });
        QObject::connect(rt, &PluginRuntime::jobProgress, rt,
                         [this](quint64 id, double f, const QString &m) {
                             progress.append({id, f, m});
                         });
        QObject::connect(rt, &PluginRuntime::logLine, rt,
                         [this](const QString &k, const QString &l, const QString &t) {
                             logs.append({k, l, t});
                         });
        QObject::connect(
            rt, &PluginRuntime::notification, rt,
            [this](const QString &k, const QString &l, const QString &t, const QString &m) {
                notices.append({k, l, t, m});
            });
        QObject::connect(rt, &EmbeddedPythonRuntime::backgroundJobSubmitted, rt,
                         [this](quint64 id, const QString &, const QString &action) {
                             submitted.insert(id, action);
                         });
        clock.start();
    }

    ~RuntimeHarness()
    {
        runtime->shutdown(5000);
        runtime.reset();
    }

    // Writes <plugins>/<folder>/<name> for every file; returns the folder.
    QString write(const QString &folder, const QMap<QString, QByteArray> &files)
    {
        const QString path = QDir(plugins).filePath(folder);
        for (auto it = files.begin(); it != files.end(); ++it)
            fixtures::writeFile(QDir(path).filePath(it.key()), it.value());
        return path;
    }

    QString plugin(const QString &folder, const QByteArray &code)
    {
        return write(folder, {{QStringLiteral("plugin.py"), code}});
    }

    LoadRequest request(const QString &folder, const QString &entry = QStringLiteral("plugin.py"))
    {
        LoadRequest r;
        r.key = folder.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        r.folderPath = QDir(plugins).filePath(folder);
        r.folderName = folder;
        r.entryFile = entry;
        r.dataDir = QDir(data).filePath(QStringLiteral("plugin-data/") + r.key);
        return r;
    }

    // Loads and waits for the loaded signal.
    LoadResult load(const QString &folder, const QString &entry = QStringLiteral("plugin.py"),
                    int timeoutMs = 30000)
    {
        const LoadRequest r = request(folder, entry);
        loads.remove(r.key);
        runtime->load(r);
        if (!QTest::qWaitFor([&] { return loads.contains(r.key); }, timeoutMs)) {
            LoadResult none;
            none.error = QStringLiteral("(test) no loaded signal");
            return none;
        }
        return loads.value(r.key);
    }

    quint64 start(const QString &key, const QString &action, const QJsonObject &params = {},
                  const QJsonObject &settings = {}, const QJsonObject &actions = {})
    {
        RunRequest r;
        r.jobId = nextJobId();
        r.key = key;
        r.action = action;
        r.params = params;
        r.settings = settings;
        r.actions = actions;
        runtime->run(r);
        return r.jobId;
    }

    bool wait(quint64 id, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return finished.contains(id); }, timeoutMs);
    }
    bool waitStarted(quint64 id, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return started.contains(id); }, timeoutMs);
    }

    // Runs an action and returns its result (outcome Failed with a note on timeout).
    JobResult call(const QString &key, const QString &action, const QJsonObject &params = {},
                   const QJsonObject &settings = {}, int timeoutMs = 30000)
    {
        const quint64 id = start(key, action, params, settings);
        if (!wait(id, timeoutMs)) {
            JobResult none;
            none.message = QStringLiteral("(test) no jobFinished within %1 ms").arg(timeoutMs);
            return none;
        }
        return finished.value(id);
    }

    QStringList logTexts(const QString &key) const
    {
        QStringList out;
        for (const LogEntry &e : logs) {
            if (e.key == key)
                out.append(e.level + QLatin1Char(':') + e.text);
        }
        return out;
    }

    struct Progress {
        quint64 id;
        double fraction;
        QString message;
    };

    QString plugins;
    QString data;
    std::unique_ptr<EmbeddedPythonRuntime> runtime;
    QElapsedTimer clock;
    QHash<QString, LoadResult> loads;
    QStringList unloaded;
    QHash<quint64, qint64> started;    // ns on clock
    QHash<quint64, qint64> finishedAt; // ns on clock
    QHash<quint64, JobResult> finished;
    QHash<quint64, int> finishCount;
    QHash<quint64, QString> submitted;
    QList<Progress> progress;
    QList<LogEntry> logs;
    QList<Notice> notices;
};

} // namespace harness
