// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/officialrepository.h"

namespace plugboard {

namespace {

QString normalisedName(const QString &name)
{
    QString out;
    for (const QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

bool OfficialRepository::claimsToBeOfficial(const QString &registryName)
{
    static const QString official = normalisedName(Name);
    return normalisedName(registryName) == official;
}

} // namespace plugboard
