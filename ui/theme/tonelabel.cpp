// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/tonelabel.h"

#include "theme/mantinecolors.h"

#include <QEvent>

namespace plugboard::ui {

ToneLabel::ToneLabel(QWidget *parent)
    : QLabel(parent)
{
    applyTone();
}

ToneLabel::ToneLabel(const QString &text, Tone tone, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    applyTone();
}

void ToneLabel::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    applyTone();
}

void ToneLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
    QLabel::changeEvent(event);
}

void ToneLabel::applyTone()
{
    // Text and PlaceholderText are never written here, so they still hold the inherited
    // palette's colours after WindowText was set.
    QPalette p = palette();
    QColor colour;
    switch (m_tone) {
    case Tone::Normal:
        colour = p.color(QPalette::Text);
        break;
    case Tone::Muted:
        colour = p.color(QPalette::PlaceholderText);
        break;
    case Tone::Warning:
        colour = MantineColors::toneText(MantineColors::Tone::Warning, p);
        break;
    case Tone::Error:
        colour = MantineColors::toneText(MantineColors::Tone::Error, p);
        break;
    }
    if (p.color(QPalette::WindowText) == colour)
        return;
    p.setColor(QPalette::WindowText, colour);
    m_applying = true;
    setPalette(p);
    m_applying = false;
}

} // namespace plugboard::ui
