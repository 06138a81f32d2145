// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace plugboard::ui {

// An on/off switch: a checkable button drawn as a track and a knob. Space toggles it; its
// accessible name is its text (set one even when the label is elsewhere).
class ToggleSwitch : public QAbstractButton {
    Q_OBJECT

public:
    explicit ToggleSwitch(QWidget *parent = nullptr);

    QSize sizeHint() const override;

    // Paints a switch of the given geometry; the card delegate draws the same switch.
    static void paintSwitch(QPainter &painter, const QRectF &rect, bool on, bool enabled,
                            bool hovered, bool focused, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool m_hovered = false;
};

} // namespace plugboard::ui
