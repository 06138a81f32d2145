// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toasts/toastarea.h"

#include "toasts/toastplacement.h"

#include <QAccessible>
#include <QEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace plugboard::ui {

ToastArea::ToastArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_recheck(new QTimer(this))
{
    m_recheck->setInterval(400);
    connect(m_recheck, &QTimer::timeout, this, &ToastArea::recheck);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    setAccessibleName(tr("Notifications"));
    parent->installEventFilter(this);
    hide();
}

Toast *ToastArea::show(Toast::Level level, const QString &title, const QString &message)
{
    QList<Toast *> current = toasts();
    while (current.size() >= MaxVisible)
        delete current.takeFirst();
    auto *toast = new Toast(level, title, message, this);
    m_layout->addWidget(toast);
    toast->show();
    connect(toast, &QObject::destroyed, this, [this] {
        QMetaObject::invokeMethod(this, &ToastArea::reposition, Qt::QueuedConnection);
    });
    // Placed before it is shown: shown where it last was (the top-left corner at first), the
    // area took the pointer resting there for a hover, and the toast waited for a mouse move
    // before it would close.
    reposition();
    QWidget::show();
    raise();
    // Once the layouts in progress have settled (a panel just shown), placed again.
    QMetaObject::invokeMethod(this, &ToastArea::reposition, Qt::QueuedConnection);
    QAccessibleEvent event(toast, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    return toast;
}

QList<Toast *> ToastArea::toasts() const
{
    QList<Toast *> list;
    for (Toast *toast : findChildren<Toast *>(Qt::FindDirectChildrenOnly)) {
        if (!toast->isDismissed())
            list << toast;
    }
    return list;
}

bool ToastArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, event);
}

QSize ToastArea::stackSize() const
{
    const int width = 380;
    int total = 0;
    for (const Toast *toast : toasts())
        total += toast->height() + m_layout->spacing();
    return {width, std::min(total, parentWidget()->height() - 32)};
}

void ToastArea::reposition()
{
    if (toasts().isEmpty()) {
        m_recheck->stop();
        hide();
        return;
    }
    auto *host = parentWidget();
    const QSize size = stackSize();
    const QPoint at =
        ToastPlacement::place(host->rect(), size, ToastPlacement::obstacles(host, this), 16);
    setGeometry(QRect(at, size));
    // Clicks between and beside the notifications reach what is under them.
    m_layout->activate();
    QRegion shown;
    for (const Toast *toast : toasts())
        shown += toast->geometry();
    setMask(shown.isEmpty() ? QRegion(rect()) : shown);
    raise();
    m_recheck->start();
}

void ToastArea::recheck()
{
    if (toasts().isEmpty() || underMouse())
        return;
    const QList<ToastPlacement::Obstacle> obstacles =
        ToastPlacement::obstacles(parentWidget(), this);
    const qint64 now = ToastPlacement::cost(geometry(), obstacles);
    if (now == 0)
        return;
    const QSize size = stackSize();
    const QPoint better = ToastPlacement::place(parentWidget()->rect(), size, obstacles, 16);
    if (ToastPlacement::cost(QRect(better, size), obstacles) < now)
        reposition();
}

} // namespace plugboard::ui
