// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// newestPerKey: what a keep-the-newest-N-per-key table would still hold, in order.
#include "store/newestperkey.h"

#include <QTest>

using namespace plugboard;

namespace {
struct Item {
    QString key;
    int n;
};
QList<int> numbers(const QList<Item> &items)
{
    QList<int> out;
    for (const Item &i : items)
        out << i.n;
    return out;
}
} // namespace

class TestNewestPerKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestOfEachKeyInOrder()
    {
        QList<Item> items;
        for (int i = 1; i <= 10; ++i)
            items.append({i % 3 == 0 ? QStringLiteral("b") : QStringLiteral("a"), i});
        // a: 1 2 4 5 7 8 10, b: 3 6 9 → newest two of each, order kept.
        QCOMPARE(numbers(newestPerKey(items, 2)), (QList<int>{6, 8, 9, 10}));
        QCOMPARE(numbers(newestPerKey(items, 100)), numbers(items));
        QCOMPARE(numbers(newestPerKey(items, 0)), numbers(items));
        QVERIFY(newestPerKey(QList<Item>(), 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewestPerKey)
#include "tst_newestperkey.moc"
