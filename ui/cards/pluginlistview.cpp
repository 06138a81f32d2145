// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/pluginlistview.h"

#include "cards/plugincarddelegate.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QStyle>

namespace plugboard::ui {

PluginListView::PluginListView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false);
    viewport()->setAttribute(Qt::WA_Hover);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Plugins"));
    updateGrid();
}

void PluginListView::updateGrid()
{
    // Space for the scroll bar is always kept: a grid that depends on whether the bar shows
    // can flip between two layouts.
    const int width = this->width() - 2 * frameWidth() -
                      style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) - 1;
    const int columns = std::max(1, width / PluginCardDelegate::MinCardWidth);
    const QSize grid(std::max(PluginCardDelegate::MinCardWidth / 2, width / columns),
                     PluginCardDelegate::CardHeight);
    if (grid != gridSize())
        setGridSize(grid);
}

void PluginListView::resizeEvent(QResizeEvent *event)
{
    updateGrid();
    QListView::resizeEvent(event);
}

void PluginListView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Space:
            Q_EMIT toggleRequested(current);
            return;
        case Qt::Key_Delete:
            Q_EMIT removeRequested(current);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT openRequested(current);
            return;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

} // namespace plugboard::ui
