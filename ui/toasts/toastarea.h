// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toasts/toast.h"

#include <QWidget>

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
    void reposition();
    QVBoxLayout *m_layout;
};

} // namespace plugboard::ui
