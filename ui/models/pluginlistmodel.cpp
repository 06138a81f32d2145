// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pluginlistmodel.h"

#include "catalog/pluginstatus.h"
#include "manager/pluginmanager.h"
#include "models/logocache.h"
#include "runner/activity.h"
#include "runner/runjob.h"
#include "widgets/letteravatar.h"

#include <QGuiApplication>

#include <algorithm>
#include <utility>

namespace plugboard::ui {

PluginListModel::PluginListModel(PluginManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
    , m_logos(new LogoCache(this))
{
    connect(manager, &PluginManager::pluginsReset, this, &PluginListModel::resetFromManager);
    connect(manager, &PluginManager::pluginChanged, this, &PluginListModel::onPluginChanged);
    connect(manager, &PluginManager::pluginRemoved, this, &PluginListModel::onPluginRemoved);
    const Activity *activity = manager->activity();
    const auto jobChanged = [this](const RunJob *job) {
        onJobChanged(job->key());
    };
    connect(activity, &Activity::jobQueued, this, jobChanged);
    connect(activity, &Activity::jobStarted, this, jobChanged);
    connect(activity, &Activity::jobProgress, this, jobChanged);
    connect(activity, &Activity::jobFinished, this, jobChanged);
    connect(m_logos, &LogoCache::ready, this, [this](const QString &path) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].info.logo().path == path)
                emitRowChanged(row, {Qt::DecorationRole});
        }
    });
    resetFromManager();
}

void PluginListModel::count(RunningJob &running, const RunJob *job)
{
    ++running.count;
    if (job->state() == Job::State::Running) {
        running.action = job->action();
        running.progress = job->progress();
        running.cancelling = job->isCancelling();
    }
}

PluginListModel::Row PluginListModel::makeRow(PluginInfo info)
{
    Row row;
    row.searchText =
        (info.name() + QLatin1Char('\n') + info.description() + QLatin1Char('\n') + info.author())
            .toLower();
    const QList<StatusLine> lines = PluginStatus::lines(info);
    if (!lines.isEmpty()) {
        row.statusText = lines.first().shortText;
        row.statusSeverity = int(lines.first().severity);
    }
    row.info = std::move(info);
    return row;
}

void PluginListModel::resetFromManager()
{
    beginResetModel();
    m_rows.clear();
    const QList<PluginInfo> &plugins = m_manager->plugins();
    m_rows.reserve(plugins.size());
    for (const PluginInfo &info : plugins)
        m_rows.append(makeRow(info));
    // Name order reads best; the folder breaks ties so the order never flickers.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const int byName = QString::compare(a.info.name(), b.info.name(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.info.folderName() < b.info.folderName();
    });
    m_logos->clear();
    m_running.clear();
    for (const RunJob *job : m_manager->activity()->jobs())
        count(m_running[job->key()], job);
    countNames();
    endResetModel();
    Q_EMIT countsChanged();
}

void PluginListModel::countNames()
{
    QHash<QString, int> counts;
    for (const Row &row : std::as_const(m_rows))
        ++counts[row.info.name().toLower()];
    if (counts == m_nameCounts)
        return;
    m_nameCounts = std::move(counts);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SharedNameRole});
}

int PluginListModel::rowOf(const QString &key, const QString &folderName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const PluginInfo &info = m_rows[row].info;
        if (info.key() != key)
            continue;
        if (folderName.isEmpty() ? !info.isDuplicate() : info.folderName() == folderName)
            return row;
    }
    return -1;
}

