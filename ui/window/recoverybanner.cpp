// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/recoverybanner.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

RecoveryBanner::RecoveryBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryBanner"));
    setAutoFillBackground(true);
    // The tooltip colours are the palette's attention pair (pale yellow with dark text in the
    // light scheme), readable in both schemes.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recoveryTitle"));
    m_title->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("recoveryText"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(tr("Open Backups Folder"), this);
    m_open->setObjectName(QStringLiteral("openBackups"));
    m_open->setToolTip(tr("Show the database backups and the damaged file in the file manager"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissRecovery"));
    m_dismiss->setToolTip(tr("Hide this notice; the damaged file stays where it is"));

    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 8, 18, 8);
    layout->addLayout(words, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_open, &QPushButton::clicked, this, &RecoveryBanner::openBackupsRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

QString RecoveryBanner::describe(const RecoveryReport &report)
{
    const QString damaged = QDir::toNativeSeparators(report.damagedPath);
    if (report.startedEmpty()) {
        return tr("There was no backup to restore, so Plugboard started with an empty database: "
                  "your plugins are still installed but need to be enabled and set up again. "
                  "The damaged file is kept at %1.")
            .arg(damaged);
    }
    const QString when =
        QLocale().toString(report.backupTakenAt.toLocalTime(), QLocale::ShortFormat);
    return tr("Plugboard restored the backup of %1. Changes made after that time are lost. "
              "The damaged file is kept at %2.")
        .arg(when, damaged);
}

void RecoveryBanner::setReport(const std::optional<RecoveryReport> &report)
{
    if (!report) {
        hide();
        return;
    }
    m_title->setText(report->startedEmpty()
                         ? tr("The plugin database was damaged: Plugboard started a new one")
                         : tr("The plugin database was damaged: Plugboard restored a backup"));
    QString text = describe(*report);
    if (!report->reason.isEmpty())
        text += QLatin1Char('\n') + tr("What was wrong: %1").arg(report->reason);
    m_text->setText(text);
    show();
}

QString RecoveryBanner::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->text();
}

} // namespace plugboard::ui
