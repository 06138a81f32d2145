// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/actionspec.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace plugboard {
class RunJob;
}

namespace plugboard::ui {

class ActionButton;

// One action of a plugin: label, description, event badges and its button. While a run of it
// is in flight the button shows the progress and a Cancel button appears; queued runs say so.
class ActionRow : public QWidget {
    Q_OBJECT

public:
    ActionRow(const ActionSpec &action, QWidget *parent = nullptr);

    const ActionSpec &action() const { return m_action; }
    ActionButton *runButton() const { return m_button; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString stateText() const;

    // Why it cannot run now (disabled, loading…); empty = it can.
    void setBlocked(const QString &reason);
    // The jobs of this action: at most one running, any number queued.
    void setJobs(const QList<plugboard::RunJob *> &jobs);

Q_SIGNALS:
    void runRequested(const QString &actionId);
    void cancelRequested(plugboard::RunJob *job);

private:
    ActionSpec m_action;
    ActionButton *m_button;
    QPushButton *m_cancel;
    QLabel *m_state;
    QPointer<plugboard::RunJob> m_running;
    QString m_blocked;
};

} // namespace plugboard::ui
