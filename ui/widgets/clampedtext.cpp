// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/clampedtext.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

// The text cut to `maxLines` lines of `width` at word breaks, the last one ending in "…";
// the text itself when it fits.
QString clamp(const QString &text, const QFont &font, int width, int maxLines, bool *clamped)
{
    *clamped = false;
    if (width <= 0 || text.isEmpty())
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    int lines = 0;
    bool more = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines == maxLines) {
            more = true;
            break;
        }
        lastStart = line.textStart();
        ++lines;
    }
    layout.endLayout();
    if (!more)
        return text;
    *clamped = true;
    const QFontMetrics fm(font);
    QString last = text.mid(lastStart).simplified();
    last = fm.elidedText(last + QStringLiteral(" …"), Qt::ElideRight, width);
    return text.left(lastStart) + last;
}

} // namespace

ClampedText::ClampedText(int maxLines, QWidget *parent)
    : QWidget(parent)
    , m_maxLines(maxLines)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel)
    , m_toggle(new QLabel(this))
{
    // Unfolded, a very long text scrolls within a few more lines instead of pushing the rest
    // of the panel away.
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::NoRole);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_label);
    m_label->setAutoFillBackground(false);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("clampedTextBody"));
    m_toggle->setTextFormat(Qt::RichText);
    m_toggle->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_toggle->setObjectName(QStringLiteral("clampedTextToggle"));
    m_toggle->hide();
    connect(m_toggle, &QLabel::linkActivated, this, [this] { setExpanded(!m_expanded); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
}

void ClampedText::setText(const QString &text)
{
    m_text = text;
    m_expanded = false;
    m_label->setToolTip(text);
    m_label->setAccessibleName(text);
    m_laidOutWidth = -1;
    relayout();
}

QString ClampedText::shownText() const
{
    return m_label->text();
}

void ClampedText::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_laidOutWidth = -1;
    relayout();
    Q_EMIT expandedChanged(expanded);
}

void ClampedText::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (width() != m_laidOutWidth)
        relayout();
}

void ClampedText::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_laidOutWidth = -1;
        relayout();
    }
}

void ClampedText::relayout()
{
    m_laidOutWidth = width();
    bool clamped = false;
    const QString folded = clamp(m_text, m_label->font(), width(), m_maxLines, &clamped);
    m_clamped = clamped;
    m_label->setText(m_expanded ? m_text : folded);
    int height = m_label->heightForWidth(width());
    if (m_expanded) {
        const int most = m_label->fontMetrics().lineSpacing() * ExpandedLines;
        if (height > most) {
            // The scroll bar takes some width: lay the text out beside it.
            const int bar = m_scroll->verticalScrollBar()->sizeHint().width();
            height = std::min(most, m_label->heightForWidth(width() - bar));
        }
    }
    m_scroll->setFixedHeight(std::max(height, 0));
    const bool toggles = m_clamped || m_expanded;
    m_toggle->setText(
        QStringLiteral("<a href=\"toggle\">%1</a>").arg(m_expanded ? tr("Less") : tr("More")));
    m_toggle->setAccessibleName(m_expanded ? tr("Show less of the text")
                                           : tr("Show all of the text"));
    m_toggle->setVisible(toggles);
    setVisible(!m_text.isEmpty());
}

} // namespace plugboard::ui
