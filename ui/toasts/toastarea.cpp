// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toasts/toastarea.h"

#include <QAccessible>
#include <QEvent>
#include <QVBoxLayout>

namespace plugboard::ui {

ToastArea::ToastArea(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
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

void ToastArea::reposition()
{
    if (toasts().isEmpty()) {
        hide();
        return;
    }
    auto *host = parentWidget();
    const int width = 380;
    int total = 0;
    for (const Toast *toast : toasts())
        total += toast->height() + m_layout->spacing();
    const int height = std::min(total, host->height() - 32);
    setGeometry(host->width() - width - 16, host->height() - height - 16, width, height);
    raise();
}

} // namespace plugboard::ui
