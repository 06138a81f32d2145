#include "dialogs/managerepositoriesdialog.h"

#include "theme/tonelabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace plugboard::ui {

namespace {

enum Column { NameColumn, SignatureColumn, PluginsColumn, StateColumn, FetchedColumn, ErrorColumn };
constexpr qint64 MaxKeyBytes = 1024 * 1024;

} // namespace

ManageRepositoriesDialog::ManageRepositoriesDialog(PluginRepositories *repositories,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_repositories(repositories)
{
    setObjectName(QStringLiteral("manageRepositoriesDialog"));
    setWindowTitle(tr("Manage Repositories"));
    resize(860, 420);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("repositoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Repository"), tr("Signature"), tr("Plugins"), tr("State"),
                             tr("Last fetched"), tr("Last error")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Repositories"));

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRepository"));
    m_toggle = new QPushButton(tr("Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggleRepository"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRepository"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_refresh);
    rowButtons->addWidget(m_toggle);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("repositoryUrl"));
    m_url->setPlaceholderText(tr("https://example.org/plugins/manifest.json"));
    m_url->setAccessibleName(tr("Repository address"));
    m_chooseKey = new QPushButton(tr("Key File…"), this);
    m_chooseKey->setObjectName(QStringLiteral("chooseKey"));
    m_chooseKey->setToolTip(tr("The repository's OpenPGP public key: its manifests must be signed "
                               "with it. Without a key the repository is unsigned."));
    m_keyName = new QLabel(tr("no key (unsigned)"), this);
    m_keyName->setObjectName(QStringLiteral("keyName"));
    m_keyName->setForegroundRole(QPalette::PlaceholderText);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addRepository"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Add by address:"), this));
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_chooseKey);
    addRow->addWidget(m_keyName);
    addRow->addWidget(m_add);

    m_status = new ToneLabel(QString(), ToneLabel::Tone::Muted, this);
    m_status->setObjectName(QStringLiteral("manageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &ManageRepositoriesDialog::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &ManageRepositoriesDialog::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ManageRepositoriesDialog::add);
    connect(m_url, &QLineEdit::returnPressed, this, &ManageRepositoriesDialog::add);
    connect(m_chooseKey, &QPushButton::clicked, this, &ManageRepositoriesDialog::chooseKey);
    connect(m_toggle, &QPushButton::clicked, this, &ManageRepositoriesDialog::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &ManageRepositoriesDialog::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ManageRepositoriesDialog::refreshSelected);
    if (m_repositories)
        connect(m_repositories, &PluginRepositories::changed, this,
                &ManageRepositoriesDialog::reload);
    reload();
}

void ManageRepositoriesDialog::reload()
{
    if (!m_repositories)
        return;
    const qint64 current = selectedId();
    const Result<QList<RepositoryRow>> rows = m_repositories->repositories();
    if (!rows) {
        say(rows.error().message, true);
        return;
    }
    m_rows = rows.value();
    m_list->clear();
    for (const RepositoryRow &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, row.id);
        item->setText(NameColumn, row.official ? tr("%1 (official)").arg(row.name) : row.name);
        item->setToolTip(NameColumn, row.url);
        // A pinned key says nothing yet about manifests never fetched.
        item->setText(SignatureColumn, !row.fetched && row.signature == OfferedSignature::Verified
                                           ? tr("key pinned")
                                           : PluginRepositories::signatureName(row.signature));
        item->setText(PluginsColumn,
                      row.pluginCount < 0 ? tr("not fetched") : QString::number(row.pluginCount));
        item->setText(StateColumn, row.enabled ? tr("enabled") : tr("disabled"));
        const QDateTime fetched = QDateTime::fromString(row.lastFetched, Qt::ISODateWithMs);
        item->setText(FetchedColumn, row.lastFetched.isEmpty() ? tr("never")
                                     : fetched.isValid() ? QLocale().toString(fetched.toLocalTime(),
                                                                              QLocale::ShortFormat)
                                                         : row.lastFetched);
        item->setToolTip(FetchedColumn, row.lastFetched);
        item->setText(ErrorColumn, row.lastError);
        item->setToolTip(ErrorColumn, row.lastError);
        if (row.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

qint64 ManageRepositoriesDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void ManageRepositoriesDialog::updateButtons()
{
    const qint64 id = selectedId();
    const RepositoryRow *row = nullptr;
    for (const RepositoryRow &r : std::as_const(m_rows))
        row = r.id == id ? &r : row;
    m_refresh->setEnabled(row && row->enabled && !m_busy);
    m_toggle->setEnabled(row && !m_busy);
    m_toggle->setText(row && !row->enabled ? tr("Enable") : tr("Disable"));
    m_remove->setEnabled(row && !row->official && !m_busy);
    m_remove->setToolTip(row && row->official
                             ? tr("The official repository cannot be removed, only disabled.")
                             : QString());
    m_add->setEnabled(!m_url->text().trimmed().isEmpty() && !m_busy);
}

void ManageRepositoriesDialog::say(const QString &text, bool error)
{
    m_status->setTone(error ? ToneLabel::Tone::Error : ToneLabel::Tone::Muted);
    m_status->setText(text);
}

bool ManageRepositoriesDialog::setKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyBytes) {
        say(tr("Could not read the key file %1: %2.")
                .arg(path, file.size() > MaxKeyBytes ? tr("it is too large") : file.errorString()),
            true);
        return false;
    }
    m_key = file.readAll();
    m_keyName->setText(QFileInfo(path).fileName());
    return true;
}

void ManageRepositoriesDialog::chooseKey()
{
    auto *dialog = new QFileDialog(this, tr("Choose the repository's public key"), QString(),
                                   tr("OpenPGP keys (*.asc *.pub *.gpg *.key);;All files (*)"));
    dialog->setObjectName(QStringLiteral("keyFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { setKeyFile(path); });
    dialog->open();
}

void ManageRepositoriesDialog::add()
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty() || m_busy || !m_repositories)
        return;
    m_busy = true;
    updateButtons();
    say(tr("Fetching and checking %1…").arg(url), false);
    RepositoryRowJob *job = m_repositories->add(url, m_key);
    connect(job, &Job::finished, this, [this, job] {
        m_busy = false;
        if (job->succeeded()) {
            const RepositoryRow &row = job->result();
            say(tr("Added %1: %n plugin(s), signature %2.", nullptr, qMax(0, row.pluginCount))
                    .arg(row.name, PluginRepositories::signatureName(row.signature)),
                false);
            m_url->clear();
            m_key.clear();
            m_keyName->setText(tr("no key (unsigned)"));
        } else {
            say(tr("Not added: %1").arg(job->error().message), true);
        }
        reload();
    });
}

std::optional<RepositoryRow> ManageRepositoriesDialog::selectedRow() const
{
    const qint64 id = selectedId();
    for (const RepositoryRow &row : m_rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

void ManageRepositoriesDialog::toggleSelected()
{
    // A copy: the change is announced at once, and reload() replaces m_rows.
    const std::optional<RepositoryRow> row = selectedRow();
    if (!row || !m_repositories)
        return;
    const Result<void> done = m_repositories->setEnabled(row->id, !row->enabled);
    reload();
    say(done ? (row->enabled ? tr("%1 is disabled: its plugins are no longer offered.")
                             : tr("%1 is enabled."))
                   .arg(row->name)
             : done.error().message,
        !done);
}

void ManageRepositoriesDialog::removeSelected()
{
    const std::optional<RepositoryRow> row = selectedRow();
    if (!row || !m_repositories)
        return;
    const Result<void> done = m_repositories->remove(row->id);
    reload();
    say(done ? tr("Removed %1. Plugins installed from it stay installed, no longer managed by a "
                  "repository.")
                   .arg(row->name)
             : done.error().message,
        !done);
}

void ManageRepositoriesDialog::refreshSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || m_busy || !m_repositories)
        return;
    m_busy = true;
    updateButtons();
    say(tr("Refreshing…"), false);
    Job *job = m_repositories->refresh(id);
    connect(job, &Job::finished, this, [this, job] {
        m_busy = false;
        say(job->succeeded() ? tr("Refreshed.")
                             : tr("Refresh failed: %1").arg(job->error().message),
            !job->succeeded());
        reload();
        if (m_repositories)
            m_repositories->computeOffered();
    });
}

} // namespace plugboard::ui
