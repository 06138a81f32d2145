// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/actionrow.h"

#include "runner/runjob.h"
#include "theme/mantinecolors.h"
#include "widgets/actionbutton.h"
#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace plugboard::ui {

namespace {

QLabel *badge(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    label->setFont(f);
    // A badge is as wide as its text, and the widest badge is the least width the row can
    // take: a very long event name is shortened (in full in the tooltip) rather than pushing
    // the action's button out of the panel.
    label->setText(QFontMetrics(f).elidedText(text, Qt::ElideMiddle, 120));
    const bool dark = MantineColors::isDark(parent->palette());
    label->setStyleSheet(QStringLiteral("QLabel { border-radius: 8px; padding: 1px 8px; "
                                        "background: %1; color: %2; }")
                             .arg(dark ? QStringLiteral("#2c2e33") : QStringLiteral("#f1f3f5"),
                                  dark ? QStringLiteral("#c1c2c5") : QStringLiteral("#495057")));
    label->setToolTip(QObject::tr("Runs on the event \"%1\" in Dispatcharr").arg(text));
    return label;
}

} // namespace

ActionRow::ActionRow(const ActionSpec &action, QWidget *parent)
    : QWidget(parent)
    , m_action(action)
    , m_button(new ActionButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_state(new QLabel(this))
{
    const QString label = action.label.isEmpty() ? action.id : action.label;
    auto *title = new QLabel(label, this);
    title->setTextFormat(Qt::PlainText);
    QFont f = title->font();
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(title);
    if (!action.description.isEmpty()) {
        auto *description = new QLabel(action.description, this);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        text->addWidget(description);
    }
    if (!action.events.isEmpty()) {
        auto *badges = new FlowLayout;
        for (const QString &event : action.events)
            badges->addWidget(badge(event, this));
        text->addLayout(badges);
    }
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    m_state->hide();
    text->addWidget(m_state);

    m_button->setText(action.shownButtonLabel());
    m_button->setLook(action.buttonVariant, action.buttonColor);
    m_button->setObjectName(QStringLiteral("action_") + action.id);
    m_button->setAccessibleName(tr("%1: %2").arg(label, m_button->text()));
    if (!action.description.isEmpty())
        m_button->setAccessibleDescription(action.description);
    m_cancel->setObjectName(QStringLiteral("cancel_") + action.id);
    m_cancel->setAccessibleName(tr("Cancel %1").arg(label));
    m_cancel->hide();

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_button);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_action.id); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT cancelRequested(m_running);
    });
}

QString ActionRow::stateText() const
{
    return m_state->isHidden() ? QString() : m_state->text();
}

void ActionRow::setBlocked(const QString &reason)
{
    m_blocked = reason;
    m_button->setEnabled(reason.isEmpty());
    // The whole label when the button is too narrow to show it.
    m_button->setToolTip(reason.isEmpty() ? m_button->text() : reason);
}

void ActionRow::setJobs(const QList<RunJob *> &jobs)
{
    std::optional<JobInfo> running;
    int queued = 0;
    for (const RunJob *job : jobs) {
        if (job->state() == Job::State::Running)
            running = job->info();
        else
            ++queued;
    }
    m_running = nullptr;
    for (RunJob *job : jobs) {
        if (running && job->id() == running->id)
            m_running = job;
    }
    m_button->setProgress(running ? std::max(0.0, running->progress) : -1);
    // A running button says so instead of offering to start again.
    m_button->setText(!running ? m_action.shownButtonLabel()
                      : running->progress >= 0
                          ? tr("Running… %1%").arg(qRound(running->progress * 100))
                          : tr("Running…"));
    m_cancel->setVisible(running.has_value());
    m_cancel->setEnabled(running && !running->cancelling);
    QStringList state;
    if (running) {
        if (running->cancelling) {
            state << tr("Cancelling… (a plugin busy in a system call stops when the call "
                        "returns)");
        } else if (running->progress >= 0) {
            state << (running->progressMessage.isEmpty()
                          ? tr("Running: %1%").arg(qRound(running->progress * 100))
                          : tr("Running: %1% — %2")
                                .arg(qRound(running->progress * 100))
                                .arg(running->progressMessage));
        } else {
            state << (running->progressMessage.isEmpty() ? tr("Running…")
                                                         : running->progressMessage);
        }
    }
    if (queued > 0 && running)
        state << tr("queued after it: %1").arg(queued);
    else if (queued > 0)
        state << tr("Queued (%1): waits for the plugin's running action").arg(queued);
    m_state->setText(state.join(QStringLiteral(" · ")));
    m_state->setVisible(!state.isEmpty());
}

} // namespace plugboard::ui
