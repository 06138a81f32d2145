// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FindPluginsPage, its details area and installing from it: every listed version, the
// confirmation, progress with Cancel, and the toast at the end. (findpluginspage.cpp: the page,
// its list and filters.)
#include "window/findpluginspage.h"

#include "dialogs/installconfirmdialog.h"
#include "jobs/job.h"
#include "models/offeredpluginsmodel.h"
#include "theme/mantinecolors.h"
#include "toasts/toastarea.h"
#include "widgets/letteravatar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QLabel *detailsLabel(QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(parent);
    if (name)
        label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A link for the details when `url` is http(s); empty otherwise.
QString link(const QString &url, const QString &text)
{
    const QUrl parsed(url);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QScrollArea *FindPluginsPage::buildDetails()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("offeredDetails"));
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(320);
    scroll->setFocusPolicy(Qt::NoFocus); // its buttons take the focus; no silent Tab stop
    auto *panel = new QWidget(scroll);
    m_avatar = new QLabel(panel);
    m_avatar->setObjectName(QStringLiteral("offeredAvatar"));
    m_name = detailsLabel(panel, "offeredName");
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::Bold);
    m_name->setFont(f);
    m_meta = detailsLabel(panel);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_badges = detailsLabel(panel, "offeredBadges");
    m_badges->setTextFormat(Qt::RichText);
    m_description = detailsLabel(panel, "offeredDescription");
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links = detailsLabel(panel, "offeredLinks");
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_install = new QPushButton(tr("Install"), panel);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setDefault(true);

    auto *versionsTitle = new QLabel(tr("Versions"), panel);
    QFont vf = versionsTitle->font();
    vf.setWeight(QFont::DemiBold);
    versionsTitle->setFont(vf);
    m_versionsNote = detailsLabel(panel, "versionsNote");
    m_versionsNote->setForegroundRole(QPalette::PlaceholderText);
    m_versions = new QTreeWidget(panel);
    m_versions->setObjectName(QStringLiteral("offeredVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setHeaderLabels({tr("Version"), tr("Released"), tr("Notes")});
    m_versions->header()->setStretchLastSection(true);
    m_versions->setMinimumHeight(100);
    m_versions->setMaximumHeight(220);
    m_versions->setAccessibleName(tr("Versions the repository lists"));
    m_installVersion = new QPushButton(tr("Install This Version"), panel);
    m_installVersion->setObjectName(QStringLiteral("installVersion"));
    connect(m_versions, &QTreeWidget::currentItemChanged, this,
            &FindPluginsPage::updateInstallButtons);
    connect(m_versions, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { installSelected(item->text(0)); });
    connect(m_installVersion, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_versions->currentItem())
            installSelected(item->text(0));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->addWidget(m_name);
    names->addWidget(m_meta);
    top->addLayout(names, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(top);
    layout->addWidget(m_badges);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_description);
    layout->addWidget(m_links);
    layout->addSpacing(8);
    layout->addWidget(versionsTitle);
    layout->addWidget(m_versionsNote);
    layout->addWidget(m_versions);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_installVersion);
    versionButtons->addStretch(1);
    layout->addLayout(versionButtons);
    layout->addStretch(1);
    scroll->setWidget(panel);
    return scroll;
}

const OfferedPlugin *FindPluginsPage::selected() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() ? &m_model->at(source.row()) : nullptr;
}

void FindPluginsPage::showDetails()
{
    const OfferedPlugin *p = selected();
    m_details->widget()->setEnabled(p != nullptr);
    if (!p) {
        m_avatar->clear();
        m_name->setText(tr("No plugin selected"));
        for (QLabel *label : {m_meta, m_badges, m_links, m_versionsNote})
            label->clear();
        m_description->setText(tr("Choose a plugin in the list to read about it."));
        m_versions->clear();
        m_detailsFor.clear();
        m_install->hide();
        m_installVersion->hide();
        return;
    }
    const QPixmap icon = m_model->icon(*p);
    m_avatar->setPixmap(
        icon.isNull() ? letterAvatar(p->name, OfferedPluginsModel::IconSize, devicePixelRatioF())
                      : icon);
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
                    OfferedPluginsModel::signatureColour(p->signature, palette()));
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
    m_installVersion->show();
    updateInstallButtons();
    loadVersions(*p);
}

void FindPluginsPage::loadVersions(const OfferedPlugin &plugin)
{
    const QString key = QString::number(plugin.repoId) + QLatin1Char('/') + plugin.slug;
    if (key == m_detailsFor) {
        if (m_shownDetails)
            showVersions(*m_shownDetails); // the notes follow what is installed now
        return;
    }
    m_shownDetails.reset();
    m_detailsFor = key;
    if (m_detailsJob)
        m_detailsJob->cancel();
    m_versions->clear();
    m_links->clear();
    m_versionsNote->setText(tr("Reading the versions the repository lists…"));
    m_versionsNote->show();
    if (!m_repositories)
        return;
    OfferedDetailsJob *job = m_repositories->details(plugin.repoId, plugin.slug);
    m_detailsJob = job;
    connect(job, &Job::finished, this, [this, job, key] {
        if (key == m_detailsFor && job->succeeded()) {
            m_shownDetails = job->result();
            showVersions(job->result());
        }
    });
}

