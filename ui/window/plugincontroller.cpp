// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/plugincontroller.h"

#include "catalog/confirmation.h"
#include "common/memorylimits.h"
#include "dialogs/confirmrundialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/loaderrordialog.h"
#include "dialogs/removedialog.h"
#include "dialogs/trustdialog.h"
#include "jobs/resultjob.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"
#include "runner/activity.h"
#include "runner/runjob.h"
#include "toasts/toastarea.h"
#include "window/resultsummary.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace plugboard::ui {

PluginController::PluginController(PluginManager *manager, QWidget *window, ToastArea *toasts,
                                   QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_window(window)
    , m_toasts(toasts)
{
    const Activity *activity = manager->activity();
    connect(activity, &Activity::jobFinished, this,
            [this](const RunJob *job) { onJobFinished(job->result()); });
    connect(activity, &Activity::notification, this,
            [this](const QString &key, const QString &level, const QString &title,
                   const QString &message) {
                const Toast::Level l = level == QLatin1String("error")     ? Toast::Level::Error
                                       : level == QLatin1String("warning") ? Toast::Level::Warning
                                       : level == QLatin1String("success") ? Toast::Level::Success
                                                                           : Toast::Level::Info;
                const std::optional<PluginInfo> info = m_manager->plugin(key);
                const QString name = info ? info->name() : key;
                Toast *toast = m_toasts->show(
                    l, title.isEmpty() ? name : tr("%1 · %2").arg(name, title), message);
                toast->setShowLink(true);
                connect(toast, &Toast::activated, this,
                        [this, key] { Q_EMIT showPluginRequested(key, true); });
            });
    connect(manager, &PluginManager::pluginLoaded, this, [this](const QString &key, bool ok) {
        if (ok)
            return;
        const std::optional<PluginInfo> info = m_manager->plugin(key);
        Toast *toast = m_toasts->show(Toast::Level::Error,
                                      tr("%1 failed to load").arg(info ? info->name() : key),
                                      info ? info->error() : QString());
        toast->setShowLink(true);
        connect(toast, &Toast::activated, this,
                [this, key] { Q_EMIT showPluginRequested(key, false); });
    });
}

QString PluginController::reference(const PluginInfo &info)
{
    return info.isDuplicate() ? info.folderName() : info.key();
}

void PluginController::error(const QString &title, const QString &message)
{
    m_toasts->show(Toast::Level::Error, title, message);
}

void PluginController::setEnabled(const QString &plugin, bool enabled)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return;
    if (!enabled || info->trusted()) {
        const Result<PluginInfo> r = m_manager->setEnabled(plugin, enabled);
        if (!r)
            error(enabled ? tr("Could not enable %1").arg(info->name())
                          : tr("Could not disable %1").arg(info->name()),
                  r.error().message);
        return;
    }
    if (const QString blocker = info->enableBlocker(); !blocker.isEmpty()) {
        error(tr("Could not enable %1").arg(info->name()), blocker);
        return;
    }
    // First enable (or new code): the trust warning, answered asynchronously.
    auto *dialog = new TrustDialog(info->name(), info->author(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QMessageBox::finished, this, [this, dialog, plugin] {
        if (!dialog->trusted())
            return;
        const std::optional<PluginInfo> now = m_manager->plugin(plugin);
        const Result<PluginInfo> r = m_manager->setEnabled(plugin, true, true);
        if (!r)
            error(tr("Could not enable %1").arg(now ? now->name() : plugin), r.error().message);
    });
    dialog->open();
}

void PluginController::toggleFromCard(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return;
    if (!info->enabled()) {
        setEnabled(plugin, true);
        return;
    }
    const auto turnOff = [this, plugin, name = info->name()] {
        const Result<PluginInfo> r = m_manager->setEnabled(plugin, false);
        if (!r) {
            error(tr("Could not disable %1").arg(name), r.error().message);
            return;
        }
        Toast *toast = m_toasts->show(Toast::Level::Info, tr("%1 is off").arg(name),
                                      tr("Its stop() ran and its code was unloaded."));
        toast->setActionLink(tr("Undo"));
        connect(toast, &Toast::activated, this, [this, plugin] { setEnabled(plugin, true); });
    };
    int running = 0;
    for (const RunJob *job : m_manager->activity()->jobs())
        running += job->key() == info->key() && !job->isFinished() ? 1 : 0;
    if (running == 0) {
        turnOff();
        return;
    }
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Turn off %1?").arg(info->name()),
        tr("%1 is running an action. Turning it off cancels the run.").arg(info->name()),
        QMessageBox::NoButton, m_window);
    ask->setObjectName(QStringLiteral("confirmTurnOff"));
    ask->addButton(QMessageBox::Cancel);
    QAbstractButton *off = ask->addButton(tr("Turn Off"), QMessageBox::DestructiveRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [ask, off, turnOff] {
        if (ask->clickedButton() == off)
            turnOff();
    });
    ask->open();
}

