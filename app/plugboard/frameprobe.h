// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

// For benchmarks (PLUGBOARD_FRAME_PROBE=1): prints the wall-clock time (epoch ms) of the
// window's first painted frame and of the first frame that shows plugin cards, so a driver
// that noted when it started the process can tell how long the user waited. Then quits.
class FrameProbe : public QObject {
    Q_OBJECT

public:
    FrameProbe(QWidget *window, QWidget *cards, QObject *parent = nullptr);
    static bool requested();
    // Called when discovery found nothing: no card frame will come.
    void noCardsExpected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const char *what);
    QWidget *m_window;
    QWidget *m_cards;
    bool m_windowDone = false;
    bool m_cardsDone = false;
};
