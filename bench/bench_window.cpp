// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window, in process: how long a typed character takes to reach the screen, whether
// scrolling the card grid ever stalls the event loop, resident memory, and what placing a
// notification costs the GUI thread. A real PluginManager
// (real SQLite) on a plugins folder such as bench/generate_plugins.py makes, and the real
// ui::MainWindow at 1280x800 (offscreen unless QT_QPA_PLATFORM says otherwise).
// Usage: bench_window --plugins-dir DIR [--data-dir DIR] [--samples N] [--size WxH]
#include "cards/pluginlistview.h"
#include "common/allocator.h"
#include "manager/pluginmanager.h"
#include "models/pluginfilterproxy.h"
#include "models/pluginlistmodel.h"
#include "paths/pluginpaths.h"
#include "toasts/toastplacement.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

constexpr double TargetMs = 30.0;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

const char *verdict(double ms)
{
    return ms <= TargetMs ? "MET" : "MISSED";
}

// VmRSS and VmHWM (KiB) from /proc/self/status.
struct Memory {
    long rss = -1;
    long hwm = -1;
};

Memory memory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts[0] == "VmRSS:")
            m.rss = parts[1].toLong();
        else if (parts[0] == "VmHWM:")
            m.hwm = parts[1].toLong();
    }
    return m;
}

void printMemory(const char *when)
{
    const Memory m = memory();
    std::printf("memory %-22s: VmRSS %ld KiB (%.1f MiB), VmHWM %ld KiB (%.1f MiB)\n", when, m.rss,
                m.rss / 1024.0, m.hwm, m.hwm / 1024.0);
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("?");
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
};

// The view after everything the event loop had queued, painted now. Returns whether the
// event loop had painted the view already.
bool settle(QAbstractItemView *view)
{
    static PaintCounter *counter = new PaintCounter(view->viewport());
    const int before = counter->count;
    QCoreApplication::processEvents();
    const bool painted = counter->count != before;
    view->viewport()->repaint();
    return painted;
}

// Largest gap between the ticks of a 1 ms timer: how long the event loop was kept busy.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return m_maxGapNs / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
};

struct ScrollRun {
    QList<double> frameMs; // setValue + synchronous repaint, per wheel step
    double stallMs = 0;
    qint64 ticks = 0;
    qint64 distance = 0;
    double totalMs = 0;
};

// Scrolls from where the list is to `target`, one wheel step (3 × singleStep) per event-loop
// pass, each step painted at once; the stall probe runs alongside.
ScrollRun scroll(QAbstractItemView *view, int target)
{
    QScrollBar *bar = view->verticalScrollBar();
    const int step = 3 * bar->singleStep();
    ScrollRun run;
    StallProbe probe;
    QEventLoop loop;
    QTimer driver;
    driver.setInterval(0);
    QElapsedTimer frame;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        const int from = bar->value();
        if (from == target) {
            driver.stop();
            loop.quit();
            return;
        }
        frame.start();
        bar->setValue(target > from ? std::min(target, from + step)
                                    : std::max(target, from - step));
        view->viewport()->repaint();
        run.frameMs << frame.nsecsElapsed() / 1e6;
        run.distance += std::abs(bar->value() - from);
    });
    QElapsedTimer total;
    total.start();
    probe.start();
    driver.start();
    loop.exec();
    probe.stop();
    run.totalMs = total.nsecsElapsed() / 1e6;
    run.stallMs = probe.maxGapMs();
    run.ticks = probe.ticks();
    return run;
}

void printScroll(const char *what, const ScrollRun &r)
{
    std::printf("scroll %-5s: %lld px in %lld frames (%.0f ms), frame median %.2f ms, p99 %.2f ms, "
                "max %.2f ms; longest event-loop stall %.2f ms (%lld probe ticks) -- target "
                "<= %.0f ms: %s\n",
                what, r.distance, qlonglong(r.frameMs.size()), r.totalMs,
                percentile(r.frameMs, 0.5), percentile(r.frameMs, 0.99), maxOf(r.frameMs),
                r.stallMs, r.ticks, TargetMs, verdict(r.stallMs));
}

