// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsimportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QString who(const QString &key, const QString &name)
{
    return name.isEmpty() || name == key ? key : QStringLiteral("%1 (%2)").arg(name, key);
}

} // namespace

SettingsImportDialog::SettingsImportDialog(const QString &fileName,
                                           const Result<SettingsImportReport> &report,
                                           QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
{
    setWindowTitle(tr("Import Settings"));
    setWindowModality(Qt::WindowModal);
    m_headline->setObjectName(QStringLiteral("importSettingsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText); // names and sentences come from the file
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setWeight(QFont::DemiBold);
    m_headline->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    m_applied = addSection(QStringLiteral("appliedList"));
    m_skipped = addSection(QStringLiteral("skippedList"));
    m_refused = addSection(QStringLiteral("refusedList"));

    if (!report) {
        m_headline->setText(
            tr("Nothing was imported from %1: %2").arg(fileName, report.error().message));
    } else {
        const SettingsImportReport &r = report.value();
        m_headline->setText(r.isEmpty() ? tr("%1 holds no plugin settings.").arg(fileName)
                            : r.ok()    ? tr("Settings imported from %1.").arg(fileName)
                                        : tr("Settings imported from %1, but not for every "
                                                "plugin: nothing of a refused plugin changed.")
                                           .arg(fileName));
        for (const SettingsImportReport::Applied &a : r.applied) {
            QString text =
                tr("%1: %2").arg(who(a.key, a.name), a.fields.join(QStringLiteral(", ")));
            if (!a.ignored.isEmpty()) {
                text += QLatin1Char('\n') + tr("Left out, not settings of this plugin now: %1")
                                                .arg(a.ignored.join(QStringLiteral(", ")));
            }
            m_applied->addItem(text);
        }
        for (const SettingsImportReport::Skipped &s : r.skipped)
            m_skipped->addItem(tr("%1: %2").arg(who(s.key, s.name), s.reason));
        for (const SettingsImportReport::Refused &f : r.refused) {
            QString text = tr("%1: %2").arg(who(f.key, f.name), f.reason);
            // One field's sentence is the reason already; several are listed one a line.
            if (f.fieldErrors.size() > 1) {
                for (const FieldError &field : f.fieldErrors)
                    text += QStringLiteral("\n  %1: %2").arg(field.field, field.message);
            }
            m_refused->addItem(text);
        }
    }
    const auto heading = [this](QListWidget *list, const QString &text) {
        auto *label = findChild<QLabel *>(list->objectName() + QStringLiteral("Heading"));
        label->setText(text.arg(list->count()));
        list->setAccessibleName(label->text());
        label->setVisible(list->count() > 0);
        list->setVisible(list->count() > 0);
    };
    heading(m_applied, tr("Applied (%1): the fields that changed"));
    heading(m_skipped, tr("Skipped (%1): left as they are"));
    heading(m_refused, tr("Refused (%1): not changed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    setAccessibleName(windowTitle());
}

QListWidget *SettingsImportDialog::addSection(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName + QStringLiteral("Heading"));
    label->setTextFormat(Qt::PlainText);
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::TabFocus);
    label->setBuddy(list);
    layout()->addWidget(label);
    layout()->addWidget(list);
    return list;
}

} // namespace plugboard::ui
