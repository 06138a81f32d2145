// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/appicon.h"

namespace plugboard::ui {

QIcon appIcon()
{
    return QIcon::fromTheme(appId(),
                            QIcon(QStringLiteral(":/plugboard/icons/%1.svg").arg(appId())));
}

} // namespace plugboard::ui
