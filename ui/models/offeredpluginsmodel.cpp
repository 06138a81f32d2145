// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/offeredpluginsmodel.h"

#include "common/runinpool.h"
#include "jobs/job.h"
#include "theme/mantinecolors.h"
#include "widgets/letteravatar.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImageReader>
#include <QPalette>

namespace plugboard::ui {

QColor OfferedPluginsModel::signatureColour(OfferedSignature signature, const QPalette &palette)
{
    switch (signature) {
    case OfferedSignature::Verified:
        return MantineColors::readableText(MantineColors::named(QStringLiteral("green")),
                                           {palette.color(QPalette::Base)});
    case OfferedSignature::Invalid:
        return MantineColors::toneText(MantineColors::Tone::Error, palette);
    case OfferedSignature::Unsigned:
        break;
    }
    return MantineColors::toneText(MantineColors::Tone::Warning, palette);
}

OfferedPluginsModel::OfferedPluginsModel(PluginRepositories *repositories, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repositories(repositories)
{}

QPixmap OfferedPluginsModel::icon(const OfferedPlugin &plugin) const
{
    if (plugin.iconUrl.isEmpty() || !m_repositories)
        return {};
    const auto it = m_icons.constFind(plugin.iconUrl);
    if (it != m_icons.cend())
        return *it;
    requestIcon(plugin.iconUrl);
    return {};
}

void OfferedPluginsModel::requestIcon(const QString &url) const
{
    m_icons.insert(url, QPixmap()); // asked once; stays null when there is none
    IconFileJob *job = m_repositories->icon(url);
    auto *self = const_cast<OfferedPluginsModel *>(this);
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    connect(job, &Job::finished, self, [self, job, url, dpr] {
        if (!job->succeeded())
            return;
        // Decoding and scaling off the GUI thread; the file is at most 512 KiB.
        runInPool(
            self,
            [file = job->result(), dpr] {
                QImageReader reader(file);
                reader.setAutoTransform(true);
                const QImage image = reader.read();
                const int side = qRound(IconSize * dpr);
                QImage scaled = image.isNull() ? image
                                               : image.scaled(side, side, Qt::KeepAspectRatio,
                                                              Qt::SmoothTransformation);
                scaled.setDevicePixelRatio(dpr);
                return scaled;
            },
            [self, url](const QImage &image) { self->iconArrived(url, image); });
    });
}

void OfferedPluginsModel::iconArrived(const QString &url, const QImage &image)
{
    if (image.isNull())
        return;
    m_icons.insert(url, QPixmap::fromImage(image));
    for (int row = 0; row < m_plugins.size(); ++row) {
        if (m_plugins[row].iconUrl == url) {
            const QModelIndex i = index(row, NameColumn);
            Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
        }
    }
    Q_EMIT iconReady(url);
}

QString OfferedPluginsModel::stateText(const OfferedPlugin &p)
{
    switch (p.status) {
    case OfferedStatus::NotInstalled:
        return tr("Install");
    case OfferedStatus::UpToDate:
        return tr("Installed");
    case OfferedStatus::UpdateAvailable:
        return tr("Update from %1").arg(p.installedVersion);
    case OfferedStatus::NewerInstalled:
        return tr("Downgrade from %1").arg(p.installedVersion);
    case OfferedStatus::Unmanaged:
        return tr("Installed by hand (%1)").arg(p.installedVersion);
    case OfferedStatus::OtherRepository:
        return tr("From another repository (%1)").arg(p.installedVersion);
    }
    return {};
}

bool OfferedPluginsModel::installable(const OfferedPlugin &p)
{
    return p.signature != OfferedSignature::Invalid && p.status != OfferedStatus::UpToDate;
}

void OfferedPluginsModel::setPlugins(const QList<OfferedPlugin> &plugins)
{
    beginResetModel();
    m_plugins = plugins;
    m_searchText.clear();
    m_searchText.reserve(m_plugins.size());
    for (const OfferedPlugin &p : std::as_const(m_plugins)) {
        m_searchText.append((p.name + QLatin1Char('\n') + p.slug + QLatin1Char('\n') +
                             p.description + QLatin1Char('\n') + p.author)
                                .toLower());
    }
    endResetModel();
}

int OfferedPluginsModel::rowOf(const QString &slug, qint64 repoId) const
{
    for (int row = 0; row < m_plugins.size(); ++row) {
        if (m_plugins[row].slug == slug && (repoId == 0 || m_plugins[row].repoId == repoId))
            return row;
    }
    return -1;
}

int OfferedPluginsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plugins.size());
}

int OfferedPluginsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant OfferedPluginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AuthorColumn:
        return tr("Author");
    case VersionColumn:
        return tr("Version");
    case RepositoryColumn:
        return tr("Repository");
    case SignatureColumn:
        return tr("Signature");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant OfferedPluginsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plugins.size())
        return {};
    const OfferedPlugin &p = m_plugins.at(index.row());
    switch (role) {
    case SlugRole:
        return p.slug;
    case RepoIdRole:
        return p.repoId;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case StatusRole:
        return int(p.status);
    case InstallableRole:
        return installable(p);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? p.description : QVariant();
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return p.deprecated ? tr("%1 (deprecated)").arg(p.name) : p.name;
        if (role == Qt::DecorationRole) {
            // As an icon, so the view draws it at its icon size (the pixmap is the details').
            if (const QPixmap found = icon(p); !found.isNull())
                return QIcon(found);
            QPixmap &avatar = m_avatars[p.name];
            if (avatar.isNull())
                avatar = letterAvatar(p.name, AvatarSize, qApp ? qApp->devicePixelRatio() : 1.0);
            return avatar;
        }
        if (role == Qt::ForegroundRole && p.deprecated)
            return MantineColors::toneText(MantineColors::Tone::Warning,
                                           QGuiApplication::palette());
        break;
    case AuthorColumn:
        if (role == Qt::DisplayRole)
            return p.author;
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole)
            return p.latestVersion;
        break;
    case RepositoryColumn:
        if (role == Qt::DisplayRole)
            return p.official ? tr("%1 (official)").arg(p.repoName) : p.repoName;
        break;
    case SignatureColumn:
        if (role == Qt::DisplayRole)
            return PluginRepositories::signatureName(p.signature);
        if (role == Qt::ForegroundRole)
            return signatureColour(p.signature, QGuiApplication::palette());
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateText(p);
        break;
    default:
        break;
    }
    return {};
}

OfferedFilterProxy::OfferedFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void OfferedFilterProxy::setQuery(const QString &query)
{
    const QStringList words =
        query.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void OfferedFilterProxy::setRepository(qint64 repoId)
{
    if (repoId == m_repoId)
        return;
    m_repoId = repoId;
    invalidateRowsFilter();
}

bool OfferedFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const OfferedPluginsModel *>(sourceModel());
    const OfferedPlugin &p = model->at(sourceRow);
    if (m_repoId != 0 && p.repoId != m_repoId)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text =
        model->data(model->index(sourceRow, 0, sourceParent), OfferedPluginsModel::SearchTextRole)
            .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace plugboard::ui
