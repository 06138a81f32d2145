// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toasts/toastplacement.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QScrollBar>
#include <QWidget>

namespace plugboard::ui::ToastPlacement {

namespace {

constexpr int ControlWeight = 100;
constexpr int ItemWeight = 30;
constexpr int TextWeight = 5;
constexpr int LabelWeight = 2;
constexpr int DialogWeight = 100000;
constexpr int MaxItems = 20000; // rows looked at per list; only the visible ones count

// The part of `widget` the host shows (clipped by every parent on the way up).
QRect shownRect(const QWidget *widget, const QWidget *host)
{
    QRect rect(widget->mapTo(host, QPoint()), widget->size());
    for (const QWidget *p = widget->parentWidget(); p && p != host; p = p->parentWidget())
        rect &= QRect(p->mapTo(host, QPoint()), p->size());
    return rect & host->rect();
}

void addItems(const QAbstractItemView *view, const QWidget *host, QList<Obstacle> &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QRect viewport = shownRect(view->viewport(), host);
    const QPoint offset = view->viewport()->mapTo(host, QPoint());
    const int rows = std::min(model->rowCount(view->rootIndex()), MaxItems);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, view->rootIndex());
        const QRect item = view->visualRect(index).translated(offset);
        // The item the user works with (current or selected) counts as a control.
        const bool chosen = index == view->currentIndex() ||
                            (view->selectionModel() && view->selectionModel()->isSelected(index));
        // A row of a table or tree spans the view's width.
        QRect shown = item & viewport;
        if (!shown.isEmpty() && qobject_cast<const QAbstractItemView *>(view) &&
            model->columnCount(view->rootIndex()) > 1)
            shown = QRect(viewport.left(), shown.top(), viewport.width(), shown.height());
        if (!shown.isEmpty())
            out << Obstacle{shown, chosen ? ControlWeight : ItemWeight};
    }
}

} // namespace

QList<Obstacle> obstacles(const QWidget *host, const QWidget *ignore)
{
    QList<Obstacle> out;
    for (const QWidget *widget : host->findChildren<QWidget *>()) {
        if (!widget->isVisible() || (ignore && (widget == ignore || ignore->isAncestorOf(widget))))
            continue;
        if (widget->isWindow())
            continue;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            addItems(view, host, out);
            continue;
        }
        const QRect rect = shownRect(widget, host);
        if (rect.isEmpty())
            continue;
        if (qobject_cast<const QAbstractScrollArea *>(widget)) {
            // Text areas (a log, a result) are read, not clicked; a scroll area holding a
            // form has its fields counted one by one.
            if (widget->focusPolicy() != Qt::NoFocus)
                out << Obstacle{rect, TextWeight};
            continue;
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget);
            label && !label->text().isEmpty()) {
            out << Obstacle{rect, LabelWeight}; // words, not a control: the least to avoid
            continue;
        }
        if (widget->focusPolicy() == Qt::NoFocus && !qobject_cast<const QScrollBar *>(widget) &&
            !qobject_cast<const QAbstractButton *>(widget))
            continue;
        // A container that takes the focus for its children (a tab widget) is not a control.
        const bool container =
            qint64(rect.width()) * rect.height() > qint64(host->width()) * host->height() / 6;
        out << Obstacle{rect, container ? TextWeight : ControlWeight};
    }
    // Dialogs open over the window: a notification under one is unseen, one over it hides
    // its buttons.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && qobject_cast<QDialog *>(window) && window != host->window()) {
            const QRect shown(host->mapFromGlobal(window->frameGeometry().topLeft()),
                              window->frameGeometry().size());
            if (shown.intersects(host->rect()))
                out << Obstacle{shown & host->rect(), DialogWeight};
        }
    }
    return out;
}

qint64 cost(const QRect &stack, const QList<Obstacle> &obstacles)
{
    qint64 cost = 0;
    for (const Obstacle &o : obstacles) {
        const QRect overlap = stack & o.rect;
        if (!overlap.isEmpty()) {
            // Covering anything of a control counts its whole weight; more of it a little
            // more, so a sliver is chosen over half.
            cost += qint64(o.weight) * 1000 +
                    qint64(o.weight) * overlap.width() * overlap.height() / 100;
        }
    }
    return cost;
}

QPoint place(const QRect &area, const QSize &size, const QList<Obstacle> &obstacles, int margin)
{
    const int right = area.right() - margin - size.width() + 1;
    const int left = area.left() + margin;
    const int bottom = area.bottom() - margin - size.height() + 1;
    const int top = area.top() + margin;
    // Candidates, the preferred first: along the bottom edge from the right, then along the
    // top edge from the right.
    QList<QPoint> candidates;
    const int step = 24;
    for (const int y : {bottom, top}) {
        for (int x = right; x > left - step; x -= step)
            candidates << QPoint(std::max(x, left), y);
    }
    QPoint best = QPoint(right, bottom);
    qint64 bestCost = -1;
    for (const QPoint &at : std::as_const(candidates)) {
        const qint64 c = cost(QRect(at, size), obstacles);
        if (bestCost < 0 || c < bestCost) {
            best = at;
            bestCost = c;
        }
        if (c == 0)
            break;
    }
    return best;
}

} // namespace plugboard::ui::ToastPlacement
