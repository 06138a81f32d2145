// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cards/plugincarddelegate.h"

#include "catalog/pluginstatus.h"
#include "models/pluginlistmodel.h"
#include "theme/mantinecolors.h"
#include "widgets/toggleswitch.h"

#include <QHelpEvent>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace plugboard::ui {

namespace {

constexpr int Pad = 14;
constexpr int Logo = PluginListModel::LogoSize;
using R = PluginListModel::Role;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.12);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QColor severityColour(int severity, const QPalette &palette)
{
    switch (StatusLine::Severity(severity)) {
    case StatusLine::Severity::Error:
        return MantineColors::toneText(MantineColors::Tone::Error, palette);
    case StatusLine::Severity::Warning:
        return MantineColors::toneText(MantineColors::Tone::Warning, palette);
    case StatusLine::Severity::Info:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

// Lays the description out in at most `maxLines` lines, the last one elided.
void drawClamped(QPainter *painter, const QString &text, const QRect &rect, int maxLines)
{
    const QFontMetrics fm(painter->font());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    qreal y = rect.top();
    int lines = 0;
    int lastStart = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(rect.left(), y));
        lastStart = line.textStart();
        y += fm.lineSpacing();
        ++lines;
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    for (int i = 0; i < lines - 1; ++i)
        layout.lineAt(i).draw(painter, QPointF());
    if (lines == 0)
        return;
    const QTextLine last = layout.lineAt(lines - 1);
    QString tail = text.mid(lastStart).simplified();
    if (more || fm.horizontalAdvance(tail) > rect.width())
        tail = fm.elidedText(tail + (more ? QStringLiteral("…") : QString()), Qt::ElideRight,
                             rect.width());
    painter->drawText(QPointF(rect.left(), last.y() + fm.ascent()), tail);
}

} // namespace

PluginCardDelegate::PluginCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize PluginCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    if (const auto *list = qobject_cast<const QListView *>(option.widget);
        list && list->gridSize().isValid())
        return list->gridSize();
    return {MinCardWidth, CardHeight};
}

QString PluginCardDelegate::byline(const QModelIndex &index)
{
    const QString author = index.data(R::AuthorRole).toString();
    if (!index.data(R::SharedNameRole).toBool())
        return author.isEmpty() ? QString() : tr("By %1").arg(author);
    // Two cards with one name: the folder tells them apart.
    const QString folder = index.data(R::FolderRole).toString();
    return author.isEmpty() ? tr("Folder %1").arg(folder)
                            : tr("By %1 · folder %2").arg(author, folder);
}

PluginCardDelegate::NameLayout PluginCardDelegate::nameLayout(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    const QRect card = option.rect.adjusted(Gap, Gap, -Gap, -Gap);
    const QRect inner = card.adjusted(Pad, Pad, -Pad, -Pad);
    const int textLeft = inner.left() + Logo + 12;
    const int width = std::max(40, inner.right() - 44 + 1 - 10 - textLeft); // left of the switch
    const QFontMetrics nfm(nameFont(option.font));
    const QFontMetrics sfm(smallFont(option.font));
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString version = index.data(R::VersionRole).toString();
    const int pillWidth = version.isEmpty() ? 0 : sfm.horizontalAdvance(version) + 14;
    const int pillRoom = version.isEmpty() ? 0 : pillWidth + 8;

    NameLayout layout;
    if (nfm.horizontalAdvance(name) + pillRoom <= width) {
        layout.lines << name;
    } else {
        // The first line as wide as it goes, broken at a word; the rest on the second line.
        QTextLayout text(name, nameFont(option.font));
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        text.setTextOption(wrap);
        text.beginLayout();
        QTextLine first = text.createLine();
        first.setLineWidth(width);
        text.endLayout();
        const int cut = first.isValid() ? std::max(1, first.textLength()) : int(name.size());
        layout.lines << name.left(cut).trimmed();
        const QString rest = name.mid(cut).trimmed();
        if (!rest.isEmpty())
            layout.lines << nfm.elidedText(rest, Qt::ElideRight, std::max(20, width - pillRoom));
    }
    if (!version.isEmpty()) {
        const int last = int(layout.lines.size()) - 1;
        layout.pill =
            QRectF(textLeft + nfm.horizontalAdvance(layout.lines.constLast()) + 8,
                   inner.top() + last * nfm.lineSpacing() + 1, pillWidth, sfm.height() + 2);
    }
    // One line: where the byline always was. Two: one name line lower.
    layout.bylineTop = inner.top() + 26 + (layout.lines.size() - 1) * (nfm.lineSpacing() - 4);
    return layout;
}

