// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/fieldeditor.h"

#include "theme/tonelabel.h"
#include "widgets/toggleswitch.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace plugboard::ui {

namespace {

// Decimals enough for the step, the bounds and the default (a step of 0.05 needs 2).
int decimalsFor(const FieldSpec &field)
{
    int decimals = 0;
    const auto need = [&](std::optional<double> v) {
        if (!v)
            return;
        for (int d = 0; d <= 6; ++d) {
            const double scaled = *v * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-9) {
                decimals = std::max(decimals, d);
                return;
            }
        }
        decimals = 6;
    };
    need(field.step);
    need(field.min);
    need(field.max);
    if (field.defaultValue.isDouble())
        need(field.defaultValue.toDouble());
    return decimals;
}

QString optionText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 15);
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

FieldEditor::FieldEditor(const FieldSpec &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    const QString label = field.label.isEmpty() ? field.id : field.label;

    if (field.type == FieldType::Info) {
        auto *heading = new QLabel(label, this);
        QFont f = heading->font();
        f.setWeight(QFont::DemiBold);
        f.setPointSizeF(f.pointSizeF() * 1.05);
        heading->setFont(f);
        heading->setTextFormat(Qt::PlainText);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        const QString text = !field.value.isEmpty() ? field.value : field.description;
        if (!text.isEmpty()) {
            auto *body = new QLabel(text, this);
            body->setWordWrap(true);
            body->setTextFormat(Qt::PlainText);
            body->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(body);
        }
    } else {
        m_editor = createEditor();
        m_editor->setObjectName(QStringLiteral("field_") + field.id);
        m_editor->setAccessibleName(label);
        if (!field.helpText.isEmpty())
            m_editor->setAccessibleDescription(field.helpText);
        auto *title = new QLabel(label, this);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QFont f = title->font();
        f.setWeight(QFont::Medium);
        title->setFont(f);
        title->setBuddy(m_editor);
        if (field.type == FieldType::Boolean) {
            auto *row = new QHBoxLayout;
            row->addWidget(m_editor);
            row->addWidget(title, 1);
            layout->addLayout(row);
        } else {
            layout->addWidget(title);
            layout->addWidget(m_editor);
        }
    }
    for (const QString &text :
         {field.helpText, field.type == FieldType::Info ? QString() : field.description}) {
        if (text.isEmpty())
            continue;
        auto *help = new QLabel(text, this);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setForegroundRole(QPalette::PlaceholderText);
        QFont f = help->font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        help->setFont(f);
        layout->addWidget(help);
    }
    m_error = new ToneLabel(QString(), ToneLabel::Tone::Error, this);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error for %1").arg(label));
    m_error->hide();
    layout->addWidget(m_error);
    setValue(field.defaultValue);
}

QWidget *FieldEditor::createEditor()
{
    const auto changed = [this] {
        if (!m_loading) {
            setError({});
            Q_EMIT edited();
        }
    };
    switch (m_field.type) {
    case FieldType::Boolean: {
        auto *toggle = new ToggleSwitch(this);
        connect(toggle, &ToggleSwitch::toggled, this, changed);
        return toggle;
    }
    case FieldType::Number: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(decimalsFor(m_field));
        // The range is not clamped by the widget: a value out of bounds is explained at the
        // field rather than silently changed into another number.
        const double huge = 1e15;
        spin->setRange(-huge, huge);
        spin->setSingleStep(m_field.step.value_or(1.0));
        spin->setAccelerated(true);
        spin->setKeyboardTracking(true);
        spin->setMinimumWidth(160);
        spin->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            if (m_field.min && v < *m_field.min)
                setError(tr("The smallest value allowed is %1.").arg(*m_field.min));
            else if (m_field.max && v > *m_field.max)
                setError(tr("The largest value allowed is %1.").arg(*m_field.max));
        });
        // Typed values land on the step's grid (from min) when the field is left: 0.537 on a
        // 0.05 step becomes 0.55, rather than 0.53 that saving would then refuse.
        if (m_field.step && std::isfinite(*m_field.step) && *m_field.step > 0) {
            connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin] {
                const double base = m_field.min.value_or(0.0);
                const double snapped =
                    base + std::round((spin->value() - base) / *m_field.step) * *m_field.step;
                if (std::abs(snapped - spin->value()) > 1e-9 * std::max(1.0, std::abs(snapped)))
                    spin->setValue(snapped);
            });
        }
        return spin;
    }
    case FieldType::Text: {
        auto *text = new QPlainTextEdit(this);
        text->setPlaceholderText(m_field.placeholder);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 5 + 12);
        connect(text, &QPlainTextEdit::textChanged, this, changed);
        return text;
    }
    case FieldType::Select: {
        auto *combo = new QComboBox(this);
        for (const SelectOption &option : m_field.options)
            combo->addItem(option.label.isEmpty() ? optionText(option.value) : option.label,
                           optionText(option.value));
        combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        combo->setMinimumWidth(200);
        // Sized by a few words, not by the longest option: one long option label must not
        // make the form wider than the panel (the popup still shows every option in full).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        return combo;
    }
    case FieldType::String:
    case FieldType::Info:
        break;
    }
    auto *line = new QLineEdit(this);
    line->setPlaceholderText(m_field.placeholder);
    if (m_field.isPassword()) {
        line->setEchoMode(QLineEdit::Password);
        auto *reveal = line->addAction(QIcon(), QLineEdit::TrailingPosition);
        reveal->setText(tr("Show"));
        reveal->setToolTip(tr("Show or hide what you typed"));
        connect(reveal, &QAction::triggered, line, [line] {
            line->setEchoMode(line->echoMode() == QLineEdit::Password ? QLineEdit::Normal
                                                                      : QLineEdit::Password);
        });
    }
    connect(line, &QLineEdit::textChanged, this, changed);
    return line;
}

