// FindPluginsPage, its details area and installing from it: the confirmation, progress with
// Cancel, and the toast at the end. (findpluginspage.cpp: the page, its list and filters.)
#include "window/findpluginspage.h"
#include "window/findpluginsparts.h"

#include "dialogs/installconfirmdialog.h"
#include "jobs/job.h"
#include "theme/mantinecolors.h"
#include "theme/tonelabel.h"
#include "toasts/toastarea.h"
#include "widgets/letteravatar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plugboard::ui {

using namespace FindPlugins;

QScrollArea *FindPluginsPage::buildDetails()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("offeredDetails"));
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(300);
    auto *panel = new QWidget(scroll);
    m_avatar = new QLabel(panel);
    m_name = new QLabel(panel);
    m_name->setObjectName(QStringLiteral("offeredName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::Bold);
    m_name->setFont(f);
    m_meta = new QLabel(panel);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_badges = new QLabel(panel);
    m_badges->setObjectName(QStringLiteral("offeredBadges"));
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    m_description = new QLabel(panel);
    m_description->setObjectName(QStringLiteral("offeredDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_install = new QPushButton(tr("Install"), panel);
    m_install->setObjectName(QStringLiteral("installButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->addWidget(m_name);
    names->addWidget(m_meta);
    top->addLayout(names, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(top);
    layout->addWidget(m_badges);
    layout->addWidget(m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    scroll->setWidget(panel);
    return scroll;
}

const OfferedPlugin *FindPluginsPage::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return nullptr;
    const int index = item->data(NameColumn, IndexRole).toInt();
    return index >= 0 && index < m_plugins.size() ? &m_plugins[index] : nullptr;
}

void FindPluginsPage::showDetails()
{
    const OfferedPlugin *p = selected();
    m_details->widget()->setEnabled(p != nullptr);
    if (!p) {
        m_avatar->clear();
        m_name->setText(tr("No plugin selected"));
        m_meta->clear();
        m_badges->clear();
        m_description->setText(tr("Choose a plugin in the list to read about it."));
        m_install->hide();
        return;
    }
    m_avatar->setPixmap(letterAvatar(p->name, 48, devicePixelRatioF()));
    m_name->setText(p->name);
    QStringList meta;
    meta << tr("Version %1").arg(p->latestVersion);
    if (!p->author.isEmpty())
        meta << tr("by %1").arg(p->author);
    meta << tr("from %1").arg(p->repoName);
    if (!p->license.isEmpty())
        meta << tr("licence %1").arg(p->license);
    if (!p->lastUpdated.isEmpty())
        meta << tr("updated %1").arg(p->lastUpdated);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const auto badge = [](const QString &text, const QColor &colour) {
        return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
            .arg(colour.name(), text.toHtmlEscaped());
    };
    QStringList badges;
    badges << badge(p->signature == OfferedSignature::Verified  ? tr("Signature verified")
                    : p->signature == OfferedSignature::Invalid ? tr("Signature invalid")
                                                                : tr("Unsigned"),
                    signatureColour(p->signature, palette()));
    if (p->official)
        badges << badge(tr("Official repository"), palette().color(QPalette::Text));
    if (p->deprecated)
        badges << badge(tr("Deprecated"),
                        MantineColors::toneText(MantineColors::Tone::Warning, palette()));
    if (!p->installedVersion.isEmpty())
        badges << badge(tr("Installed: %1").arg(p->installedVersion),
                        palette().color(QPalette::Text));
    m_badges->setText(badges.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_description->setText(p->description.isEmpty() ? tr("The repository gives no description.")
                                                    : p->description);
    m_install->show();
    const bool busy = !m_installJob.isNull();
    const bool upToDate = p->status == OfferedStatus::UpToDate;
    m_install->setText(upToDate
                           ? tr("Installed")
                           : tr("%1 %2").arg(InstallConfirmDialog::verb(*p), p->latestVersion));
    m_install->setEnabled(!busy && !upToDate && p->signature != OfferedSignature::Invalid);
    m_install->setToolTip(p->signature == OfferedSignature::Invalid
                              ? tr("The repository's signature does not verify: Plugboard does not "
                                   "install from it.")
                              : QString());
}

bool FindPluginsPage::selectPlugin(const QString &slug)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden() &&
            m_plugins[item->data(NameColumn, IndexRole).toInt()].slug == slug) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void FindPluginsPage::installSelected()
{
    const OfferedPlugin *p = selected();
    if (!p || !m_install->isEnabled() || !m_repositories)
        return;
    auto *dialog = new InstallConfirmDialog(*p, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = p->name;
    connect(dialog, &QMessageBox::finished, this, [this, dialog, name] {
        if (dialog->accepted())
            startInstall(dialog->request(), name);
    });
    dialog->open();
}

void FindPluginsPage::startInstall(const RepositoryInstallRequest &request, const QString &name)
{
    RepositoryInstallJob *job = m_repositories->install(request);
    m_installJob = job;
    m_progressText->setText(tr("Installing %1 %2…").arg(name, request.version));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_progressRow->show();
    showDetails();
    connect(job, &Job::progressChanged, this, [this, name](Job *j) {
        if (j->progress() >= 0) {
            m_progress->setRange(0, 100);
            m_progress->setValue(int(j->progress() * 100));
        }
        if (!j->message().isEmpty())
            m_progressText->setText(j->message());
        m_cancel->setEnabled(!j->isCancelling());
    });
    connect(job, &Job::finished, this, [this, job, name] {
        m_progressRow->hide();
        m_installJob = nullptr;
        if (job->succeeded()) {
            const RepositoryInstallOutcome &outcome = job->result();
            m_toasts->show(Toast::Level::Success,
                           outcome.updated ? tr("%1 updated").arg(name)
                                           : tr("%1 installed").arg(name),
                           tr("Version %1 from %2. It is switched off: enable it on the Installed "
                              "page when you trust it.")
                               .arg(outcome.version, outcome.repoName));
            Q_EMIT installed(outcome.import.key.isEmpty() ? outcome.slug : outcome.import.key);
        } else if (job->error().code == ErrorCode::Cancelled) {
            m_toasts->show(Toast::Level::Info, tr("Install cancelled"),
                           tr("%1 was not installed; nothing changed.").arg(name));
        } else {
            m_toasts->show(Toast::Level::Error, tr("Could not install %1").arg(name),
                           job->error().message);
        }
        showDetails();
    });
}

} // namespace plugboard::ui