PluginCardDelegate::Hotspots PluginCardDelegate::hotspots(const QStyleOptionViewItem &option,
                                                          const QModelIndex &index) const
{
    Hotspots h;
    h.card = option.rect.adjusted(Gap, Gap, -Gap, -Gap);
    const QRect inner = h.card.adjusted(Pad, Pad, -Pad, -Pad);
    h.toggle = QRect(inner.right() - 44 + 1, inner.top() + 2, 44, 24);
    const QFontMetrics small(smallFont(option.font));
    const int textLeft = inner.left() + Logo + 12;
    if (!index.data(R::HelpUrlRole).toString().isEmpty()) {
        const QString by = byline(index);
        int x = textLeft;
        if (!by.isEmpty()) {
            x += std::min(small.horizontalAdvance(by), inner.width() / 2) +
                 small.horizontalAdvance(QStringLiteral("  ·  "));
        }
        h.docs = QRect(x, nameLayout(option, index).bylineTop, small.horizontalAdvance(tr("Docs")),
                       small.height());
    }
    const QString remove = index.data(R::MissingRole).toBool() ? tr("Forget") : tr("Remove");
    const int removeWidth = small.horizontalAdvance(remove) + 12;
    h.remove = QRect(inner.right() - removeWidth + 1, inner.bottom() - small.height() - 3,
                     removeWidth, small.height() + 6);
    return h;
}

void PluginCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool dark = MantineColors::isDark(pal);
    const Hotspots h = hotspots(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool enabled = index.data(R::EnabledRole).toBool();

    // Card surface.
    QColor surface = pal.color(QPalette::Base);
    if (hovered)
        surface = dark ? surface.lighter(118) : surface.darker(102);
    QPainterPath card;
    card.addRoundedRect(QRectF(h.card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->fillPath(card, surface);
    QColor border = pal.color(QPalette::Mid);
    border.setAlphaF(dark ? 0.7 : 0.45);
    painter->setPen(selected ? QPen(pal.color(QPalette::Highlight), 2) : QPen(border, 1));
    painter->drawPath(card);
    if (option.state & QStyle::State_HasFocus) {
        // The keyboard's card: a solid ring outside the card, in the gap around it, so Space and
        // Delete never act on a card the user cannot see is current.
        painter->setPen(QPen(pal.color(QPalette::Highlight), FocusRing));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(h.card).adjusted(-3.5, -3.5, 3.5, 3.5), 12, 12);
    }

    // Everything but the switch and Remove is dimmed on a disabled card.
    if (!enabled)
        painter->setOpacity(0.58);
    const QRect inner = h.card.adjusted(Pad, Pad, -Pad, -Pad);
    const QPixmap logo = index.data(Qt::DecorationRole).value<QPixmap>();
    painter->drawPixmap(QRect(inner.topLeft(), QSize(Logo, Logo)), logo);

    const int textLeft = inner.left() + Logo + 12;
    const QFont nf = nameFont(option.font);
    const QFontMetrics nfm(nf);
    const QFont sf = smallFont(option.font);
    const QFontMetrics sfm(sf);

    // Name and version pill.
    const NameLayout names = nameLayout(option, index);
    painter->setFont(nf);
    painter->setPen(pal.color(QPalette::Text));
    for (int i = 0; i < names.lines.size(); ++i)
        painter->drawText(QPoint(textLeft, inner.top() + i * nfm.lineSpacing() + nfm.ascent()),
                          names.lines.at(i));
    if (!names.pill.isEmpty()) {
        QColor pillColour = pal.color(QPalette::Highlight);
        pillColour.setAlphaF(dark ? 0.3 : 0.14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pillColour);
        painter->drawRoundedRect(names.pill, names.pill.height() / 2, names.pill.height() / 2);
        painter->setFont(sf);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(names.pill, Qt::AlignCenter, index.data(R::VersionRole).toString());
    }

    // "By author · folder x · Docs".
    painter->setFont(sf);
    const QString author = byline(index);
    int x = textLeft;
    const int bylineY = names.bylineTop + sfm.ascent();
    painter->setPen(pal.color(QPalette::PlaceholderText));
    if (!author.isEmpty()) {
        // Half the width leaves room for "· Docs"; without it the line may run to the edge.
        const int room = h.docs.isNull() ? inner.right() - x : inner.width() / 2;
        const QString by = sfm.elidedText(author, Qt::ElideRight, room);
        painter->drawText(QPoint(x, bylineY), by);
        x += sfm.horizontalAdvance(by);
        if (!h.docs.isNull())
            painter->drawText(QPoint(x, bylineY), QStringLiteral("  ·  "));
    }
    if (!h.docs.isNull()) {
        QFont link = sf;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(QPoint(h.docs.left(), bylineY), tr("Docs"));
        painter->setFont(sf);
    }

    // Description, two lines at most.
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics fm(option.font);
    QString description = index.data(R::DescriptionRole).toString().simplified();
    if (description.isEmpty()) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        description = tr("No description.");
    }
    drawClamped(painter, description,
                QRect(inner.left(), inner.top() + Logo + 10, inner.width(), fm.lineSpacing() * 2),
                2);

    // Status line: a running job, else the most serious problem.
    painter->setOpacity(1.0);
    painter->setFont(sf);
    const bool running = index.data(R::RunningRole).toBool();
    QString status = running ? index.data(R::RunningTextRole).toString()
                             : index.data(R::StatusTextRole).toString();
    const int severity =
        running ? int(StatusLine::Severity::Info) : index.data(R::StatusSeverityRole).toInt();
    const int statusWidth = h.remove.left() - inner.left() - 8;
    if (!status.isEmpty()) {
        const QColor colour =
            running ? pal.color(QPalette::Highlight) : severityColour(severity, pal);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        const int cy = h.remove.center().y();
        painter->drawEllipse(QRectF(inner.left(), cy - 3.5, 7, 7));
        painter->setPen(colour);
        status = sfm.elidedText(status, Qt::ElideRight, statusWidth - 14);
        painter->drawText(QPoint(inner.left() + 14, cy - sfm.height() / 2 + sfm.ascent()), status);
    }
    if (running) {
        const double progress = index.data(R::ProgressRole).toDouble();
        if (progress >= 0) {
            const QRectF track(h.card.left() + 10, h.card.bottom() - 4, h.card.width() - 20, 3);
            QColor trackColour = pal.color(QPalette::Highlight);
            trackColour.setAlphaF(0.2);
            painter->fillRect(track, trackColour);
            painter->fillRect(QRectF(track.left(), track.top(),
                                     track.width() * std::clamp(progress, 0.0, 1.0), 3),
                              pal.color(QPalette::Highlight));
        }
    }

    // Remove (a quiet text button) and the switch.
    painter->setPen(hovered ? severityColour(int(StatusLine::Severity::Error), pal)
                            : pal.color(QPalette::PlaceholderText));
    painter->drawText(h.remove, Qt::AlignCenter,
                      index.data(R::MissingRole).toBool() ? tr("Forget") : tr("Remove"));
    ToggleSwitch::paintSwitch(*painter, h.toggle, enabled, index.data(R::CanToggleRole).toBool(),
                              false, false, pal);
    painter->restore();
}

