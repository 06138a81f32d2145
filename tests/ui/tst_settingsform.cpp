// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings form built from a plugin's fields: the right editor for every type with the
// right value from the effective settings, passwords never shown, save / cancel / reset, and
// invalid values explained at the field. Real PluginManager, real SQLite.
#include "uiharness.h"

#include <QScrollArea>

#include <QScrollBar>

#include "details/fieldeditor.h"
#include "details/plugindetailspanel.h"
#include "details/settingsform.h"
#include "widgets/toggleswitch.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

namespace {

QByteArray everyFieldManifest()
{
    const QJsonArray fields{
        QJsonObject{{"id", "flag"},
                    {"label", "Flag"},
                    {"type", "boolean"},
                    {"default", true},
                    {"help_text", "Turns it on"}},
        QJsonObject{{"id", "count"},
                    {"label", "Count"},
                    {"type", "number"},
                    {"default", 5},
                    {"min", 1},
                    {"max", 100},
                    {"step", 1}},
        QJsonObject{{"id", "ratio"},
                    {"type", "number"},
                    {"default", 0.25},
                    {"step", 0.05},
                    {"min", 0},
                    {"max", 1}},
        QJsonObject{{"id", "name"},
                    {"label", "Name"},
                    {"type", "string"},
                    {"default", "Ada"},
                    {"placeholder", "Your name"}},
        QJsonObject{{"id", "token"},
                    {"label", "API token"},
                    {"type", "string"},
                    {"input_type", "password"},
                    {"placeholder", "paste it here"}},
        QJsonObject{
            {"id", "notes"}, {"label", "Notes"}, {"type", "text"}, {"placeholder", "Anything"}},
        QJsonObject{{"id", "mode"},
                    {"label", "Mode"},
                    {"type", "select"},
                    {"default", "fast"},
                    {"options", QJsonArray{QJsonObject{{"value", "fast"}, {"label", "Fast"}},
                                           QJsonObject{{"value", "safe"}, {"label", "Safe"}}}}},
        QJsonObject{{"id", "level"},
                    {"type", "select"},
                    {"default", 2},
                    {"options", QJsonArray{QJsonObject{{"value", 1}, {"label", "One"}},
                                           QJsonObject{{"value", 2}, {"label", "Two"}}}}},
        QJsonObject{{"id", "about"},
                    {"label", "About this plugin"},
                    {"type", "info"},
                    {"value", "Read me first."}},
    };
    return QJsonDocument(QJsonObject{{"name", "Every field"}, {"fields", fields}}).toJson();
}

} // namespace

class TestSettingsForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFieldTypeGetsItsEditor();
    void valuesComeFromEffectiveSettings();
    void saveWritesOnlyWhatChanged();
    void invalidValueIsExplainedAtTheField();
    void cancelRestoresTheSavedValues();
    void resetGoesBackToDefaults();
    void passwordIsNeverShown();
    void settingsDeclaredInCodeAppearOnceLoaded();
    void typedNumbersLandOnTheStep();
    void aRefusedSaveLeadsToItsFieldsAndClearsOnceFixed();
    void saveStaysInSightOnLongForms();

private:
    SettingsForm *form() const { return m_w->settingsForm(); }
    FieldEditor *editor(const char *id) const { return form()->editorFor(QString::fromLatin1(id)); }
    QJsonObject stored() const { return m_w->info("every").storedSettings(); }

    QTemporaryDir m_root;
    std::unique_ptr<uitest::Window> m_w;
    int m_run = 0;
};

void TestSettingsForm::initTestCase()
{
    QVERIFY(m_root.isValid());
    uitest::isolateEnvironment(m_root.path());
}

void TestSettingsForm::init()
{
    m_w = std::make_unique<uitest::Window>(m_root.path(), QString::number(++m_run));
    fixtures::makePlugin(m_w->pluginsDir, QStringLiteral("every"), everyFieldManifest());
    QVERIFY(m_w->start());
    QVERIFY(m_w->window->selectPlugin(QStringLiteral("every")));
    m_w->details()->showTab(PluginDetailsPanel::Tab::Settings);
}

void TestSettingsForm::cleanup()
{
    m_w.reset();
}

