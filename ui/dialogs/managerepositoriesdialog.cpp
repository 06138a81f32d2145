// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/managerepositoriesdialog.h"

#include "theme/tonelabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
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
    m_pasteKey = new QPushButton(tr("Paste Key…"), this);
    m_pasteKey->setObjectName(QStringLiteral("pasteKey"));
    m_pasteKey->setToolTip(tr("Paste the repository's armored public key (-----BEGIN PGP PUBLIC "
                              "KEY BLOCK-----)"));
    m_keyName = new QLabel(tr("no key (unsigned)"), this);
    m_keyName->setObjectName(QStringLiteral("keyName"));
    m_keyName->setForegroundRole(QPalette::PlaceholderText);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addRepository"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Add by address:"), this));
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_chooseKey);
    addRow->addWidget(m_pasteKey);
    addRow->addWidget(m_keyName);
    addRow->addWidget(m_add);

    m_preview = new ToneLabel(QString(), ToneLabel::Tone::Muted, this);
    m_preview->setObjectName(QStringLiteral("repositoryPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->hide();
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(700);
    connect(m_previewTimer, &QTimer::timeout, this, &ManageRepositoriesDialog::previewNow);

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
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &ManageRepositoriesDialog::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &ManageRepositoriesDialog::updateButtons);
    connect(m_url, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_add, &QPushButton::clicked, this, &ManageRepositoriesDialog::add);
    connect(m_url, &QLineEdit::returnPressed, this, &ManageRepositoriesDialog::add);
    connect(m_chooseKey, &QPushButton::clicked, this, &ManageRepositoriesDialog::chooseKey);
    connect(m_pasteKey, &QPushButton::clicked, this, &ManageRepositoriesDialog::pasteKey);
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
    const Result<QList<RepositoryRow>> rows = m_repositories->repositories(false);
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
        const auto count = m_counts.constFind(row.id);
        item->setText(PluginsColumn, count != m_counts.cend() ? QString::number(*count)
                                     : !row.fetched           ? tr("not fetched")
                                     : m_counted              ? tr("unreadable")
                                                              : tr("counting…"));
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
    countPlugins();
}

void ManageRepositoriesDialog::countPlugins()
{
    PluginCountsJob *job = m_repositories->countPlugins();
    connect(job, &Job::finished, this, [this, job] {
        if (!job->succeeded())
            return;
        m_counts = job->result();
        m_counted = true;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            const qint64 id = item->data(NameColumn, Qt::UserRole).toLongLong();
            if (const auto count = m_counts.constFind(id); count != m_counts.cend())
                item->setText(PluginsColumn, QString::number(*count));
            else if (item->text(PluginsColumn) == tr("counting…"))
                item->setText(PluginsColumn, tr("unreadable"));
        }
    });
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
    setKey(file.readAll(), QFileInfo(path).fileName());
    return true;
}

bool ManageRepositoriesDialog::setKeyText(const QString &text)
{
    const QByteArray key = text.trimmed().toUtf8();
    if (key.isEmpty()) {
        setKey({}, QString());
        return true;
    }
    if (key.size() > MaxKeyBytes || !key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
        say(tr("The pasted text is not an armored public key: it must start with "
               "\"-----BEGIN PGP PUBLIC KEY BLOCK-----\"."),
            true);
        return false;
    }
    setKey(key + '\n', tr("pasted key"));
    return true;
}

void ManageRepositoriesDialog::setKey(const QByteArray &key, const QString &name)
{
    m_key = key;
    m_keyName->setText(key.isEmpty() ? tr("no key (unsigned)") : name);
    say(QString(), false);
    if (!m_url->text().trimmed().isEmpty())
        m_previewTimer->start();
}

void ManageRepositoriesDialog::pasteKey()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("pasteKeyDialog"));
    dialog->setWindowTitle(tr("Paste the repository's public key"));
    dialog->setLabelText(tr("The armored OpenPGP public key the repository's manifests are signed "
                            "with:"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(m_key.startsWith("-----BEGIN") ? QString::fromUtf8(m_key) : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(560, 360);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { setKeyText(text); });
    dialog->open();
}

QString ManageRepositoriesDialog::previewText() const
{
    return m_preview->isVisible() ? m_preview->text() : QString();
}

void ManageRepositoriesDialog::previewNow()
{
    m_previewTimer->stop();
    if (m_previewJob)
        m_previewJob->cancel();
    const QString url = m_url->text().trimmed();
    const QUrl parsed(url);
    // Only whole addresses: a half-typed one would only earn an error.
    const bool whole =
        parsed.isValid() &&
        ((parsed.scheme() == QLatin1String("file") && !parsed.path().isEmpty()) ||
         ((parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http")) &&
          parsed.host().contains(QLatin1Char('.')) && parsed.path().size() > 1));
    if (!whole || !m_repositories) {
        m_preview->hide();
        return;
    }
    m_preview->setTone(ToneLabel::Tone::Muted);
    m_preview->setText(tr("Checking %1…").arg(url));
    m_preview->show();
    RepositoryRowJob *job = m_repositories->preview(url, m_key);
    m_previewJob = job;
    connect(job, &Job::finished, this, [this, job, url] {
        if (m_previewJob != job || m_url->text().trimmed() != url)
            return; // the address changed meanwhile
        if (job->succeeded()) {
            const RepositoryRow &row = job->result();
            m_preview->setTone(row.signature == OfferedSignature::Verified
                                   ? ToneLabel::Tone::Normal
                                   : ToneLabel::Tone::Warning);
            m_preview->setText(tr("%1 · signature %2 · %3 · press Add to keep it.")
                                   .arg(row.name, PluginRepositories::signatureName(row.signature),
                                        row.pluginCount == 1
                                            ? tr("1 plugin")
                                            : tr("%1 plugins").arg(row.pluginCount)));
        } else if (job->error().code != ErrorCode::Cancelled) {
            m_preview->setTone(ToneLabel::Tone::Error);
            m_preview->setText(tr("Cannot be added: %1").arg(job->error().message));
        }
    });
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
    m_previewTimer->stop();
    RepositoryRowJob *job = m_repositories->add(url, m_key);
    connect(job, &Job::finished, this, [this, job] {
        m_busy = false;
        if (job->succeeded()) {
            const RepositoryRow &row = job->result();
            m_url->clear();
            setKey({}, QString());
            m_preview->hide();
            say(tr("Added %1: %2, signature %3.")
                    .arg(row.name,
                         row.pluginCount == 1 ? tr("1 plugin")
                                              : tr("%1 plugins").arg(qMax(0, row.pluginCount)),
                         PluginRepositories::signatureName(row.signature)),
                false);
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
