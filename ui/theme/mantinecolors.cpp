// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/mantinecolors.h"

#include <QHash>

#include <cmath>

namespace plugboard::ui::MantineColors {

QColor named(const QString &name)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("blue"), QColor(0x22, 0x8b, 0xe6)},
        {QStringLiteral("cyan"), QColor(0x15, 0xaa, 0xbf)},
        {QStringLiteral("teal"), QColor(0x12, 0xb8, 0x86)},
        {QStringLiteral("green"), QColor(0x40, 0xc0, 0x57)},
        {QStringLiteral("lime"), QColor(0x82, 0xc9, 0x1e)},
        {QStringLiteral("yellow"), QColor(0xfa, 0xb0, 0x05)},
        {QStringLiteral("orange"), QColor(0xfd, 0x7e, 0x14)},
        {QStringLiteral("red"), QColor(0xfa, 0x52, 0x52)},
        {QStringLiteral("pink"), QColor(0xe6, 0x49, 0x80)},
        {QStringLiteral("grape"), QColor(0xbe, 0x4b, 0xdb)},
        {QStringLiteral("violet"), QColor(0x79, 0x50, 0xf2)},
        {QStringLiteral("indigo"), QColor(0x4c, 0x6e, 0xf5)},
        {QStringLiteral("gray"), QColor(0x86, 0x8e, 0x96)},
        {QStringLiteral("dark"), QColor(0x25, 0x26, 0x2b)},
    };
    return colours.value(name.trimmed().toLower());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace {

// Relative luminance per WCAG.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// What a translucent colour looks like painted over `under`.
QColor over(const QColor &colour, const QColor &under)
{
    return mix(under, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF());
}

const QColor NearBlack(0x1a, 0x1b, 0x1e);

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &background)
{
    const QColor white(Qt::white);
    const QColor best =
        contrast(white, background) >= contrast(NearBlack, background) ? white : NearBlack;
    if (contrast(best, background) >= 4.5)
        return best;
    // Mid-tones (indigo, grape) fall just short with both: plain black gets there.
    return contrast(white, background) >= contrast(Qt::black, background) ? white
                                                                          : QColor(Qt::black);
}

QColor readableText(const QColor &colour, const QList<QColor> &backgrounds, double ratio)
{
    double meanLuminance = 0;
    for (const QColor &b : backgrounds)
        meanLuminance += luminance(b) / std::max<qsizetype>(1, backgrounds.size());
    const QColor target = meanLuminance < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    const auto worst = [&](const QColor &c) {
        double lowest = 21;
        for (const QColor &b : backgrounds)
            lowest = std::min(lowest, contrast(c, b));
        return lowest;
    };
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(colour, target, step / 20.0);
        if (worst(candidate) >= ratio)
            return candidate;
    }
    return target;
}

QColor toneText(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Mantine red/orange, a light shade on dark windows and a deep one on light windows.
    const QColor colour = tone == Tone::Error
                              ? (dark ? QColor(0xff, 0x87, 0x87) : QColor(0xc9, 0x2a, 0x2a))
                              : (dark ? QColor(0xff, 0xc0, 0x78) : QColor(0xb3, 0x5c, 0x00));
    return readableText(colour, {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

ButtonLook buttonLook(const QString &variant, const QString &colour, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor base = named(colour);
    if (!base.isValid())
        base = named(QStringLiteral("blue"));
    const QColor window = palette.color(QPalette::Window);

    ButtonLook look;
    const QString v = variant.trimmed().toLower();
    if (v == QLatin1String("light")) {
        look.background = mix(window, base, dark ? 0.28 : 0.14);
        look.hoverBackground = mix(window, base, dark ? 0.38 : 0.22);
        look.border = Qt::transparent;
    } else if (v == QLatin1String("outline")) {
        look.background = Qt::transparent;
        look.hoverBackground = mix(window, base, dark ? 0.18 : 0.08);
    } else if (v == QLatin1String("subtle")) {
        look.background = Qt::transparent;
        look.hoverBackground = mix(window, base, dark ? 0.22 : 0.12);
        look.border = Qt::transparent;
    } else if (v == QLatin1String("default")) {
        look.background = palette.color(QPalette::Button);
        look.hoverBackground =
            mix(palette.color(QPalette::Button), palette.color(QPalette::Text), 0.08);
        look.border = mix(palette.color(QPalette::Button), palette.color(QPalette::Text), 0.25);
        look.text = readableText(palette.color(QPalette::ButtonText),
                                 {look.background, look.hoverBackground});
        return look;
    } else { // filled
        look.background = base;
        look.border = Qt::transparent;
        look.text = readableOn(base);
        // Hovering moves the background away from the text, never towards it.
        look.hoverBackground = look.text.lightness() > 128 ? base.darker(112) : base.lighter(112);
        return look;
    }
    // Coloured text on a tint or on the window: the Mantine colour, pulled just enough
    // towards black or white to read (cyan text on a light window is 2.4:1 as it comes).
    look.text =
        readableText(base, {over(look.background, window), over(look.hoverBackground, window)});
    if (v == QLatin1String("outline"))
        look.border = look.text;
    return look;
}

} // namespace plugboard::ui::MantineColors