void TestSettingsForm::everyFieldTypeGetsItsEditor()
{
    QCOMPARE(form()->editors().size(), 9);
    QVERIFY(qobject_cast<ToggleSwitch *>(editor("flag")->editor()));
    auto *count = qobject_cast<QDoubleSpinBox *>(editor("count")->editor());
    QVERIFY(count);
    QCOMPARE(count->decimals(), 0);
    QCOMPARE(count->singleStep(), 1.0);
    auto *ratio = qobject_cast<QDoubleSpinBox *>(editor("ratio")->editor());
    QVERIFY(ratio);
    QCOMPARE(ratio->decimals(), 2);
    QCOMPARE(ratio->singleStep(), 0.05);
    auto *name = qobject_cast<QLineEdit *>(editor("name")->editor());
    QVERIFY(name);
    QCOMPARE(name->echoMode(), QLineEdit::Normal);
    QCOMPARE(name->placeholderText(), QStringLiteral("Your name"));
    auto *token = qobject_cast<QLineEdit *>(editor("token")->editor());
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    auto *notes = qobject_cast<QPlainTextEdit *>(editor("notes")->editor());
    QVERIFY(notes);
    QCOMPARE(notes->placeholderText(), QStringLiteral("Anything"));
    auto *mode = qobject_cast<QComboBox *>(editor("mode")->editor());
    QVERIFY(mode);
    QCOMPARE(mode->count(), 2);
    QCOMPARE(mode->itemText(1), QStringLiteral("Safe"));
    QCOMPARE(editor("about")->editor(), nullptr); // info: a heading and text, nothing to edit
    QStringList texts;
    for (QLabel *label : editor("about")->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY(texts.contains(QStringLiteral("About this plugin")));
    QVERIFY(texts.contains(QStringLiteral("Read me first.")));
    // Labels, help text and accessible names.
    QCOMPARE(editor("flag")->editor()->accessibleName(), QStringLiteral("Flag"));
    QCOMPARE(editor("flag")->editor()->accessibleDescription(), QStringLiteral("Turns it on"));
    QCOMPARE(editor("ratio")->editor()->accessibleName(), QStringLiteral("ratio")); // no label
    // Nothing changed yet: Save and Cancel are off.
    QVERIFY(!form()->saveButton()->isEnabled());
    QVERIFY(!form()->cancelButton()->isEnabled());
}

void TestSettingsForm::valuesComeFromEffectiveSettings()
{
    // Defaults first…
    QCOMPARE(editor("flag")->value(), QJsonValue(true));
    QCOMPARE(editor("count")->value(), QJsonValue(5.0));
    QCOMPARE(editor("name")->value(), QJsonValue("Ada"));
    QCOMPARE(editor("mode")->value(), QJsonValue("fast"));
    QCOMPARE(editor("level")->value(), QJsonValue(2)); // a number option stays a number
    // …then stored values override them (written by the core, as another window would).
    QVERIFY(m_w->manager->saveSettings("every", {{"flag", false},
                                                 {"count", 42},
                                                 {"name", "Grace"},
                                                 {"notes", "two\nlines"},
                                                 {"mode", "safe"},
                                                 {"level", 1}}));
    QCOMPARE(editor("flag")->value(), QJsonValue(false));
    QCOMPARE(static_cast<QDoubleSpinBox *>(editor("count")->editor())->value(), 42.0);
    QCOMPARE(static_cast<QLineEdit *>(editor("name")->editor())->text(), QStringLiteral("Grace"));
    QCOMPARE(static_cast<QPlainTextEdit *>(editor("notes")->editor())->toPlainText(),
             QStringLiteral("two\nlines"));
    QCOMPARE(static_cast<QComboBox *>(editor("mode")->editor())->currentText(),
             QStringLiteral("Safe"));
    QCOMPARE(static_cast<QComboBox *>(editor("level")->editor())->currentText(),
             QStringLiteral("One"));
    QVERIFY(!form()->isDirty());
}

void TestSettingsForm::saveWritesOnlyWhatChanged()
{
    auto *name = static_cast<QLineEdit *>(editor("name")->editor());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Linus"));
    QTest::mouseClick(editor("flag")->editor(), Qt::LeftButton);
    static_cast<QComboBox *>(editor("level")->editor())->setCurrentIndex(0);
    QVERIFY(form()->saveButton()->isEnabled());
    QCOMPARE(form()->changes(), (QJsonObject{{"name", "Linus"}, {"flag", false}, {"level", 1}}));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QCOMPARE(stored(), (QJsonObject{{"name", "Linus"}, {"flag", false}, {"level", 1}}));
    QVERIFY(!form()->isDirty());
    QVERIFY(!form()->saveButton()->isEnabled());
    QCOMPARE(m_w->lastToast()->title(), QStringLiteral("Settings saved"));
    // What was saved is what a fresh read of the database says.
    QVERIFY(m_w->manager->reload()->exec());
    QCOMPARE(stored().value("name").toString(), QStringLiteral("Linus"));
}

void TestSettingsForm::invalidValueIsExplainedAtTheField()
{
    auto *count = static_cast<QDoubleSpinBox *>(editor("count")->editor());
    count->setValue(500); // max is 100: the field says so at once…
    QVERIFY(editor("count")->error().contains(QStringLiteral("100")));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    // …and the refused save explains it there too, saving nothing (not even valid fields).
    QVERIFY(!editor("count")->error().isEmpty());
    QVERIFY(stored().isEmpty());
    QVERIFY(form()->isDirty());
    auto *ratio = static_cast<QDoubleSpinBox *>(editor("ratio")->editor());
    count->setValue(10);
    QVERIFY(editor("count")->error().isEmpty());
    ratio->setValue(0.33); // off the 0.05 step grid: the core refuses it
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QVERIFY2(!editor("ratio")->error().isEmpty(), "a step violation is shown at the field");
    QVERIFY(stored().isEmpty());
    ratio->setValue(0.35);
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QCOMPARE(stored(), (QJsonObject{{"count", 10}, {"ratio", 0.35}}));
}

void TestSettingsForm::cancelRestoresTheSavedValues()
{
    auto *name = static_cast<QLineEdit *>(editor("name")->editor());
    name->setText(QStringLiteral("Changed"));
    QVERIFY(form()->cancelButton()->isEnabled());
    QTest::mouseClick(form()->cancelButton(), Qt::LeftButton);
    QCOMPARE(name->text(), QStringLiteral("Ada"));
    QVERIFY(!form()->isDirty());
    QVERIFY(stored().isEmpty());
}

void TestSettingsForm::resetGoesBackToDefaults()
{
    QVERIFY(m_w->manager->saveSettings("every", {{"name", "Grace"}, {"count", 9}}));
    QCOMPARE(editor("name")->value(), QJsonValue("Grace"));
    QVERIFY(form()->resetButton()->isEnabled());
    QTest::mouseClick(form()->resetButton(), Qt::LeftButton);
    QMessageBox *confirm = uitest::findDialog<QMessageBox>();
    QVERIFY(confirm);
    QCOMPARE(confirm->objectName(), QStringLiteral("resetSettingsDialog"));
    QCOMPARE(confirm->textFormat(), Qt::PlainText); // the plugin's name is shown, not rendered
    QAbstractButton *reset = nullptr;
    for (QAbstractButton *b : confirm->buttons()) {
        if (b->text() == QStringLiteral("Reset"))
            reset = b;
    }
    QVERIFY(reset);
    reset->click();
    QVERIFY(waitFor([&] { return stored().isEmpty(); }));
    QCOMPARE(editor("name")->value(), QJsonValue("Ada"));
    QCOMPARE(editor("count")->value(), QJsonValue(5.0));
}

void TestSettingsForm::passwordIsNeverShown()
{
    QVERIFY(m_w->manager->saveSettings("every", {{"token", "s3cret"}}));
    auto *token = static_cast<QLineEdit *>(editor("token")->editor());
    QCOMPARE(token->text(), QString());
    QVERIFY(token->placeholderText().contains(QStringLiteral("Saved")));
    QVERIFY(!editor("token")->isModified());
    // Saving other fields keeps the stored secret.
    static_cast<QLineEdit *>(editor("name")->editor())->setText(QStringLiteral("Ken"));
    QCOMPARE(form()->changes().contains("token"), false);
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QCOMPARE(stored().value("token").toString(), QStringLiteral("s3cret"));
    // Typing a new one replaces it.
    QTest::keyClicks(token, QStringLiteral("n3w"));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QCOMPARE(stored().value("token").toString(), QStringLiteral("n3w"));
    QCOMPARE(token->text(), QString());
}

// A plugin.json without "fields" does not mean no settings: the code may declare them. Until it
// has loaded the tab says so, and once loaded it shows them.
void TestSettingsForm::settingsDeclaredInCodeAppearOnceLoaded()
{
    uitest::Window w(m_root.path(), QStringLiteral("fromcode"));
    const QString folder = fixtures::makePlugin(w.pluginsDir, QStringLiteral("coded"),
                                                fixtures::manifest(QStringLiteral("Coded")));
    QVERIFY(
        fixtures::writeFile(folder + "/plugin.py",
                            "class Plugin:\n"
                            "    fields = [{'id': 'city', 'type': 'string', 'default': 'Oslo'}]\n"
                            "    def run(self, action, params, context):\n"
                            "        return {}\n"));
    QVERIFY(w.start());
    QVERIFY(w.window->selectPlugin(QStringLiteral("coded")));
    w.details()->showTab(PluginDetailsPanel::Tab::Settings);
    auto *empty = w.part<QLabel>("settingsEmptyText");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QLatin1String("once it is enabled")),
             qPrintable(empty->text()));
    QVERIFY(!empty->text().contains(QLatin1String("has no settings")));

    QVERIFY(w.manager->setEnabled(QStringLiteral("coded"), true, true));
    QVERIFY(waitFor([&] { return w.info(QStringLiteral("coded")).isLoaded(); }));
    QVERIFY(
        waitFor([&] { return w.settingsForm()->editorFor(QStringLiteral("city")) != nullptr; }));
    QVERIFY(!empty->isVisible());
}

