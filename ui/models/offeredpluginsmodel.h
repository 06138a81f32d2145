// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manager/pluginrepositories.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSortFilterProxyModel>

namespace plugboard::ui {

// What the enabled repositories offer, one row per plugin and repository, for the Find Plugins
// page: name (with its avatar), author, latest version, repository, signature and state.
class OfferedPluginsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AuthorColumn,
        VersionColumn,
        RepositoryColumn,
        SignatureColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        SlugRole = Qt::UserRole + 1,
        RepoIdRole,
        SearchTextRole, // name, slug, description and author, lower case
        StatusRole,     // OfferedStatus as int
        InstallableRole // the state button can be pressed (not installed already, not invalid)
    };

    static constexpr int AvatarSize = 28;
    static constexpr int IconSize = 48; // icons are kept at the details panel's size

    // `repositories` (may be null) gives the plugins' icons; without it, letters stand in.
    explicit OfferedPluginsModel(plugboard::PluginRepositories *repositories = nullptr,
                                 QObject *parent = nullptr);

    // The plugin's icon at IconSize when it has arrived; null before (or without one).
    QPixmap icon(const plugboard::OfferedPlugin &plugin) const;

    void setPlugins(const QList<plugboard::OfferedPlugin> &plugins);
    const QList<plugboard::OfferedPlugin> &plugins() const { return m_plugins; }
    const plugboard::OfferedPlugin &at(int row) const { return m_plugins.at(row); }
    // The row of a plugin (slug, and repository when not 0); -1 when not listed.
    int rowOf(const QString &slug, qint64 repoId = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The state button's text: Install, Update from 1.0, Installed, …
    static QString stateText(const plugboard::OfferedPlugin &plugin);
    // The signature badge's text colour, readable on the palette's base.
    static QColor signatureColour(plugboard::OfferedSignature signature, const QPalette &palette);
    // Can the state button install something?
    static bool installable(const plugboard::OfferedPlugin &plugin);

Q_SIGNALS:
    // An icon arrived (the details panel may show it too).
    void iconReady(const QString &iconUrl);

private:
    void requestIcon(const QString &url) const;
    void iconArrived(const QString &url, const QImage &image);

    plugboard::PluginRepositories *m_repositories;
    QList<plugboard::OfferedPlugin> m_plugins;
    QList<QString> m_searchText;
    mutable QHash<QString, QPixmap> m_avatars; // by name; letters are drawn once
    mutable QHash<QString, QPixmap> m_icons;   // by URL; null while on its way or when none
};

// Search (every word somewhere in name, slug, description or author; case-insensitive) and the
// repository filter over OfferedPluginsModel.
class OfferedFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit OfferedFilterProxy(QObject *parent = nullptr);

    void setQuery(const QString &query);
    void setRepository(qint64 repoId); // 0: every repository
    qint64 repository() const { return m_repoId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // lower case
    qint64 m_repoId = 0;
};

} // namespace plugboard::ui
