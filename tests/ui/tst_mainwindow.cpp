// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window driven like a person would: search and filter, shortcuts, the trust dialog on
// first enable only, the disabled card state, actions with confirmations, toasts, cancelling a
// long action from its button, load errors, remove, the empty state, and changes made by
// plugboardctl in another process. Real plugins run in the real embedded CPython.
#include "uiharness.h"

#include "common/runrecorder.h"

#include "details/actionlist.h"
#include "details/actionrow.h"
#include "details/activityview.h"
#include "details/fieldeditor.h"
#include "details/plugindetailspanel.h"
#include "details/settingsform.h"
#include "dialogs/confirmrundialog.h"
#include "dialogs/loaderrordialog.h"
#include "dialogs/removedialog.h"
#include "dialogs/trustdialog.h"
#include "install/folderremover.h"
#include "widgets/actionbutton.h"
#include "widgets/toggleswitch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::findDialog;
using uitest::waitFor;

namespace {

const char *kAlphaCode = R"(
import time
try:
    import plugboard
except ImportError:
    plugboard = None

class Plugin:
    def run(self, action, params, context):
        if action == "bad":
            return {"status": "error", "message": "it broke"}
        if action == "slow":
            for i in range(600):
                plugboard.progress(i / 600.0, "step %d" % i)
                time.sleep(0.05)
            return {"status": "ok", "message": "slow finished"}
        return {"status": "ok", "message": "ran " + action}
)";

QJsonObject action(const QString &id, const QJsonValue &confirm = QJsonValue::Undefined)
{
    QJsonObject a{{"id", id}, {"label", id.left(1).toUpper() + id.mid(1)}};
    if (!confirm.isUndefined())
        a.insert("confirm", confirm);
    return a;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchAndFilter();
    void keyboardShortcuts();
    void trustDialogOnFirstEnableOnly();
    void disabledCardState();
    void actionResultsArriveAsToasts();
    void confirmationRules();
    void longActionCancelledFromItsButton();
    void loadErrorDetails();
    void removeFromTheCard();
    void emptyStateOffersExamples();
    void changesFromAnotherProcessAppear();
    void quitShortcutClosesTheWindow();
    void geometryIsRemembered();
    void removeWhileAnActionRuns();
    void wideContentStaysInsideThePanel();
    void cardGridReflowsWithTheWidth();
    void tabOrderFollowsTheHeader();

private:
    void writePlugins(const QString &pluginsDir);
    ActionRow *row(uitest::Window &w, const QString &action);
    void selectAndWaitLoaded(uitest::Window &w, const QString &key);

    QTemporaryDir m_root;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestMainWindow::writePlugins(const QString &pluginsDir)
{
    QJsonArray fields{QJsonObject{{"id", "confirm"}, {"type", "boolean"}, {"default", false}}};
    QJsonArray actions{action("ok"),
                       action("bad"),
                       action("slow"),
                       action("ask", true),
                       action("custom", QJsonObject{{"title", "Really?"}, {"message", "Sure?"}}),
                       action("quiet", QJsonObject{{"required", false}}),
                       action("never", false),
                       action("follow")};
    QJsonObject alpha{{"name", "Alpha Tools"},
                      {"version", "2.1.0"},
                      {"author", "Ada"},
                      {"description", "Sorts tapes"},
                      {"fields", fields},
                      {"actions", actions},
                      {"help_url", "https://example.org/alpha"}};
    const QString folder =
        fixtures::makePlugin(pluginsDir, QStringLiteral("alpha"), QJsonDocument(alpha).toJson());
    QVERIFY(fixtures::writeFile(folder + "/plugin.py", kAlphaCode));

    const QString beta = fixtures::makePlugin(pluginsDir, QStringLiteral("beta"));
    QVERIFY(fixtures::writeFile(beta + "/plugin.py", "class Plugin:\n    name = 'Beta legacy'\n"
                                                     "    def run(self, action, params, context):\n"
                                                     "        return {}\n"));
    const QString gamma = fixtures::makePlugin(
        pluginsDir, QStringLiteral("gamma"),
        R"({"name": "Gamma", "description": "Fails on purpose", "actions": [{"id": "x", "label": "X"}]})");
    QVERIFY(
        fixtures::writeFile(gamma + "/plugin.py", "raise RuntimeError('gamma cannot start')\n"));
    fixtures::makePlugin(pluginsDir, QStringLiteral("delta"),
                         R"({"name": "Delta", "author": "Grace", "description": "Video helpers"})");
    fixtures::makePlugin(pluginsDir, QStringLiteral("Epsilon Plugin"),
                         R"({"name": "Epsilon", "description": "Removed by a test"})");
}

ActionRow *TestMainWindow::row(uitest::Window &w, const QString &action)
{
    return w.actionList()->rowFor(action);
}

void TestMainWindow::selectAndWaitLoaded(uitest::Window &w, const QString &key)
{
    if (!w.info(key).enabled())
        QVERIFY(w.manager->setEnabled(key, true, true));
    QVERIFY(waitFor([&] { return w.info(key).isLoaded() || !w.info(key).loadError().isEmpty(); }));
    QVERIFY(w.window->selectPlugin(key));
}

void TestMainWindow::searchAndFilter()
{
    uitest::Window w(m_root.path(), QStringLiteral("search"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    PluginFilterProxy *proxy = w.proxy();
    QCOMPARE(proxy->rowCount(), 5);
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.cards()));
    QCOMPARE(w.filter()->itemText(0), QStringLiteral("All (5)"));

    QLineEdit *search = w.search();
    QTest::keyClicks(search, QStringLiteral("tape"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Alpha Tools"));
    search->setText(QStringLiteral("  GRACE  ")); // author, trimmed, any case
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Delta"));
    search->setText(QStringLiteral("video")); // description
    QCOMPARE(proxy->rowCount(), 1);
    search->setText(QStringLiteral("no such plugin"));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(w.currentPage(), w.part<QWidget>("noMatchPage"));
    search->clear();
    QCOMPARE(proxy->rowCount(), 5);

    w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Legacy));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(PluginListModel::KeyRole).toString(), QStringLiteral("beta"));
    w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Enabled));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(w.currentPage(), w.part<QWidget>("noMatchPage"));
    QVERIFY(w.manager->setEnabled(QStringLiteral("delta"), true, true));
    QCOMPARE(proxy->rowCount(), 1); // follows the change without a reload
    w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Disabled));
    QCOMPARE(proxy->rowCount(), 4);
    w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::All));
}