void PluginController::runAction(const QString &plugin, const QString &actionId)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return;
    const ActionSpec *action = info->action(actionId);
    const auto run = [this, plugin, actionId] {
        const Result<RunJob *> job = m_manager->runAction(plugin, actionId, {});
        if (!job)
            error(tr("Could not run %1").arg(actionId), job.error().message);
    };
    const std::optional<Confirmation> confirmation =
        action ? confirmationFor(*info, *action) : std::nullopt;
    if (!confirmation) {
        run();
        return;
    }
    auto *dialog = new ConfirmRunDialog(confirmation->title, confirmation->message,
                                        action->shownButtonLabel(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QMessageBox::finished, this, [dialog, run] {
        if (dialog->confirmed())
            run();
    });
    dialog->open();
}

void PluginController::cancel(RunJob *job)
{
    if (job)
        job->cancel();
}

void PluginController::remove(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return;
    auto *dialog = new RemoveDialog(info->name(), info->path(), info->isMissing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = info->name();
    connect(dialog, &QDialog::accepted, this, [this, dialog, plugin, name] {
        const Result<void> r = m_manager->remove(plugin, dialog->purgeData());
        if (!r)
            error(tr("Could not remove %1").arg(name), r.error().message);
        else
            m_toasts->show(Toast::Level::Success, tr("Removed %1").arg(name), {});
    });
    dialog->open();
}

void PluginController::showLoadError(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info || info->loadError().isEmpty())
        return;
    auto *dialog =
        new LoadErrorDialog(info->name(), info->loadError(), info->traceback(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoadErrorDialog::retryRequested, this,
            [this, plugin] { reloadPlugin(plugin); });
    dialog->open();
}

Result<PluginInfo> PluginController::saveSettings(const QString &plugin, const QJsonObject &changes)
{
    Result<PluginInfo> saved = m_manager->saveSettings(plugin, changes);
    if (saved) {
        m_toasts->show(Toast::Level::Success, tr("Settings saved"),
                       tr("%1 uses them from its next run.").arg(saved.value().name()));
    }
    return saved;
}

void PluginController::resetSettings(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    if (!info)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Reset settings?"),
                        tr("Every setting of %1 goes back to its default value.").arg(info->name()),
                        QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("resetSettingsDialog"));
    box->setTextFormat(Qt::PlainText); // the name is the plugin's own text
    QAbstractButton *reset = box->addButton(tr("Reset"), QMessageBox::AcceptRole);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, reset, plugin] {
        if (box->clickedButton() != reset)
            return;
        const Result<PluginInfo> r = m_manager->resetSettings(plugin);
        if (!r) {
            error(tr("Could not reset the settings"), r.error().message);
            return;
        }
        Q_EMIT settingsReset(r.value().key());
        m_toasts->show(Toast::Level::Success, tr("Settings reset"),
                       tr("%1 is back to its defaults.").arg(r.value().name()));
    });
    box->open();
}

void PluginController::reloadAll()
{
    // A failure is told by the window, which hears about every rescan.
    m_manager->reload();
}

void PluginController::reloadPlugin(const QString &plugin)
{
    ReloadJob *job = m_manager->reload(plugin);
    connect(job, &Job::finished, this, [this, job, plugin] {
        if (!job->succeeded())
            error(tr("Could not reload %1").arg(plugin), job->error().message);
    });
}

void PluginController::editMemoryLimit(const QString &plugin)
{
    const std::optional<PluginInfo> info = m_manager->plugin(plugin);
    bool isDefault = true;
    const Result<int> current = m_manager->memoryLimitMb(plugin, &isDefault);
    if (!info || !current) {
        if (!current)
            error(tr("Could not read the memory limit"), current.error().message);
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("memoryLimitDialog"));
    dialog->setWindowTitle(tr("Memory Limit of %1").arg(info->name()));
    dialog->setLabelText(tr("%1 runs in a process of its own. How much memory may it use, in "
                            "MiB? A run that needs more fails with a message; nothing else is "
                            "harmed. The default is %2 MiB.")
                             .arg(info->name())
                             .arg(MemoryLimits::DefaultMb));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(MemoryLimits::MinMb, MemoryLimits::MaxMb);
    dialog->setIntStep(256);
    dialog->setIntValue(current.value());
    dialog->setOkButtonText(tr("Apply"));
    if (auto *label = dialog->findChild<QLabel *>())
        label->setWordWrap(true); // QInputDialog keeps its label on one line otherwise
    dialog->setMinimumWidth(440);
    dialog->setMaximumWidth(560);
    dialog->setWindowModality(Qt::WindowModal);
    const QString name = info->name();
    connect(dialog, &QInputDialog::intValueSelected, this, [this, plugin, name](int mb) {
        const Result<int> set = m_manager->setMemoryLimitMb(plugin, mb);
        if (!set) {
            error(tr("Could not change the memory limit"), set.error().message);
            return;
        }
        m_toasts->show(Toast::Level::Success, tr("Memory limit set"),
                       tr("%1 may now use %2 MiB.").arg(name).arg(set.value()));
    });
    dialog->open();
}

