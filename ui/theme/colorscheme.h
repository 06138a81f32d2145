// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace plugboard::ui::ColorScheme {

// The dark palette `plugboard --color-scheme dark` uses (Mantine's dark greys). Kept here, not
// in main(), so the readability tests check the very colours the window shows.
QPalette dark();
// The light palette `--color-scheme light` uses: the Fusion style's own.
QPalette light();
// Switches the application to the Fusion style (with InputStyle's borders) and `scheme`
// ("light" or "dark"); an empty scheme keeps the system's style and palette.
void apply(const QString &scheme);

} // namespace plugboard::ui::ColorScheme
