// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/inputstyle.h"

#include "theme/mantinecolors.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace plugboard::ui {

InputStyle::InputStyle(QStyle *base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{}

QColor InputStyle::border(const QPalette &palette)
{
    const QColor field = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    QColor colour = text;
    for (int step = 4; step <= 20; ++step) {
        const double t = step / 20.0;
        colour = QColor::fromRgbF(field.redF() + (text.redF() - field.redF()) * t,
                                  field.greenF() + (text.greenF() - field.greenF()) * t,
                                  field.blueF() + (text.blueF() - field.blueF()) * t);
        if (MantineColors::contrast(colour, field) >= 3.0 &&
            MantineColors::contrast(colour, window) >= 3.0)
            return colour;
    }
    return text;
}

void InputStyle::drawBorder(const QStyleOption *option, QPainter *painter)
{
    if (option->state & State_HasFocus)
        return; // Fusion's highlight says where the focus is
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor colour = border(option->palette);
    if (!(option->state & State_Enabled))
        colour.setAlphaF(0.45); // disabled inputs are exempt, and look it
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

void InputStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_FrameLineEdit || element == PE_Frame)
        drawBorder(option, painter);
}

void InputStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_SpinBox || control == CC_ComboBox)
        drawBorder(option, painter);
}

} // namespace plugboard::ui
