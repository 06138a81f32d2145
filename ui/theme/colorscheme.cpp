// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/colorscheme.h"

#include "theme/inputstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace plugboard::ui::ColorScheme {

QPalette dark()
{
    QPalette p;
    const QColor window(0x1a, 0x1b, 0x1e), base(0x25, 0x26, 0x2b), text(0xc1, 0xc2, 0xc5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2c, 0x2e, 0x33));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x22, 0x8b, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x4d, 0xab, 0xf7));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x92, 0x96));
    p.setColor(QPalette::Mid, QColor(0x37, 0x3a, 0x40));
    p.setColor(QPalette::Midlight, QColor(0x2c, 0x2e, 0x33));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x5c, 0x5f, 0x66));
    return p;
}

QPalette light()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

void apply(const QString &scheme)
{
    if (scheme.isEmpty()) {
        // The system's style and palette; Fusion (the default without a desktop theme) gets
        // the input borders it lacks on dark palettes.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) ==
            0)
            QApplication::setStyle(new InputStyle);
        return;
    }
    QApplication::setStyle(new InputStyle);
    QApplication::setPalette(scheme == QLatin1String("dark") ? dark() : light());
}

} // namespace plugboard::ui::ColorScheme
