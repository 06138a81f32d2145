// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace plugboard::ui {

// Plain text that takes at most a few lines, ending in "…" when it has more, with a "More"
// link that shows it whole ("Less" folds it again). Screen readers and the tooltip get the
// whole text either way.
class ClampedText : public QWidget {
    Q_OBJECT

public:
    // Unfolded, at most this many lines show at once; the rest scrolls.
    static constexpr int ExpandedLines = 8;

    explicit ClampedText(int maxLines, QWidget *parent = nullptr);

    // New text starts folded.
    void setText(const QString &text);
    QString text() const { return m_text; }
    QString shownText() const;
    bool isExpanded() const { return m_expanded; }
    // Whether the text needs more lines than it may take folded.
    bool isClamped() const { return m_clamped; }
    void setExpanded(bool expanded);
    QLabel *toggle() const { return m_toggle; }

Q_SIGNALS:
    // The text was folded or unfolded (the widget's height changes).
    void expandedChanged(bool expanded);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    int m_maxLines;
    QString m_text;
    bool m_expanded = false;
    bool m_clamped = false;
    int m_laidOutWidth = -1;
    QScrollArea *m_scroll;
    QLabel *m_label;
    QLabel *m_toggle;
};

} // namespace plugboard::ui
