// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plugboard in another language: the German translation compiled into the build, chosen with
// --lang or by the system's locale, in the window (offscreen) and in the real plugboardctl and
// plugboard executables. Expected texts are looked up in the loaded translation, so the suite
// checks that the code shows what the translation says, and that the translation says
// something other than the English source.

#include "uiharness.h"

#include "common/language.h"
#include "manifest/actionspec.h"

#include <QProcess>
#include <QTabBar>

using namespace plugboard;

namespace {

// One command of a real executable: its standard output and error together, and its status.
struct Output {
    QString text;
    int status = -1;
};

Output runProgram(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Output output;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.text =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    output.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return output;
}

// The environment of a user whose system speaks `language` (empty: the suite's English).
QProcessEnvironment environmentFor(const QString &language, const QString &root)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PLUGBOARD_LANG"));
    e.remove(QStringLiteral("LC_ALL"));
    e.remove(QStringLiteral("LC_MESSAGES"));
    e.insert(QStringLiteral("PLUGBOARD_DATA_DIR"), root + QStringLiteral("/data"));
    e.insert(QStringLiteral("DISPATCHARR_PLUGINS_DIR"), root + QStringLiteral("/plugins"));
    if (language.isEmpty()) {
        e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    } else {
        e.insert(QStringLiteral("LANGUAGE"), language);
        e.insert(QStringLiteral("LANG"), language + QStringLiteral(".UTF-8"));
    }
    return e;
}

