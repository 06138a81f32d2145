// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/findpluginspage.h"

#include "cards/statebuttondelegate.h"
#include "dialogs/installconfirmdialog.h"
#include "dialogs/managerepositoriesdialog.h"
#include "jobs/job.h"
#include "models/offeredpluginsmodel.h"
#include "theme/tonelabel.h"
#include "toasts/toast.h"
#include "toasts/toastarea.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QLabel *pageText(const QString &text, QWidget *parent, bool title = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    if (title) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
    } else {
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    return label;
}

} // namespace

FindPluginsPage::FindPluginsPage(PluginRepositories *repositories, ToastArea *toasts,
                                 QWidget *parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_toasts(toasts)
{
    setObjectName(QStringLiteral("findPluginsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("findStack"));
    m_gate = buildGate();
    m_stack->addWidget(m_gate);
    m_emptyPage = new QWidget(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("findEmpty"));
    m_emptyText = pageText(QString(), m_emptyPage);
    m_emptyText->setObjectName(QStringLiteral("findEmptyText"));
    auto *empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    empty->addWidget(m_emptyText);
    empty->addStretch(2);
    m_stack->addWidget(m_emptyPage);
    m_listPage = buildList();
    m_stack->addWidget(m_listPage);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &FindPluginsPage::applyFilter);
    connect(m_repoFilter, &QComboBox::currentIndexChanged, this, &FindPluginsPage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &FindPluginsPage::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindPluginsPage::showDetails);
    connect(m_list, &QTreeView::activated, this, [this] { installSelected(); });
    connect(m_install, &QPushButton::clicked, this, [this] { installSelected(); });
    if (m_repositories) {
        connect(m_repositories, &PluginRepositories::offeredReady, this,
                &FindPluginsPage::onOfferedReady);
        connect(m_repositories, &PluginRepositories::updatesFound, this, [this](int updates, int) {
            m_toasts->show(Toast::Level::Info, tr("Updates available"),
                           updates == 1
                               ? tr("1 installed plugin can be updated: Installed ▸ Updates "
                                    "shows it.")
                               : tr("%1 installed plugins can be updated: Installed ▸ Updates "
                                    "shows them.")
                                     .arg(updates));
        });
        connect(m_repositories, &PluginRepositories::changed, this, [this] {
            updateRepositories();
            updatePage(); // online access may have been allowed elsewhere (REST)
        });
        connect(m_repositories, &PluginRepositories::refreshStarted, this, [this] {
            m_refresh->setEnabled(false);
            m_refresh->setText(tr("Refreshing…"));
        });
        connect(m_repositories, &PluginRepositories::refreshFinished, this,
                [this](const QStringList &errors) {
                    m_refresh->setEnabled(true);
                    m_refresh->setText(tr("Refresh"));
                    m_refreshErrors = errors;
                    updateRepositories();
                });
    }
    updatePage();
}

QWidget *FindPluginsPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *title = new QLabel(tr("Find Plugins"), header);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::Bold);
    title->setFont(f);
    m_count = new QLabel(header);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("offeredCount"));

    m_search = new QLineEdit(header);
    m_search->setObjectName(QStringLiteral("findSearch"));
    m_search->setPlaceholderText(tr("Search name, description, author"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search offered plugins"));
    m_search->setMinimumWidth(260);

    m_repoFilter = new QComboBox(header);
    m_repoFilter->setObjectName(QStringLiteral("repoFilter"));
    m_repoFilter->setAccessibleName(tr("Repository"));
    m_repoFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repoFilter->addItem(tr("All repositories"), qint64(0));

    m_refresh = new QPushButton(tr("Refresh"), header);
    m_refresh->setObjectName(QStringLiteral("refreshRepositories"));
    m_refresh->setToolTip(tr("Fetch the lists of the enabled repositories again"));

    m_manage = new QPushButton(tr("Manage Repositories…"), header);
    m_manage->setObjectName(QStringLiteral("manageRepositoriesButton"));
    m_manage->setToolTip(tr("Add, switch off, remove or refresh plugin repositories"));
    connect(m_manage, &QPushButton::clicked, this, &FindPluginsPage::manageRepositories);

    auto *row = new QHBoxLayout;
    row->addWidget(title);
    row->addSpacing(8);
    row->addWidget(m_count);
    row->addStretch(1);
    row->addWidget(m_search);
    row->addWidget(m_repoFilter);
    row->addWidget(m_refresh);
    row->addWidget(m_manage);

    m_problems = new ToneLabel(QString(), ToneLabel::Tone::Error, header);
    m_problems->setObjectName(QStringLiteral("repoProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_progressRow = new QWidget(header);
    m_progressRow->setObjectName(QStringLiteral("installProgressRow"));
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelInstall"));
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_installJob)
            m_installJob->cancel();
    });

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(row);
    layout->addWidget(m_problems);
    layout->addWidget(m_progressRow);
    return header;
}

