// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace plugboard::ui {

// The search box over a list: Down or Enter goes on to the results (resultsRequested), as in a
// browser's address bar; typing stays in the box.
class SearchField : public QLineEdit {
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

Q_SIGNALS:
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace plugboard::ui
