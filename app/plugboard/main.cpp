// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameprobe.h"
#include "options.h"
#include "windowapi.h"
#include "windowhandoff.h"

#include "common/allocator.h"
#include "common/interrupts.h"
#include "common/language.h"
#include "manager/pluginmanager.h"
#include "manager/pluginrepositories.h"
#include "paths/pluginpaths.h"
#include "store/database.h"
#include "theme/appicon.h"
#include "theme/colorscheme.h"
#include "window/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QTimer>

#include <csignal>

#include <cstdio>

using namespace plugboard;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "plugboard: %s\n", qPrintable(message));
    if (qEnvironmentVariableIsEmpty("PLUGBOARD_NO_DIALOGS"))
        QMessageBox::critical(nullptr, QObject::tr("Plugboard"), message);
    return 1;
}

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("plugboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("plugboard.*.info=false"));
    // Before the options are described and any widget is made: both are translated as made.
    const Language::Choice language =
        Language::install(Language::requestedIn(QCoreApplication::arguments().mid(1)));
    if (!language.problem.isEmpty())
        std::fprintf(stderr, "plugboard: %s\n", qPrintable(language.problem));
}

int usage(const QString &problem)
{
    std::fprintf(stderr, "plugboard: %s\nTry 'plugboard --help'.\n", qPrintable(problem));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    tuneAllocator();
    // Past a file size limit a write fails (EFBIG, a full disk to SQLite) instead of killing us.
    std::signal(SIGXFSZ, SIG_IGN);
    GuiOptions options;
    QString problem;
    if (GuiOptions::onlyPrints(argc, argv)) {
        // --help and --version print and exit inside parse(): answer them without the display
        // a QApplication needs (over ssh, for help2man, in the package test).
        QCoreApplication core(argc, argv);
        setNames();
        if (!GuiOptions::parse(core.arguments(), &options, &problem))
            return usage(problem);
    }
    QApplication app(argc, argv);
    // The GUI thread never waits on a database check or a recovery: a pool thread runs them.
    plugboard::Database::runChecksOffThisThread();
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Plugboard"));
    QApplication::setDesktopFileName(ui::appId()); // packaging/<id>.desktop, the Wayland app id

    if (!GuiOptions::parse(app.arguments(), &options, &problem))
        return usage(problem);
    ui::ColorScheme::apply(options.colorScheme);

    const PluginPaths paths = PluginPaths::resolve(options.dataDir, options.pluginsDir);
    if (const Result<void> ready = paths.prepare(); !ready)
        return fail(ready.error().message);

    // One window per data folder: a second start ("Open with Plugboard" on a zip) hands its
    // zips to the running window and exits. A screenshot run is a window of its own.
    WindowHandoff handoff(paths.dataDir);
    if (options.screenshot.isEmpty()) {
        QStringList zips;
        for (const QString &zip : std::as_const(options.zips))
            zips << QFileInfo(zip).absoluteFilePath();
        if (handoff.handOver(zips)) {
            const QString said =
                zips.isEmpty()
                    ? QCoreApplication::translate("plugboard",
                                                  "Plugboard is already open; its window was "
                                                  "raised.")
                    : QCoreApplication::translate("plugboard",
                                                  "Plugboard is already open; it shows the import "
                                                  "preview of %n zip(s).",
                                                  nullptr, int(zips.size()));
            std::fprintf(stderr, "plugboard: %s\n", qPrintable(said));
            return 0;
        }
    }

    PluginManager manager(paths);
    ui::MainWindow window(&manager);
    // One owner of the plugins' code per data folder (the REST API lets plugboardctl reach it).
    WindowApi api(&manager, &window);
    if (const Result<void> claimed = api.claim(); !claimed)
        return fail(claimed.error().message);
    QObject::connect(&handoff, &WindowHandoff::requested, &window, [&](const QStringList &zips) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
        if (zips.isEmpty())
            return;
        std::fprintf(stderr, "plugboard: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "plugboard", "Another start handed over %n zip(s) to import.", nullptr,
                         int(zips.size()))));
        window.importZips(zips);
    });
    if (!handoff.listen())
        std::fprintf(stderr, "plugboard: %s\n",
                     qPrintable(QCoreApplication::translate(
                                    "plugboard",
                                    "Another start cannot reach this window (%1); it will say that "
                                    "Plugboard already runs.")
                                    .arg(handoff.socketPath())));
    // The Find Plugins page shares the REST API's Repositories: one list, one network manager.
    PluginRepositories repositories(&manager, &api.repositories());
    window.setRepositories(&repositories);
    // A screenshot run (docs, tests) serves no API unless asked: runs side by side would fight
    // over port 9191, and the loser's warning toast would land in the picture.
    api.start(options.apiPort,
              options.noApi || (!options.screenshot.isEmpty() && options.apiPort < 0));
    if (options.size.isValid())
        window.resize(options.size);
    if (!options.search.isEmpty())
        window.setSearchText(options.search);

    std::unique_ptr<FrameProbe> probe;
    if (FrameProbe::requested())
        probe = std::make_unique<FrameProbe>(
            &window, window.findChild<QAbstractItemView *>(QStringLiteral("pluginCards")));

    QObject::connect(&window, &ui::MainWindow::started, &window, [&] {
        if (probe && manager.plugins().isEmpty())
            probe->noCardsExpected();
        if (!options.select.isEmpty() && !window.selectPlugin(options.select))
            std::fprintf(stderr, "plugboard: no plugin \"%s\" to select\n",
                         qPrintable(options.select));
        using Tab = ui::PluginDetailsPanel::Tab;
        if (options.tab == QLatin1String("settings"))
            window.showTab(Tab::Settings);
        else if (options.tab == QLatin1String("activity"))
            window.showTab(Tab::Activity);
        if (!options.zips.isEmpty())
            window.importZips(options.zips);
        if (options.screenshot.isEmpty())
            return;
        // Logos decode on pool threads: give them a moment before the picture is taken.
        QTimer::singleShot(600, &window, [&] {
            // Dialogs open beside the window (an import preview, say): draw them over it, as a
            // person sees them.
            QPixmap shot = window.grab();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top == &window || !top->isVisible() || !qobject_cast<QDialog *>(top))
                    continue;
                const QPixmap dialog = top->grab();
                QPainter painter(&shot);
                const QSize size = dialog.deviceIndependentSize().toSize();
                painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
                painter.drawPixmap(QPoint((window.width() - size.width()) / 2,
                                          (window.height() - size.height()) / 3),
                                   dialog);
            }
            const bool saved = shot.save(options.screenshot, "PNG");
            if (!saved)
                std::fprintf(stderr, "plugboard: could not write %s\n",
                             qPrintable(options.screenshot));
            if (options.quit)
                QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    QObject::connect(&app, &QApplication::aboutToQuit, &manager, [&] { manager.shutdown(); });
    // SIGTERM (logout, `kill`) and Ctrl+C in a terminal close the window the normal way: plugins
    // get stop() and the data folder is released.
    Interrupts interrupts(true);
    QObject::connect(&interrupts, &Interrupts::interrupted, &window, [&](int times) {
        if (times > 1)
            std::_Exit(130);
        window.close();
    });

    window.show();
    window.start();
    return app.exec();
}
