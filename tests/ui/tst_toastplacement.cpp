// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications that do not cover what you need: after Save the notification leaves Save,
// Cancel and Reset clickable; a run's notification leaves the Run buttons; one that shows while
// a dialog is open stays clear of the dialog; and a notification moves when a control appears
// under it. Tested in the real window at a large and a small size.

#include "common/runrecorder.h"
#include "details/actionrow.h"
#include "details/fieldeditor.h"
#include "uiharness.h"
#include "widgets/actionbutton.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

namespace {

// Where a widget is, in the window's coordinates.
QRect inWindow(const QWidget *widget, const QWidget *window)
{
    return {widget->mapTo(window, QPoint()), widget->size()};
}

QString describe(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestToastPlacement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }

    void saveLeavesItsButtonsClickable_data();
    void saveLeavesItsButtonsClickable();
    void runNotificationsLeaveTheRunButtons();
    void notificationsMoveOffControlsThatAppear();
    void notificationsStayClearOfADialog();

private:
    bool start(uitest::Window &w, const QSize &size)
    {
        QJsonArray fields;
        for (int i = 0; i < 12; ++i)
            fields.append(QJsonObject{{"id", QStringLiteral("f%1").arg(i)}, {"type", "string"}});
        QJsonArray actions;
        for (int i = 0; i < 8; ++i)
            actions.append(QJsonObject{{"id", QStringLiteral("a%1").arg(i)},
                                       {"label", QStringLiteral("Action %1").arg(i)}});
        const QString folder = fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("alpha"),
            QJsonDocument(QJsonObject{{"name", "Alpha"}, {"fields", fields}, {"actions", actions}})
                .toJson());
        for (int i = 0; i < 9; ++i)
            fixtures::makePlugin(w.pluginsDir, QStringLiteral("p%1").arg(i),
                                 fixtures::manifest(QStringLiteral("Plugin %1").arg(i)));
        if (!fixtures::writeFile(
                folder + "/plugin.py",
                "class Plugin:\n"
                "    def run(self, action, params, context):\n"
                "        return {'status': 'ok', 'message': 'done ' + action}\n") ||
            !w.start())
            return false;
        w.window->resize(size);
        if (!w.manager->setEnabled(QStringLiteral("alpha"), true, true))
            return false;
        return waitFor([&] { return w.info(QStringLiteral("alpha")).isLoaded(); }) &&
               w.window->selectPlugin(QStringLiteral("alpha"));
    }

    // Fails the test when the last notification covers any of the widgets.
    static bool clearOf(const uitest::Window &w, const QList<QWidget *> &widgets)
    {
        Toast *toast = w.lastToast();
        if (!toast)
            return false;
        const QRect shown = inWindow(toast, w.window.get());
        for (const QWidget *widget : widgets) {
            const QRect r = inWindow(widget, w.window.get());
            if (widget->isVisible() && shown.intersects(r)) {
                qWarning("the notification at %s covers %s at %s", qPrintable(describe(shown)),
                         qPrintable(widget->objectName() + widget->accessibleName()),
                         qPrintable(describe(r)));
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_root;
};

void TestToastPlacement::saveLeavesItsButtonsClickable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestToastPlacement::saveLeavesItsButtonsClickable()
{
    QFETCH(QSize, size);
    uitest::Window w(m_root.path(), QStringLiteral("save%1").arg(size.width()));
    QVERIFY(start(w, size));
    w.details()->showTab(PluginDetailsPanel::Tab::Settings);
    SettingsForm *form = w.settingsForm();
    QTRY_COMPARE(form->editors().size(), 12);

    // Save twice: the second notification stacks on the first, and both stay clear.
    for (const char *value : {"one", "two"}) {
        auto *field = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("f0"))->editor());
        field->selectAll();
        QTest::keyClicks(field, QString::fromLatin1(value));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(w.lastToast() && w.lastToast()->title() == QStringLiteral("Settings saved"));
        QTest::qWait(20);
        QVERIFY(clearOf(w, {form->saveButton(), form->cancelButton(), form->resetButton()}));
    }
    uitest::snapshot(w.window.get(), QStringLiteral("toast-after-save-%1").arg(size.width()));
    // The buttons it might have covered take a click: Reset asks, and resets.
    QTest::mouseClick(form->resetButton(), Qt::LeftButton);
    auto *ask = uitest::findDialog<QMessageBox>();
    QVERIFY(ask);
    QAbstractButton *reset = nullptr;
    for (QAbstractButton *button : ask->buttons())
        reset = ask->buttonRole(button) == QMessageBox::AcceptRole ? button : reset;
    QVERIFY(reset);
    reset->click();
    QTRY_VERIFY(w.info(QStringLiteral("alpha")).storedSettings().isEmpty());
    QTRY_VERIFY(w.lastToast() && w.lastToast()->title() == QStringLiteral("Settings reset"));
    QTest::qWait(20);
    QVERIFY(clearOf(w, {form->saveButton(), form->cancelButton(), form->resetButton()}));
}

