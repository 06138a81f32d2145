// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Ctrl+C (and, where asked, SIGTERM) as a Qt signal: the POSIX handler only counts, and a short
// timer turns the count into interrupted() on the event loop's thread. The default handlers are
// back once the object is destroyed.
namespace plugboard {

class Interrupts : public QObject {
    Q_OBJECT

public:
    explicit Interrupts(bool alsoTerminate = false, QObject *parent = nullptr);
    ~Interrupts() override;

Q_SIGNALS:
    // times: how many interrupts so far (1 for the first Ctrl+C, 2 for the second…).
    void interrupted(int times);

private:
    QTimer m_poll;
    int m_handled = 0;
    bool m_terminate;
};

} // namespace plugboard
