// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/projectlinks.h"

#ifndef PLUGBOARD_HOMEPAGE_URL
#error "core/CMakeLists.txt must define PLUGBOARD_HOMEPAGE_URL"
#endif

namespace plugboard {

ProjectLinks ProjectLinks::current()
{
    const QString home = QStringLiteral(PLUGBOARD_HOMEPAGE_URL);
    return ProjectLinks{
        QUrl(home),
        QUrl(home + QStringLiteral("/issues")),
        QUrl(home + QStringLiteral("/blob/main/docs/plugin-authoring.md")),
        QUrl(QStringLiteral("https://github.com/Dispatcharr/Dispatcharr")),
    };
}

} // namespace plugboard