void TestToastPlacement::runNotificationsLeaveTheRunButtons()
{
    uitest::Window w(m_root.path(), QStringLiteral("run"));
    QVERIFY(start(w, QSize(1280, 800)));
    RunRecorder runs(w.manager->activity());
    w.details()->showTab(PluginDetailsPanel::Tab::Actions);
    QList<QWidget *> buttons;
    for (ActionRow *row : w.actionList()->rows())
        buttons << row->runButton();
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(w.actionList()->rows().at(7 - i)->runButton(), Qt::LeftButton);
        QVERIFY(runs.waitFinished(i + 1));
        QTRY_VERIFY(w.lastToast() &&
                    w.lastToast()->message() == QStringLiteral("done a%1").arg(7 - i));
        QVERIFY(clearOf(w, buttons));
    }
    uitest::snapshot(w.window.get(), QStringLiteral("toast-after-runs"));
}

void TestToastPlacement::notificationsMoveOffControlsThatAppear()
{
    uitest::Window w(m_root.path(), QStringLiteral("moves"));
    QVERIFY(start(w, QSize(1280, 800)));
    // Shown on the Activity tab (nothing to click at the bottom right)…
    w.details()->showTab(PluginDetailsPanel::Tab::Activity);
    w.toastArea()->show(Toast::Level::Info, QStringLiteral("Hello"), QStringLiteral("there"));
    // …then the Settings tab brings its Save bar there: the notification moves off it.
    w.details()->showTab(PluginDetailsPanel::Tab::Settings);
    SettingsForm *form = w.settingsForm();
    QVERIFY(waitFor(
        [&] {
            return clearOf(w, {form->saveButton(), form->cancelButton(), form->resetButton()});
        },
        3000));
}

void TestToastPlacement::notificationsStayClearOfADialog()
{
    uitest::Window w(m_root.path(), QStringLiteral("dialog"));
    QVERIFY(start(w, QSize(1280, 800)));
    // A dialog over the window's bottom right, where notifications go first.
    QDialog dialog(w.window.get());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(buttons);
    dialog.resize(420, 200);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QPoint corner = w.window->mapToGlobal(QPoint(w.window->width(), w.window->height()));
    dialog.move(corner -
                QPoint(dialog.frameGeometry().width() + 10, dialog.frameGeometry().height() + 10));
    QTRY_VERIFY(w.window->geometry().contains(dialog.geometry().center()) ||
                w.window->frameGeometry().contains(dialog.geometry().center()));

    Toast *toast =
        w.toastArea()->show(Toast::Level::Success, QStringLiteral("Done"), QStringLiteral("Ok"));
    QTest::qWait(20);
    const QRect toastOnScreen(toast->mapToGlobal(QPoint()), toast->size());
    for (QAbstractButton *button : buttons->buttons()) {
        const QRect buttonOnScreen(button->mapToGlobal(QPoint()), button->size());
        QVERIFY2(!toastOnScreen.intersects(buttonOnScreen),
                 qPrintable(describe(toastOnScreen) + QStringLiteral(" covers ") +
                            describe(buttonOnScreen)));
    }
    QVERIFY(!toastOnScreen.intersects(dialog.frameGeometry()));
}

QTEST_MAIN(TestToastPlacement)
#include "tst_toastplacement.moc"