void FieldEditor::setValue(const QJsonValue &value, bool secretSet)
{
    m_loading = true;
    m_loaded = value;
    switch (m_field.type) {
    case FieldType::Boolean:
        static_cast<ToggleSwitch *>(m_editor)->setChecked(value.toBool());
        break;
    case FieldType::Number: {
        auto *spin = static_cast<QDoubleSpinBox *>(m_editor);
        spin->setValue(value.isDouble() ? value.toDouble() : m_field.min.value_or(0));
        m_loaded = spin->value(); // what the user sees is the baseline for "modified"
        break;
    }
    case FieldType::Text:
        static_cast<QPlainTextEdit *>(m_editor)->setPlainText(valueText(value));
        break;
    case FieldType::Select: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        combo->setCurrentIndex(combo->findData(valueText(value)));
        break;
    }
    case FieldType::String: {
        auto *line = static_cast<QLineEdit *>(m_editor);
        if (m_field.isPassword()) {
            line->clear();
            line->setPlaceholderText(secretSet ? tr("Saved; type a new value to replace it")
                                               : m_field.placeholder);
        } else {
            line->setText(valueText(value));
        }
        break;
    }
    case FieldType::Info:
        break;
    }
    m_loading = false;
    setError({});
}

QJsonValue FieldEditor::value() const
{
    switch (m_field.type) {
    case FieldType::Boolean:
        return static_cast<ToggleSwitch *>(m_editor)->isChecked();
    case FieldType::Number:
        return static_cast<QDoubleSpinBox *>(m_editor)->value();
    case FieldType::Text:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case FieldType::Select: {
        const auto *combo = static_cast<QComboBox *>(m_editor);
        const QString text = combo->currentData().toString();
        // Give back the option's own JSON type (a number option stays a number).
        for (const SelectOption &option : m_field.options) {
            if (optionText(option.value) == text)
                return option.value;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    case FieldType::String:
        return static_cast<QLineEdit *>(m_editor)->text();
    case FieldType::Info:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool FieldEditor::isModified() const
{
    if (!m_editor)
        return false;
    if (m_field.isPassword())
        return !static_cast<QLineEdit *>(m_editor)->text().isEmpty();
    const QJsonValue now = value();
    if (m_field.type == FieldType::Select && now.isUndefined())
        return false;
    if (m_field.type == FieldType::Number)
        return std::abs(now.toDouble() - m_loaded.toDouble()) > 1e-12;
    if (m_field.type == FieldType::Boolean)
        return now.toBool() != m_loaded.toBool();
    if (m_field.type == FieldType::Select)
        return optionText(now) != valueText(m_loaded);
    return now.toString() != valueText(m_loaded);
}

void FieldEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FieldEditor::error() const
{
    return m_error->text();
}

} // namespace plugboard::ui
