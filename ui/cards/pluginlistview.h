// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace plugboard::ui {

// The card grid: as many columns of cards as fit, stretched to fill the width, reflowing as the
// window resizes. Space toggles the current plugin, Delete removes it, Enter opens its details.
class PluginListView : public QListView {
    Q_OBJECT

public:
    explicit PluginListView(QWidget *parent = nullptr);

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);
    void removeRequested(const QModelIndex &index);
    void openRequested(const QModelIndex &index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGrid();
};

} // namespace plugboard::ui
