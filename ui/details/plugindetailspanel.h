// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace plugboard {
class RunJob;
struct Error;
struct JobResult;
struct JournalEntry;
struct LogLine;
} // namespace plugboard

namespace plugboard::ui {

class ActionList;
class ActivityView;
class SettingsForm;
class PluginHeader;

// Everything about one plugin: header (logo, name, version, author, Docs, on/off, Reload,
// Remove), its status and problems, and tabs for Actions, Settings and Activity. A view: it is
// given what to show, and asks for everything the user does by a signal (the Plugins page
// turns each request into an act of the window's PluginController).
class PluginDetailsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Actions, Settings, Activity };

    explicit PluginDetailsPanel(QWidget *parent = nullptr);

    // reference: how the page names the plugin (a key, or a duplicate's folder); no info shows
    // the placeholder. `changed` says another plugin than before is shown: edits in progress
    // are dropped.
    void showPlugin(const QString &reference, const std::optional<plugboard::PluginInfo> &info,
                    bool changed);
    QString shownPlugin() const { return m_plugin; }
    QString shownKey() const { return m_key; }
    void showTab(Tab tab);
    // Shows one run in the Activity tab, selected (never a neighbour): false when the tab does
    // not list it.
    bool showRun(quint64 jobId, qint64 startedAtMs);

    // The shown plugin's runs in flight.
    void setJobs(const QList<plugboard::RunJob *> &jobs);
    // Its history: recent runs, the log, and why they could not be read (empty when they could).
    void setActivity(const QList<plugboard::JournalEntry> &runs,
                     const QList<plugboard::LogLine> &log, const QString &error);
    void addRun(const plugboard::JobResult &result);
    void appendLog(const plugboard::LogLine &line);
    // How a save the panel asked for went.
    void settingsSaved(const plugboard::PluginInfo &info);
    void settingsRefused(const plugboard::Error &error);

    QString statusText() const;

Q_SIGNALS:
    void enableRequested(bool on);
    void reloadRequested();
    void memoryLimitRequested();
    void removeRequested();
    void runRequested(const QString &actionId);
    void cancelRequested(plugboard::RunJob *job);
    void saveSettingsRequested(const QJsonObject &changes);
    void resetSettingsRequested();
    void loadErrorRequested();
    void docsRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    // Alt+A/S/T (the tabs' mnemonics) switch the tab and move the focus into it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillStatus(const plugboard::PluginInfo &info);
    void focusIntoCurrentTab();

    QString m_plugin;
    QString m_key;
    std::optional<plugboard::PluginInfo> m_info;
    QStackedWidget *m_stack;
    PluginHeader *m_header;
    QWidget *m_status;
    QVBoxLayout *m_statusLayout;
    QTabWidget *m_tabs;
    ActionList *m_actions;
    SettingsForm *m_settings;
    ActivityView *m_activity;
};

} // namespace plugboard::ui
