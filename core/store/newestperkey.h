// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace plugboard {

// The items a table that keeps only the newest `keep` rows per key would still hold after
// they are all appended: a burst of thousands of runs then writes about `keep` rows per
// plugin instead of writing them all and deleting most at once. Order is kept. T has `key`.
template<typename T> QList<T> newestPerKey(const QList<T> &items, int keep)
{
    if (keep <= 0 || items.size() <= keep)
        return items;
    QHash<QString, int> seen;
    QList<bool> wanted(items.size(), false);
    qsizetype count = 0;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        int &n = seen[items[i].key];
        if (n < keep) {
            ++n;
            wanted[i] = true;
            ++count;
        }
    }
    if (count == items.size())
        return items;
    QList<T> kept;
    kept.reserve(count);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (wanted[i])
            kept.append(items[i]);
    }
    return kept;
}

} // namespace plugboard
