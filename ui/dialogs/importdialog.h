// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"
#include "manager/importtypes.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plugboard::ui {

class ToneLabel;

// The preview before a zip is installed (SPEC §10): what the archive holds, warnings (legacy,
// compiled binaries, replacing an installed version), an editable folder name, and the explicit
// choices to replace and to keep a replaced plugin enabled.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // `installed` answers which plugin, if any, a key belongs to now: editing the folder name
    // changes the key, and with it whether the import replaces something.
    using Lookup = std::function<std::optional<PluginInfo>(const QString &key)>;
    ImportDialog(const ImportPreview &preview, Lookup installed, QWidget *parent);

    ImportOptions options() const;
    QLineEdit *folderField() const { return m_folder; }
    QCheckBox *replaceBox() const { return m_replace; }
    QCheckBox *keepEnabledBox() const { return m_keepEnabled; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString warningsText() const;

private:
    void validate();
    void refreshInstalled();

    ImportPreview m_report;
    Lookup m_lookup;
    std::optional<PluginInfo> m_installed;
    QLabel *m_key;
    QLabel *m_installedLabel;
    QLineEdit *m_folder;
    ToneLabel *m_folderProblem;
    ToneLabel *m_warnings;
    QCheckBox *m_replace;
    QCheckBox *m_keepEnabled;
    QPushButton *m_import;
    QPushButton *m_cancel;
};

} // namespace plugboard::ui
