// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>

class QWidget;

namespace plugboard::ui::ToastPlacement {

// Something a notification should not cover, in the host's coordinates. Controls (buttons,
// fields, switches, scroll bars) weigh most, items of a list (cards, runs) less, and text
// areas and labels least; an open dialog's window weighs more than anything.
struct Obstacle {
    QRect rect;
    int weight = 1;
};

// What lies under the host's area now: its visible controls, the visible items of its lists,
// and the open dialogs over it. `ignore` (the notifications themselves) is left out.
QList<Obstacle> obstacles(const QWidget *host, const QWidget *ignore);

// How much a stack of notifications at `stack` would hide (0: nothing).
qint64 cost(const QRect &stack, const QList<Obstacle> &obstacles);

// Where a stack of notifications of `size` goes in a host of `area`: the spot along the bottom
// edge (then the top edge) that covers the least weight, the bottom-right corner when several
// cover nothing. Returns the stack's top-left corner.
QPoint place(const QRect &area, const QSize &size, const QList<Obstacle> &obstacles, int margin);

} // namespace plugboard::ui::ToastPlacement