QWidget *FindPluginsPage::buildGate()
{
    auto *gate = new QWidget(this);
    gate->setObjectName(QStringLiteral("onlineGate"));
    auto *title = pageText(tr("Find plugins in repositories"), gate, true);
    auto *text = pageText(
        tr("Plugboard has not gone online yet. To list the plugins that repositories offer, it "
           "downloads their lists from the internet (Dispatcharr's official repository first) "
           "and checks their signatures. Until you allow it, nothing is fetched. You can switch "
           "repositories off under Manage Repositories…"),
        gate);
    text->setMinimumWidth(420);
    text->setMaximumWidth(560);
    auto *allow = new QPushButton(tr("Allow Online Access"), gate);
    allow->setObjectName(QStringLiteral("allowOnline"));
    allow->setDefault(true);
    connect(allow, &QPushButton::clicked, this, &FindPluginsPage::allowOnlineAccess);
    auto *layout = new QVBoxLayout(gate);
    layout->addStretch(1);
    layout->addWidget(title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(allow);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
    return gate;
}

QWidget *FindPluginsPage::buildList()
{
    using M = OfferedPluginsModel;
    auto *page = new QWidget(this);
    m_model = new OfferedPluginsModel(m_repositories, this);
    connect(m_model, &OfferedPluginsModel::iconReady, this, [this](const QString &url) {
        if (const OfferedPlugin *p = selected(); p && p->iconUrl == url)
            m_avatar->setPixmap(m_model->icon(*p));
    });
    m_proxy = new OfferedFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_list = new QTreeView(page);
    m_list->setObjectName(QStringLiteral("offeredList"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(M::AvatarSize, M::AvatarSize));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAccessibleName(tr("Offered plugins"));
    auto *state = new StateButtonDelegate(M::StateColumn, M::InstallableRole, m_list);
    m_list->setItemDelegateForColumn(M::StateColumn, state);
    connect(state, &StateButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        installSelected();
    });
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(M::NameColumn, QHeaderView::Stretch);
    // Fixed widths from the text they hold: ResizeToContents would measure every row on each
    // filter change, which is what a keystroke must not cost.
    const QFontMetrics fm(font());
    const int widths[] = {0, 16, 10, 18, 10, 24};
    for (int c = M::AuthorColumn; c <= M::StateColumn; ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, fm.averageCharWidth() * widths[c] + 16);
    }

    m_details = buildDetails();
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(16, 0, 16, 16);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details, 2);
    return page;
}

void FindPluginsPage::activate()
{
    if (m_activated || !m_repositories)
        return;
    m_activated = true;
    updateRepositories();
    m_repositories->computeOffered();
    if (m_repositories->onlineAccessAllowed())
        m_repositories->refreshAll(true);
    updatePage();
}

void FindPluginsPage::allowOnlineAccess()
{
    if (!m_repositories)
        return;
    const Result<void> done = m_repositories->setOnlineAccessAllowed(true);
    if (!done) {
        m_toasts->show(Toast::Level::Error, tr("Could not allow online access"),
                       done.error().message);
        return;
    }
    m_activated = true;
    updatePage();
    m_repositories->refreshAll(false);
}

