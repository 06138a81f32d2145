// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/fieldspec.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;

namespace plugboard::ui {

class ToneLabel;

// One settings field as an editor (SPEC §13): boolean → switch, number → spin box honouring
// min/max/step, string → line edit (masked for passwords), text → multi-line editor, select →
// combo box, info → heading and text. Shows the label, help text, placeholder, and the
// field's error when a save refuses its value.
class FieldEditor : public QWidget {
    Q_OBJECT

public:
    FieldEditor(const FieldSpec &field, QWidget *parent = nullptr);

    const FieldSpec &field() const { return m_field; }
    // The widget that edits the value (nullptr for info fields).
    QWidget *editor() const { return m_editor; }

    // Shows `value` (an effective setting; Undefined/null = none). `secretSet` tells a
    // password field that a value is stored, without revealing it.
    void setValue(const QJsonValue &value, bool secretSet = false);
    // The value as the user has it now, in the JSON type of the field.
    QJsonValue value() const;
    // True when the user changed the value since setValue(). A password counts as changed
    // only when something was typed (an empty password keeps the stored one).
    bool isModified() const;

    void setError(const QString &message); // empty clears it
    QString error() const;

Q_SIGNALS:
    void edited();

private:
    QWidget *createEditor();

    FieldSpec m_field;
    QWidget *m_editor = nullptr;
    ToneLabel *m_error = nullptr;
    QJsonValue m_loaded;
    bool m_loading = false;
};

} // namespace plugboard::ui
