#include "install/pluginimporter.h"

#include "catalog/pluginkey.h"
#include "install/folderremover.h"
#include "install/zipinspector.h"
#include "install/zipinstaller.h"
#include "install/zippath.h"
#include "pluginmanager.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace plugboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PluginImporter", text);
}

// Runs `work` on a pool thread and `done` with its result on `context`'s thread.
template<typename Work, typename Done> void runInPool(QObject *context, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

QString versionText(const QString &version)
{
    return version.isEmpty() ? tr("without a version") : tr("version %1").arg(version);
}

} // namespace

PluginImporter::PluginImporter(PluginManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

quint64 PluginImporter::import(const QString &zipPath, const ImportOptions &options)
{
    const quint64 id = m_nextId++;
    m_queue.enqueue({id, zipPath, options});
    QMetaObject::invokeMethod(this, &PluginImporter::next, Qt::QueuedConnection);
    return id;
}

void PluginImporter::fail(const Request &request, const Error &error)
{
    ImportOutcome outcome;
    outcome.id = request.id;
    outcome.zipPath = request.zipPath;
    outcome.error = error;
    finish(std::move(outcome));
}

void PluginImporter::finish(ImportOutcome outcome)
{
    m_busy = false;
    Q_EMIT finished(outcome);
    next();
}

void PluginImporter::next()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const Request request = m_queue.dequeue();
    Q_EMIT started(request.id, request.zipPath);
    const QString pluginsDir = m_manager->paths().pluginsDir;
    const QString zipPath = request.zipPath;

    // 1. Inspect, writing nothing.
    runInPool(
        this, [zipPath] { return ZipInspector::inspect(zipPath); },
        [this, request, pluginsDir](Result<ZipReport> inspected) {
            if (!inspected)
                return fail(request, inspected.error());
            ZipReport report = std::move(inspected).value();
            if (!request.options.folderName.isEmpty()) {
                const QString name = request.options.folderName.trimmed();
                if (const QString problem = ZipPath::checkFolderName(name); !problem.isEmpty())
                    return fail(request, Error::make(ErrorCode::InvalidInput, problem));
                report.folderName = name;
                report.key = PluginKey::fromFolderName(name);
            }
            const std::optional<PluginInfo> existing = m_manager->plugin(report.key);
            const bool replacing = existing && !existing->missing && existing->key == report.key;
            if (replacing && !request.options.replace) {
                return fail(
                    request,
                    Error::make(ErrorCode::Conflict,
                                tr("\"%1\" is already installed (%2). Installing %3 over it "
                                   "needs your consent: choose Replace.")
                                    .arg(existing->name(), versionText(existing->version()),
                                         versionText(report.manifest.version))));
            }
            ImportOutcome outcome;
            outcome.id = request.id;
            outcome.zipPath = request.zipPath;
            outcome.key = report.key;
            outcome.folderName = replacing ? existing->folderName : report.folderName;
            outcome.name =
                report.manifest.name.isEmpty() ? outcome.folderName : report.manifest.name;
            outcome.version = report.manifest.version;
            outcome.replaced = replacing;
            outcome.previousVersion = replacing ? existing->version() : QString();
            const bool wasEnabled = replacing && existing->enabled;
            const bool keepEnabled = wasEnabled && request.options.keepEnabled;

            // 2. Extract into a hidden staging folder, checking every byte again.
            runInPool(
                this,
                [report, pluginsDir] { return ZipInstaller::extractToStaging(report, pluginsDir); },
                [this, request, outcome, pluginsDir, replacing, wasEnabled,
                 keepEnabled](Result<QString> staging) {
                    if (!staging)
                        return fail(request, staging.error());
                    // 3. Stop the old code before its folder moves (SPEC §9 reason "replace").
                    if (replacing)
                        m_manager->stopPlugin(outcome.key, StopReason::Replace);
                    const QString stagingPath = staging.value();
                    const QString folder = outcome.folderName;
                    // 4. Rename into place (replace: move aside, move in, roll back on failure).
                    runInPool(
                        this,
                        [stagingPath, pluginsDir, folder, replacing] {
                            QString backup;
                            Result<void> committed = ZipInstaller::commit(
                                stagingPath, pluginsDir, folder, replacing, &backup);
                            return committed ? Result<QString>(backup)
                                             : Result<QString>(committed.error());
                        },
                        [this, request, outcome, pluginsDir, replacing, wasEnabled,
                         keepEnabled](Result<QString> backup) mutable {
                            if (!backup) {
                                if (wasEnabled)
                                    (void)m_manager->ensureLoaded(
                                        outcome.key); // the old code is back
                                return fail(request, backup.error());
                            }
                            // 5. New code: trust again unless the user kept it enabled knowingly.
                            if (replacing) {
                                if (Result<void> r =
                                        m_manager->markCodeReplaced(outcome.key, keepEnabled);
                                    !r) {
                                    qWarning("import: %s", qPrintable(r.error().message));
                                }
                                if (!backup.value().isEmpty())
                                    (void)FolderRemover::remove(backup.value(), pluginsDir);
                            }
                            auto connection = std::make_shared<QMetaObject::Connection>();
                            *connection = connect(
                                m_manager, &PluginManager::discoveryFinished, this,
                                [this, connection, outcome,
                                 keepEnabled](const QString &error) mutable {
                                    disconnect(*connection);
                                    const std::optional<PluginInfo> info =
                                        m_manager->plugin(outcome.key);
                                    if (keepEnabled && info && info->enabled)
                                        (void)m_manager->ensureLoaded(outcome.key);
                                    outcome.ok = info.has_value();
                                    if (!outcome.ok) {
                                        outcome.error = Error::make(
                                            ErrorCode::Internal,
                                            error.isEmpty() ? tr("The plugin was installed but "
                                                                 "discovery did not find it.")
                                                            : error);
                                    } else {
                                        outcome.name = info->name();
                                        outcome.enabled = info->enabled;
                                    }
                                    finish(std::move(outcome));
                                });
                            m_manager->reloadInBackground(false);
                        });
                });
        });
}

} // namespace plugboard
