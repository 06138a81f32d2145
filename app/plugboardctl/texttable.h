// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for terminals: left-aligned columns sized to their widest cell
// (East Asian wide characters count as two columns), the last column never padded.
class TextTable {
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    QString render() const;
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Columns a string takes in a terminal.
    static int displayWidth(const QString &text);
    // Cuts text to at most `width` columns, ending in "…" when cut.
    static QString elide(const QString &text, int width);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
