// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"

#include <QAbstractListModel>
#include <QHash>

namespace plugboard {
class PluginManager;
class RunJob;
} // namespace plugboard

namespace plugboard::ui {

class LogoCache;

// The plugins as a list for views: a copy of PluginManager's snapshots (sorted by name) that
// follows its signals. Holds no state of record; every change goes through PluginManager.
class PluginListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        FolderRole,
        VersionRole,
        AuthorRole,
        DescriptionRole,
        HelpUrlRole, // only http/https
        EnabledRole,
        LoadedRole,
        LegacyRole,
        MissingRole,
        ProblemsRole,
        StatusTextRole,     // the most serious status line, empty when all is well
        StatusSeverityRole, // StatusLine::Severity as int, -1 when none
        SearchTextRole,     // name, description and author, lower case
        CanToggleRole,      // the switch can be used (enabled, or nothing blocks enabling)
        RunningRole,        // an action or background job of the plugin is queued or running
        ProgressRole,       // of the running job: 0..1, or -1 when unknown
        RunningTextRole,    // "Running Import…" / "Cancelling…"
        UpdateVersionRole,  // the version its repository offers as an update; empty when none
        SharedNameRole,     // another plugin has the same name (the card then names the folder)
    };
    Q_ENUM(Role)

    static constexpr int LogoSize = 44;

    explicit PluginListModel(plugboard::PluginManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const PluginInfo &pluginAt(int row) const { return m_rows.at(row).info; }
    // Row of a plugin by key and folder (a duplicate-key loser by its folder); -1 when absent.
    int rowOf(const QString &key, const QString &folderName = {}) const;

    struct Counts {
        int all = 0, enabled = 0, disabled = 0, legacy = 0, problems = 0, updates = 0;
    };
    Counts counts() const;
    // The updates the repositories offer: plugin key -> version. Cards say "Update available".
    void setUpdates(const QHash<QString, QString> &updates);

Q_SIGNALS:
    void countsChanged();

private:
    struct Row {
        PluginInfo info;
        QString searchText;
        QString statusText;
        int statusSeverity = -1;
    };
    static Row makeRow(PluginInfo info);
    QString updateOf(const PluginInfo &info) const;
    void resetFromManager();
    void onPluginChanged(const QString &key);
    void onPluginRemoved(const QString &key, const QString &folderName);
    void onJobChanged(const QString &key);
    void emitRowChanged(int row, const QList<int> &roles = {});

    plugboard::PluginManager *m_manager;
    LogoCache *m_logos;
    QList<Row> m_rows;
    // Jobs per plugin key, for the card's "Running…" line.
    struct RunningJob {
        QString action;
        double progress = -1;
        bool cancelling = false;
        int count = 0;
    };
    static void count(RunningJob &running, const plugboard::RunJob *job);
    QHash<QString, RunningJob> m_running;
    QHash<QString, QString> m_updates;
    QHash<QString, int> m_nameCounts; // lower-case name → plugins with it

    // Recounts the names; every row changes when a name became shared or stopped being so.
    void countNames();
};

} // namespace plugboard::ui