void FindPluginsPage::showVersions(const OfferedDetails &details)
{
    const OfferedPlugin *p = selected();
    if (!p)
        return;
    QStringList links;
    for (const QString &l :
         {link(details.repoUrl, tr("Project page")), link(details.discordThread, tr("Discussion")),
          link(details.sourceUrl, tr("Source"))}) {
        if (!l.isEmpty())
            links << l;
    }
    QString text = links.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (!details.maintainers.isEmpty()) {
        const QString maintainers =
            tr("Maintained by %1").arg(details.maintainers.join(QStringLiteral(", ")));
        text = text.isEmpty() ? maintainers.toHtmlEscaped()
                              : maintainers.toHtmlEscaped() + QStringLiteral("<br>") + text;
    }
    m_links->setText(text);

    const QString current =
        m_versions->currentItem() ? m_versions->currentItem()->text(0) : QString();
    m_versions->clear();
    QList<OfferedVersion> versions = details.versions;
    if (versions.isEmpty()) {
        OfferedVersion latest;
        latest.version = p->latestVersion;
        latest.released = p->lastUpdated;
        versions << latest;
    }
    QList<QTreeWidgetItem *> items;
    for (const OfferedVersion &v : std::as_const(versions)) {
        QStringList notes;
        if (v.version == p->latestVersion)
            notes << tr("latest");
        if (v.version == p->installedVersion)
            notes << tr("installed");
        if (v.prerelease)
            notes << tr("pre-release");
        if (!v.minDispatcharrVersion.isEmpty())
            notes << tr("Dispatcharr ≥ %1").arg(v.minDispatcharrVersion);
        if (v.sizeBytes > 0)
            notes << QLocale().formattedDataSize(v.sizeBytes, 0);
        auto *item =
            new QTreeWidgetItem({v.version, v.released.left(10), notes.join(QStringLiteral(", "))});
        items << item;
    }
    m_versions->addTopLevelItems(items);
    m_versions->resizeColumnToContents(0);
    m_versions->resizeColumnToContents(1);
    QTreeWidgetItem *chosen = items.value(0);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->text(0) == current)
            chosen = item;
    }
    m_versions->setCurrentItem(chosen);
    m_versionsNote->setText(details.problem.isEmpty()
                                ? QString()
                                : tr("Only the latest version is known: %1").arg(details.problem));
    m_versionsNote->setVisible(!details.problem.isEmpty());
    updateInstallButtons();
}

void FindPluginsPage::updateInstallButtons()
{
    const OfferedPlugin *p = selected();
    if (!p)
        return;
    const bool busy = !m_installJob.isNull();
    const bool invalid = p->signature == OfferedSignature::Invalid;
    const bool upToDate = p->status == OfferedStatus::UpToDate;
    m_install->setText(upToDate
                           ? tr("Installed")
                           : tr("%1 %2").arg(InstallConfirmDialog::verb(*p), p->latestVersion));
    m_install->setEnabled(!busy && !upToDate && !invalid);
    const QString why = invalid ? tr("The repository's signature does not verify: Plugboard does "
                                     "not install from it.")
                                : QString();
    m_install->setToolTip(why);
    const QTreeWidgetItem *version = m_versions->currentItem();
    if (version) {
        const OfferedPlugin chosen = PluginRepositories::asVersion(*p, version->text(0));
        m_installVersion->setText(
            tr("%1 %2").arg(InstallConfirmDialog::verb(chosen), version->text(0)));
    } else {
        m_installVersion->setText(tr("Install This Version"));
    }
    m_installVersion->setEnabled(!busy && !invalid && version);
    m_installVersion->setToolTip(why.isEmpty() ? tr("Install the version chosen above") : why);
}

QStringList FindPluginsPage::listedVersions() const
{
    QStringList versions;
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i)
        versions << m_versions->topLevelItem(i)->text(0);
    return versions;
}

bool FindPluginsPage::installVersion(const QString &version)
{
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        if (m_versions->topLevelItem(i)->text(0) == version) {
            m_versions->setCurrentItem(m_versions->topLevelItem(i));
            m_installVersion->click();
            return true;
        }
    }
    return false;
}

bool FindPluginsPage::selectPlugin(const QString &slug)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(OfferedPluginsModel::SlugRole).toString() == slug) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    return false;
}

void FindPluginsPage::installSelected(const QString &version)
{
    const OfferedPlugin *p = selected();
    if (!p || !m_repositories || m_installJob || p->signature == OfferedSignature::Invalid)
        return;
    const OfferedPlugin chosen = PluginRepositories::asVersion(*p, version);
    if (version.isEmpty() && chosen.status == OfferedStatus::UpToDate)
        return;
    auto *dialog = new InstallConfirmDialog(chosen, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // While the user reads, the zip is downloaded and inspected: the dialog then says whether
    // its code needs Dispatcharr's server or a Python module Plugboard lacks.
    RepositoryInstallRequest check = dialog->request();
    check.checkOnly = true;
    QPointer<RepositoryInstallJob> checking = m_repositories->install(check);
    connect(checking, &Job::finished, dialog, [dialog, job = checking.data()] {
        if (job->succeeded())
            dialog->setRequirements(job->result().requirements);
        else if (job->error().code != ErrorCode::Cancelled)
            dialog->setRequirements({}, job->error().message);
    });
    const QString name = p->name;
    connect(dialog, &QMessageBox::finished, this, [this, dialog, name, checking] {
        if (checking)
            checking->cancel();
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
