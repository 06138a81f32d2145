// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"
#include "common/result.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace plugboard::ui {

class ToneLabel;

class FieldEditor;

// The settings form of one plugin, built from its fields, with Save, Cancel and Reset to
// defaults. It never saves by itself: saveRequested()/resetRequested() go to whoever owns
// PluginManager, which answers with setPlugin() (saved) or showErrors() (refused).
class SettingsForm : public QWidget {
    Q_OBJECT

public:
    explicit SettingsForm(QWidget *parent = nullptr);

    // Shows the plugin's fields with its effective settings. Edits in progress for the same
    // plugin and fields survive (a note says the stored values changed) unless `force`.
    void setPlugin(const PluginInfo &info, bool force = false);
    QString pluginKey() const { return m_key; }

    bool isDirty() const;
    // Only the fields the user changed, in their JSON types.
    QJsonObject changes() const;
    // A refused save: the sentence at the top and each field's message at the field.
    void showErrors(const Error &error);

    FieldEditor *editorFor(const QString &fieldId) const;
    QList<FieldEditor *> editors() const { return m_editors; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resetButton() const { return m_reset; }
    QScrollArea *fieldsArea() const { return m_scroll; }

Q_SIGNALS:
    void saveRequested(const QJsonObject &changes);
    void resetRequested();

private:
    void rebuild(const PluginInfo &info);
    void loadValues(const PluginInfo &info);
    void updateButtons();

    QString m_key;
    QList<FieldSpec> m_fields;
    PluginInfo m_info;
    QList<FieldEditor *> m_editors;
    QVBoxLayout *m_fieldsLayout;
    QWidget *m_fieldsHost = nullptr;
    QLabel *m_empty;
    ToneLabel *m_message;
    bool m_showsSaveErrors = false; // m_message says what a refused save refused
    QScrollArea *m_scroll;          // the fields; the message and the buttons stay in sight below
    QWidget *m_buttonRow;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QPushButton *m_reset;
};

} // namespace plugboard::ui
