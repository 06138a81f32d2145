// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cards from the keyboard: the current card has a focus ring you can see in both palettes,
// and Space never turns a plugin off silently (a notification with Undo, or a question when it
// has a run in progress).

#include "uiharness.h"

#include "details/fieldeditor.h"
#include "dialogs/trustdialog.h"
#include "runner/activity.h"
#include "runner/runjob.h"
#include "theme/colorscheme.h"

#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

namespace {

const char *const kSlowCode = "import time\n"
                              "class Plugin:\n"
                              "    def run(self, action, params, context):\n"
                              "        for _ in range(600):\n"
                              "            time.sleep(0.05)\n"
                              "        return {}\n";

// The colour a few pixels outside the card's left edge, half way down: where the ring runs.
QColor ringPixel(uitest::Window &w, const QString &key)
{
    const QRect cell = w.cards()->visualRect(w.indexOf(key));
    const QImage image = w.cards()->viewport()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QPoint at(cell.left() + PluginCardDelegate::Gap - 4, cell.center().y());
    return image.pixelColor(QPoint(int(at.x() * dpr), int(at.y() * dpr)));
}

// The object name of the widget with the keyboard focus ("" when none has it).
QString focused()
{
    const QWidget *widget = QApplication::focusWidget();
    return widget ? widget->objectName() : QString();
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <
           60;
}

} // namespace

