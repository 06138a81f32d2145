// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The confirmation rules of SPEC §7 as a table: the action's own `confirm` (true, false, an
// object with or without `required`, custom title and message) and, when the action declares
// nothing, the plugin's boolean "confirm" field by its effective value.
#include "catalog/confirmation.h"
#include "catalog/plugininfo.h"

#include <QTest>

using namespace plugboard;

class TestConfirmation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
};

void TestConfirmation::rules_data()
{
    QTest::addColumn<int>(
        "confirmKind"); // 0 none, 1 true, 2 false, 3 object, 4 object required:false
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("field"); // 0 no field, 1 field default true, 2 default false,
                                    // 3 default false stored true, 4 default true stored false,
                                    // 5 a "confirm" field that is not boolean (text "yes")
    QTest::addColumn<bool>("asks");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<QString>("expectedMessage");

    const QString defTitle = QStringLiteral("Run Sync now?");
    const QString defMessage = QStringLiteral("You're about to run \"Sync now\" from \"Tapes\".");
    QTest::newRow("nothing declared, no field") << 0 << ""
                                                << "" << 0 << false << ""
                                                << "";
    QTest::newRow("confirm true") << 1 << ""
                                  << "" << 0 << true << defTitle << defMessage;
    QTest::newRow("confirm false beats the field") << 2 << ""
                                                   << "" << 1 << false << ""
                                                   << "";
    QTest::newRow("object, required absent") << 3 << ""
                                             << "" << 0 << true << defTitle << defMessage;
    QTest::newRow("object with title and message") << 3 << "Wipe it?"
                                                   << "Everything goes." << 0 << true << "Wipe it?"
                                                   << "Everything goes.";
    QTest::newRow("object with title only") << 3 << "Wipe it?"
                                            << "" << 0 << true << "Wipe it?" << defMessage;
    QTest::newRow("object required false") << 4 << "T"
                                           << "M" << 1 << false << ""
                                           << "";
    QTest::newRow("field default true") << 0 << ""
                                        << "" << 1 << true << defTitle << defMessage;
    QTest::newRow("field default false") << 0 << ""
                                         << "" << 2 << false << ""
                                         << "";
    QTest::newRow("field stored true") << 0 << ""
                                       << "" << 3 << true << defTitle << defMessage;
    QTest::newRow("field stored false") << 0 << ""
                                        << "" << 4 << false << ""
                                        << "";
    QTest::newRow("field not boolean") << 0 << ""
                                       << "" << 5 << false << ""
                                       << "";
}

void TestConfirmation::rules()
{
    QFETCH(int, confirmKind);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(int, field);
    QFETCH(bool, asks);
    QFETCH(QString, expectedTitle);
    QFETCH(QString, expectedMessage);

    PluginInfo::Data plugin;
    plugin.key = QStringLiteral("tapes");
    plugin.manifest.present = true;
    plugin.manifest.name = QStringLiteral("Tapes");
    ActionSpec action;
    action.id = QStringLiteral("sync");
    action.label = QStringLiteral("Sync now");
    if (confirmKind == 1)
        action.confirm = ConfirmSpec{true, {}, {}};
    else if (confirmKind == 2)
        action.confirm = ConfirmSpec{false, {}, {}};
    else if (confirmKind >= 3)
        action.confirm = ConfirmSpec{confirmKind == 3, title, message};
    plugin.manifest.actions << action;
    if (field > 0) {
        FieldSpec confirm;
        confirm.id = QStringLiteral("confirm");
        confirm.type = field == 5 ? FieldType::String : FieldType::Boolean;
        confirm.defaultValue =
            field == 5 ? QJsonValue("yes") : QJsonValue(field == 1 || field == 4);
        plugin.manifest.fields << confirm;
        if (field == 3)
            plugin.storedSettings.insert(QStringLiteral("confirm"), true);
        if (field == 4)
            plugin.storedSettings.insert(QStringLiteral("confirm"), false);
    }

    const std::optional<Confirmation> c = confirmationFor(PluginInfo(plugin), action);
    QCOMPARE(c.has_value(), asks);
    if (asks) {
        QCOMPARE(c->title, expectedTitle);
        QCOMPARE(c->message, expectedMessage);
    }
}

QTEST_GUILESS_MAIN(TestConfirmation)
#include "tst_confirmation.moc"
