// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PluginManagerPrivate: what changes the plugins folder. Previews and imports of zips (one import
// at a time, see ImportOperation), the bundled examples, and removal (SPEC §10, §11).

#include "common/runinpool.h"
#include "install/exampleplugins.h"
#include "install/folderremover.h"
#include "install/importscan.h"
#include "install/zipinspector.h"
#include "manager/importoperation.h"
#include "manager/pluginmanager_p.h"
#include "python/moduleavailability.h"
#include "runner/activity.h"
#include "runner/pluginrunner.h"

#include <QFileInfo>

namespace plugboard {

namespace {

ImportPreview previewOf(ZipReport report)
{
    ImportPreview preview{.zipPath = report.zipPath,
                          .zipName = report.zipName,
                          .manifest = report.manifest,
                          .folderName = report.folderName,
                          .key = report.key,
                          .root = report.root,
                          .entryFile = report.entryFile,
                          .fileCount = report.installFileCount,
                          .bytes = report.installBytes,
                          .archiveFileCount = report.fileCount,
                          .archiveBytes = report.totalBytes,
                          .binaries = report.binaries,
                          .serverModules = {},
                          .missingModules = {},
                          .needs = {},
                          .entries = {},
                          .report = {}};
    preview.entries.reserve(report.entries.size());
    for (const ZipEntry &entry : std::as_const(report.entries))
        preview.entries.append({entry.name, entry.size, entry.isDir, entry.underRoot});
    preview.report = std::make_shared<const ZipReport>(std::move(report));
    return preview;
}

// Splits what the code imports into Dispatcharr's server modules and modules this machine's
// Python lacks (asked of that Python; a failed question leaves the list empty rather than
// guessing). Runs on the pool thread with the inspection.
PluginNeeds needsOf(const QStringList &imports)
{
    PluginNeeds needs;
    QStringList others;
    for (const QString &name : imports) {
        if (DispatcharrModules::isServerModule(name))
            needs.serverModules.append(name);
        else
            others.append(name);
    }
    if (Result<QStringList> missing = ModuleAvailability::missing(others); missing)
        needs.missingModules = missing.value();
    return needs;
}

struct Inspected {
    ZipReport report;
    PluginNeeds needs;
};

} // namespace

PreviewJob *PluginManagerPrivate::preview(const QString &zipPath)
{
    auto *job = new PreviewJob(q);
    job->setStarted();
    runInPool(
        job,
        [zipPath]() -> Result<Inspected> {
            Result<ZipReport> report = ZipInspector::inspect(zipPath);
            if (!report)
                return report.error();
            PluginNeeds needs = needsOf(report.value().imports);
            return Inspected{std::move(report).value(), std::move(needs)};
        },
        [job](Result<Inspected> inspected) {
            if (!inspected)
                return job->fail(inspected.error());
            Inspected &value = inspected.value();
            ImportPreview preview = previewOf(std::move(value.report));
            preview.serverModules = value.needs.serverModules;
            preview.missingModules = value.needs.missingModules;
            preview.needs = value.needs.sentences();
            job->succeed(std::move(preview));
        });
    return job;
}

ImportJob *PluginManagerPrivate::import(ImportOperation *operation)
{
    imports.enqueue(operation);
    QObject::connect(operation, &Job::finished, q, [this] {
        importing = false;
        startNextImport();
    });
    // From the event loop: the caller connects to the job before anything can happen.
    QMetaObject::invokeMethod(
        q, [this] { startNextImport(); }, Qt::QueuedConnection);
    return operation;
}

void PluginManagerPrivate::startNextImport()
{
    while (!importing && !imports.isEmpty()) {
        const QPointer<ImportOperation> next = imports.dequeue();
        if (!next || next->isFinished())
            continue;
        importing = true;
        next->start();
    }
}

ExamplesJob *PluginManagerPrivate::addExamples()
{
    auto *job = new ExamplesJob(q);
    job->setStarted();
    runInPool(
        job, [dir = paths.pluginsDir] { return ExamplePlugins::copyInto(dir); },
        [this, job](Result<QStringList> added) {
            if (!added)
                return job->fail(added.error());
            auto *rescanned = new ReloadJob(job);
            QObject::connect(rescanned, &Job::finished, job,
                             [job, added = added.value()] { job->succeed(added); });
            rescan(false, rescanned);
        });
    return job;
}

Result<void> PluginManagerPrivate::remove(const QString &plugin, bool purgeData)
{
    const Result<qsizetype> found = find(plugin);
    if (!found)
        return found.error();
    const qsizetype i = found.value();
    const PluginInfo info = plugins.at(i);
    const bool ownsRow = !info.isDuplicate() && info.state() != PluginState::BadKey;
    if (ownsRow && (runner->isLoaded(info.key()) || runner->isLoading(info.key())))
        runner->unload(info.key(), StopReason::Delete);
    if (!info.isMissing() && !info.path().isEmpty()) {
        if (Result<void> removed = FolderRemover::remove(info.path(), paths.pluginsDir); !removed)
            return removed;
    }
    if (ownsRow) {
        if (Result<void> r = store.remove(info.key()); !r)
            return r;
        if (purgeData) {
            const QString dataDir = paths.pluginDataDir(info.key());
            if (Result<void> r = FolderRemover::remove(dataDir, QFileInfo(dataDir).path()); !r)
                return r;
        }
        runner->forget(info.key());
        activity->forget(info.key());
        actionsJsonCache.remove(info.key());
    }
    plugins.removeAt(i);
    Q_EMIT q->pluginRemoved(info.key(), info.folderName());
    // A duplicate-key loser becomes a plugin of its own once the winner is gone.
    if (ownsRow && std::any_of(plugins.cbegin(), plugins.cend(), [&](const PluginInfo &p) {
            return p.isDuplicate() && p.key() == info.key();
        })) {
        rescan(false);
    }
    return {};
}

} // namespace plugboard
