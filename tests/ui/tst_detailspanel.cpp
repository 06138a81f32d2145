// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The details panel keeps its room and gives it up when it has nothing to show: before a plugin
// is chosen the card grid has the whole width.

#include "uiharness.h"

using namespace plugboard;
using namespace plugboard::ui;
using uitest::waitFor;

class TestDetailsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        uitest::isolateEnvironment(m_root.path());
    }

    void theGridHasTheWidthUntilAPluginIsChosen()
    {
        uitest::Window w(m_root.path(), QStringLiteral("width"));
        for (const char *name : {"Alpha", "Beta", "Gamma"})
            fixtures::makePlugin(w.pluginsDir, QString::fromLatin1(name).toLower(),
                                 fixtures::manifest(QString::fromLatin1(name)));
        QVERIFY(w.start());
        QVERIFY(!w.details()->isVisible());
        QVERIFY2(w.cards()->width() > w.window->width() * 0.9,
                 qPrintable(QString::number(w.cards()->width())));
        uitest::snapshot(w.window.get(), QStringLiteral("details-none-chosen"));

        QVERIFY(w.window->selectPlugin(QStringLiteral("beta")));
        QTRY_VERIFY(w.details()->isVisible());
        QTRY_VERIFY(w.cards()->width() < w.window->width() * 0.8);

        // The chosen plugin removed: the card now current is detailed, never the removed one.
        QVERIFY(w.manager->remove(QStringLiteral("beta"), false));
        QTRY_VERIFY(w.details()->shownKey() != QLatin1String("beta"));
        QVERIFY(w.details()->isVisible() ? !w.details()->shownKey().isEmpty()
                                         : w.cards()->width() > w.window->width() * 0.9);
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
