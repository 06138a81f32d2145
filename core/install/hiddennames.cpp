// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/hiddennames.h"

#include <QRandomGenerator>

namespace plugboard::HiddenNames {

QString unique(QLatin1StringView prefix, const QString &folder)
{
    return prefix + folder + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate(), 36);
}

} // namespace plugboard::HiddenNames
