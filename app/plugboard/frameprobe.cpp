// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameprobe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FrameProbe::FrameProbe(QWidget *window, QWidget *cards, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_cards(cards)
{
    window->installEventFilter(this);
    if (auto *view = qobject_cast<QAbstractItemView *>(cards))
        view->viewport()->installEventFilter(this);
}

bool FrameProbe::requested()
{
    return qEnvironmentVariableIntValue("PLUGBOARD_FRAME_PROBE") == 1;
}

void FrameProbe::report(const char *what)
{
    std::printf("plugboard-frame %s %lld\n", what,
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stdout);
}

void FrameProbe::noCardsExpected()
{
    m_cardsDone = true;
    if (m_windowDone)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

bool FrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    auto *view = qobject_cast<QAbstractItemView *>(m_cards);
    const bool cardsPainted =
        view && watched == view->viewport() && view->model() && view->model()->rowCount() > 0;
    // The paint event is delivered before the widget paints; the time is taken once the event
    // loop comes back, after the frame went to the window system.
    if (!m_windowDone && watched == m_window) {
        m_windowDone = true;
        QTimer::singleShot(0, this, [this] {
            report("window");
            if (m_cardsDone)
                QCoreApplication::quit();
        });
    }
    if (!m_cardsDone && cardsPainted) {
        m_cardsDone = true;
        QTimer::singleShot(0, this, [this] {
            report("cards");
            QCoreApplication::quit();
        });
    }
    return false;
}
