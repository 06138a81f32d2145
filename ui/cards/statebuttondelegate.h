// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace plugboard::ui {

// Paints one column of a list as a push button (its display text on it) where the row's
// `enabledRole` is true, and as quiet text elsewhere; a click on the button says
// clicked(index). The Find Plugins list's Install / Update / Downgrade column.
class StateButtonDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    StateButtonDelegate(int column, int enabledRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void clicked(const QModelIndex &index);

private:
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_column;
    int m_enabledRole;
    QPersistentModelIndex m_pressed;
};

} // namespace plugboard::ui
