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

// Relative luminance per WCAG, to pick black or white text on a solid colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor readableOn(const QColor &background)
{
    // Contrast with white vs with near-black; the larger wins.
    const double l = luminance(background);
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withWhite >= withBlack ? QColor(Qt::white) : QColor(0x1a, 0x1b, 0x1e);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

ButtonLook buttonLook(const QString &variant, const QString &colour, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor base = named(colour);
    if (!base.isValid())
        base = named(QStringLiteral("blue"));
    const QColor window = palette.color(QPalette::Window);
    // "dark" on a dark window and pale colours as text on a light one need nudging to stay
    // readable: text colours are pulled towards the window's opposite.
    QColor asText = base;
    if (dark && base.lightness() < 90)
        asText = mix(base, Qt::white, 0.65);
    else if (!dark && luminance(base) > 0.35)
        asText = mix(base, Qt::black, 0.35);

    ButtonLook look;
    const QString v = variant.trimmed().toLower();
    if (v == QLatin1String("light")) {
        look.background = mix(window, base, dark ? 0.28 : 0.14);
        look.hoverBackground = mix(window, base, dark ? 0.38 : 0.22);
        look.border = Qt::transparent;
        look.text = asText;
    } else if (v == QLatin1String("outline")) {
        look.background = Qt::transparent;
        look.hoverBackground = mix(window, base, dark ? 0.18 : 0.08);
        look.border = asText;
        look.text = asText;
    } else if (v == QLatin1String("subtle")) {
        look.background = Qt::transparent;
        look.hoverBackground = mix(window, base, dark ? 0.22 : 0.12);
        look.border = Qt::transparent;
        look.text = asText;
    } else if (v == QLatin1String("default")) {
        look.background = palette.color(QPalette::Button);
        look.hoverBackground =
            mix(palette.color(QPalette::Button), palette.color(QPalette::Text), 0.08);
        look.border = mix(palette.color(QPalette::Button), palette.color(QPalette::Text), 0.25);
        look.text = palette.color(QPalette::ButtonText);
    } else { // filled
        look.background = base;
        look.hoverBackground = base.darker(112);
        look.border = Qt::transparent;
        look.text = readableOn(base);
    }
    return look;
}

} // namespace plugboard::ui::MantineColors
