// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manager/pluginprocess.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace plugboard {
struct PluginPaths;
struct ProjectLinks;
struct RuntimeVersions;
} // namespace plugboard

namespace plugboard::ui {

// Help ▸ About Plugboard: the version, the libraries this process really runs on, the folders
// in use and where to read more. Everything shown comes from core values handed in, so the
// dialog can tell nothing the core does not know. "Copy Details" puts the same facts on the
// clipboard for a bug report.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    enum class Field {
        Version,
        Qt,
        Python,
        PluginModules,
        Sqlite,
        QuaZip,
        DataFolder,
        Backups,
        PluginsFolder,
        Examples,
        License,
        Language
    };

    AboutDialog(const plugboard::RuntimeVersions &versions, const plugboard::PluginPaths &paths,
                const QString &examplesDir, const plugboard::ProjectLinks &links,
                QWidget *parent = nullptr);

    // The plain text shown for a field (a folder as a native path), and its label.
    QString value(Field field) const { return m_values.value(field); }
    QLabel *valueLabel(Field field) const { return m_labels.value(field); }
    QLabel *linksLabel() const { return m_links; }
    QPushButton *copyButton() const { return m_copy; }
    // What Copy Details puts on the clipboard.
    QString detailsText() const;

    // The plugin processes running now: each plugin runs in one of its own. The window hands
    // in a fresh list every few seconds while the dialog is open.
    void setProcesses(const QList<plugboard::PluginProcess> &processes);
    QTreeWidget *processList() const { return m_processes; }

private:
    void addRow(QFormLayout *form, Field field, const QString &name, const QString &text,
                bool folder = false);

    QHash<Field, QString> m_values;
    QHash<Field, QLabel *> m_labels;
    QStringList m_detailLines;
    QLabel *m_links = nullptr;
    QPushButton *m_copy = nullptr;
    QTreeWidget *m_processes = nullptr;
    QLabel *m_processesTitle = nullptr;
    QList<plugboard::PluginProcess> m_processList;
};

} // namespace plugboard::ui
