// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pluginfilterproxy.h"

#include "models/pluginlistmodel.h"

namespace plugboard::ui {

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