void PluginListModel::emitRowChanged(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

void PluginListModel::onPluginChanged(const QString &key)
{
    const int row = rowOf(key);
    const std::optional<PluginInfo> info = m_manager->plugin(key);
    if (row < 0 || !info)
        return;
    m_rows[row] = makeRow(*info);
    emitRowChanged(row);
    countNames();
    Q_EMIT countsChanged();
}

void PluginListModel::onPluginRemoved(const QString &key, const QString &folderName)
{
    const int row = rowOf(key, folderName);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    countNames();
    Q_EMIT countsChanged();
}

void PluginListModel::onJobChanged(const QString &key)
{
    RunningJob running;
    for (const RunJob *job : m_manager->activity()->jobs()) {
        // A finished job leaves the list before the signal that says so.
        if (job->key() == key && !job->isFinished())
            count(running, job);
    }
    if (running.count == 0)
        m_running.remove(key);
    else
        m_running.insert(key, running);
    if (const int row = rowOf(key); row >= 0)
        emitRowChanged(row, {RunningRole, ProgressRole, RunningTextRole});
}

int PluginListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PluginListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const PluginInfo &info = row.info;
    switch (role) {
    case Qt::DisplayRole:
        return info.name();
    case Qt::DecorationRole: {
        const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
        if (info.logo().isValid()) {
            const QPixmap logo = m_logos->pixmap(info.logo().path, LogoSize, dpr);
            if (!logo.isNull())
                return logo;
        }
        return letterAvatar(info.name(), LogoSize, dpr);
    }
    case Qt::ToolTipRole: {
        // The whole name first: a card may show it cut.
        const QString name =
            info.version().isEmpty() ? info.name() : tr("%1 %2").arg(info.name(), info.version());
        return info.description().isEmpty() ? name : tr("%1\n%2").arg(name, info.description());
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(info.name(), info.enabled() ? tr("enabled") : tr("disabled"));
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{info.version().isEmpty() ? QString()
                                                   : tr("version %1").arg(info.version()),
                          info.author().isEmpty() ? QString() : tr("by %1").arg(info.author()),
                          info.description(), data(index, StatusTextRole).toString()};
        parts.removeAll(QString());
        return parts.join(QStringLiteral(". "));
    }
    case KeyRole:
        return info.key();
    case FolderRole:
        return info.folderName();
    case VersionRole:
        return info.version();
    case AuthorRole:
        return info.author();
    case SharedNameRole:
        return m_nameCounts.value(info.name().toLower()) > 1;
    case DescriptionRole:
        return info.description();
    case HelpUrlRole:
        return info.safeHelpUrl();
    case EnabledRole:
        return info.enabled();
    case LoadedRole:
        return info.isLoaded();
    case LegacyRole:
        return info.isLegacy();
    case MissingRole:
        return info.isMissing();
    case ProblemsRole:
        return info.hasProblems();
    case StatusTextRole: {
        const QString update = updateOf(info);
        if (update.isEmpty())
            return row.statusText;
        return row.statusText.isEmpty()
                   ? tr("Update available: %1").arg(update)
                   : tr("%1 · update available: %2").arg(row.statusText, update);
    }
    case StatusSeverityRole:
        return row.statusSeverity < 0 && !updateOf(info).isEmpty() ? int(StatusLine::Severity::Info)
                                                                   : row.statusSeverity;
    case UpdateVersionRole:
        return updateOf(info);
    case SearchTextRole:
        return row.searchText;
    case CanToggleRole:
        return info.enabled() || info.enableBlocker().isEmpty();
    case RunningRole:
        return !info.isDuplicate() && m_running.contains(info.key());
    case ProgressRole: {
        const auto it = m_running.constFind(info.key());
        return it == m_running.cend() || info.isDuplicate() ? -1.0 : it->progress;
    }
    case RunningTextRole: {
        const auto it = m_running.constFind(info.key());
        if (it == m_running.cend() || info.isDuplicate())
            return QString();
        if (it->cancelling)
            return tr("Cancelling…");
        if (it->action.isEmpty())
            return tr("Queued…");
        const ActionSpec *action = info.action(it->action);
        const QString label = action ? action->label : it->action;
        // The action's own label first: "Run long task · running, 6%", never "Running Run…".
        return it->progress >= 0
                   ? tr("%1 · running, %2%").arg(label).arg(qRound(it->progress * 100))
                   : tr("%1 · running…").arg(label);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PluginListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(EnabledRole, "enabled");
    names.insert(StatusTextRole, "status");
    return names;
}

PluginListModel::Counts PluginListModel::counts() const
{
    Counts c;
    for (const Row &row : m_rows) {
        ++c.all;
        (row.info.enabled() ? c.enabled : c.disabled)++;
        if (row.info.isLegacy())
            ++c.legacy;
        if (row.info.hasProblems())
            ++c.problems;
        if (!updateOf(row.info).isEmpty())
            ++c.updates;
    }
    return c;
}

QString PluginListModel::updateOf(const PluginInfo &info) const
{
    return info.isDuplicate() || info.isMissing() ? QString() : m_updates.value(info.key());
}

void PluginListModel::setUpdates(const QHash<QString, QString> &updates)
{
    if (updates == m_updates)
        return;
    const QHash<QString, QString> old = std::exchange(m_updates, updates);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &key = m_rows[row].info.key();
        if (old.value(key) != m_updates.value(key))
            emitRowChanged(row);
    }
    Q_EMIT countsChanged();
}

} // namespace plugboard::ui
