// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/importoperation.h"

#include "catalog/pluginkey.h"
#include "common/runinpool.h"
#include "install/folderremover.h"
#include "install/zipinstaller.h"
#include "install/zippath.h"
#include "manager/pluginmanager_p.h"
#include <QCoreApplication>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcManager)

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginImporter)
};

QString versionText(const QString &version)
{
    return version.isEmpty() ? Text::tr("without a version") : Text::tr("version %1").arg(version);
}

} // namespace

ImportOperation::ImportOperation(PluginManagerPrivate *manager, const ImportPreview &preview,
                                 ImportOptions options)
    : ResultJob<ImportOutcome>(manager->q)
    , d(manager)
    , m_options(std::move(options))
{
    m_outcome.zipPath = preview.zipPath;
    if (preview.report)
        m_report = *preview.report;
    setCanceller([this] {
        m_cancelRequested = true;
        return true;
    });
}

ImportOperation::ImportOperation(PluginManagerPrivate *manager, QString zipPath,
                                 ImportOptions options)
    : ResultJob<ImportOutcome>(manager->q)
    , d(manager)
    , m_options(std::move(options))
{
    m_outcome.zipPath = std::move(zipPath);
    setCanceller([this] {
        m_cancelRequested = true;
        return true;
    });
}

void ImportOperation::start()
{
    setStarted();
    if (stopIfCancelled())
        return;
    if (m_report)
        chooseTarget(*std::exchange(m_report, std::nullopt));
    else
        inspect();
}

void ImportOperation::failWith(const Error &error)
{
    m_outcome.ok = false;
    m_outcome.error = error;
    fail(error, m_outcome);
}

bool ImportOperation::stopIfCancelled(const QString &staging)
{
    if (!m_cancelRequested)
        return false;
    if (!staging.isEmpty())
        ZipInstaller::discardStaging(staging);
    failWith(Error::make(ErrorCode::Cancelled,
                         Text::tr("The import was cancelled; nothing was installed.")));
    return true;
}

// 1. Read the whole archive, writing nothing.
void ImportOperation::inspect()
{
    setProgress(-1, Text::tr("Checking the zip…"));
    const QString zipPath = m_outcome.zipPath;
    runInPool(
        this, [zipPath] { return ZipInspector::inspect(zipPath); },
        [this](Result<ZipReport> inspected) {
            if (!inspected)
                return failWith(inspected.error());
            if (!stopIfCancelled())
                chooseTarget(std::move(inspected).value());
        });
}

// 2. Where it goes, and whether the user agreed to replace what is there.
void ImportOperation::chooseTarget(ZipReport report)
{
    if (!m_options.folderName.isEmpty()) {
        const QString name = m_options.folderName.trimmed();
        if (const QString problem = ZipPath::checkFolderName(name); !problem.isEmpty())
            return failWith(Error::make(ErrorCode::InvalidInput, problem));
        report.folderName = name;
        report.key = PluginKey::fromFolderName(name);
    }
    const std::optional<PluginInfo> existing = d->q->plugin(report.key);
    m_replacing = existing && !existing->isMissing() && existing->key() == report.key;
    if (m_replacing && !m_options.replace) {
        return failWith(Error::make(
            ErrorCode::Conflict, Text::tr("\"%1\" is already installed (%2). Installing %3 over it "
                                          "needs your consent: choose Replace.")
                                     .arg(existing->name(), versionText(existing->version()),
                                          versionText(report.manifest.version))));
    }
    m_outcome.key = report.key;
    m_outcome.folderName = m_replacing ? existing->folderName() : report.folderName;
    m_outcome.name = report.manifest.name.isEmpty() ? m_outcome.folderName : report.manifest.name;
    m_outcome.version = report.manifest.version;
    m_outcome.replaced = m_replacing;
    m_outcome.previousVersion = m_replacing ? existing->version() : QString();
    m_wasEnabled = m_replacing && existing->enabled();
    m_keepEnabled = m_wasEnabled && m_options.keepEnabled;
    m_report = std::move(report);
    extract();
}

// 3. Into a hidden staging folder, checking every byte again.
void ImportOperation::extract()
{
    setProgress(-1, Text::tr("Extracting…"));
    const QString pluginsDir = d->paths.pluginsDir;
    runInPool(
        this,
        [report = *m_report, pluginsDir] {
            return ZipInstaller::extractToStaging(report, pluginsDir);
        },
        [this](Result<QString> staging) {
            if (!staging)
                return failWith(staging.error());
            if (!stopIfCancelled(staging.value()))
                stopOldPlugin(staging.value());
        });
}

// 4. The old code stops before its folder moves (SPEC §9 reason "replace").
void ImportOperation::stopOldPlugin(const QString &staging)
{
    if (m_replacing)
        d->stop(m_outcome.key, StopReason::Replace);
    moveIntoPlace(staging);
}

// 5. One rename into place (a replace: aside, in, and back again on any failure).
void ImportOperation::moveIntoPlace(const QString &staging)
{
    setCanceller({}); // past this point the plugins folder changes: no going back halfway
    setProgress(-1, Text::tr("Installing…"));
    const QString pluginsDir = d->paths.pluginsDir;
    runInPool(
        this,
        [staging, pluginsDir, folder = m_outcome.folderName, replacing = m_replacing] {
            QString backup;
            Result<void> committed =
                ZipInstaller::commit(staging, pluginsDir, folder, replacing, &backup);
            return committed ? Result<QString>(backup) : Result<QString>(committed.error());
        },
        [this](Result<QString> backup) {
            if (!backup) {
                if (m_wasEnabled)
                    (void)d->load(m_outcome.key); // the old code is back
                return failWith(backup.error());
            }
            adoptNewCode(backup.value());
        });
}

// 6. New code needs trust again unless the user kept it enabled knowingly; then a rescan.
void ImportOperation::adoptNewCode(const QString &backup)
{
    if (m_replacing) {
        if (Result<void> r = d->markCodeReplaced(m_outcome.key, m_keepEnabled); !r)
            qCWarning(lcManager) << "import:" << r.error().message;
        if (!backup.isEmpty())
            (void)FolderRemover::remove(backup, d->paths.pluginsDir);
    }
    auto *rescanned = new ReloadJob(this);
    connect(rescanned, &Job::finished, this, [this](Job *job) { report(job->error().message); });
    d->rescan(false, rescanned);
}

// 7. The outcome, with the plugin as discovery sees it now.
void ImportOperation::report(const QString &rescanError)
{
    const std::optional<PluginInfo> info = d->q->plugin(m_outcome.key);
    if (m_keepEnabled && info && info->enabled())
        (void)d->load(m_outcome.key);
    if (!info) {
        return failWith(Error::make(ErrorCode::Internal,
                                    rescanError.isEmpty()
                                        ? Text::tr("The plugin was installed but discovery did not "
                                                   "find it.")
                                        : rescanError));
    }
    m_outcome.ok = true;
    m_outcome.name = info->name();
    m_outcome.enabled = info->enabled();
    succeed(m_outcome);
}

} // namespace plugboard
