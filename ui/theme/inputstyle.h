// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace plugboard::ui {

// The Fusion style with input borders one can see: Fusion outlines fields, spin boxes, combo
// boxes and text areas with the window colour darkened, which on a dark palette is almost the
// window itself (1.1:1). Unfocused inputs get a border of at least 3:1 against both the window
// and the field (WCAG's contrast for the edges of controls); focused ones keep Fusion's
// highlight.
class InputStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit InputStyle(QStyle *base = nullptr);

    // The border colour for a palette: the field's colour moved towards its text until it
    // contrasts 3:1 with the window and the field.
    static QColor border(const QPalette &palette);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    static void drawBorder(const QStyleOption *option, QPainter *painter);
};

} // namespace plugboard::ui
