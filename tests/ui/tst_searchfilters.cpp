// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The search box and the filter say what is true: the empty-result sentence follows the query
// as it grows, and the Problems filter lists every plugin whose card reports a problem.

#include "uiharness.h"

#include "common/language.h"
#include "window/skippedfoldersnote.h"

#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>

using namespace plugboard;
using namespace plugboard::ui;

class TestSearchFilters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
        Language::install(QStringLiteral("en")); // English plural forms, as the app has them
    }

    // Typing on into an already empty result: the sentence names the whole query, not the
    // part typed when the result first became empty.
    void theNoMatchSentenceFollowsTheQuery()
    {
        uitest::Window w(m_root.path(), QStringLiteral("lag"));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("alpha"),
                             fixtures::manifest(QStringLiteral("Alpha")));
        QVERIFY(w.start());
        QTest::keyClicks(w.search(), QStringLiteral("qz"));
        QCOMPARE(w.currentPage(), w.part<QWidget>("noMatchPage"));
        auto *text = w.part<QLabel>("noMatchText");
        QVERIFY2(text->text().contains(QLatin1String("\"qz\"")), qPrintable(text->text()));
        QTest::keyClicks(w.search(), QStringLiteral("xv"));
        QVERIFY2(text->text().contains(QLatin1String("\"qzxv\"")), qPrintable(text->text()));
        QTest::keyClick(w.search(), Qt::Key_Backspace);
        QVERIFY2(text->text().contains(QLatin1String("\"qzx\"")), qPrintable(text->text()));

        // The same for a filter that leaves nothing, after a search that left nothing.
        w.search()->clear();
        w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Enabled));
        QCOMPARE(w.currentPage(), w.part<QWidget>("noMatchPage"));
        QCOMPARE(text->text(), PluginFilterProxy::nothingText(PluginFilterProxy::Filter::Enabled));
        w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Problems));
        QCOMPARE(text->text(), PluginFilterProxy::nothingText(PluginFilterProxy::Filter::Problems));
    }

    // A manifest with only a warning (an unknown button variant): its card says "Problems in
    // its files", so the Problems filter lists it and counts it.
    void problemsListWhatTheCardsReport()
    {
        uitest::Window w(m_root.path(), QStringLiteral("problems"));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("clean"),
                             fixtures::manifest(QStringLiteral("Clean")));
        const QJsonArray actions{
            QJsonObject{{"id", "go"}, {"label", "Go"}, {"button_variant", "sparkly"}}};
        fixtures::makePlugin(
            w.pluginsDir, QStringLiteral("warned"),
            fixtures::manifest(QStringLiteral("Warned"), QStringLiteral("1.0.0"), {}, actions));
        QVERIFY(w.start());
        const QModelIndex warned = w.indexOf(QStringLiteral("warned"));
        QVERIFY(warned.isValid());
        const QString status = warned.data(PluginListModel::StatusTextRole).toString();
        QVERIFY2(status.startsWith(QLatin1String("Problems in its files")), qPrintable(status));
        QVERIFY(w.indexOf(QStringLiteral("clean"))
                    .data(PluginListModel::StatusTextRole)
                    .toString()
                    .isEmpty());

        w.filter()->setCurrentIndex(int(PluginFilterProxy::Filter::Problems));
        QCOMPARE(w.proxy()->rowCount(), 1);
        QCOMPARE(w.proxy()->index(0, 0).data(PluginListModel::KeyRole).toString(),
                 QStringLiteral("warned"));
        QVERIFY2(w.filter()
                     ->itemText(int(PluginFilterProxy::Filter::Problems))
                     .endsWith(QLatin1String("(1)")),
                 qPrintable(w.filter()->itemText(int(PluginFilterProxy::Filter::Problems))));
    }

    // Folders that hold a plugin.json but no code are not plugins: the count says how many were
    // left out, a click lists them with the reason, and plugboardctl list says the same.
    void skippedFoldersAreCountedAndListed()
    {
        uitest::Window w(m_root.path(), QStringLiteral("skipped"));
        fixtures::makePlugin(w.pluginsDir, QStringLiteral("real"),
                             fixtures::manifest(QStringLiteral("Real")));
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/Only Manifest/plugin.json",
                                    fixtures::manifest(QStringLiteral("Only Manifest"))));
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/docs_only/plugin.json", "{}"));
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/assets/readme.txt", "not a plugin"));
        QVERIFY(w.start());
        QCOMPARE(w.model()->rowCount(), 1);

        auto *note = w.part<SkippedFoldersNote>("skippedFolders");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("2 folders skipped")),
                 qPrintable(note->text()));
        QVERIFY(note->details().contains(QLatin1String("Only Manifest: It has a plugin.json")));
        QVERIFY(note->details().contains(QLatin1String("docs_only")));
        QVERIFY(!note->details().contains(QLatin1String("assets")));

        Q_EMIT note->linkActivated(QStringLiteral("#skipped"));
        auto *box = uitest::findDialog<QMessageBox>();
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("skippedFoldersDetails"));
        QCOMPARE(box->informativeText(), note->details());
        box->close();

        // Adding the code makes it a plugin; the note follows the next scan.
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/docs_only/plugin.py",
                                    "class Plugin:\n    pass\n"));
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/Only Manifest/__init__.py",
                                    "class Plugin:\n    pass\n"));
        QSignalSpy rescanned(w.manager.get(), &PluginManager::discoveryFinished);
        w.manager->reload();
        QVERIFY(rescanned.wait(10000));
        QVERIFY(!note->isVisible());
        QCOMPARE(w.model()->rowCount(), 3);

        // plugboardctl list says it too.
        QVERIFY(fixtures::writeFile(w.pluginsDir + "/late/plugin.json", "{}"));
        QProcess ctl;
        ctl.start(QStringLiteral(PLUGBOARDCTL_PATH),
                  {QStringLiteral("--data-dir"), w.dataDir + QStringLiteral("-ctl"),
                   QStringLiteral("--plugins-dir"), w.pluginsDir, QStringLiteral("list")});
        QVERIFY(ctl.waitForFinished(30000));
        const QString out = QString::fromUtf8(ctl.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("1 folder skipped: a plugin.json but no plugin.py or "
                                            "__init__.py (late).")),
                 qPrintable(out));
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestSearchFilters)
#include "tst_searchfilters.moc"
