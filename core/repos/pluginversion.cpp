// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/pluginversion.h"

#include <QChar>

namespace plugboard {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Two runs of ASCII digits compared as numbers of any length.
int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == QLatin1Char('0'))
        a = a.mid(1);
    while (b.size() > 1 && b.front() == QLatin1Char('0'))
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int order = a.compare(b);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

int compareText(QStringView a, QStringView b)
{
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

// The next run of digits or of other characters, taken off the front of `text`.
QStringView takeRun(QStringView &text)
{
    const bool digits = isDigit(text.front());
    qsizetype length = 1;
    while (length < text.size() && isDigit(text[length]) == digits)
        ++length;
    const QStringView run = text.first(length);
    text = text.sliced(length);
    return run;
}

// One '.'-separated segment of the release part; an empty one is 0.
int compareSegments(QStringView a, QStringView b)
{
    if (a.isEmpty())
        a = u"0";
    if (b.isEmpty())
        b = u"0";
    while (!a.isEmpty() && !b.isEmpty()) {
        const QStringView runA = takeRun(a);
        const QStringView runB = takeRun(b);
        const bool numberA = isDigit(runA.front());
        const bool numberB = isDigit(runB.front());
        int order = 0;
        if (numberA && numberB)
            order = compareNumbers(runA, runB);
        else if (numberA != numberB)
            order = numberA ? 1 : -1;
        else
            order = compareText(runA, runB);
        if (order != 0)
            return order;
    }
    if (a.isEmpty() && b.isEmpty())
        return 0;
    // One goes on: with text it is a pre-release of the shorter, with a number it is newer.
    const QStringView rest = a.isEmpty() ? b : a;
    const int longerOrder = isDigit(rest.front()) ? 1 : -1;
    return a.isEmpty() ? -longerOrder : longerOrder;
}

// The part before the next separator, taken off the front of `text`.
QStringView takeUntil(QStringView &text, QChar separator)
{
    const qsizetype at = text.indexOf(separator);
    if (at < 0) {
        const QStringView all = text;
        text = {};
        return all;
    }
    const QStringView part = text.first(at);
    text = text.sliced(at + 1);
    return part;
}

int compareRelease(QStringView a, QStringView b)
{
    while (!a.isEmpty() || !b.isEmpty()) {
        const int order =
            compareSegments(takeUntil(a, QLatin1Char('.')), takeUntil(b, QLatin1Char('.')));
        if (order != 0)
            return order;
    }
    return 0;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// SemVer's pre-release order over '.'-separated identifiers.
int comparePreRelease(QStringView a, QStringView b)
{
    while (!a.isEmpty() && !b.isEmpty()) {
        const QStringView idA = takeUntil(a, QLatin1Char('.'));
        const QStringView idB = takeUntil(b, QLatin1Char('.'));
        const bool numberA = allDigits(idA);
        const bool numberB = allDigits(idB);
        int order = 0;
        if (numberA && numberB)
            order = compareNumbers(idA, idB);
        else if (numberA != numberB)
            order = numberA ? -1 : 1;
        else
            order = compareText(idA, idB);
        if (order != 0)
            return order;
    }
    if (a.isEmpty() == b.isEmpty())
        return 0;
    return a.isEmpty() ? -1 : 1;
}

struct Parts {
    QStringView release;
    QStringView preRelease;
    bool hasPreRelease = false;
    bool blank = false;
};

Parts split(QStringView version)
{
    Parts parts;
    version = version.trimmed();
    if (!version.isEmpty() &&
        (version.front() == QLatin1Char('v') || version.front() == QLatin1Char('V')))
        version = version.sliced(1);
    const qsizetype plus = version.indexOf(QLatin1Char('+'));
    if (plus >= 0)
        version = version.first(plus);
    parts.blank = version.isEmpty();
    const qsizetype dash = version.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        parts.release = version.first(dash);
        parts.preRelease = version.sliced(dash + 1);
        parts.hasPreRelease = true;
    } else {
        parts.release = version;
    }
    return parts;
}

} // namespace

int compareVersions(QStringView a, QStringView b)
{
    const Parts partsA = split(a);
    const Parts partsB = split(b);
    if (partsA.blank || partsB.blank)
        return partsA.blank == partsB.blank ? 0 : (partsA.blank ? -1 : 1);
    if (const int order = compareRelease(partsA.release, partsB.release); order != 0)
        return order;
    if (partsA.hasPreRelease != partsB.hasPreRelease)
        return partsA.hasPreRelease ? -1 : 1;
    return comparePreRelease(partsA.preRelease, partsB.preRelease);
}

} // namespace plugboard
