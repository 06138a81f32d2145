// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/dropoverlay.h"

#include "theme/mantinecolors.h"

#include <QPainter>
#include <QPainterPath>

namespace plugboard::ui {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}

void DropOverlay::showHint(const QString &text, bool accepted)
{
    m_text = text;
    m_accepted = accepted;
    setAccessibleName(text);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent =
        MantineColors::named(m_accepted ? QStringLiteral("blue") : QStringLiteral("red"));
    QColor veil = palette().color(QPalette::Window);
    veil.setAlphaF(0.86);
    painter.fillRect(rect(), veil);
    QPen pen(accent, 3, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(16, 16, -16, -16), 14, 14);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    painter.setFont(f);
    // The accent as text, darkened or lightened to read on the veil.
    painter.setPen(MantineColors::readableText(accent, {palette().color(QPalette::Window)}));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace plugboard::ui
