// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/settingsform.h"

#include "details/fieldeditor.h"
#include "theme/tonelabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace plugboard::ui {

SettingsForm::SettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_fieldsLayout(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_message(new ToneLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_buttonRow(new QWidget(this))
    , m_save(new QPushButton(tr("Save"), m_buttonRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_buttonRow))
    , m_reset(new QPushButton(tr("Reset to defaults"), m_buttonRow))
{
    m_empty->setObjectName(QStringLiteral("settingsEmptyText"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the changed settings (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_cancel->setToolTip(tr("Forget your changes and show the saved settings"));
    m_reset->setToolTip(tr("Go back to the plugin's default values"));
    // Save, Cancel and Reset stay at the bottom however long the form is (a sticky bar), with
    // what a save said above them; only the fields scroll.
    auto *line = new QFrame(m_buttonRow);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *bar = new QVBoxLayout(m_buttonRow);
    bar->setContentsMargins(14, 0, 14, 10);
    bar->setSpacing(8);
    bar->addWidget(line);
    bar->addWidget(m_message);
    bar->addLayout(buttons);

    auto *fields = new QWidget;
    auto *content = new QVBoxLayout(fields);
    content->setContentsMargins(14, 10, 14, 10);
    content->addWidget(m_empty);
    content->addLayout(m_fieldsLayout);
    content->addStretch(1);
    m_scroll->setWidget(fields);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus; no silent Tab stop

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttonRow);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isDirty())
            Q_EMIT saveRequested(changes());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setPlugin(m_info, true); });
    connect(m_reset, &QPushButton::clicked, this, &SettingsForm::resetRequested);
    updateButtons();
}

void SettingsForm::setPlugin(const PluginInfo &info, bool force)
{
    const bool samePlugin = info.key() == m_key && info.folderName() == m_info.folderName();
    const bool sameFields = samePlugin && info.fields() == m_fields;
    const bool keepEdits = !force && sameFields && isDirty();
    const bool storedChanged = info.storedSettings() != m_info.storedSettings();
    m_info = info;
    if (keepEdits) {
        if (storedChanged) {
            m_message->setText(tr("These settings were changed elsewhere. Save keeps your "
                                  "version; Cancel shows the new one."));
            m_message->setTone(ToneLabel::Tone::Normal);
            m_message->show();
            m_showsSaveErrors = false;
        }
        return;
    }
    m_key = info.key();
    if (!sameFields)
        rebuild(info);
    loadValues(info);
    m_message->hide();
    m_showsSaveErrors = false;
    updateButtons();
}

void SettingsForm::rebuild(const PluginInfo &info)
{
    qDeleteAll(m_editors);
    m_editors.clear();
    m_fields = info.fields();
    for (const FieldSpec &field : std::as_const(m_fields)) {
        auto *editor = new FieldEditor(field, this);
        connect(editor, &FieldEditor::edited, this, &SettingsForm::updateButtons);
        m_fieldsLayout->addWidget(editor);
        m_editors << editor;
    }
    QString empty;
    if (info.isMissing())
        empty = tr("The plugin's folder is missing, so its settings are unknown.");
    else if (m_fields.isEmpty() && info.isLegacy() && !info.isLoaded())
        empty = tr("This legacy plugin declares its settings in its code: enable it to see "
                   "them.");
    else if (m_fields.isEmpty() && !info.isLoaded())
        // Only its code can tell: a plugin may declare its fields there rather than in
        // plugin.json, and they are known once it has loaded.
        empty = tr("Its plugin.json declares no settings. A plugin can also declare them in "
                   "its code: they appear here once it is enabled.");
    else if (m_fields.isEmpty())
        empty = tr("This plugin has no settings.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    bool editable = false;
    for (const FieldSpec &field : std::as_const(m_fields))
        editable = editable || field.type != FieldType::Info;
    m_buttonRow->setVisible(editable);
}

void SettingsForm::loadValues(const PluginInfo &info)
{
    const QJsonObject effective = info.effectiveSettings();
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const FieldSpec &field = editor->field();
        const bool secretSet =
            field.isPassword() && !info.storedSettings().value(field.id).toString().isEmpty();
        editor->setValue(effective.value(field.id), secretSet);
    }
}

bool SettingsForm::isDirty() const
{
    return std::any_of(m_editors.cbegin(), m_editors.cend(),
                       [](const FieldEditor *e) { return e->isModified(); });
}

QJsonObject SettingsForm::changes() const
{
    QJsonObject changes;
    for (const FieldEditor *editor : m_editors) {
        if (editor->isModified())
            changes.insert(editor->field().id, editor->value());
    }
    return changes;
}

void SettingsForm::showErrors(const Error &error)
{
    m_message->setText(error.message);
    m_message->setTone(ToneLabel::Tone::Error);
    m_message->show();
    for (const FieldError &fieldError : error.fieldErrors) {
        if (FieldEditor *editor = editorFor(fieldError.field))
            editor->setError(fieldError.message);
    }
    m_showsSaveErrors = true;
    // The first refused field in the form's order: scrolled into view, with the focus.
    for (FieldEditor *editor : std::as_const(m_editors)) {
        if (editor->error().isEmpty())
            continue;
        m_scroll->ensureWidgetVisible(editor);
        editor->editor()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

FieldEditor *SettingsForm::editorFor(const QString &fieldId) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->field().id == fieldId)
            return editor;
    }
    return nullptr;
}

void SettingsForm::updateButtons()
{
    // "2 settings were not saved" goes once every refused field has been changed.
    if (m_showsSaveErrors &&
        std::all_of(m_editors.cbegin(), m_editors.cend(),
                    [](const FieldEditor *editor) { return editor->error().isEmpty(); })) {
        m_message->hide();
        m_showsSaveErrors = false;
    }
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_cancel->setEnabled(dirty);
    m_reset->setEnabled(!m_info.storedSettings().isEmpty() || dirty);
}

} // namespace plugboard::ui
