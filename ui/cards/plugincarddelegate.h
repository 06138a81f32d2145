// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QUrl>

namespace plugboard::ui {

// Paints a plugin card (logo or letter avatar, name, version pill, author, Docs link, clamped
// description, status line, on/off switch, Remove) and turns clicks on its switch, link and
// Remove into requests. Painting instead of a widget per card keeps 1,000 plugins cheap to show
// and to scroll; the details panel holds the real widgets.
class PluginCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int CardHeight = 156;
    static constexpr int MinCardWidth = 300;
    static constexpr int Gap = 6;       // around each card inside its grid cell
    static constexpr int FocusRing = 2; // drawn in the gap, 3 px outside the card

    explicit PluginCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the clickable parts of a card are, for a card painted in `cell`.
    struct Hotspots {
        QRect card, toggle, docs, remove;
    };
    Hotspots hotspots(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The line under the name: "By author", and the folder when another plugin has the same
    // name ("By sethwv · folder dispatcharr_exporter_v3").
    static QString byline(const QModelIndex &index);
    // How the name is shown: one line with the version pill beside it when they fit, else two
    // lines (the second cut with "…" before the pill), so the pill never takes the name's room.
    struct NameLayout {
        QStringList lines;
        QRectF pill;   // empty without a version
        int bylineTop; // where the line under the name starts
    };
    NameLayout nameLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);
    void removeRequested(const QModelIndex &index);
    void docsRequested(const QUrl &url);

private:
    QPoint m_pressed{-1, -1};
};

} // namespace plugboard::ui
