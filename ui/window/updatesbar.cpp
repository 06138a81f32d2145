// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/updatesbar.h"

#include "jobs/job.h"
#include "toasts/toast.h"
#include "toasts/toastarea.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace plugboard::ui {

UpdatesBar::UpdatesBar(PluginRepositories *repositories, ToastArea *toasts, QWidget *parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_toasts(toasts)
{
    setObjectName(QStringLiteral("updatesBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("updatesText"));
    m_text->setTextFormat(Qt::PlainText);
    m_show = new QPushButton(tr("Show Updates"), this);
    m_show->setObjectName(QStringLiteral("showUpdates"));
    m_show->setToolTip(tr("List only the plugins that have an update"));
    m_updateAll = new QPushButton(tr("Update All…"), this);
    m_updateAll->setObjectName(QStringLiteral("updateAll"));
    m_updateAll->setToolTip(tr("Install the new version of every plugin that has one"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("updatesProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelUpdates"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 6, 18, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_show);
    layout->addWidget(m_updateAll);
    layout->addWidget(m_cancel);

    connect(m_show, &QPushButton::clicked, this, &UpdatesBar::showUpdatesRequested);
    connect(m_updateAll, &QPushButton::clicked, this, &UpdatesBar::updateAll);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelled = true;
        m_queue.clear();
        if (m_job)
            m_job->cancel();
        updateText();
    });
    if (m_repositories) {
        connect(m_repositories, &PluginRepositories::offeredReady, this,
                &UpdatesBar::onOfferedReady);
        onOfferedReady();
    }
    updateText();
}

QHash<QString, QString> UpdatesBar::updates() const
{
    QHash<QString, QString> updates;
    for (const OfferedPlugin &p : m_offered)
        updates.insert(p.key, p.latestVersion);
    return updates;
}

void UpdatesBar::onOfferedReady()
{
    m_offered.clear();
    for (const OfferedPlugin &p : m_repositories->offered().plugins) {
        if (p.status == OfferedStatus::UpdateAvailable)
            m_offered.append(p);
    }
    updateText();
    Q_EMIT updatesChanged(updates());
}

QMessageBox *UpdatesBar::updateAll()
{
    if (m_offered.isEmpty() || isUpdating())
        return nullptr;
    QStringList lines;
    QStringList warnings;
    for (const OfferedPlugin &p : std::as_const(m_offered)) {
        lines
            << tr("%1: %2 → %3 (%4)").arg(p.name, p.installedVersion, p.latestVersion, p.repoName);
        if (p.signature == OfferedSignature::Invalid)
            warnings
                << tr("%1 is skipped: its repository's signature does not verify.").arg(p.name);
        else if (p.signature == OfferedSignature::Unsigned)
            warnings << tr("%1 comes from an unsigned repository: nothing proves who published "
                           "it.")
                            .arg(p.name);
        if (p.deprecated)
            warnings << tr("%1 is marked deprecated by its publisher.").arg(p.name);
    }
    auto *box = new QMessageBox(window());
    box->setObjectName(QStringLiteral("updateAllConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(warnings.isEmpty() ? QMessageBox::Question : QMessageBox::Warning);
    box->setWindowTitle(tr("Update All"));
    box->setTextFormat(Qt::PlainText);
    box->setText(m_offered.size() == 1 ? tr("Update %1?").arg(m_offered.first().name)
                                       : tr("Update %1 plugins?").arg(m_offered.size()));
    QString info = lines.join(QLatin1Char('\n'));
    if (!warnings.isEmpty())
        info += QStringLiteral("\n\n") + warnings.join(QLatin1Char('\n'));
    info += QStringLiteral("\n\n") +
            tr("Each plugin is stopped while its new version is installed; its settings are "
               "kept, and a failed update leaves the old version in place.");
    box->setInformativeText(info);
    auto *keep = new QCheckBox(tr("Keep enabled plugins switched on (I trust their new code)"));
    keep->setObjectName(QStringLiteral("keepEnabled"));
    box->setCheckBox(keep);
    QAbstractButton *update = box->addButton(tr("Update All"), QMessageBox::AcceptRole);
    update->setObjectName(QStringLiteral("confirmUpdateAll"));
    box->addButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, update, keep] {
        if (box->clickedButton() == update)
            startUpdates(keep->isChecked());
    });
    box->open();
    return box;
}

void UpdatesBar::startUpdates(bool keepEnabled)
{
    if (isUpdating() || !m_repositories)
        return;
    m_queue.clear();
    m_names.clear();
    for (const OfferedPlugin &p : std::as_const(m_offered)) {
        if (p.signature == OfferedSignature::Invalid)
            continue;
        RepositoryInstallRequest request;
        request.repoId = p.repoId;
        request.slug = p.slug;
        request.version = p.latestVersion;
        request.acceptUnsigned = p.signature == OfferedSignature::Unsigned;
        request.acceptDeprecated = p.deprecated;
        request.keepEnabled = keepEnabled;
        m_queue.append(request);
        m_names.insert(p.slug, p.name);
    }
    m_total = int(m_queue.size());
    m_keepEnabled = keepEnabled;
    m_done = 0;
    m_failures.clear();
    m_cancelled = false;
    startNext();
}

void UpdatesBar::startNext()
{
    if (m_queue.isEmpty() || !m_repositories) {
        finish();
        return;
    }
    const RepositoryInstallRequest request = m_queue.takeFirst();
    const QString name = m_names.value(request.slug, request.slug);
    RepositoryInstallJob *job = m_repositories->install(request);
    m_job = job;
    m_current = name;
    m_progress->setRange(0, 0);
    updateText();
    connect(job, &Job::progressChanged, this, [this](Job *j) {
        if (j->progress() >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(int(j->progress() * 100));
        }
    });
    connect(job, &Job::finished, this, [this, job, name] {
        m_job = nullptr;
        if (job->succeeded()) {
            ++m_done;
            m_lastName = name;
        } else if (job->error().code != ErrorCode::Cancelled)
            m_failures << tr("%1: %2").arg(name, job->error().message);
        startNext();
    });
}

void UpdatesBar::finish()
{
    const int total = m_total;
    m_total = 0;
    updateText();
    if (total == 0)
        return;
    if (!m_failures.isEmpty()) {
        m_toasts->show(Toast::Level::Error,
                       m_failures.size() == 1 ? tr("An update failed")
                                              : tr("%1 updates failed").arg(m_failures.size()),
                       m_failures.join(QLatin1Char('\n')));
    } else if (m_cancelled) {
        m_toasts->show(Toast::Level::Info, tr("Updates cancelled"),
                       tr("%1 of %2 plugins were updated; the others are as they were.")
                           .arg(m_done)
                           .arg(total));
    } else {
        m_toasts->show(Toast::Level::Success,
                       m_done == 1 ? tr("%1 updated").arg(m_lastName)
                                   : tr("%1 plugins updated").arg(m_done),
                       m_keepEnabled ? tr("Their settings were kept; enabled plugins stay on.")
                                     : tr("Their settings were kept. An enabled plugin is off "
                                          "until you enable its new code."));
    }
    Q_EMIT updatesFinished(m_done, m_failures);
}

void UpdatesBar::updateText()
{
    const bool updating = m_total > 0;
    if (updating) {
        const int current = m_total - int(m_queue.size());
        m_text->setText(
            m_cancelled ? tr("Cancelling the updates…")
                        : tr("Updating %1 (%2 of %3)…").arg(m_current).arg(current).arg(m_total));
    } else {
        m_text->setText(
            m_offered.size() == 1
                ? tr("1 update available from your repositories: %1 %2")
                      .arg(m_offered.first().name, m_offered.first().latestVersion)
                : tr("%1 updates available from your repositories").arg(m_offered.size()));
    }
    m_progress->setVisible(updating);
    m_cancel->setVisible(updating);
    m_cancel->setEnabled(!m_cancelled);
    m_show->setVisible(!updating);
    m_updateAll->setVisible(!updating);
    setVisible(updating || !m_offered.isEmpty());
}

} // namespace plugboard::ui
