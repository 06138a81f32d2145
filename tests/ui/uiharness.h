// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared setup for the window suites: a real plugins folder and data folder in a temporary
// directory, a real PluginManager (real SQLite, real embedded CPython) and the real MainWindow,
// shown offscreen. Dialogs open asynchronously, so tests find them and click their buttons.

#include "cards/plugincarddelegate.h"
#include "cards/pluginlistview.h"
#include "common/fixtures.h"
#include "details/actionlist.h"
#include "details/activityview.h"
#include "details/plugindetailspanel.h"
#include "details/runlist.h"
#include "details/settingsform.h"
#include "jobs/resultjob.h"
#include "manager/pluginmanager.h"
#include "models/pluginfilterproxy.h"
#include "models/pluginlistmodel.h"
#include "store/database.h"
#include "theme/colorscheme.h"
#include "toasts/toastarea.h"
#include "widgets/toggleswitch.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
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
        // PLUGBOARD_TEST_SCHEME=dark (or light) runs the window in that palette, so snapshots
        // (PLUGBOARD_TEST_SHOTS) can be looked at in both.
        if (const QString scheme = qEnvironmentVariable("PLUGBOARD_TEST_SCHEME"); !scheme.isEmpty())
            plugboard::ui::ColorScheme::apply(scheme);
        plugboard::Database::runChecksOffThisThread(); // as app/plugboard/main.cpp does
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

    // The window's parts, found by object name as a person finds them by sight.
    template<typename T> T *part(const char *name) const
    {
        T *found = window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("the window has no %s named \"%s\"", T::staticMetaObject.className(), name);
        return found;
    }
    plugboard::ui::PluginListView *cards() const
    {
        return part<plugboard::ui::PluginListView>("pluginCards");
    }
    plugboard::ui::PluginFilterProxy *proxy() const
    {
        return qobject_cast<plugboard::ui::PluginFilterProxy *>(cards()->model());
    }
    plugboard::ui::PluginListModel *model() const
    {
        return qobject_cast<plugboard::ui::PluginListModel *>(proxy()->sourceModel());
    }
    plugboard::ui::PluginCardDelegate *cardDelegate() const
    {
        return qobject_cast<plugboard::ui::PluginCardDelegate *>(cards()->itemDelegate());
    }
    plugboard::ui::PluginDetailsPanel *details() const
    {
        return part<plugboard::ui::PluginDetailsPanel>("detailsPanel");
    }
    plugboard::ui::SettingsForm *settingsForm() const
    {
        return part<plugboard::ui::SettingsForm>("settingsForm");
    }
    plugboard::ui::ActionList *actionList() const
    {
        return part<plugboard::ui::ActionList>("actionList");
    }
    plugboard::ui::ActivityView *activityView() const
    {
        return part<plugboard::ui::ActivityView>("activityView");
    }
    plugboard::ui::ToggleSwitch *enabledSwitch() const
    {
        return part<plugboard::ui::ToggleSwitch>("enabledSwitch");
    }
    QTabWidget *detailsTabs() const { return part<QTabWidget>("detailsTabs"); }
    QLineEdit *search() const { return part<QLineEdit>("search"); }
    QComboBox *filter() const { return part<QComboBox>("filter"); }
    plugboard::ui::ToastArea *toastArea() const { return part<plugboard::ui::ToastArea>("toasts"); }
    // The page the card area shows: the cards, "loadingPage", "emptyPage" or "noMatchPage".
    QWidget *currentPage() const
    {
        return qobject_cast<QStackedWidget *>(cards()->parentWidget())->currentWidget();
    }

    QModelIndex indexOf(const QString &key) const
    {
        const int row = model()->rowOf(key);
        return proxy()->mapFromSource(model()->index(row));
    }

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.rect = cards()->visualRect(index);
        option.font = cards()->font();
        option.palette = cards()->palette();
        return option;
    }

    // Clicks the on/off switch painted on a plugin's card.
    void clickCardSwitch(const QString &key) const
    {
        const QModelIndex index = indexOf(key);
        cards()->scrollTo(index);
        const QRect toggle = cardDelegate()->hotspots(optionFor(index), index).toggle;
        QTest::mouseClick(cards()->viewport(), Qt::LeftButton, {}, toggle.center());
    }

    void clickCardRemove(const QString &key) const
    {
        const QModelIndex index = indexOf(key);
        const QRect remove = cardDelegate()->hotspots(optionFor(index), index).remove;
        QTest::mouseClick(cards()->viewport(), Qt::LeftButton, {}, remove.center());
    }

    plugboard::PluginInfo info(const QString &key) const { return *manager->plugin(key); }

    QList<plugboard::ui::Toast *> toasts() const { return toastArea()->toasts(); }
    plugboard::ui::Toast *lastToast() const
    {
        const auto list = toasts();
        return list.isEmpty() ? nullptr : list.last();
    }
};

} // namespace uitest
