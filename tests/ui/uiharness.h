#pragma once

// Shared setup for the window suites: a real plugins folder and data folder in a temporary
// directory, a real PluginManager (real SQLite, real embedded CPython) and the real MainWindow,
// shown offscreen. Dialogs open asynchronously, so tests find them and click their buttons.

#include "cards/plugincarddelegate.h"
#include "cards/pluginlistview.h"
#include "common/fixtures.h"
#include "models/pluginfilterproxy.h"
#include "models/pluginlistmodel.h"
#include "pluginmanager.h"
#include "toasts/toastarea.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace uitest {

// Call first in initTestCase(): keeps QSettings and Qt's runtime folder out of $HOME.
inline void isolateEnvironment(const QString &root)
{
    QDir().mkpath(root + QStringLiteral("/config"));
    QDir().mkpath(root + QStringLiteral("/runtime"));
    QFile::setPermissions(root + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", (root + QStringLiteral("/runtime")).toUtf8());
}

// Waits for a condition while the event loop runs; false on timeout.
template<typename Condition> bool waitFor(Condition condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// The visible top-level dialog of type T (they are opened non-blocking), or nullptr.
template<typename T> T *findDialog(int timeoutMs = 5000)
{
    T *found = nullptr;
    waitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

// With PLUGBOARD_TEST_SHOTS=<dir>, saves what the window looks like at this step, so a person
// can look at the states the tests drive (nothing is compared).
inline void snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUGBOARD_TEST_SHOTS");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template<typename T> bool noDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
            return false;
    }
    return true;
}

struct Window {
    QString pluginsDir;
    QString dataDir;
    std::unique_ptr<plugboard::PluginManager> manager;
    std::unique_ptr<plugboard::ui::MainWindow> window;

    Window(const QString &root, const QString &name)
        : pluginsDir(root + QLatin1Char('/') + name + QStringLiteral("/plugins"))
        , dataDir(root + QLatin1Char('/') + name + QStringLiteral("/data"))
    {
        QDir().mkpath(pluginsDir);
    }
    ~Window()
    {
        window.reset();
        if (manager)
            manager->shutdown(3000);
    }

    // Creates the manager and the window, shows it, and waits for the first discovery.
    // With keepRestoredSize, the window keeps the geometry it restored from the last session.
    bool start(bool keepRestoredSize = false)
    {
        plugboard::PluginPaths paths = plugboard::PluginPaths::resolve(dataDir, pluginsDir);
        if (!paths.prepare())
            return false;
        manager = std::make_unique<plugboard::PluginManager>(paths);
        window = std::make_unique<plugboard::ui::MainWindow>(manager.get());
        if (!keepRestoredSize)
            window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->start();
        return waitFor([this] { return window->isStarted(); });
    }

    QModelIndex indexOf(const QString &key) const
    {
        const int row = window->model()->rowOf(key);
        return window->proxy()->mapFromSource(window->model()->index(row));
    }

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.rect = window->listView()->visualRect(index);
        option.font = window->listView()->font();
        option.palette = window->listView()->palette();
        return option;
    }

    // Clicks the on/off switch painted on a plugin's card.
    void clickCardSwitch(const QString &key) const
    {
        const QModelIndex index = indexOf(key);
        window->listView()->scrollTo(index);
        const QRect toggle = window->cardDelegate()->hotspots(optionFor(index), index).toggle;
        QTest::mouseClick(window->listView()->viewport(), Qt::LeftButton, {}, toggle.center());
    }

    void clickCardRemove(const QString &key) const
    {
        const QModelIndex index = indexOf(key);
        const QRect remove = window->cardDelegate()->hotspots(optionFor(index), index).remove;
        QTest::mouseClick(window->listView()->viewport(), Qt::LeftButton, {}, remove.center());
    }

    plugboard::PluginInfo info(const QString &key) const { return *manager->plugin(key); }

    QList<plugboard::ui::Toast *> toasts() const { return window->toasts()->toasts(); }
    plugboard::ui::Toast *lastToast() const
    {
        const auto list = toasts();
        return list.isEmpty() ? nullptr : list.last();
    }
};

} // namespace uitest
