// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/statebuttondelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace plugboard::ui {

StateButtonDelegate::StateButtonDelegate(int column, int enabledRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(column)
    , m_enabledRole(enabledRole)
{}

QRect StateButtonDelegate::buttonRect(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int width = fm.horizontalAdvance(index.data().toString()) + 24;
    const int height = qMin(option.rect.height() - 4, fm.height() + 10);
    QRect rect(0, 0, qMin(width, option.rect.width() - 4), height);
    rect.moveCenter(option.rect.center());
    rect.moveLeft(option.rect.left() + 2);
    return rect;
}

void StateButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != m_column || !index.data(m_enabledRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, then the button over it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option, index);
    button.text = index.data().toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize StateButtonDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_column) {
        const QFontMetrics fm(option.font);
        size.setWidth(qMax(size.width(), fm.horizontalAdvance(index.data().toString()) + 32));
        size.setHeight(qMax(size.height(), fm.height() + 14));
    }
    return size;
}

bool StateButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.column() != m_column || !index.data(m_enabledRole).toBool())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *mouse = static_cast<QMouseEvent *>(event);
    const bool inside =
        mouse->button() == Qt::LeftButton && buttonRect(option, index).contains(mouse->pos());
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false; // the row is selected as usual
    }
    const bool click = inside && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (click)
        Q_EMIT clicked(index);
    return click;
}

} // namespace plugboard::ui
