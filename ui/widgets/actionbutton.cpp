// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actionbutton.h"

#include "theme/mantinecolors.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>

namespace plugboard::ui {

ActionButton::ActionButton(QWidget *parent)
    : QPushButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ActionButton::setLook(const QString &variant, const QString &colour)
{
    m_variant = variant;
    m_colour = colour;
    update();
}

void ActionButton::setProgress(double fraction)
{
    m_progress = fraction;
    update();
}

QSize ActionButton::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::max(84, fm.horizontalAdvance(text()) + 32), std::max(32, fm.height() + 14)};
}

QSize ActionButton::minimumSizeHint() const
{
    return {std::min(sizeHint().width(), 84), sizeHint().height()};
}

void ActionButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const MantineColors::ButtonLook look =
        MantineColors::buttonLook(m_variant, m_colour, palette());
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool hovered = underMouse() && isEnabled();
    QColor background = hovered || isDown() ? look.hoverBackground : look.background;
    QColor ink = look.text;
    QColor border = look.border;
    if (!isEnabled()) {
        background.setAlphaF(background.alphaF() * 0.4);
        ink.setAlphaF(0.5);
        border.setAlphaF(border.alphaF() * 0.4);
    }
    QPainterPath shape;
    shape.addRoundedRect(r, 5, 5);
    painter.fillPath(shape, background);
    if (m_progress >= 0) {
        // The progress fills the button from the left in a translucent tone of its text.
        QColor fill = look.text;
        fill.setAlphaF(0.22);
        painter.save();
        painter.setClipPath(shape);
        painter.fillRect(
            QRectF(r.left(), r.top(), r.width() * std::clamp(m_progress, 0.0, 1.0), r.height()),
            fill);
        painter.restore();
    }
    if (border.alpha() > 0) {
        painter.setPen(QPen(border, 1));
        painter.drawPath(shape);
    }
    if (hasFocus()) {
        // Two rings, so focus shows on any fill: the highlight at the edge and the window's
        // colour inside it (a highlight ring alone vanishes on a filled blue button).
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(r.adjusted(-0.5, -0.5, 0.5, 0.5), 6, 6);
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.drawRoundedRect(r.adjusted(FocusInset, FocusInset, -FocusInset, -FocusInset), 4, 4);
    }
    painter.setPen(ink);
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    painter.setFont(f);
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextSingleLine,
                     QFontMetrics(f).elidedText(text(), Qt::ElideRight, width() - 12));
}

} // namespace plugboard::ui