struct Query {
    QString prefix; // already typed
    char key;       // the character whose keystroke is timed
};

} // namespace

int main(int argc, char **argv)
{
    tuneAllocator(); // as the app does: it changes the memory figures
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep QSettings (the saved window geometry) and Qt's runtime folder out of $HOME.
    QTemporaryDir scratch;
    QDir().mkpath(scratch.filePath(QStringLiteral("config")));
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = scratch.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("plugins-dir"), QStringLiteral("plugins folder"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("data folder (default: a fresh temporary one)"),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("keystrokes per query (>= 50)"),
                      QStringLiteral("n"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"),
                      QStringLiteral("1280x800")});
    parser.process(app);
    const QString pluginsDir = parser.value(QStringLiteral("plugins-dir"));
    if (pluginsDir.isEmpty() || !QDir(pluginsDir).exists()) {
        std::fprintf(stderr, "bench_window: --plugins-dir must name an existing folder\n");
        return 2;
    }
    const int samples = std::max(1, parser.value(QStringLiteral("samples")).toInt());
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
    if (!size.isValid()) {
        std::fprintf(stderr, "bench_window: --size wants WxH, e.g. 1280x800\n");
        return 2;
    }
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        dataDir = scratch.filePath(QStringLiteral("data"));

    std::printf("load average before: %s\n", loadAverage().constData());
    std::printf("platform %s, window %dx%d, plugins %s\n",
                qPrintable(QGuiApplication::platformName()), size.width(), size.height(),
                qPrintable(QDir::toNativeSeparators(pluginsDir)));
    printMemory("at QApplication");

    const PluginPaths paths = PluginPaths::resolve(dataDir, pluginsDir);
    if (const Result<void> ready = paths.prepare(); !ready) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(ready.error().message));
        return 2;
    }
    PluginManager manager(paths);
    ui::MainWindow window(&manager);
    window.resize(size);
    auto *view = window.findChild<ui::PluginListView *>(QStringLiteral("pluginCards"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));

    QElapsedTimer clock;
    clock.start();
    bool started = false;
    QObject::connect(&window, &ui::MainWindow::started, [&] { started = true; });
    window.show();
    window.activateWindow();
    window.start();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_window: the window was never exposed\n");
        return 1;
    }
    while (!started && clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    if (!started) {
        std::fprintf(stderr, "bench_window: MainWindow::started never came\n");
        return 1;
    }
    const double startedMs = clock.nsecsElapsed() / 1e6;
    settle(view);
    const int all = view->model()->rowCount();
    std::printf("started (discovery done) %.1f ms after show; %d plugins listed; viewport %dx%d, "
                "grid %dx%d\n",
                startedMs, all, view->viewport()->width(), view->viewport()->height(),
                view->gridSize().width(), view->gridSize().height());
    if (all == 0) {
        std::fprintf(stderr, "bench_window: no plugins were listed\n");
        return 1;
    }
    QTest::qWait(300); // logos of the first screen decode on pool threads
    settle(view);
    printMemory("after start");

    // --- search -------------------------------------------------------------------------------
    search->setFocus();
    const QList<Query> queries = {{QString(), 'e'},
                                  {QString(), 'z'},
                                  {QString(), '7'},
                                  {QStringLiteral("m"), '3'},
                                  {QStringLiteral("7"), '7'}};
    QList<double> typedAll, erasedAll;
    for (const Query &q : queries) {
        QList<double> typed, erased;
        int rows = -1;
        int paintedByLoop = 0;
        for (int i = 0; i < samples; ++i) {
            search->setText(q.prefix);
            settle(view);
            QElapsedTimer t;
            t.start();
            QTest::keyClick(search, q.key);
            paintedByLoop += settle(view);
            typed << t.nsecsElapsed() / 1e6;
            rows = view->model()->rowCount();
            // Taking the character back out (Backspace) is a keystroke too.
            t.start();
            QTest::keyClick(search, Qt::Key_Backspace);
            settle(view);
            erased << t.nsecsElapsed() / 1e6;
        }
        const QString typedText = q.prefix + QLatin1Char(q.key);
        if (search->text() != q.prefix) {
            std::fprintf(stderr, "bench_window: the search field did not take the keystrokes\n");
            return 1;
        }
        std::printf("search \"%s\" -> \"%s\" (%d of %d rows match, %d samples): median %.2f ms, "
                    "p95 %.2f ms, max %.2f ms; Backspace back to \"%s\": median %.2f ms, "
                    "p95 %.2f ms (the event loop had painted the view before the timed repaint "
                    "in %d of %d keystrokes)\n",
                    qPrintable(q.prefix), qPrintable(typedText), rows, all, samples,
                    percentile(typed, 0.5), percentile(typed, 0.95), maxOf(typed),
                    qPrintable(q.prefix), percentile(erased, 0.5), percentile(erased, 0.95),
                    paintedByLoop, samples);
        typedAll << typed;
        erasedAll << erased;
    }
    search->clear();
    settle(view);
    std::printf("search, one keystroke to a repainted view (%lld samples): median %.2f ms, "
                "p95 %.2f ms, max %.2f ms -- target <= %.0f ms (p95): %s\n",
                qlonglong(typedAll.size()), percentile(typedAll, 0.5), percentile(typedAll, 0.95),
                maxOf(typedAll), TargetMs, verdict(percentile(typedAll, 0.95)));
    std::printf("search, Backspace to a repainted view (%lld samples): median %.2f ms, "
                "p95 %.2f ms, max %.2f ms -- target <= %.0f ms (p95): %s\n",
                qlonglong(erasedAll.size()), percentile(erasedAll, 0.5),
                percentile(erasedAll, 0.95), maxOf(erasedAll), TargetMs,
                verdict(percentile(erasedAll, 0.95)));
    printMemory("after search");

    // --- scroll -------------------------------------------------------------------------------
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    settle(view);
    std::printf("scroll range 0..%d px, wheel step %d px (3 x singleStep %d)\n", bar->maximum(),
                3 * bar->singleStep(), bar->singleStep());
    const ScrollRun down = scroll(view, bar->maximum());
    const ScrollRun up = scroll(view, 0);
    const ScrollRun downAgain = scroll(view, bar->maximum());
    printScroll("down", down);
    printScroll("up", up);
    printScroll("down", downAgain);
    const double worst = std::max({down.stallMs, up.stallMs, downAgain.stallMs});
    std::printf("scroll, longest event-loop stall over all passes: %.2f ms -- target <= %.0f ms: "
                "%s\n",
                worst, TargetMs, verdict(worst));
    printMemory("after scrolling");

    // --- toast placement ------------------------------------------------------------------------
    // Where a notification goes is worked out on the GUI thread when it shows and every 400 ms
    // while one is visible: walk the window's widgets and the visible cards, then try spots.
    {
        const QModelIndex first = view->model()->index(0, 0);
        window.selectPlugin(first.data(ui::PluginListModel::KeyRole).toString());
        settle(view);
        auto *host = window.centralWidget();
        QList<double> costs;
        qsizetype obstacles = 0;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QList<ui::ToastPlacement::Obstacle> found =
                ui::ToastPlacement::obstacles(host, nullptr);
            const QPoint at = ui::ToastPlacement::place(host->rect(), QSize(380, 140), found, 16);
            costs << timer.nsecsElapsed() / 1e6;
            obstacles = found.size();
            Q_UNUSED(at);
        }
        std::printf("toast placement (%lld samples, %lld obstacles): median %.3f ms, p95 %.3f ms, "
                    "max %.3f ms\n",
                    qlonglong(costs.size()), qlonglong(obstacles), percentile(costs, 0.5),
                    percentile(costs, 0.95), maxOf(costs));
    }

    std::printf("load average after: %s\n", loadAverage().constData());
    window.close();
    manager.shutdown(3000);
    return 0;
}
