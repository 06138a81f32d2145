// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace plugboard::ui {

// The hint over the window while files are dragged onto it: what dropping will do ("Drop to
// import 2 plugin zips") or why it will not ("Only .zip files can be imported").
class DropOverlay : public QWidget {
    Q_OBJECT

public:
    explicit DropOverlay(QWidget *parent);

    void showHint(const QString &text, bool accepted);
    QString text() const { return m_text; }
    bool accepted() const { return m_accepted; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_accepted = false;
};

} // namespace plugboard::ui