void PluginController::addExamplePlugins()
{
    ExamplesJob *job = m_manager->addExamples();
    connect(job, &Job::finished, this, [this, job] {
        if (!job->succeeded()) {
            error(tr("Could not add the example plugins"), job->error().message);
            return;
        }
        const QStringList &added = job->result();
        m_toasts->show(Toast::Level::Success, tr("Example plugins added"),
                       added.isEmpty()
                           ? tr("They were already there.")
                           : tr("Added %1. They start disabled: switch one on to try it.")
                                 .arg(added.join(QStringLiteral(", "))));
        Q_EMIT examplesAdded(added);
    });
}

void PluginController::importZips(const QStringList &paths)
{
    m_zipQueue << paths;
    previewNextZip();
}

void PluginController::previewNextZip()
{
    if (m_previewing || m_zipQueue.isEmpty())
        return;
    m_previewing = true;
    const QString path = m_zipQueue.takeFirst();
    PreviewJob *preview = m_manager->preview(path);
    connect(preview, &Job::finished, this, [this, preview, path] {
        if (!preview->succeeded()) {
            error(tr("Could not import %1").arg(QFileInfo(path).fileName()),
                  preview->error().message);
            m_previewing = false;
            previewNextZip();
            return;
        }
        auto *dialog = new ImportDialog(
            preview->result(),
            [this](const QString &key) -> std::optional<PluginInfo> {
                return m_manager->plugin(key);
            },
            m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this,
                [this, dialog, proven = preview->result()](int result) {
                    if (result == QDialog::Accepted) {
                        ImportJob *job = m_manager->import(proven, dialog->options());
                        connect(job, &Job::finished, this,
                                [this, job] { onImportFinished(job->result()); });
                    }
                    m_previewing = false;
                    previewNextZip();
                });
        dialog->open();
    });
}

void PluginController::onImportFinished(const ImportOutcome &outcome)
{
    const QString zip = QFileInfo(outcome.zipPath).fileName();
    if (!outcome.ok) {
        error(tr("Could not import %1").arg(zip), outcome.error.message);
        return;
    }
    const QString what =
        outcome.version.isEmpty() ? outcome.name : tr("%1 %2").arg(outcome.name, outcome.version);
    Toast *toast = m_toasts->show(
        Toast::Level::Success,
        outcome.replaced ? tr("Replaced with %1").arg(what) : tr("Installed %1").arg(what),
        outcome.enabled ? tr("It stays enabled with its settings.")
        : outcome.replaced
            ? tr("Its settings are kept. It is disabled until you trust the new code.")
            : tr("It is disabled until you enable it."));
    const QString key = outcome.key;
    Q_EMIT showPluginRequested(key, false);
    if (!outcome.enabled) {
        toast->setActionLink(tr("Enable now"));
        connect(toast, &Toast::activated, this, [this, key] { setEnabled(key, true); });
    }
}

void PluginController::openDocs(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void PluginController::onJobFinished(const JobResult &result)
{
    const std::optional<PluginInfo> info = m_manager->plugin(result.key);
    const QString name = info ? info->name() : result.key;
    const ActionSpec *action = info ? info->action(result.action) : nullptr;
    QString label = action ? action->label : result.action;
    if (label.startsWith(QLatin1String("submit:")))
        label = tr("background job %1").arg(label.mid(7));
    const QString title = tr("%1 · %2").arg(name, label);
    Toast::Level level = Toast::Level::Success;
    QString message = ResultSummary::text(result);
    switch (result.outcome) {
    case JobResult::Outcome::Ok:
        if (message.isEmpty())
            message = tr("Finished.");
        // "ok" is not the whole story when it logged errors meanwhile.
        if (const QString note =
                ResultSummary::errorsNote(result, m_manager->activity()->logLines(result.key));
            !note.isEmpty()) {
            level = Toast::Level::Warning;
            message += QLatin1Char('\n') + note;
        }
        break;
    case JobResult::Outcome::Cancelled:
        level = Toast::Level::Warning;
        message = tr("Cancelled.");
        break;
    case JobResult::Outcome::TimedOut:
    case JobResult::Outcome::Error:
    case JobResult::Outcome::Failed:
        level = Toast::Level::Error;
        if (message.isEmpty())
            message = result.message;
        break;
    }
    Toast *toast = m_toasts->show(level, title, message);
    toast->setShowLink(true);
    connect(toast, &Toast::activated, this,
            [this, key = result.key, id = result.jobId, started = result.startedAtMs] {
                Q_EMIT showRunRequested(key, id, started);
            });
}

} // namespace plugboard::ui
