// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Local REST API: the window shows the switch, the address and the token action, and
// says what it was asked; whoever owns the server acts on it (app/plugboard/windowapi).
#include "uiharness.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>

using namespace plugboard::ui;

class TestApiMenu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuShowsTheStateItIsGiven();
    void menuAsksAndNeverActsItself();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uitest::Window> m_w;
};

void TestApiMenu::initTestCase()
{
    uitest::isolateEnvironment(m_dir.path());
    m_w = std::make_unique<uitest::Window>(m_dir.path(), QStringLiteral("api"));
    QVERIFY(m_w->start());
}

void TestApiMenu::menuShowsTheStateItIsGiven()
{
    MainWindow *window = m_w->window.get();
    QAction *serve = window->findChild<QAction *>(QStringLiteral("apiServeAction"));
    QAction *token = window->findChild<QAction *>(QStringLiteral("apiTokenAction"));
    QVERIFY(serve && serve->isCheckable());
    QVERIFY(!serve->text().isEmpty() && !serve->toolTip().isEmpty());
    // The actions sit in View ▸ Local REST API, where a person looks for them.
    QMenu *api = nullptr;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu() && top->text().remove(QLatin1Char('&')) == QLatin1String("View")) {
            for (QAction *item : top->menu()->actions()) {
                if (item->menu() && item->menu()->actions().contains(serve))
                    api = item->menu();
            }
        }
    }
    QVERIFY(api);
    QVERIFY(api->actions().contains(token));

    const auto addressLine = [api, serve, token] {
        for (QAction *a : api->actions()) {
            if (a != serve && a != token && !a->isSeparator())
                return a->text();
        }
        return QString();
    };
    window->setApiState(true, QStringLiteral("http://127.0.0.1:9191/api/plugins/"), QString());
    QVERIFY(serve->isChecked());
    QVERIFY(token->isEnabled());
    QVERIFY(addressLine().contains(QStringLiteral("127.0.0.1:9191")));
    api->popup(window->mapToGlobal(QPoint(40, 40)));
    QVERIFY(QTest::qWaitForWindowExposed(api));
    uitest::snapshot(api, QStringLiteral("api-menu"));
    api->hide();

    window->setApiState(false, QString(), QStringLiteral("port 9191 is taken"));
    QVERIFY(!serve->isChecked());
    QVERIFY(!token->isEnabled());
    QVERIFY(addressLine().contains(QStringLiteral("port 9191 is taken")));
}

void TestApiMenu::menuAsksAndNeverActsItself()
{
    MainWindow *window = m_w->window.get();
    QSignalSpy serving(window, &MainWindow::apiServingRequested);
    QSignalSpy tokens(window, &MainWindow::apiTokenRequested);
    window->setApiState(true, QStringLiteral("http://127.0.0.1:9191/api/plugins/"), QString());
    window->findChild<QAction *>(QStringLiteral("apiServeAction"))->trigger();
    QCOMPARE(serving.count(), 1);
    QCOMPARE(serving.at(0).at(0).toBool(), false);
    window->findChild<QAction *>(QStringLiteral("apiTokenAction"))->trigger();
    QCOMPARE(tokens.count(), 1);
}

QTEST_MAIN(TestApiMenu)
#include "tst_apimenu.moc"
