// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace plugboard::ui {

// Search and filter over PluginListModel: the query matches name, description and author
// (trimmed, case-insensitive); the filter keeps all, enabled, disabled, legacy or problem
// plugins, or those with an update from their repository.
class PluginFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum class Filter { All, Enabled, Disabled, Legacy, Problems, Updates };
    Q_ENUM(Filter)

    explicit PluginFilterProxy(QObject *parent = nullptr);

    // A filter's name in the filter box ("Problems"), and the sentence the card area shows
    // when it leaves no plugin ("No plugins have problems.").
    static QString name(Filter filter);
    static QString nothingText(Filter filter);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

Q_SIGNALS:
    void queryChanged(const QString &query);
    void filterChanged(plugboard::ui::PluginFilterProxy::Filter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query; // trimmed, lower case
    Filter m_filter = Filter::All;
};

} // namespace plugboard::ui