class TestKeyboardCards : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }
    void cleanup() { ColorScheme::apply(QStringLiteral("light")); }

    void theCurrentCardHasAFocusRing_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void theCurrentCardHasAFocusRing()
    {
        QFETCH(QString, scheme);
        ColorScheme::apply(scheme);
        uitest::Window w(m_root.path(), QStringLiteral("ring-") + scheme);
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("alpha"),
                             fixtures::manifest(QStringLiteral("Alpha")));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("beta"),
                             fixtures::manifest(QStringLiteral("Beta")));
        QVERIFY(w.start());
        w.window->activateWindow();
        w.cards()->setFocus();
        w.cards()->setCurrentIndex(w.indexOf(QStringLiteral("beta")));
        QVERIFY(waitFor([&] { return w.cards()->hasFocus(); }));
        const QColor highlight = w.cards()->palette().color(QPalette::Highlight);
        QTRY_VERIFY(near(ringPixel(w, QStringLiteral("beta")), highlight));
        QVERIFY(!near(ringPixel(w, QStringLiteral("alpha")), highlight));
        uitest::snapshot(w.window.get(), QStringLiteral("focus-ring-") + scheme);

        // Focus elsewhere: no ring, the keyboard does not act on the cards.
        w.search()->setFocus();
        QTRY_VERIFY(!near(ringPixel(w, QStringLiteral("beta")), highlight));
    }

    void spaceTurnsOffWithUndo()
    {
        uitest::Window w(m_root.path(), QStringLiteral("undo"));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("alpha"),
                             fixtures::manifest(QStringLiteral("Alpha")));
        QVERIFY(w.start());
        QVERIFY(w.manager->setEnabled(QStringLiteral("alpha"), true, true));
        w.cards()->setFocus();
        w.cards()->setCurrentIndex(w.indexOf(QStringLiteral("alpha")));
        QTest::keyClick(w.cards(), Qt::Key_Space);
        QVERIFY(!w.info(QStringLiteral("alpha")).enabled());

        Toast *said = nullptr;
        QVERIFY(waitFor([&] {
            for (Toast *t : w.toastArea()->toasts())
                said = t->title() == QLatin1String("Alpha is off") ? t : said;
            return said != nullptr;
        }));
        Q_EMIT said->activated(); // Undo
        QVERIFY(waitFor([&] { return w.info(QStringLiteral("alpha")).enabled(); }));
    }

    void spaceAsksWhenARunIsInProgress()
    {
        uitest::Window w(m_root.path(), QStringLiteral("running"));
        const QJsonArray actions{QJsonObject{{"id", "slow"}, {"label", "Slow"}}};
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("busy"),
            fixtures::manifest(QStringLiteral("Busy"), QStringLiteral("1.0.0"), {}, actions));
        QVERIFY(fixtures::writeFile(folder + "/plugin.py", kSlowCode));
        QVERIFY(w.start());
        QVERIFY(w.manager->setEnabled(QStringLiteral("busy"), true, true));
        QVERIFY(waitFor([&] { return w.info(QStringLiteral("busy")).isLoaded(); }));
        const Result<RunJob *> started =
            w.manager->runAction(QStringLiteral("busy"), QStringLiteral("slow"), {});
        QVERIFY(started);
        QPointer<RunJob> job = started.value();
        w.cards()->setFocus();
        w.cards()->setCurrentIndex(w.indexOf(QStringLiteral("busy")));
        QTest::keyClick(w.cards(), Qt::Key_Space);
        auto *ask = uitest::findDialog<QMessageBox>();
        QVERIFY(ask);
        QCOMPARE(ask->objectName(), QStringLiteral("confirmTurnOff"));
        ask->button(QMessageBox::Cancel)->click();
        QVERIFY(waitFor([] { return uitest::noDialog<QMessageBox>(); }));
        QVERIFY(w.info(QStringLiteral("busy")).enabled());

        QTest::keyClick(w.cards(), Qt::Key_Space);
        ask = uitest::findDialog<QMessageBox>();
        QVERIFY(ask);
        for (QAbstractButton *b : ask->buttons()) {
            if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QVERIFY(waitFor([&] { return !w.info(QStringLiteral("busy")).enabled(); }));
        QVERIFY(waitFor([&] { return !job || job->isFinished(); }, 15000));
    }

    // The whole way with the keyboard only, with visible focus at each step: find the plugin,
    // enable it, run an action, cancel it, change a setting and save.
    void keyboardOnlyEnableRunCancelSettingsSave()
    {
        uitest::Window w(m_root.path(), QStringLiteral("keyboard"));
        const QJsonArray fields{
            QJsonObject{{"id", "limit"}, {"label", "Limit"}, {"type", "number"}, {"default", 5}}};
        const QJsonArray actions{QJsonObject{{"id", "slow"}, {"label", "Slow"}}};
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("alpha"),
            fixtures::manifest(QStringLiteral("Alpha"), QStringLiteral("1.0.0"), fields, actions));
        QVERIFY(fixtures::writeFile(folder + "/plugin.py", kSlowCode));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("beta"),
                             fixtures::manifest(QStringLiteral("Beta")));
        QVERIFY(w.start());
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));

        // Ctrl+F, type, Down: the first result is current and the cards have the focus.
        QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QTRY_VERIFY(w.search()->hasFocus());
        QTest::keyClicks(w.search(), QStringLiteral("alp"));
        QTest::keyClick(w.search(), Qt::Key_Down);
        QTRY_VERIFY(w.cards()->hasFocus());
        QCOMPARE(w.cards()->currentIndex().data(PluginListModel::KeyRole).toString(),
                 QStringLiteral("alpha"));
        const QColor highlight = w.cards()->palette().color(QPalette::Highlight);
        QTRY_VERIFY(near(ringPixel(w, QStringLiteral("alpha")), highlight));

        // Space asks for trust; the dialog's buttons take the keyboard.
        QTest::keyClick(w.cards(), Qt::Key_Space);
        auto *trust = uitest::findDialog<TrustDialog>();
        QVERIFY(trust);
        trust->enableButton()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(trust->enableButton()->hasFocus());
        QTest::keyClick(trust->enableButton(), Qt::Key_Space);
        QVERIFY(waitFor([&] { return w.info(QStringLiteral("alpha")).isLoaded(); }));

        // Alt+A: the Actions tab, with the focus on its Run button.
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::keyClick(w.window.get(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(focused(), QStringLiteral("action_slow"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(w.window->findChild<QWidget *>(QStringLiteral("cancel_slow"))->isVisible());
        // While it runs, the button and the card say so in words that read right.
        auto *run = w.window->findChild<QPushButton *>(QStringLiteral("action_slow"));
        QTRY_COMPARE(run->text(), QStringLiteral("Running…"));
        QTRY_COMPARE(
            w.indexOf(QStringLiteral("alpha")).data(PluginListModel::RunningTextRole).toString(),
            QStringLiteral("Slow · running…"));

        // Tab reaches Cancel, Space cancels.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(focused(), QStringLiteral("cancel_slow"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(waitFor([&] { return w.manager->activity()->jobs().isEmpty(); }, 15000));
        QTRY_COMPARE(run->text(), QStringLiteral("Run"));

        // Alt+S: the Settings tab, with the focus in its first field; type, Ctrl+S saves.
        QTest::keyClick(w.window.get(), Qt::Key_S, Qt::AltModifier);
        QWidget *limit = w.settingsForm()->editorFor(QStringLiteral("limit"))->editor();
        QTRY_VERIFY(limit->hasFocus() || limit->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QTest::keySequence(w.window.get(), QKeySequence::Save);
        QVERIFY(waitFor([&] {
            return w.info(QStringLiteral("alpha")).storedSettings().value("limit").toDouble() == 7;
        }));
        uitest::snapshot(w.window.get(), QStringLiteral("keyboard-saved"));
    }

    // Tab from the details tabs goes from control to control: no stop on a scroll area or a
    // container that shows no focus (there was one before the Run buttons).
    void tabStopsOnlyOnVisibleControls()
    {
        uitest::Window w(m_root.path(), QStringLiteral("tabstops"));
        const QJsonArray fields{QJsonObject{{"id", "limit"}, {"type", "number"}}};
        const QJsonArray actions{QJsonObject{{"id", "one"}, {"label", "One"}},
                                 QJsonObject{{"id", "two"}, {"label", "Two"}}};
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("alpha"),
            fixtures::manifest(QStringLiteral("Alpha"), QStringLiteral("1.0.0"), fields, actions));
        QVERIFY(fixtures::writeFile(folder + "/plugin.py", kSlowCode));
        QVERIFY(w.start());
        QVERIFY(w.manager->setEnabled(QStringLiteral("alpha"), true, true));
        QVERIFY(waitFor([&] { return w.info(QStringLiteral("alpha")).isLoaded(); }));
        QVERIFY(w.window->selectPlugin(QStringLiteral("alpha")));
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        for (const auto tab : {PluginDetailsPanel::Tab::Actions, PluginDetailsPanel::Tab::Settings,
                               PluginDetailsPanel::Tab::Activity}) {
            w.details()->showTab(tab);
            w.detailsTabs()->tabBar()->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(w.detailsTabs()->tabBar()->hasFocus());
            QStringList walked;
            for (int i = 0; i < 6; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *now = QApplication::focusWidget();
                QVERIFY(now);
                walked << QString::fromLatin1(now->metaObject()->className()) + QLatin1Char(':') +
                              now->objectName();
                if (!w.detailsTabs()->currentWidget()->isAncestorOf(now))
                    break; // left the page
                const bool container = qobject_cast<QScrollArea *>(now) ||
                                       QByteArray(now->metaObject()->className()) == "QWidget";
                QVERIFY2(!container && now->isVisible(), qPrintable(walked.join(" > ")));
            }
            // The first stop is on the page: a Run button, a field, the list of runs.
            QVERIFY2(walked.size() > 1 || !walked.isEmpty(), qPrintable(walked.join(" > ")));
        }
        // On the Actions tab, the first stop after the tabs is the first Run button.
        w.details()->showTab(PluginDetailsPanel::Tab::Actions);
        w.detailsTabs()->tabBar()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(focused(), QStringLiteral("action_one"));
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestKeyboardCards)
#include "tst_keyboardcards.moc"
