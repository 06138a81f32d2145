// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/letteravatar.h"

#include "theme/mantinecolors.h"

#include <QPainter>
#include <QPixmapCache>
#include <QTextBoundaryFinder>

namespace plugboard::ui {

QString avatarLetter(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    for (const char32_t c : QStringView(trimmed).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return QString::fromUcs4(&c, 1).toUpper();
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, trimmed);
    const qsizetype end = graphemes.toNextBoundary();
    return trimmed.left(end > 0 ? end : 1);
}

QPixmap letterAvatar(const QString &name, int size, qreal devicePixelRatio)
{
    static const char *const colours[] = {"blue",   "cyan",   "teal",   "green", "grape",
                                          "violet", "indigo", "orange", "pink"};
    const QString trimmed = name.trimmed();
    // Cards repaint on every scroll step: draw each avatar once per size and screen.
    const QString cacheKey =
        QStringLiteral("plugboard-avatar:%1:%2:%3").arg(size).arg(devicePixelRatio).arg(trimmed);
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached))
        return cached;
    const QString letter = avatarLetter(trimmed);
    const QColor colour = MantineColors::named(
        QLatin1String(colours[qHash(trimmed.toLower()) % (sizeof(colours) / sizeof(colours[0]))]));

    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    QFont font;
    font.setPixelSize(int(size * 0.5));
    font.setWeight(QFont::Bold);
    painter.setFont(font);
    painter.setPen(MantineColors::readableOn(colour)); // white on teal or lime is 2.5:1
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letter);
    painter.end();
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

} // namespace plugboard::ui
