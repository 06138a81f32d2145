// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toasts/toast.h"

#include <QWidget>

class QTimer;
class QVBoxLayout;

namespace plugboard::ui {

// The stack of toasts in the bottom-right corner of its parent, newest at the bottom; at most
// MaxVisible at once (the oldest goes first). Transparent to the mouse outside the toasts.
class ToastArea : public QWidget {
    Q_OBJECT

public:
    static constexpr int MaxVisible = 5;

    explicit ToastArea(QWidget *parent);

    Toast *show(Toast::Level level, const QString &title, const QString &message);
    QList<Toast *> toasts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Places the stack where it hides no control of the window (see ToastPlacement).
    void reposition();
    // While notifications show, moves them when a control appears under them (another tab,
    // a dialog), unless the pointer is on them.
    void recheck();
    QSize stackSize() const;
    QVBoxLayout *m_layout;
    QTimer *m_recheck;
};

} // namespace plugboard::ui
