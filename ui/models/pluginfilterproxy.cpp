// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pluginfilterproxy.h"

#include "models/pluginlistmodel.h"

namespace plugboard::ui {

QString PluginFilterProxy::name(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("All");
    case Filter::Enabled:
        return tr("Enabled");
    case Filter::Disabled:
        return tr("Disabled");
    case Filter::Legacy:
        return tr("Legacy");
    case Filter::Problems:
        return tr("Problems");
    case Filter::Updates:
        break;
    }
    return tr("Updates");
}

// What the card area says when a filter leaves nothing: a whole sentence per filter.
QString PluginFilterProxy::nothingText(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("No plugins.");
    case Filter::Enabled:
        return tr("No plugins are enabled.");
    case Filter::Disabled:
        return tr("No plugins are disabled.");
    case Filter::Legacy:
        return tr("No plugins are legacy plugins.");
    case Filter::Problems:
        return tr("No plugins have problems.");
    case Filter::Updates:
        break;
    }
    return tr("Every plugin from a repository is up to date.");
}

PluginFilterProxy::PluginFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Row changes (enable, load errors) must move rows in and out of filtered views.
    setDynamicSortFilter(true);
}

void PluginFilterProxy::setQuery(const QString &query)
{
    const QString normalised = query.trimmed().toLower();
    if (normalised == m_query)
        return;
    m_query = normalised;
    invalidateFilter();
    Q_EMIT queryChanged(m_query);
}

void PluginFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    Q_EMIT filterChanged(filter);
}

bool PluginFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using R = PluginListModel::Role;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Enabled:
        if (!index.data(R::EnabledRole).toBool())
            return false;
        break;
    case Filter::Disabled:
        if (index.data(R::EnabledRole).toBool())
            return false;
        break;
    case Filter::Legacy:
        if (!index.data(R::LegacyRole).toBool())
            return false;
        break;
    case Filter::Problems:
        if (!index.data(R::ProblemsRole).toBool())
            return false;
        break;
    case Filter::Updates:
        if (index.data(R::UpdateVersionRole).toString().isEmpty())
            return false;
        break;
    }
    return m_query.isEmpty() || index.data(R::SearchTextRole).toString().contains(m_query);
}

} // namespace plugboard::ui
