// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window after its database was damaged: the state is prepared by the real plugboardctl (a
// setting saved, a backup, a later setting, then the file cut in half), and the window, opening
// it first, restores the backup and says so in a banner: from when, so what was lost, where
// the damaged file is, and what was wrong. Dismiss hides it for good; About says where the
// backups are.
#include "uiharness.h"

#include "dialogs/aboutdialog.h"
#include "window/recoverybanner.h"

#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

using namespace plugboard;
using namespace plugboard::ui;

namespace {

int ctl(const QStringList &args, const uitest::Window &w)
{
    QProcess process;
    process.start(fixtures::plugboardctlPath(),
                  args + QStringList{QStringLiteral("--data-dir"), w.dataDir,
                                     QStringLiteral("--plugins-dir"), w.pluginsDir});
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return -1;
    if (process.exitCode() != 0)
        qWarning().noquote() << process.readAllStandardError();
    return process.exitCode();
}

} // namespace

class TestRecoveryBanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theWindowSaysWhatWasRestored();
    void dismissHidesItForGood();
    void aboutSaysWhereTheBackupsAre();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uitest::Window> m_w;
};

void TestRecoveryBanner::initTestCase()
{
    uitest::isolateEnvironment(m_dir.path());
    m_w = std::make_unique<uitest::Window>(m_dir.path(), QStringLiteral("recovery"));
    const QJsonArray fields{
        QJsonObject{{"id", "count"}, {"type", "number"}, {"label", "Count"}, {"default", 5}}};
    fixtures::makePlugin(
        m_w->pluginsDir, QStringLiteral("alpha"),
        fixtures::manifest(QStringLiteral("Alpha"), QStringLiteral("1.0.0"), fields));
    QCOMPARE(ctl({"settings", "alpha", "--set", "count=3"}, *m_w), 0);
    QCOMPARE(ctl({"db", "backup"}, *m_w), 0);
    QCOMPARE(ctl({"settings", "alpha", "--set", "count=8"}, *m_w), 0);
    QFile db(m_w->dataDir + QStringLiteral("/plugboard.sqlite"));
    QVERIFY(db.resize(db.size() / 2));
    QVERIFY(m_w->start());
}

void TestRecoveryBanner::theWindowSaysWhatWasRestored()
{
    auto *banner = m_w->part<RecoveryBanner>("recoveryBanner");
    QVERIFY(uitest::waitFor([banner] { return banner->isVisible(); }));
    const QString text = banner->text();
    QVERIFY2(text.contains(QStringLiteral("restored the backup of")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("are lost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("plugboard.sqlite.damaged-")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("shorter than its header says")), qPrintable(text));
    // The state is the backup's: 3, not the 8 saved after it.
    const std::optional<PluginInfo> alpha = m_w->manager->plugin(QStringLiteral("alpha"));
    QVERIFY(alpha);
    QCOMPARE(alpha->storedSettings().value(QStringLiteral("count")).toInt(), 3);
    // It sits above everything else and leaves the cards their room.
    QVERIFY(banner->geometry().bottom() <= m_w->cards()->mapTo(m_w->window.get(), QPoint()).y());
    QVERIFY(m_w->cards()->height() > 300);
    uitest::snapshot(m_w->window.get(), QStringLiteral("recovery-banner"));
}

void TestRecoveryBanner::dismissHidesItForGood()
{
    auto *banner = m_w->part<RecoveryBanner>("recoveryBanner");
    auto *dismiss = banner->findChild<QPushButton *>(QStringLiteral("dismissRecovery"));
    QVERIFY(dismiss && dismiss->isVisible());
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_w->manager->databaseRecovery());
    // A rescan does not bring it back.
    ReloadJob *reload = m_w->manager->reload();
    QVERIFY(reload->exec());
    QTest::qWait(50);
    QVERIFY(!banner->isVisible());
}

void TestRecoveryBanner::aboutSaysWhereTheBackupsAre()
{
    AboutDialog *about = m_w->window->showAbout();
    QVERIFY(about);
    QCOMPARE(about->value(AboutDialog::Field::Backups),
             QDir::toNativeSeparators(m_w->dataDir + QStringLiteral("/backups")));
    about->close();
}

QTEST_MAIN(TestRecoveryBanner)
#include "tst_recoverybanner.moc"
