// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <QChar>

#include <cwchar>

namespace {

bool isWide(char32_t c)
{
    // The common double-width blocks (CJK, Hangul, full-width forms, emoji), for a C library
    // that does not know the character.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    if (c == 0x200D || c == 0x200B || (c >= 0xFE00 && c <= 0xFE0F))
        return true; // joiners, variation selectors
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

// Columns a terminal gives `c`: the C library's East Asian width table (emoji such as ✅ and
// ❌ are two columns, combining marks none), with the blocks above where it has no answer.
int charWidth(char32_t c)
{
    if (isZeroWidth(c))
        return 0;
    const int known = ::wcwidth(wchar_t(c));
    if (known >= 0)
        return known;
    return isWide(c) ? 2 : 1;
}

// `text` as characters with their widths; a character followed by the emoji variation
// selector (U+FE0F) is shown as an emoji: two columns.
QList<std::pair<char32_t, int>> measured(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    QList<std::pair<char32_t, int>> out;
    out.reserve(chars.size());
    for (qsizetype i = 0; i < chars.size(); ++i) {
        int width = charWidth(chars[i]);
        if (width == 1 && i + 1 < chars.size() && chars[i + 1] == 0xFE0F)
            width = 2;
        out.append({chars[i], width});
    }
    return out;
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells)
{
    // One line per row: a multi-line value would break the columns.
    for (QString &cell : cells) {
        cell.replace(QLatin1String("\r\n"), QStringLiteral("⏎"));
        cell.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
        cell.replace(QLatin1Char('\r'), QStringLiteral("⏎"));
        cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const auto &[c, w] : measured(text))
        width += w;
    return width;
}

QString TextTable::elide(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    QString out;
    int used = 0;
    for (const auto &[c, w] : measured(text)) {
        if (used + w > width - 1)
            break;
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    return out + QStringLiteral("…");
}

QString TextTable::render() const
{
    QList<int> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QString out;
    auto writeRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += cells[i];
            if (i + 1 < cells.size())
                line += QString(widths[i] - displayWidth(cells[i]) + 2, QLatin1Char(' '));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    writeRow(m_header);
    for (const QStringList &row : m_rows)
        writeRow(row);
    return out;
}