void FindPluginsPage::refresh()
{
    if (m_repositories)
        m_repositories->refreshAll(false);
}

ManageRepositoriesDialog *FindPluginsPage::manageRepositories()
{
    if (!m_repositories)
        return nullptr;
    auto *dialog = new ManageRepositoriesDialog(m_repositories, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void FindPluginsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FindPluginsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void FindPluginsPage::updateRepositories()
{
    if (!m_repositories)
        return;
    const Result<QList<RepositoryRow>> rows = m_repositories->repositories(false);
    const qint64 current = m_repoFilter->currentData().toLongLong();
    QSignalBlocker block(m_repoFilter);
    while (m_repoFilter->count() > 1)
        m_repoFilter->removeItem(1);
    // Each repository's last failed fetch, as it is kept; the refresh's own sentences only when
    // the list cannot say (it could not be read).
    QStringList problems;
    if (!rows) {
        problems << rows.error().message;
    } else {
        for (const RepositoryRow &row : rows.value()) {
            if (!row.enabled)
                continue;
            m_repoFilter->addItem(row.official ? tr("%1 (official)").arg(row.name) : row.name,
                                  row.id);
            if (!row.lastError.isEmpty())
                problems << tr("%1: %2").arg(row.name, row.lastError);
        }
    }
    if (problems.isEmpty())
        problems = m_refreshErrors;
    const int index = m_repoFilter->findData(current);
    m_repoFilter->setCurrentIndex(index < 0 ? 0 : index);
    problems.removeDuplicates();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (index < 0 && current != 0)
        applyFilter();
}

void FindPluginsPage::onOfferedReady()
{
    const OfferedPlugin *before = selected();
    const QString selectedSlug = before ? before->slug : QString();
    const qint64 selectedRepo = before ? before->repoId : 0;
    m_computed = true;
    updateRepositories();
    m_model->setPlugins(m_repositories->offered().plugins);
    applyFilter();
    const int row = selectedSlug.isEmpty() ? -1 : m_model->rowOf(selectedSlug, selectedRepo);
    if (row < 0 || !selectRow(row)) {
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    }
    showDetails();
}

bool FindPluginsPage::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

void FindPluginsPage::applyFilter()
{
    m_proxy->setQuery(m_search->text());
    m_proxy->setRepository(m_repoFilter->currentData().toLongLong());
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown != all ? tr("%1 of %2 shown").arg(shown).arg(all)
                     : all == 1   ? tr("1 plugin offered")
                                  : tr("%1 plugins offered").arg(all));
    updatePage();
}

void FindPluginsPage::updatePage()
{
    if (!m_repositories) {
        m_emptyText->setText(tr("Repositories are not available in this window."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const bool allowed = m_repositories->onlineAccessAllowed();
    m_search->setEnabled(allowed);
    m_repoFilter->setEnabled(allowed);
    m_count->setVisible(allowed);
    if (!allowed) {
        m_stack->setCurrentWidget(m_gate);
        m_refresh->setEnabled(false);
        return;
    }
    m_refresh->setEnabled(!m_repositories->isRefreshing());
    if (m_model->rowCount() == 0) {
        if (m_repositories->isRefreshing() || !m_computed)
            m_emptyText->setText(tr("Fetching the repositories' lists…"));
        else if (!m_problems->text().isEmpty())
            m_emptyText->setText(tr("No repository could be read. Check your internet "
                                    "connection, then press Refresh. What went wrong is shown "
                                    "above."));
        else
            m_emptyText->setText(tr("No enabled repository offers plugins. Enable a repository "
                                    "or add one with Manage Repositories…, then press Refresh."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        m_emptyText->setText(tr("No offered plugin matches your search. Clear the search or "
                                "choose All repositories."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    m_stack->setCurrentWidget(m_listPage);
}

} // namespace plugboard::ui
