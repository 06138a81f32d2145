// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for bench/window_first_frame.py: the least a Qt Widgets window can be, a
// QApplication and a QLabel. Prints "plugboard-frame window <epoch ms>" at its first painted
// frame, the way app/plugboard's FrameProbe does, then quits.
// Usage: bare_window
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

class FirstFrame : public QObject {
public:
    explicit FirstFrame(QWidget *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_done || watched != m_window || event->type() != QEvent::Paint)
            return false;
        m_done = true;
        // The paint event comes before the widget paints; the time is taken once the event
        // loop comes back, after the frame went to the window system (as FrameProbe does).
        QTimer::singleShot(0, this, [] {
            std::printf("plugboard-frame window %lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello from a bare Qt window"));
    label.setAlignment(Qt::AlignCenter);
    label.resize(1280, 800);
    FirstFrame probe(&label);
    label.show();
    return app.exec();
}
