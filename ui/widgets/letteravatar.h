// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QString>

namespace plugboard::ui {

// A round avatar with the first letter of a name on a colour derived from it, rendered at the
// device pixel ratio so it stays sharp on high-DPI screens.
QPixmap letterAvatar(const QString &name, int size, qreal devicePixelRatio);

// What the avatar shows: the first letter or digit of the name, upper-cased ("📺 TV Guide" →
// "T"); a name without one shows its first character whole ("✅" stays an emoji, never half a
// surrogate pair); an empty name "?".
QString avatarLetter(const QString &name);

} // namespace plugboard::ui
