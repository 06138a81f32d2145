#pragma once

#include <QColor>
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
// name, or empty/unknown for the theme's accent (blue).
ButtonLook buttonLook(const QString &variant, const QString &colour, const QPalette &palette);

} // namespace MantineColors
} // namespace plugboard::ui
