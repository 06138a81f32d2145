// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: rescans of the plugins folder, always off the caller's thread (SPEC §1,
// §9). Requests that arrive while one runs are served together by one more pass.

#include "catalog/discovery.h"
#include "common/runinpool.h"
#include "install/folderremover.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager_p.h"
#include "manager/storewatcher.h"
#include "runner/pluginrunner.h"
#include "store/database.h"

namespace plugboard {

ReloadJob *PluginManagerPrivate::reload(const QString &plugin)
{
    auto *job = new ReloadJob(q);
    if (plugin.isEmpty()) {
        rescan(true, job);
        return job;
    }
    const Result<qsizetype> found = find(plugin);
    if (!found) {
        job->failLater(found.error());
        return job;
    }
    // Only this plugin stops; the rescan reads its new files, then it loads again in a fresh
    // process. Asked for by the user, it also lifts a stop after repeated crashes.
    const QString key = plugins[found.value()].key();
    stop(key, StopReason::Reload);
    runner->forgetCrashes(key);
    QObject::connect(job, &Job::finished, q, [this, key](Job *done) {
        if (done->succeeded())
            loadAgain({key});
    });
    rescan(false, job);
    return job;
}

void PluginManagerPrivate::rescan(bool stopLoaded, ReloadJob *job)
{
    if (discovering) {
        rescanAgain = rescanAgain.value_or(false) || stopLoaded;
        if (job)
            servedByNextPass << job;
        return;
    }
    discovering = true;
    if (watcher)
        watcher->setPaused(true); // this pass reads the rows anyway
    if (stopLoaded)
        loadAfterRescan << stopAll(StopReason::Reload);
    if (job)
        servedByThisPass << job;
    Q_EMIT q->discoveryStarted();
    const QString pluginsDir = paths.pluginsDir;
    const QString databasePath = paths.databasePath();
    runInPool(
        q,
        [pluginsDir, databasePath] {
            FolderRemover::cleanLeftovers(pluginsDir);
            PluginStore pool(databasePath);
            QList<SkippedFolder> skipped;
            Result<QList<PluginInfo>> found = Discovery::run(pluginsDir, pool, &skipped);
            // A connection left until the pool thread ends is dropped after Qt's SQL registry
            // at exit, and crashes.
            Database::releaseThreadConnections();
            return std::make_pair(std::move(found), std::move(skipped));
        },
        [this](std::pair<Result<QList<PluginInfo>>, QList<SkippedFolder>> rescanned) {
            onRescanned(std::move(rescanned.first), std::move(rescanned.second));
        });
}

void PluginManagerPrivate::onRescanned(Result<QList<PluginInfo>> found,
                                       QList<SkippedFolder> skipped)
{
    discovering = false;
    if (watcher)
        watcher->setPaused(false);
    const bool ok = found.ok();
    const Error error = ok ? Error() : found.error();
    if (ok) {
        skippedFolders = std::move(skipped);
        adopt(std::move(found).value());
        loadAgain(std::exchange(loadAfterRescan, {}));
    }
    Q_EMIT q->discoveryFinished(ok ? QString() : error.message);
    for (const QPointer<ReloadJob> &job : std::exchange(servedByThisPass, {})) {
        if (!job)
            continue;
        if (ok)
            job->succeed(int(plugins.size()));
        else
            job->fail(error);
    }
    if (const std::optional<bool> again = std::exchange(rescanAgain, std::nullopt)) {
        const QList<QPointer<ReloadJob>> waiting = std::exchange(servedByNextPass, {});
        rescan(*again);
        servedByThisPass << waiting;
    }
}

} // namespace plugboard
