// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace plugboard::ui {

// The desktop id: the .desktop file, the AppStream component and the themed icon share it.
inline QString appId()
{
    return QStringLiteral("io.github.plugboard.Plugboard");
}

// The application icon: the installed theme's (hicolor, or a theme that restyles it), else the
// SVG built into the library, so the build tree and tests show it too.
QIcon appIcon();

} // namespace plugboard::ui
