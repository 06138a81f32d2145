// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace plugboard {
class PluginManager;
} // namespace plugboard

namespace plugboard::ui {

class ToastArea;

// File ▸ Export Settings… and Import Settings… (issue 16): asks for the file, asks whether
// passwords go into an export (only when some are stored), and shows what an import applied,
// skipped and refused. The work is core's SettingsTransfer; an import saves through
// PluginManager::saveSettings() on the GUI thread, as the settings form's Save does, so the
// cards and the details panel follow it the same way. Every dialog opens with open().
class SettingsTransferController : public QObject {
    Q_OBJECT

public:
    SettingsTransferController(plugboard::PluginManager *manager, QWidget *window,
                               ToastArea *toasts, QObject *parent = nullptr);

    // The file choosers ("exportSettingsFileDialog", "importSettingsFileDialog"); the chosen
    // file goes to exportTo() / importFrom().
    void chooseExportFile();
    void chooseImportFile();
    // Asks about passwords when some are stored ("exportPasswordsQuestion"), then writes.
    void exportTo(const QString &path);
    // Reads and applies the file, then shows the report (SettingsImportDialog).
    void importFrom(const QString &path);

private:
    void write(const QString &path, bool includeSecrets);
    QString lastFolder() const;
    void rememberFolder(const QString &path) const;

    plugboard::PluginManager *m_manager;
    QWidget *m_window;
    ToastArea *m_toasts;
};

} // namespace plugboard::ui
