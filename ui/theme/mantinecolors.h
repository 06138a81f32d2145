// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace plugboard::ui {

// The Mantine colour names plugins use for buttons (SPEC §13, shade 6), and how each button
// variant looks with them in the current light or dark palette.
namespace MantineColors {

// The shade-6 colour of a Mantine name; invalid QColor for an unknown name.
QColor named(const QString &name);
// True when the palette's window colour is dark.
bool isDark(const QPalette &palette);

struct ButtonLook {
    QColor background; // transparent for outline/subtle
    QColor hoverBackground;
    QColor border; // transparent for no border
    QColor text;
};

// variant: filled, light, outline, subtle, default (anything else is filled). colour: a Mantine
// name, or empty/unknown for the theme's accent (blue). The text reads at 4.5:1 or better on
// the button's background, hovered or not, in light and dark palettes alike.
ButtonLook buttonLook(const QString &variant, const QString &colour, const QPalette &palette);

// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);
// Text for a solid background: near-black or white, whichever contrasts more (black or white
// when neither reaches 4.5:1).
QColor readableOn(const QColor &background);
// `colour`, pulled towards black (light backgrounds) or white (dark ones) just enough to read
// at `ratio`:1 or better on every one of `backgrounds`: its hue stays recognisable.
QColor readableText(const QColor &colour, const QList<QColor> &backgrounds, double ratio = 4.5);

// Text that says something went wrong (Error) or needs care (Warning), readable on the
// palette's Window and Base colours.
enum class Tone { Error, Warning };
QColor toneText(Tone tone, const QPalette &palette);

} // namespace MantineColors
} // namespace plugboard::ui