// A message as the German translation has it; fails the test when it is not translated.
QString german(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
        QDir().mkpath(m_root.path() + QStringLiteral("/plugins"));
    }

    void cleanup() { Language::install(QStringLiteral("en")); }

    void germanIsCompiledIn()
    {
        QCOMPARE(Language::available(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
        const Language::Choice choice = Language::install(QStringLiteral("de"));
        QVERIFY(choice.translated);
        QVERIFY(choice.problem.isEmpty());
        QCOMPARE(choice.locale.language(), QLocale::German);
        QVERIFY(german("plugboard::ui::PluginDetailsPanel", "&Settings") !=
                QLatin1String("&Settings"));
        // Qt's own strings come along (Debian's qt6-translations-l10n, from scripts/setup).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        // The contract's default button label is ours to translate; a plugin's own is not.
        ActionSpec action;
        QCOMPARE(action.shownButtonLabel(),
                 QCoreApplication::translate("Manifest", "Run",
                                             "the default label of an action's button"));
        QVERIFY(action.shownButtonLabel() != QLatin1String("Run"));
        action.buttonLabel = QStringLiteral("Scan now");
        QCOMPARE(action.shownButtonLabel(), QStringLiteral("Scan now"));
        // The processes Plugboard starts speak the same language.
        QCOMPARE(qEnvironmentVariable("PLUGBOARD_LANG"), QStringLiteral("de"));

        // And back: English is the sources' language; its own file holds its plural forms.
        const Language::Choice english = Language::install(QStringLiteral("en"));
        QVERIFY(!english.translated);
        QCOMPARE(german("plugboard::ui::PluginDetailsPanel", "&Settings"),
                 QStringLiteral("&Settings"));
        QCOMPARE(QCoreApplication::translate("plugboard::ui::SkippedFoldersNote",
                                             "%n folder(s) skipped", nullptr, 1),
                 QStringLiteral("1 folder skipped"));
        QCOMPARE(QCoreApplication::translate("plugboard::ui::SkippedFoldersNote",
                                             "%n folder(s) skipped", nullptr, 3),
                 QStringLiteral("3 folders skipped"));
    }

    void unknownLanguagesAreSaidAndLeaveEnglish_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("named");
        QTest::newRow("no translation") << QStringLiteral("fr") << QStringLiteral("French");
        QTest::newRow("not a language") << QStringLiteral("klingon") << QStringLiteral("klingon");
    }
    void unknownLanguagesAreSaidAndLeaveEnglish()
    {
        QFETCH(QString, asked);
        QFETCH(QString, named);
        const Language::Choice choice = Language::install(asked);
        QVERIFY(!choice.translated);
        QVERIFY2(choice.problem.contains(named), qPrintable(choice.problem));
        QVERIFY2(choice.problem.contains(QLatin1String("de")), qPrintable(choice.problem));
        QCOMPARE(german("plugboard::ui::PluginDetailsPanel", "&Settings"),
                 QStringLiteral("&Settings"));
    }

    void langIsReadAheadOfTheParser_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QStringList{QStringLiteral("list")} << QString();
        QTest::newRow("separate") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                                 QStringLiteral("list")}
                                  << QStringLiteral("de");
        QTest::newRow("joined") << QStringList{QStringLiteral("list"), QStringLiteral("--lang=de")}
                                << QStringLiteral("de");
        QTest::newRow("after --") << QStringList{QStringLiteral("run"), QStringLiteral("--"),
                                                 QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QString();
        QTest::newRow("last wins") << QStringList{QStringLiteral("--lang=de"),
                                                  QStringLiteral("--lang"), QStringLiteral("en")}
                                   << QStringLiteral("en");
    }
    void langIsReadAheadOfTheParser()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(Language::requestedIn(arguments), language);
    }

    // The window made after the choice is German throughout: page tabs, details tabs, search.
    void theWindowSpeaksGerman()
    {
        QVERIFY(Language::install(QStringLiteral("de")).translated);
        uitest::Window w(m_root.path(), QStringLiteral("german"));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("Weather"),
                             fixtures::manifest(QStringLiteral("Weather")));
        QVERIFY(w.start());
        const QTabWidget *tabs = w.detailsTabs();
        QCOMPARE(tabs->tabText(0), german("plugboard::ui::PluginDetailsPanel", "&Actions"));
        QCOMPARE(tabs->tabText(1), german("plugboard::ui::PluginDetailsPanel", "&Settings"));
        QCOMPARE(tabs->tabText(2), german("plugboard::ui::PluginDetailsPanel", "Ac&tivity"));
        const QTabBar *pages = w.part<QTabBar>("pageTabs");
        QCOMPARE(pages->tabText(0), german("plugboard::ui::MainWindow", "Installed"));
        // The filter's entries carry their counts: "Alle (1)".
        QVERIFY2(
            w.filter()->itemText(0).startsWith(german("plugboard::ui::PluginFilterProxy", "All")),
            qPrintable(w.filter()->itemText(0)));
        QVERIFY(w.filter()->itemText(4).startsWith(
            german("plugboard::ui::PluginFilterProxy", "Problems")));
        QVERIFY(!w.filter()->itemText(4).startsWith(QLatin1String("Problems")));
        QCOMPARE(w.search()->placeholderText(),
                 german("plugboard::ui::PluginsPage", "Search name, description, author (Ctrl+F)"));
        uitest::snapshot(w.window.get(), QStringLiteral("language-german"));
    }

    void plugboardctlHelpSpeaksTheAskedLanguage()
    {
        QVERIFY(Language::install(QStringLiteral("de")).translated);
        const QString summary = german(
            "plugboardctl", "List the plugins found in the plugins folder, with their state.");
        QVERIFY(summary.startsWith(QLatin1String("List")) == false);
        const QString english = QStringLiteral("List the plugins found in the plugins folder");

        // --lang, on an English system.
        Output out =
            runProgram(QStringLiteral(PLUGBOARDCTL_PATH),
                       {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                       environmentFor({}, m_root.path()));
        QCOMPARE(out.status, 0);
        QVERIFY2(out.text.contains(summary), qPrintable(out.text));
        QVERIFY(!out.text.contains(english));

        // The system's language, with no option.
        out = runProgram(QStringLiteral(PLUGBOARDCTL_PATH), {QStringLiteral("--help")},
                         environmentFor(QStringLiteral("de_DE"), m_root.path()));
        QCOMPARE(out.status, 0);
        QVERIFY2(out.text.contains(summary), qPrintable(out.text));

        // --lang en wins over a German system.
        out = runProgram(QStringLiteral(PLUGBOARDCTL_PATH),
                         {QStringLiteral("--lang=en"), QStringLiteral("--help")},
                         environmentFor(QStringLiteral("de_DE"), m_root.path()));
        QCOMPARE(out.status, 0);
        QVERIFY2(out.text.contains(english), qPrintable(out.text));

        // A command's own messages too, not only the help: an unknown plugin.
        const QString noPlugin =
            german("PluginKey", "No plugin with key \"%1\".").arg(QStringLiteral("nothing_here"));
        QVERIFY(noPlugin != QLatin1String("No plugin with key \"nothing_here\"."));
        out = runProgram(QStringLiteral(PLUGBOARDCTL_PATH),
                         {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("show"),
                          QStringLiteral("nothing_here")},
                         environmentFor({}, m_root.path()));
        QCOMPARE(out.status, 1);
        QVERIFY2(out.text.contains(noPlugin), qPrintable(out.text));

        // An unknown language is said on stderr, and the command still works in English.
        out = runProgram(QStringLiteral(PLUGBOARDCTL_PATH),
                         {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")},
                         environmentFor({}, m_root.path()));
        QCOMPARE(out.status, 0);
        QVERIFY2(out.text.contains(QLatin1String("French")), qPrintable(out.text));
        QVERIFY(out.text.contains(english));
    }

    void theWindowsHelpSpeaksTheAskedLanguage()
    {
        QVERIFY(Language::install(QStringLiteral("de")).translated);
        const QString description =
            german("GuiOptions",
                   "Plugboard: discover, configure and run Dispatcharr-style Python plugins.");
        QVERIFY(!description.contains(QLatin1String("discover")));
        const Output out =
            runProgram(QStringLiteral(PLUGBOARD_PATH),
                       {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                       environmentFor({}, m_root.path()));
        QCOMPARE(out.status, 0);
        QVERIFY2(out.text.contains(description), qPrintable(out.text));
        QVERIFY2(out.text.contains(QLatin1String("--lang <LANG>")), qPrintable(out.text));
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
