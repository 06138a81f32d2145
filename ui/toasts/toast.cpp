// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toasts/toast.h"

#include "theme/mantinecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QColor levelColour(Toast::Level level)
{
    switch (level) {
    case Toast::Level::Success:
        return MantineColors::named(QStringLiteral("green"));
    case Toast::Level::Warning:
        return MantineColors::named(QStringLiteral("orange"));
    case Toast::Level::Error:
        return MantineColors::named(QStringLiteral("red"));
    case Toast::Level::Info:
        break;
    }
    return MantineColors::named(QStringLiteral("blue"));
}

int lifetimeMs(Toast::Level level)
{
    switch (level) {
    case Toast::Level::Error:
        return 15000;
    case Toast::Level::Warning:
        return 9000;
    default:
        return 6000;
    }
}

} // namespace

Toast::Toast(Level level, const QString &title, const QString &message, QWidget *parent)
    : QFrame(parent)
    , m_level(level)
    , m_title(new QLabel(title, this))
    , m_message(new QLabel(message, this))
    , m_show(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setAttribute(Qt::WA_StyledBackground, false);
    setAutoFillBackground(false);
    setFixedWidth(380);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setVisible(!title.isEmpty());
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(!message.isEmpty());
    m_title->setTextFormat(Qt::PlainText);
    m_show->setText(QStringLiteral("<a href=\"show\">%1</a>").arg(tr("Show")));
    m_show->setVisible(false);
    connect(m_show, &QLabel::linkActivated, this, [this] {
        Q_EMIT activated();
        dismiss();
    });

    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close notification"));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &Toast::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addWidget(m_show);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 10, 8, 10);
    layout->addLayout(text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);

    setAccessibleName(title.isEmpty() ? message : title + QStringLiteral(": ") + message);
    setAccessibleDescription(levelName());
    // Messages wrap; the toast is as tall as its text at its fixed width.
    layout->activate();
    setFixedHeight(std::max(48, heightForWidth(width())));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Toast::dismiss);
    m_timer->start(lifetimeMs(level));
}

QString Toast::levelName() const
{
    switch (m_level) {
    case Level::Success:
        return QStringLiteral("success");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Info:
        break;
    }
    return QStringLiteral("info");
}

QString Toast::title() const
{
    return m_title->text();
}

QString Toast::message() const
{
    return m_message->text();
}

void Toast::setShowLink(bool shown)
{
    if (shown == m_show->isVisibleTo(this))
        return;
    m_show->setVisible(shown);
    layout()->activate();
    setFixedHeight(std::max(48, heightForWidth(width())));
}

void Toast::setActionLink(const QString &text)
{
    m_show->setText(QStringLiteral("<a href=\"action\">%1</a>").arg(text.toHtmlEscaped()));
    m_show->setAccessibleName(text);
    m_show->setVisible(true);
    layout()->activate();
    setFixedHeight(std::max(48, heightForWidth(width())));
}

void Toast::enterEvent(QEnterEvent *event)
{
    m_timer->stop();
    QFrame::enterEvent(event);
}

void Toast::leaveEvent(QEvent *event)
{
    m_timer->start(4000);
    QFrame::leaveEvent(event);
}

void Toast::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(r, 8, 8);
    painter.fillPath(shape, palette().color(QPalette::Base));
    QColor border = palette().color(QPalette::Mid);
    painter.setPen(QPen(border, 1));
    painter.drawPath(shape);
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(r.left(), r.top(), 6, r.height()), levelColour(m_level));
    painter.restore();
}

void Toast::dismiss()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    m_timer->stop();
    hide();
    Q_EMIT closed();
    deleteLater();
}

} // namespace plugboard::ui