// Typing 0.537 into a field with a 0.05 step: the box takes two decimals (0.53), and leaving
// the field rounds to the grid (0.55), which saves; before, 0.53 was refused at Save.
void TestSettingsForm::typedNumbersLandOnTheStep()
{
    auto *ratio = static_cast<QDoubleSpinBox *>(editor("ratio")->editor());
    ratio->setFocus();
    ratio->selectAll();
    QTest::keyClicks(ratio, QStringLiteral("0.537"));
    QVERIFY(qAbs(ratio->value() - 0.53) < 1e-9);
    Q_EMIT ratio->editingFinished();
    QVERIFY2(qAbs(ratio->value() - 0.55) < 1e-9, qPrintable(QString::number(ratio->value())));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return stored().value("ratio").toDouble() == 0.55; }));
    QVERIFY(editor("ratio")->error().isEmpty());
}

// After a refused save, the first refused field is in view with the focus; the "not saved"
// message stays while a refused field is unchanged and goes once all have been changed.
void TestSettingsForm::aRefusedSaveLeadsToItsFieldsAndClearsOnceFixed()
{
    auto *count = static_cast<QDoubleSpinBox *>(editor("count")->editor());
    auto *ratio = static_cast<QDoubleSpinBox *>(editor("ratio")->editor());
    count->setValue(150);  // over its max of 100
    ratio->setValue(0.33); // off its 0.05 grid
    m_w->search()->setFocus();
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    auto *message = form()->findChild<QLabel *>(QStringLiteral("settingsMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("2 settings were not saved")),
             qPrintable(message->text()));
    QTRY_VERIFY(count->hasFocus());

    count->setValue(10);
    QVERIFY(message->isVisible()); // the ratio is still refused
    ratio->setValue(0.35);
    QVERIFY(!message->isVisible());
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QVERIFY(waitFor([&] { return stored().value("ratio").toDouble() == 0.35; }));
}

void TestSettingsForm::saveStaysInSightOnLongForms()
{
    // Forty fields in a small window: the fields scroll, Save/Cancel/Reset do not.
    QJsonArray fields;
    for (int i = 0; i < 40; ++i)
        fields.append(QJsonObject{{"id", QStringLiteral("f%1").arg(i)}, {"type", "string"}});
    fixtures::makePlugin(m_w->pluginsDir, QStringLiteral("long"),
                         QJsonDocument(QJsonObject{{"name", "Long"}, {"fields", fields}}).toJson());
    m_w->manager->reload();
    QTRY_VERIFY(m_w->manager->plugin(QStringLiteral("long")).has_value());
    m_w->window->resize(800, 600);
    QVERIFY(m_w->window->selectPlugin(QStringLiteral("long")));
    m_w->details()->showTab(PluginDetailsPanel::Tab::Settings);
    QTRY_COMPARE(form()->editors().size(), 40);

    QScrollBar *scroll = form()->fieldsArea()->verticalScrollBar();
    const auto inSight = [&](QWidget *widget) {
        const QRect shown(widget->mapTo(m_w->window.get(), QPoint()), widget->size());
        return widget->isVisible() && m_w->window->rect().contains(shown) &&
               !widget->visibleRegion().isEmpty();
    };
    QTRY_VERIFY(scroll->maximum() > 0); // the form is longer than the panel
    for (int position : {0, scroll->maximum() / 2, scroll->maximum()}) {
        scroll->setValue(position);
        QTest::qWait(20);
        for (QWidget *button : {static_cast<QWidget *>(form()->saveButton()),
                                static_cast<QWidget *>(form()->cancelButton()),
                                static_cast<QWidget *>(form()->resetButton())})
            QVERIFY2(inSight(button), qPrintable(QString::number(position)));
    }
    // Editing the last field and saving with a click, without scrolling back.
    auto *last = qobject_cast<QLineEdit *>(form()->editorFor(QStringLiteral("f39"))->editor());
    QVERIFY(last);
    form()->fieldsArea()->ensureWidgetVisible(last);
    QTest::keyClicks(last, QStringLiteral("end"));
    QTest::mouseClick(form()->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(m_w->info("long").storedSettings().value("f39").toString(), QStringLiteral("end"));
    uitest::snapshot(m_w->window.get(), QStringLiteral("settings-sticky-bar"));
}

QTEST_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