bool PluginCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QPoint pos = mouse->position().toPoint();
    const Hotspots h = hotspots(option, index);
    const auto hit = [&](const QRect &r) {
        return !r.isNull() && r.adjusted(-4, -4, 4, 4).contains(pos);
    };
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressed = pos;
        return false; // the view selects the card
    }
    // A release counts only where the press was too: dragging off a control cancels it.
    const QPoint pressed = std::exchange(m_pressed, QPoint(-1, -1));
    const auto clicked = [&](const QRect &r) {
        return hit(r) && r.adjusted(-4, -4, 4, 4).contains(pressed);
    };
    if (clicked(h.toggle)) {
        if (index.data(R::CanToggleRole).toBool())
            Q_EMIT toggleRequested(index);
        return true;
    }
    if (clicked(h.docs)) {
        Q_EMIT docsRequested(QUrl(index.data(R::HelpUrlRole).toString()));
        return true;
    }
    if (clicked(h.remove)) {
        Q_EMIT removeRequested(index);
        return true;
    }
    return false;
}

bool PluginCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Hotspots h = hotspots(option, index);
    QString tip;
    if (h.toggle.contains(event->pos())) {
        tip = index.data(R::EnabledRole).toBool() ? tr("Disable this plugin (Space)")
                                                  : tr("Enable this plugin (Space)");
    } else if (!h.docs.isNull() && h.docs.contains(event->pos())) {
        tip = index.data(R::HelpUrlRole).toString();
    } else if (h.remove.contains(event->pos())) {
        tip = tr("Remove this plugin (Delete)");
    } else {
        tip = index.data(Qt::ToolTipRole).toString(); // the whole name, then the description
        const QString status = index.data(R::StatusTextRole).toString();
        if (!status.isEmpty())
            tip += QStringLiteral("\n\n") + status;
    }
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace plugboard::ui
