// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Following and cancelling runs from the Activity tab: runs in flight are listed on top with
// their progress and a Cancel button, a cancelled run says what happened, a notification's
// "Show" selects its own run (never a neighbour), and columns keep readable widths as rows
// arrive live. Real plugin processes run every action.

#include "common/runrecorder.h"
#include "uiharness.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

namespace {

const char *kCode = R"(
import time
import plugboard

class Plugin:
    def run(self, action, params, context):
        if action == "slow":
            context["logger"].info("slow began")
            for i in range(600):
                plugboard.progress(i / 600.0, "step %d" % i)
                time.sleep(0.05)
            return {"status": "ok", "message": "slow finished"}
        context["logger"].info("quick ran")
        return {"status": "ok", "message": "quick " + str(params.get("n", ""))}
)";

Toast *toastWith(const uitest::Window &w, const QString &message)
{
    for (Toast *t : w.toasts()) {
        if (t->message().contains(message))
            return t;
    }
    return nullptr;
}

void clickShow(Toast *toast)
{
    for (QLabel *label : toast->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("<a href=\"show\">"))) {
            QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(4, label->height() / 2));
            return;
        }
    }
    QFAIL("the notification has no Show link");
}

} // namespace

class TestActivityRuns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }

    void runsInFlightAreListedAndCancelledThere();
    void showSelectsItsOwnRun();
    void columnsStayReadableAsRowsArrive();

private:
    bool start(uitest::Window &w)
    {
        const QJsonArray actions{QJsonObject{{"id", "slow"}, {"label", "Import channels"}},
                                 QJsonObject{{"id", "quick"}, {"label", "Quick check"}}};
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("alpha"),
            QJsonDocument(QJsonObject{{"name", "Alpha"}, {"actions", actions}}).toJson());
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("beta"),
                             fixtures::manifest(QStringLiteral("Beta")));
        if (!fixtures::writeFile(folder + "/plugin.py", kCode) || !w.start())
            return false;
        if (!w.manager->setEnabled(QStringLiteral("alpha"), true, true))
            return false;
        return waitFor([&] { return w.info(QStringLiteral("alpha")).isLoaded(); }) &&
               w.window->selectPlugin(QStringLiteral("alpha"));
    }

    QTemporaryDir m_root;
};

void TestActivityRuns::runsInFlightAreListedAndCancelledThere()
{
    uitest::Window w(m_root.path(), QStringLiteral("inflight"));
    QVERIFY(start(w));
    RunRecorder runs(w.manager->activity());
    w.details()->showTab(PluginDetailsPanel::Tab::Activity);
    RunList *list = w.activityView()->runList();
    QCOMPARE(list->topLevelItemCount(), 0);

    // The slow run and a quick one queued behind it are both listed, on top, with Cancel.
    QVERIFY(w.manager->runAction(QStringLiteral("alpha"), QStringLiteral("slow"), {}));
    QVERIFY(w.manager->runAction(QStringLiteral("alpha"), QStringLiteral("quick"), {}));
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *slow = list->topLevelItem(0);
    QTreeWidgetItem *queued = list->topLevelItem(1);
    QCOMPARE(slow->text(RunList::Action), QStringLiteral("Import channels"));
    QCOMPARE(queued->text(RunList::Action), QStringLiteral("Quick check"));
    QCOMPARE(queued->text(RunList::Outcome), QStringLiteral("Queued"));
    QTRY_VERIFY(slow->text(RunList::Outcome).startsWith(QStringLiteral("Running")));
    QVERIFY(list->cancelButtonAt(slow) && list->cancelButtonAt(queued));
    auto *bar = qobject_cast<QProgressBar *>(list->itemWidget(slow, RunList::Outcome));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible() && bar->value() > 0);
    QVERIFY(bar->text().endsWith(QLatin1Char('%')));
    QVERIFY(slow->text(RunList::Outcome).startsWith(QStringLiteral("Running ")));
    // Cancel is in sight without scrolling sideways, in the panel as the window lays it out.
    QAbstractButton *cancel = list->cancelButtonAt(slow);
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->width() >= cancel->sizeHint().width()); // not squeezed to "Can"
    const QRect shown(cancel->mapTo(list->viewport(), QPoint()), cancel->size());
    uitest::snapshot(w.window.get(), QStringLiteral("activity-cancel-visible"));
    QVERIFY2(list->viewport()->rect().contains(shown),
             qPrintable(QStringLiteral("Cancel at %1,%2 in a %3 px wide list")
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(list->viewport()->width())));

    // Selecting it shows how far it got and how to stop it, and follows its progress.
    list->setCurrentItem(slow);
    QTRY_VERIFY(
        w.activityView()->resultText().contains(QStringLiteral("Import channels is running")));
    QVERIFY(w.activityView()->resultText().contains(QStringLiteral("step ")));
    const QString first = w.activityView()->resultText();
    QTRY_VERIFY(w.activityView()->resultText() != first);
    uitest::snapshot(w.window.get(), QStringLiteral("activity-running"));

    // The queued one is cancelled with the keyboard (Delete on its row): it never runs.
    list->setFocus();
    list->setCurrentItem(queued);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(runs.waitFinished(1));
    QCOMPARE(runs.finished.first().action, QStringLiteral("quick"));
    QCOMPARE(runs.finished.first().outcome, JobResult::Outcome::Cancelled);

    // The running one is cancelled with the Cancel button on its row. Its row stays selected
    // and becomes the finished run, which says what happened.
    list->setCurrentItem(slow);
    QTest::mouseClick(list->cancelButtonAt(slow), Qt::LeftButton);
    QVERIFY(runs.waitFinished(2));
    QCOMPARE(runs.finished.last().outcome, JobResult::Outcome::Cancelled);
    QTRY_COMPARE(list->currentItem()->text(RunList::Outcome), QStringLiteral("Cancelled"));
    QCOMPARE(list->currentItem()->text(RunList::Action), QStringLiteral("Import channels"));
    QVERIFY(!list->cancelButtonAt(list->currentItem()));
    const QString what = w.activityView()->resultText();
    QVERIFY2(what.contains(QStringLiteral("Import channels was cancelled before it finished.")),
             qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("Started ")), qPrintable(what));
    QVERIFY2(what.contains(runs.finished.last().message), qPrintable(what));
    QVERIFY2(what.contains(QStringLiteral("slow began")), qPrintable(what)); // its log
    QCOMPARE(list->topLevelItemCount(), 2);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QCOMPARE(list->topLevelItem(i)->text(RunList::Outcome), QStringLiteral("Cancelled"));
    uitest::snapshot(w.window.get(), QStringLiteral("activity-cancelled"));
}

