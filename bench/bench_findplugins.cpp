// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Find Plugins page, in process, against a repository of 1,000 plugins kept in a local
// folder (file://, fetched and stored beforehand, as after a refresh): how long the page takes
// from being opened to its first painted frame with the plugins listed (the availability view
// built on a pool thread included), and how long a typed character in its search box takes to
// reach the screen. Targets: first frame <= 300 ms, keystroke <= 30 ms.
// Usage: bench_findplugins [--plugins N] [--runs N]
#include "manager/pluginmanager.h"
#include "manager/pluginrepositories.h"
#include "paths/pluginpaths.h"
#include "repos/repositories.h"
#include "window/findpluginspage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_findplugins: %s\n", qPrintable(why));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({"plugins", "plugins in the repository", "N", "1000"});
    parser.addOption({"runs", "times the page is opened", "N", "7"});
    parser.addHelpOption();
    parser.process(app);
    const int count = qMax(1, parser.value("plugins").toInt());
    const int runs = qMax(1, parser.value("runs").toInt());

    QTemporaryDir work;
    QJsonArray plugins;
    for (int i = 0; i < count; ++i) {
        plugins.append(QJsonObject{
            {"slug", QStringLiteral("plugin-%1").arg(i)},
            {"name", QStringLiteral("Plugin number %1").arg(i)},
            {"description", QStringLiteral("Does useful thing number %1 for channels, guides and "
                                           "streams.")
                                .arg(i)},
            {"author", QStringLiteral("Author %1").arg(i % 37)},
            {"latest_version", QStringLiteral("1.%1.0").arg(i % 9)},
            {"latest_url", QStringLiteral("zips/plugin-%1.zip").arg(i)},
            {"latest_sha256", QString(64, QLatin1Char('a'))}});
    }
    const QString manifest = work.filePath("repo/manifest.json");
    QDir().mkpath(work.filePath("repo"));
    QFile file(manifest);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(
            QJsonDocument(
                QJsonObject{{"registry_name", "Bench Repo"},
                            {"root_url", QUrl::fromLocalFile(work.filePath("repo")).toString()},
                            {"plugins", plugins}})
                .toJson(QJsonDocument::Compact)) < 0)
        die(QStringLiteral("cannot write the manifest"));
    file.close();

    QDir().mkpath(work.filePath("plugins"));
    PluginPaths paths = PluginPaths::resolve(work.filePath("data"), work.filePath("plugins"));
    if (!paths.prepare())
        die(QStringLiteral("cannot prepare the data folder"));
    PluginManager manager(paths);
    manager.reload()->exec();
    Repositories repos(paths.databasePath());
    const qint64 official = repos.list().value().constFirst().id;
    (void)repos.setEnabled(official, false); // stays on this machine
    std::unique_ptr<RepositoryJob> add(repos.add(QUrl::fromLocalFile(manifest).toString(), {}));
    add->setAutoDelete(false);
    if (!add->exec())
        die(add->error().message);
    (void)repos.setOnlineAccessAllowed(true);

    QList<double> firstFrames;
    QList<double> keystrokes;
    for (int run = 0; run < runs; ++run) {
        PluginRepositories facade(&manager, &repos);
        ui::MainWindow window(&manager);
        window.setRepositories(&facade);
        window.resize(1280, 800);
        window.show();
        QTest::qWait(50);
        auto *list = window.findChild<QTreeView *>(QStringLiteral("offeredList"));
        if (!list)
            die(QStringLiteral("no offered list in the window"));
        QElapsedTimer timer;
        timer.start();
        window.showPage(ui::MainWindow::Page::FindPlugins);
        while (list->model()->rowCount() < count && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (list->model()->rowCount() < count)
            die(QStringLiteral("the page listed %1 plugins").arg(list->model()->rowCount()));
        list->viewport()->repaint();
        firstFrames << timer.nsecsElapsed() / 1e6;

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("findSearch"));
        if (!search)
            die(QStringLiteral("no search box"));
        search->setFocus();
        for (const QChar c : QStringLiteral("number 42")) {
            QElapsedTimer typed;
            typed.start();
            QTest::keyClick(search, c.toLatin1());
            QCoreApplication::processEvents();
            list->viewport()->repaint();
            keystrokes << typed.nsecsElapsed() / 1e6;
        }
        search->clear();
        QCoreApplication::processEvents();
    }
    std::printf("Find Plugins with %d offered plugins (%d runs, offscreen, 1280x800)\n", count,
                runs);
    std::printf("  first frame with the plugins listed: median %.1f ms (min %.1f, max %.1f); "
                "target <= 300 ms: %s\n",
                median(firstFrames), *std::min_element(firstFrames.cbegin(), firstFrames.cend()),
                *std::max_element(firstFrames.cbegin(), firstFrames.cend()),
                median(firstFrames) <= 300 ? "MET" : "NOT MET");
    std::printf("  search keystroke to screen: median %.2f ms, p95 %.2f ms (%lld keystrokes); "
                "target <= 30 ms: %s\n",
                median(keystrokes), percentile(keystrokes, 0.95),
                static_cast<long long>(keystrokes.size()),
                percentile(keystrokes, 0.95) <= 30 ? "MET" : "NOT MET");
    return 0;
}
