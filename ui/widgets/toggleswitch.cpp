// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/toggleswitch.h"

#include <QPainter>
#include <QPainterPath>

namespace plugboard::ui {

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QAbstractButton(parent)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize ToggleSwitch::sizeHint() const
{
    return {44, 24};
}

void ToggleSwitch::paintSwitch(QPainter &painter, const QRectF &rect, bool on, bool enabled,
                               bool hovered, bool focused, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal h = std::min(rect.height(), rect.width() / 1.8);
    const QRectF track(rect.left(), rect.center().y() - h / 2, h * 1.8, h);
    QColor trackColour = on ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid);
    if (hovered && enabled)
        trackColour = trackColour.lighter(110);
    if (!enabled)
        trackColour.setAlphaF(0.45);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColour);
    painter.drawRoundedRect(track, h / 2, h / 2);
    const qreal knob = h - 6;
    const qreal x = on ? track.right() - 3 - knob : track.left() + 3;
    painter.setBrush(enabled ? QColor(Qt::white) : QColor(240, 240, 240));
    painter.drawEllipse(QRectF(x, track.top() + 3, knob, knob));
    if (focused) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), h / 2 + 2, h / 2 + 2);
    }
    painter.restore();
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintSwitch(painter, QRectF(rect()).adjusted(2, 2, -2, -2), isChecked(), isEnabled(), m_hovered,
                hasFocus(), palette());
}

void ToggleSwitch::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ToggleSwitch::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace plugboard::ui