void TestActivityRuns::showSelectsItsOwnRun()
{
    uitest::Window w(m_root.path(), QStringLiteral("show"));
    QVERIFY(start(w));
    RunRecorder runs(w.manager->activity());
    // Three runs of one action: neighbours that look alike but for their message.
    for (int n = 1; n <= 3; ++n) {
        QVERIFY(w.manager->runAction(QStringLiteral("alpha"), QStringLiteral("quick"), {{"n", n}}));
        QVERIFY(runs.waitFinished(n));
    }
    QTRY_VERIFY(toastWith(w, QStringLiteral("quick 1")));
    Toast *firstToast = toastWith(w, QStringLiteral("quick 1"));
    QVERIFY(firstToast);

    // From another plugin, the first run's Show brings Alpha's Activity with that run.
    QVERIFY(w.window->selectPlugin(QStringLiteral("beta")));
    clickShow(firstToast);
    QTRY_COMPARE(w.details()->shownKey(), QStringLiteral("alpha"));
    QCOMPARE(w.detailsTabs()->currentIndex(), int(PluginDetailsPanel::Tab::Activity));
    RunList *list = w.activityView()->runList();
    QTRY_VERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(RunList::Message), QStringLiteral("quick 1"));
    QVERIFY(w.activityView()->resultText().contains(QStringLiteral("quick 1")));
    QVERIFY(w.activityView()->resultText().contains(QStringLiteral("quick ran")));

    // While Alpha is shown, the second run's Show moves the selection to that run.
    Toast *second = toastWith(w, QStringLiteral("quick 2"));
    QVERIFY(second);
    clickShow(second);
    QTRY_COMPARE(list->currentItem()->text(RunList::Message), QStringLiteral("quick 2"));
    QCOMPARE(list->indexOfTopLevelItem(list->currentItem()), 1);
}

void TestActivityRuns::columnsStayReadableAsRowsArrive()
{
    uitest::Window w(m_root.path(), QStringLiteral("columns"));
    QVERIFY(start(w));
    w.window->resize(1600, 1000); // a narrow panel elides action names (tooltips have them)
    RunRecorder runs(w.manager->activity());
    w.details()->showTab(PluginDetailsPanel::Tab::Activity);
    RunList *list = w.activityView()->runList();
    QCOMPARE(list->topLevelItemCount(), 0); // the widths were set on an empty list

    QVERIFY(w.manager->runAction(QStringLiteral("alpha"), QStringLiteral("slow"), {}));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QTRY_VERIFY(
        list->topLevelItem(0)->text(RunList::Outcome).startsWith(QStringLiteral("Running")));
    QVERIFY(w.manager->activity()->jobs().size() == 1);
    QVERIFY(w.manager->activity()->jobs().first()->cancel());
    QVERIFY(runs.waitFinished(1));
    QVERIFY(w.manager->runAction(QStringLiteral("alpha"), QStringLiteral("quick"), {}));
    QVERIFY(runs.waitFinished(2));
    QTRY_COMPARE(list->topLevelItemCount(), 2);

    // Every cell's text fits its column: nothing is elided as rows arrive.
    const QFontMetrics fm = list->fontMetrics();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        for (int column : {RunList::When, RunList::Action, RunList::Outcome, RunList::Duration}) {
            const int needed = fm.horizontalAdvance(item->text(column));
            QVERIFY2(list->columnWidth(column) > needed,
                     qPrintable(QStringLiteral("column %1 is %2 px for \"%3\" (%4 px)")
                                    .arg(column)
                                    .arg(list->columnWidth(column))
                                    .arg(item->text(column))
                                    .arg(needed)));
        }
    }
    // The message column starts inside the list (it has the rest of the width).
    QVERIFY(list->header()->sectionPosition(RunList::Message) < list->viewport()->width() - 80);
}

QTEST_MAIN(TestActivityRuns)
#include "tst_activityruns.moc"