void TestMainWindow::keyboardShortcuts()
{
    uitest::Window w(m_root.path(), QStringLiteral("keys"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    w.window->activateWindow();
    w.cards()->setFocus();
    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QVERIFY(w.search()->hasFocus());

    QSignalSpy discovery(w.manager.get(), &PluginManager::discoveryFinished);
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    QVERIFY(discovery.wait(5000));
    QCOMPARE(discovery.first().first().toString(), QString());

    // Space on the current card asks to enable it (the trust dialog: never enabled before).
    w.cards()->setFocus();
    w.cards()->setCurrentIndex(w.indexOf(QStringLiteral("delta")));
    QTest::keyClick(w.cards(), Qt::Key_Space);
    auto *trust = findDialog<TrustDialog>();
    QVERIFY(trust);
    QTest::keyClick(trust, Qt::Key_Escape);
    QVERIFY(waitFor([] { return uitest::noDialog<TrustDialog>(); }));
    QVERIFY(!w.info(QStringLiteral("delta")).enabled());

    // Every control the header offers has a name a screen reader can say.
    for (QWidget *control : {static_cast<QWidget *>(w.search()), static_cast<QWidget *>(w.filter()),
                             static_cast<QWidget *>(w.cards())})
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    QVERIFY(!w.cards()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestMainWindow::trustDialogOnFirstEnableOnly()
{
    uitest::Window w(m_root.path(), QStringLiteral("trust"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    const QString key = QStringLiteral("alpha");

    w.clickCardSwitch(key);
    auto *trust = findDialog<TrustDialog>();
    QVERIFY(trust);
    uitest::snapshot(trust, QStringLiteral("trust"));
    QVERIFY(trust->text().contains(QStringLiteral("Alpha Tools")));
    QVERIFY(trust->informativeText().contains(QStringLiteral("authors you trust")));
    trust->cancelButton()->click();
    QVERIFY(waitFor([] { return uitest::noDialog<TrustDialog>(); }));
    QVERIFY(!w.info(key).enabled());
    QVERIFY(!w.info(key).trusted());
    QVERIFY(!w.indexOf(key).data(PluginListModel::EnabledRole).toBool());

    w.clickCardSwitch(key);
    trust = findDialog<TrustDialog>();
    QVERIFY(trust);
    trust->enableButton()->click();
    QVERIFY(waitFor([&] { return w.info(key).isLoaded(); }));
    QVERIFY(w.info(key).enabled() && w.info(key).trusted());
    QVERIFY(w.indexOf(key).data(PluginListModel::EnabledRole).toBool());

    w.clickCardSwitch(key); // disable: never asks
    QVERIFY(waitFor([&] { return !w.info(key).enabled(); }));
    QVERIFY(uitest::noDialog<TrustDialog>());
    w.clickCardSwitch(key); // enable again: trusted already, no dialog
    QVERIFY(waitFor([&] { return w.info(key).enabled(); }));
    QTest::qWait(100);
    QVERIFY(uitest::noDialog<TrustDialog>());

    // The details panel's switch follows the state of record.
    QVERIFY(w.window->selectPlugin(key));
    QVERIFY(w.enabledSwitch()->isChecked());
}

void TestMainWindow::disabledCardState()
{
    uitest::Window w(m_root.path(), QStringLiteral("disabled"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    QVERIFY(w.window->selectPlugin(QStringLiteral("alpha")));
    QVERIFY(!w.enabledSwitch()->isChecked());
    ActionRow *ok = row(w, QStringLiteral("ok"));
    QVERIFY(ok);
    QVERIFY(!ok->runButton()->isEnabled());
    QVERIFY(ok->runButton()->toolTip().contains(QStringLiteral("Enable the plugin")));
    // Settings stay editable while the plugin is disabled.
    QVERIFY(w.settingsForm()->editorFor(QStringLiteral("confirm"))->editor()->isEnabled());
    // The card paints dimmed: compare its pixels with the same card enabled.
    const QModelIndex index = w.indexOf(QStringLiteral("alpha"));
    const QRect card = w.cards()->visualRect(index);
    const QImage dim = w.cards()->viewport()->grab(card).toImage();
    QVERIFY(w.manager->setEnabled(QStringLiteral("alpha"), true, true));
    QVERIFY(waitFor([&] { return w.info(QStringLiteral("alpha")).isLoaded(); }));
    QTest::qWait(50);
    const QImage bright = w.cards()->viewport()->grab(card).toImage();
    QVERIFY(dim != bright);
    QVERIFY(row(w, QStringLiteral("ok"))->runButton()->isEnabled());
}

void TestMainWindow::actionResultsArriveAsToasts()
{
    uitest::Window w(m_root.path(), QStringLiteral("toasts"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    selectAndWaitLoaded(w, QStringLiteral("alpha"));

    RunRecorder runs(w.manager->activity());
    QTest::mouseClick(row(w, QStringLiteral("ok"))->runButton(), Qt::LeftButton);
    QVERIFY(runs.waitFinished());
    Toast *toast = w.lastToast();
    QVERIFY(toast);
    QCOMPARE(toast->level(), Toast::Level::Success);
    QCOMPARE(toast->message(), QStringLiteral("ran ok"));
    QVERIFY(toast->title().contains(QStringLiteral("Alpha Tools")));

    QTest::mouseClick(row(w, QStringLiteral("bad"))->runButton(), Qt::LeftButton);
    QVERIFY(runs.waitFinished());
    toast = w.lastToast();
    QCOMPARE(toast->level(), Toast::Level::Error); // an error result is red, not green
    QCOMPARE(toast->message(), QStringLiteral("it broke"));

    // Both runs stay readable in the Activity tab, newest first.
    QTreeWidget *list = w.activityView()->runList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Bad")); // the action's label
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Error"));
    // And after selecting another plugin and coming back (read from the database).
    QVERIFY(w.window->selectPlugin(QStringLiteral("delta")));
    QVERIFY(w.window->selectPlugin(QStringLiteral("alpha")));
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestMainWindow::confirmationRules()
{
    uitest::Window w(m_root.path(), QStringLiteral("confirm"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    selectAndWaitLoaded(w, QStringLiteral("alpha"));
    RunRecorder runs(w.manager->activity());
    const QList<JobInfo> &queued = runs.queued;

    struct Case {
        const char *action;
        bool confirmField;
        bool asks;
        const char *title;
    };
    const Case cases[] = {
        {"ask", false, true, "Run Ask?"},      {"custom", false, true, "Really?"},
        {"quiet", true, false, nullptr},       {"never", true, false, nullptr},
        {"follow", true, true, "Run Follow?"}, {"follow", false, false, nullptr},
        {"ok", false, false, nullptr},
    };
    for (const Case &c : cases) {
        const QString id = QString::fromLatin1(c.action);
        QVERIFY(w.manager->saveSettings(QStringLiteral("alpha"), {{"confirm", c.confirmField}}));
        QTRY_VERIFY(w.info(QStringLiteral("alpha")).effectiveSettings().value("confirm").toBool() ==
                    c.confirmField);
        const qsizetype before = queued.size();
        QTest::mouseClick(row(w, id)->runButton(), Qt::LeftButton);
        if (!c.asks) {
            QTRY_COMPARE(queued.size(), before + 1);
            QVERIFY2(uitest::noDialog<ConfirmRunDialog>(), c.action);
            continue;
        }
        auto *dialog = findDialog<ConfirmRunDialog>();
        QVERIFY2(dialog, c.action);
        uitest::snapshot(dialog, QStringLiteral("confirm-") + id);
        QCOMPARE(dialog->windowTitle(), QString::fromUtf8(c.title));
        if (id == QLatin1String("custom"))
            QCOMPARE(dialog->message(), QStringLiteral("Sure?"));
        dialog->cancelButton()->click(); // Cancel runs nothing
        QVERIFY(waitFor([] { return uitest::noDialog<ConfirmRunDialog>(); }));
        QTest::qWait(50);
        QCOMPARE(queued.size(), before);
        QTest::mouseClick(row(w, id)->runButton(), Qt::LeftButton);
        dialog = findDialog<ConfirmRunDialog>();
        QVERIFY(dialog);
        dialog->runButton()->click();
        QTRY_COMPARE(queued.size(), before + 1);
    }
}

void TestMainWindow::longActionCancelledFromItsButton()
{
    uitest::Window w(m_root.path(), QStringLiteral("cancel"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    selectAndWaitLoaded(w, QStringLiteral("alpha"));
    RunRecorder runs(w.manager->activity());
    const QList<JobResult> &finished = runs.finished;

    ActionRow *slow = row(w, QStringLiteral("slow"));
    QTest::mouseClick(slow->runButton(), Qt::LeftButton);
    // Progress from plugboard.progress() reaches the button and the card.
    QVERIFY(waitFor([&] { return slow->runButton()->progress() > 0; }));
    QVERIFY(slow->cancelButton()->isVisible());
    QVERIFY(slow->stateText().contains(QStringLiteral("step")));
    QVERIFY(w.indexOf(QStringLiteral("alpha")).data(PluginListModel::RunningRole).toBool());
    // Another action of the plugin waits its turn, and says so.
    QTest::mouseClick(row(w, QStringLiteral("ok"))->runButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return row(w, QStringLiteral("ok"))->stateText().contains("Queued"); }));
    uitest::snapshot(w.window.get(), QStringLiteral("running"));

    QTest::mouseClick(slow->cancelButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return !finished.isEmpty(); }));
    const JobResult result = finished.first();
    QCOMPARE(result.action, QStringLiteral("slow"));
    QCOMPARE(result.outcome, JobResult::Outcome::Cancelled);
    QVERIFY(waitFor([&] {
        for (Toast *t : w.toasts()) {
            if (t->level() == Toast::Level::Warning && t->message() == QStringLiteral("Cancelled."))
                return true;
        }
        return false;
    }));
    QVERIFY(waitFor([&] { return finished.size() == 2; })); // the queued one then runs
    QVERIFY(waitFor([&] { return !slow->cancelButton()->isVisible(); }));
    QCOMPARE(slow->runButton()->progress(), -1.0);
}

void TestMainWindow::loadErrorDetails()
{
    uitest::Window w(m_root.path(), QStringLiteral("loaderror"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    QVERIFY(w.manager->setEnabled(QStringLiteral("gamma"), true, true));
    QVERIFY(waitFor([&] { return !w.info(QStringLiteral("gamma")).loadError().isEmpty(); }));
    QVERIFY(waitFor([&] {
        Toast *t = w.lastToast();
        return t && t->level() == Toast::Level::Error && t->title().contains("Gamma");
    }));
    const QModelIndex index = w.indexOf(QStringLiteral("gamma"));
    QVERIFY(index.data(PluginListModel::StatusTextRole).toString().contains("gamma cannot start"));

    QVERIFY(w.window->selectPlugin(QStringLiteral("gamma")));
    PluginDetailsPanel *details = w.details();
    QVERIFY(details->statusText().contains(QStringLiteral("Failed to load")));
    QPushButton *more = nullptr;
    QVERIFY(waitFor([&] {
        for (QPushButton *b : details->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Details…") && b->isVisible())
                more = b;
        }
        return more != nullptr;
    }));
    more->click();
    auto *dialog = findDialog<LoadErrorDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->tracebackText().contains(QStringLiteral("RuntimeError")));
    dialog->close();

    w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Problems));
    QCOMPARE(w.proxy()->rowCount(), 1);
    QVERIFY(!row(w, QStringLiteral("x"))->runButton()->isEnabled());
}

void TestMainWindow::removeFromTheCard()
{
    uitest::Window w(m_root.path(), QStringLiteral("remove"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    const QString key = QStringLiteral("epsilon_plugin"); // folder Epsilon Plugin
    QVERIFY(w.manager->plugin(key));
    const QString dataDir = w.manager->paths().pluginDataDir(key);
    QVERIFY(fixtures::writeFile(dataDir + "/state.txt", "x"));

    w.clickCardRemove(key);
    auto *dialog = findDialog<RemoveDialog>();
    QVERIFY(dialog);
    dialog->cancelButton()->click();
    QVERIFY(waitFor([] { return uitest::noDialog<RemoveDialog>(); }));
    QVERIFY(QFileInfo::exists(w.pluginsDir + "/Epsilon Plugin/plugin.json"));

    w.clickCardRemove(key);
    dialog = findDialog<RemoveDialog>();
    QVERIFY(dialog);
    dialog->purgeDataBox()->setChecked(true);
    uitest::snapshot(dialog, QStringLiteral("remove"));
    dialog->removeButton()->click();
    QVERIFY(waitFor([&] { return !w.manager->plugin(key); }));
    FolderRemover::waitForBackgroundWork();
    QVERIFY(!QFileInfo::exists(w.pluginsDir + "/Epsilon Plugin"));
    QVERIFY(!QFileInfo::exists(dataDir));
    QCOMPARE(
        QDir(w.pluginsDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
        4);
    QCOMPARE(w.model()->rowOf(key), -1);
    QCOMPARE(w.proxy()->rowCount(), 4);
    QCOMPARE(w.lastToast()->level(), Toast::Level::Success);
    // The next discovery does not bring it back.
    QVERIFY(w.manager->reload()->exec());
    QVERIFY(!w.manager->plugin(key));
}

void TestMainWindow::emptyStateOffersExamples()
{
    uitest::Window w(m_root.path(), QStringLiteral("empty"));
    QVERIFY(w.start());
    QCOMPARE(w.currentPage(), w.part<QWidget>("emptyPage"));
    QVERIFY(w.part<QPushButton>("addExamples")->isVisible());
    QTest::mouseClick(w.part<QPushButton>("addExamples"), Qt::LeftButton);
    QVERIFY(waitFor([&] { return w.model()->rowCount() >= 4; }));
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.cards()));
    for (const char *key :
         {"field_showcase", "confirm_forms", "long_task", "legacy_hello", "broken_plugin"})
        QVERIFY2(w.manager->plugin(QString::fromLatin1(key)), key);
    for (const PluginInfo &info : w.manager->plugins())
        QVERIFY(!info.enabled()); // examples arrive disabled
}

void TestMainWindow::changesFromAnotherProcessAppear()
{
    uitest::Window w(m_root.path(), QStringLiteral("external"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    QVERIFY(w.window->selectPlugin(QStringLiteral("alpha")));
    const auto ctl = [&](const QStringList &args) {
        QProcess p;
        p.start(fixtures::plugboardctlPath(),
                QStringList{"--plugins-dir", w.pluginsDir, "--data-dir", w.dataDir} + args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QVERIFY(ctl({"settings", "alpha", "--set", "confirm=true"}));
    QElapsedTimer timer;
    timer.start();
    FieldEditor *editor = w.settingsForm()->editorFor("confirm");
    QVERIFY(waitFor([&] { return editor->value().toBool(); }, 3000));
    qInfo("settings written by plugboardctl appeared after %lld ms", timer.elapsed());

    QVERIFY(ctl({"enable", "delta", "--yes"}));
    QVERIFY(waitFor([&] { return w.indexOf("delta").data(PluginListModel::EnabledRole).toBool(); },
                    3000));
    QVERIFY(waitFor([&] { return w.info("delta").isLoaded(); })); // this window now runs it too
}

void TestMainWindow::quitShortcutClosesTheWindow()
{
    uitest::Window w(m_root.path(), QStringLiteral("quit"));
    QVERIFY(w.start());
    QVERIFY(w.window->isVisible());
    QTest::keySequence(w.window.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(waitFor([&] { return !w.window->isVisible(); }));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        uitest::Window w(m_root.path(), QStringLiteral("geometry"));
        QVERIFY(w.start());
        w.window->resize(900, 620);
        QTRY_COMPARE(w.window->size(), QSize(900, 620));
        w.window->close(); // saves the geometry, as quitting does
    }
    uitest::Window again(m_root.path(), QStringLiteral("geometry"));
    QVERIFY(again.start(true));
    QCOMPARE(again.window->size(), QSize(900, 620));
}

void TestMainWindow::removeWhileAnActionRuns()
{
    uitest::Window w(m_root.path(), QStringLiteral("removebusy"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    selectAndWaitLoaded(w, QStringLiteral("alpha"));
    RunRecorder runs(w.manager->activity());
    QTest::mouseClick(row(w, QStringLiteral("slow"))->runButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return row(w, QStringLiteral("slow"))->runButton()->progress() > 0; }));
    QVERIFY(w.manager->remove(QStringLiteral("alpha"), true));
    QVERIFY(runs.waitFinished()); // the run is stopped, not left behind
    QCOMPARE(runs.finished.first().outcome, JobResult::Outcome::Cancelled);
    QCOMPARE(w.model()->rowOf(QStringLiteral("alpha")), -1);
    // The selection moves on to the next card, as in a file manager.
    QVERIFY(w.details()->shownPlugin() != QStringLiteral("alpha"));
    FolderRemover::waitForBackgroundWork();
    QVERIFY(!QFileInfo::exists(w.pluginsDir + "/alpha"));
    QTest::qWait(100); // late signals about the removed plugin must not crash the window
    QVERIFY(w.window->isVisible());
}

void TestMainWindow::wideContentStaysInsideThePanel()
{
    // Many long event names and a long select option: the details panel reflows them, so every
    // action button and the combo box stay visible without scrolling sideways.
    uitest::Window w(m_root.path(), QStringLiteral("wide"));
    const QJsonArray events{"channel_added_to_the_guide", "epg_refreshed_after_midnight",
                            "stream_profile_changed", "m3u_playlist_refreshed",
                            "an_event_name_so_long_that_no_panel_could_ever_show_it_whole"};
    const QJsonObject manifest{
        {"name", "Wide"},
        {"fields", QJsonArray{QJsonObject{
                       {"id", "mode"},
                       {"type", "select"},
                       {"options", QJsonArray{QJsonObject{{"value", "a"},
                                                          {"label", QString(120, QLatin1Char('w')) +
                                                                        " (the longest option)"}}}},
                       {"default", "a"}}}},
        {"actions",
         QJsonArray{QJsonObject{{"id", "many"}, {"label", "Many"}, {"events", events}},
                    action("plain"),
                    QJsonObject{{"id", "long_label"},
                                {"label", "Long"},
                                {"button_label", "Delete every pretend file there is, now"}}}}};
    fixtures::makePlugin(w.pluginsDir, QStringLiteral("wide"), QJsonDocument(manifest).toJson());
    QVERIFY(w.start());
    QVERIFY(w.window->selectPlugin(QStringLiteral("wide")));
    // The narrowest details panel the splitter allows.
    auto *splitter = w.window->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({100000, 1});
    QTabWidget *tabs = w.detailsTabs();
    const auto insideViewport = [&](int tab, QWidget *widget) {
        tabs->setCurrentIndex(tab);
        // The Settings tab scrolls its fields itself, above its Save bar.
        auto *area = tab == 1 ? w.settingsForm()->fieldsArea()
                              : qobject_cast<QScrollArea *>(tabs->widget(tab));
        if (!area || !widget)
            return false;
        QTest::qWait(50); // let the scroll area settle its layout
        const QRect r(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
        const bool inside = area->viewport()->rect().contains(r);
        if (!inside || area->horizontalScrollBar()->isVisible()) {
            qWarning() << "viewport" << area->viewport()->rect() << "widget" << r << "scroll bar"
                       << area->horizontalScrollBar()->isVisible();
            return false;
        }
        return true;
    };
    for (const char *id : {"many", "plain", "long_label"})
        QVERIFY2(insideViewport(0, row(w, QString::fromLatin1(id))->runButton()), id);
    SettingsForm *form = w.settingsForm();
    QVERIFY(insideViewport(1, form->editorFor(QStringLiteral("mode"))->editor()));
}

void TestMainWindow::cardGridReflowsWithTheWidth()
{
    uitest::Window w(m_root.path(), QStringLiteral("reflow"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    // With a plugin chosen, the details panel shares the width (tst_detailspanel: without).
    QVERIFY(w.window->selectPlugin(QStringLiteral("delta")));
    PluginListView *view = w.cards();
    // Cards per row: those that share the first card's top edge.
    const auto columns = [&] {
        QTest::qWait(50); // the view lays its items out after the resize
        const int top = view->visualRect(view->model()->index(0, 0)).top();
        int n = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            n += view->visualRect(view->model()->index(row, 0)).top() == top ? 1 : 0;
        return n;
    };
    const int atDefault = columns();
    w.window->resize(1900, 800);
    QTRY_VERIFY(columns() > atDefault);
    const int wide = columns();
    w.window->resize(760, 800);
    QTRY_COMPARE(columns(), 1);
    QVERIFY(wide >= 3);
    // The cards fill the row: never wider than the view, never narrower than a card.
    const QRect first = view->visualRect(view->model()->index(0, 0));
    QVERIFY(first.width() >= PluginCardDelegate::MinCardWidth);
    QVERIFY(first.right() < view->viewport()->width());
}

void TestMainWindow::tabOrderFollowsTheHeader()
{
    uitest::Window w(m_root.path(), QStringLiteral("taborder"));
    writePlugins(w.pluginsDir);
    QVERIFY(w.start());
    w.window->activateWindow();
    w.search()->setFocus();
    QVERIFY(waitFor([&] { return w.search()->hasFocus(); }));
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        order << QApplication::focusWidget()->accessibleName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{"Search plugins", "Show", "Import plugin zips", "Reload plugins",
                                 "Plugins"}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
