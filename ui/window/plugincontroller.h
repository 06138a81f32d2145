// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"
#include "common/result.h"

#include <QJsonObject>
#include <QObject>

class QWidget;

namespace plugboard {
class PluginManager;
class RunJob;
struct ImportOutcome;
struct JobResult;
} // namespace plugboard

namespace plugboard::ui {

class ToastArea;

// What the window does when the user acts: it asks what must be asked (trust on first enable,
// an action's confirmation, remove), calls PluginManager, and reports outcomes as toasts.
// Dialogs are opened non-blocking (QDialog::open), so no nested event loop runs while a plugin
// works. Plugins are named by reference(): the key, or the folder of a duplicate-key loser.
class PluginController : public QObject {
    Q_OBJECT

public:
    PluginController(plugboard::PluginManager *manager, QWidget *window, ToastArea *toasts,
                     QObject *parent = nullptr);

    static QString reference(const PluginInfo &info);

    void setEnabled(const QString &plugin, bool enabled);
    // The card's switch and Space on a card: turning a plugin off is never silent. A plugin
    // with a run in progress asks first (the run is cancelled); then a notification says it is
    // off, with Undo. Turning on is setEnabled().
    void toggleFromCard(const QString &plugin);
    void runAction(const QString &plugin, const QString &actionId);
    void cancel(plugboard::RunJob *job);
    void remove(const QString &plugin);
    void showLoadError(const QString &plugin);
    Result<PluginInfo> saveSettings(const QString &plugin, const QJsonObject &changes);
    void resetSettings(const QString &plugin);
    void reloadAll();
    void reloadPlugin(const QString &plugin);
    // Asks how much memory the plugin's process may use, and applies it at once.
    void editMemoryLimit(const QString &plugin);
    void addExamplePlugins();
    // Previews each zip (read off the GUI thread) and shows it, one at a time; an accepted
    // preview is imported as proven. Outcomes arrive as toasts.
    void importZips(const QStringList &paths);
    void openDocs(const QUrl &url);

Q_SIGNALS:
    // A toast's "Show" link, or a finished action: the window selects the plugin.
    void showPluginRequested(const QString &key, bool activity);
    // A run's notification was clicked: that plugin's Activity, with that run selected.
    void showRunRequested(const QString &key, quint64 jobId, qint64 startedAtMs);
    void settingsReset(const QString &key);
    void examplesAdded(const QStringList &folders);

private:
    void onJobFinished(const plugboard::JobResult &result);
    void previewNextZip();
    void onImportFinished(const plugboard::ImportOutcome &outcome);
    void error(const QString &title, const QString &message);

    plugboard::PluginManager *m_manager;
    QWidget *m_window;
    ToastArea *m_toasts;
    QStringList m_zipQueue;
    bool m_previewing = false;
};

} // namespace plugboard::ui
