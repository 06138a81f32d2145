// The Find Plugins page, offscreen, against real repositories in a local folder (file://)
// signed with a key the real gpg makes and checked by the real gpgv: the online-access gate,
// the list after a refresh, search, Install through the confirmation, and a repository whose
// signature no longer verifies.
#include "common/gnupghome.h"
#include "dialogs/installconfirmdialog.h"
#include "dialogs/managerepositoriesdialog.h"
#include "manager/pluginrepositories.h"
#include "repos/repositories.h"
#include "toasts/toast.h"
#include "uiharness.h"
#include "window/findpluginspage.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace plugboard;
using fixtures::GnupgHome;

namespace {

struct Plugin {
    QByteArray slug;
    QByteArray name;
    QByteArray description;
    bool deprecated = false;
};

} // namespace

class TestFindPlugins : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void gateThenListAfterAllowingAndRefreshing();
    void searchAndRepositoryFilter();
    void installThroughTheConfirmation();
    void badSignatureShowsItsError();
    void manageRepositoriesAddDisableRemove();

private:
    // Starts the window with the page and a repository store of its own; the official
    // repository is switched off (the tests never go to the internet).
    bool start();
    // Writes <dir>/<folder>/manifest.json offering `plugins` (real zips); returns its URL.
    // corrupt: one byte of the manifest changes after signing.
    QString writeRepository(const QString &folder, const QByteArray &registryName,
                            const QList<Plugin> &plugins, bool corrupt = false);
    qint64 addRepository(const QString &url);
    QTreeWidget *list() const { return m_w->part<QTreeWidget>("offeredList"); }
    QStringList shownNames() const;
    bool allowOnline();

    std::unique_ptr<GnupgHome> m_home;
    QString m_fingerprint;
    QByteArray m_key;
    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<uitest::Window> m_w;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<PluginRepositories> m_facade;
    int m_run = 0;
};

void TestFindPlugins::initTestCase()
{
    uitest::isolateEnvironment(m_root.path());
    m_home = std::make_unique<GnupgHome>();
    QString error;
    m_fingerprint = m_home->generate(QStringLiteral("Find Repo <find@example.org>"),
                                     QStringLiteral("ed25519"), &error);
    QVERIFY2(error.isEmpty() && m_fingerprint.size() == 40, qPrintable(error));
    m_key =
        m_home->gpg({QStringLiteral("--armor"), QStringLiteral("--export"), m_fingerprint}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFindPlugins::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestFindPlugins::cleanup()
{
    m_facade.reset();
    m_repos.reset();
    m_w.reset();
    m_dir.reset();
}

bool TestFindPlugins::start()
{
    m_w = std::make_unique<uitest::Window>(m_dir->path(), QStringLiteral("run%1").arg(++m_run));
    if (!m_w->start())
        return false;
    m_repos = std::make_unique<Repositories>(m_w->manager->paths().databasePath());
    m_facade = std::make_unique<PluginRepositories>(m_w->manager.get(), m_repos.get());
    const Result<QList<RepositoryRow>> rows = m_facade->repositories();
    if (!rows)
        return false;
    for (const RepositoryRow &row : rows.value()) {
        if (row.official && !m_facade->setEnabled(row.id, false))
            return false;
    }
    m_w->window->setRepositories(m_facade.get());
    return true;
}

QString TestFindPlugins::writeRepository(const QString &folder, const QByteArray &registryName,
                                         const QList<Plugin> &plugins, bool corrupt)
{
    const QString base = m_dir->filePath(folder);
    QDir().mkpath(base + "/zips");
    QByteArray entries;
    for (const Plugin &p : plugins) {
        const QString zip = base + "/zips/" + p.slug + ".zip";
        fixtures::makeZip(zip, {{p.slug + "-main/plugin.py", "class Plugin:\n    pass\n"},
                                {p.slug + "-main/plugin.json",
                                 fixtures::manifest(QString::fromUtf8(p.name), "1.2.0")}});
        QFile file(zip);
        file.open(QIODevice::ReadOnly);
        const QByteArray sha =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        if (!entries.isEmpty())
            entries += ',';
        entries += "{\"slug\":\"" + p.slug + "\",\"name\":\"" + p.name + "\",\"description\":\"" +
                   p.description +
                   "\",\"author\":\"Ada Publisher\",\"license\":\"MIT\",\"deprecated\":" +
                   (p.deprecated ? "true" : "false") +
                   ",\"latest_version\":\"1.2.0\",\"latest_url\":\"zips/" + p.slug +
                   ".zip\",\"latest_sha256\":\"" + sha + "\"}";
    }
    QByteArray inner = "{\"registry_name\":\"" + registryName + "\",\"root_url\":\"" +
                       QUrl::fromLocalFile(base).toEncoded() + "\",\"plugins\":[" + entries + "]}";
    QString error;
    QByteArray signature = m_home->sign(m_fingerprint, inner + "\n", &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    signature.replace("\n", "\\n");
    if (corrupt)
        inner.replace("Ada Publisher", "Ada Publishe!");
    fixtures::writeFile(base + "/manifest.json", "{\"generated_at\":\"now\",\"manifest\":" + inner +
                                                     ",\"signature\":\"" + signature + "\"}");
    return QUrl::fromLocalFile(base + "/manifest.json").toString();
}

qint64 TestFindPlugins::addRepository(const QString &url)
{
    RepositoryRowJob *job = m_facade->add(url, m_key);
    job->setAutoDelete(false);
    const bool ok = job->exec();
    if (!ok)
        qWarning("add failed: %s", qPrintable(job->error().message));
    const qint64 id = ok ? job->result().id : 0;
    delete job;
    return id;
}

QStringList TestFindPlugins::shownNames() const
{
    QStringList names;
    for (int i = 0; i < list()->topLevelItemCount(); ++i) {
        if (!list()->topLevelItem(i)->isHidden())
            names << list()->topLevelItem(i)->text(0);
    }
    return names;
}

bool TestFindPlugins::allowOnline()
{
    m_w->window->showPage(ui::MainWindow::Page::FindPlugins);
    auto *allow = m_w->part<QPushButton>("allowOnline");
    if (!uitest::waitFor([&] { return allow->isVisible(); }))
        return false;
    QTest::mouseClick(allow, Qt::LeftButton);
    auto *gate = m_w->part<QWidget>("onlineGate");
    return uitest::waitFor([&] { return !m_facade->isRefreshing() && !gate->isVisible(); });
}

void TestFindPlugins::gateThenListAfterAllowingAndRefreshing()
{
    QVERIFY(start());
    const QString url =
        writeRepository("repo", "Find Repo", {{"alpha", "Alpha", "Counts the channels."}});
    QVERIFY(addRepository(url) > 0);
    // The repository now offers a second plugin; only a refresh can tell.
    QTest::qWait(1100); // a newer signature needs a later second
    writeRepository("repo", "Find Repo",
                    {{"alpha", "Alpha", "Counts the channels."},
                     {"beta", "Beta", "Renames the streams.", true}});

    QCOMPARE(m_w->window->currentPage(), ui::MainWindow::Page::Installed);
    QTest::keyClick(m_w->window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_w->window->currentPage(), ui::MainWindow::Page::FindPlugins);
    // Nothing was allowed: the page says so, and no list shows.
    auto *gate = m_w->part<QWidget>("onlineGate");
    QVERIFY(uitest::waitFor([&] { return gate->isVisible(); }));
    QVERIFY(!list()->isVisible());
    QVERIFY(!m_facade->onlineAccessAllowed());
    if (const QString shot = qEnvironmentVariable("PLUGBOARD_GATE_SHOT"); !shot.isEmpty())
        QVERIFY(m_w->window->grab().save(shot));

    QVERIFY(allowOnline());
    QVERIFY(m_facade->onlineAccessAllowed());
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItemCount() == 2; }));
    QCOMPARE(shownNames(),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta (deprecated)")}));
    QCOMPARE(list()->topLevelItem(0)->text(4), QStringLiteral("verified"));
    QCOMPARE(list()->topLevelItem(0)->text(5), QStringLiteral("Install"));
    QCOMPARE(list()->topLevelItem(0)->text(3), QStringLiteral("Find Repo"));
    QVERIFY(!m_w->part<QLabel>("repoProblems")->isVisible());

    QTest::keyClick(m_w->window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_w->window->currentPage(), ui::MainWindow::Page::Installed);
    QVERIFY(m_w->part<QWidget>("pluginsPage")->isVisible());
    QVERIFY(!m_w->part<QWidget>("findPluginsPage")->isVisible());
}

void TestFindPlugins::searchAndRepositoryFilter()
{
    QVERIFY(start());
    QVERIFY(addRepository(writeRepository("one", "First Repo",
                                          {{"alpha", "Alpha", "Counts the channels."},
                                           {"beta", "Beta", "Renames the streams."}})) > 0);
    const qint64 second =
        addRepository(writeRepository("two", "Second Repo", {{"gamma", "Gamma", "Finds logos."}}));
    QVERIFY(second > 0);
    QVERIFY(allowOnline());
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItemCount() == 3; }));

    auto *search = m_w->part<QLineEdit>("findSearch");
    QTest::keyClicks(search, "stream");
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Beta")});
    QVERIFY(m_w->part<QLabel>("offeredCount")->text().contains("1 of 3"));
    search->clear();
    QCOMPARE(shownNames().size(), 3);

    auto *repo = m_w->part<QComboBox>("repoFilter");
    const int index = repo->findText(QStringLiteral("Second Repo"));
    QVERIFY(index > 0);
    repo->setCurrentIndex(index);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Gamma")});

    // Nothing matches: the page says what to do instead of showing an empty list.
    QTest::keyClicks(search, "channels");
    QVERIFY(shownNames().isEmpty());
    auto *empty = m_w->part<QLabel>("findEmptyText");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains("Clear the search"));
}

void TestFindPlugins::installThroughTheConfirmation()
{
    QVERIFY(start());
    QVERIFY(
        addRepository(writeRepository("repo", "Find Repo",
                                      {{"alpha", "Alpha",
                                        "Counts the channels of every playlist and says which ones "
                                        "lost their logos."},
                                       {"beta", "Beta", "Renames the streams.", true},
                                       {"gamma", "Gamma", "Finds logos."}})) > 0);
    QVERIFY(allowOnline());
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItemCount() == 3; }));
    auto *w = m_w->window.get();
    auto *page = w->findPluginsPage();
    QVERIFY(page->selectPlugin(QStringLiteral("alpha")));
    QVERIFY(m_w->part<QLabel>("offeredDescription")->text().contains("lost their logos"));
    uitest::snapshot(w, QStringLiteral("find-plugins"));
    if (const QString shot = qEnvironmentVariable("PLUGBOARD_FIND_SHOT"); !shot.isEmpty())
        QVERIFY(w->grab().save(shot));

    auto *install = m_w->part<QPushButton>("installButton");
    QVERIFY(install->isEnabled());
    QTest::mouseClick(install, Qt::LeftButton);
    auto *dialog = uitest::findDialog<ui::InstallConfirmDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->informativeText().contains("Ada Publisher"));
    QVERIFY(dialog->informativeText().contains("your user's rights"));
    QVERIFY(dialog->warnings().isEmpty()); // signed, not deprecated, not installed
    QVERIFY(!m_w->manager->plugin(QStringLiteral("alpha")));
    dialog->installButton()->click();

    QVERIFY(uitest::waitFor(
        [&] { return m_w->manager->plugin(QStringLiteral("alpha")).has_value(); }, 20000));
    const auto alpha = m_w->manager->plugin(QStringLiteral("alpha"));
    QVERIFY(!alpha->enabled());
    QVERIFY(QFileInfo(m_w->pluginsDir + "/alpha/plugin.py").isFile());
    QVERIFY(uitest::waitFor([&] {
        const auto toast = m_w->lastToast();
        return toast && toast->title() == QStringLiteral("Alpha installed");
    }));
    // The list follows: alpha is installed now.
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItem(0)->text(5) == "Installed"; }));
    QVERIFY(!m_w->part<QWidget>("installProgressRow")->isVisible());

    // The deprecated one warns before anything happens; Cancel installs nothing.
    QVERIFY(page->selectPlugin(QStringLiteral("beta")));
    QTest::mouseClick(install, Qt::LeftButton);
    auto *warned = uitest::findDialog<ui::InstallConfirmDialog>();
    QVERIFY(warned);
    QCOMPARE(warned->warnings().size(), 1);
    QVERIFY(warned->warnings().first().contains("deprecated"));
    QVERIFY(warned->request().acceptDeprecated);
    warned->cancelButton()->click();
    QTest::qWait(200);
    QVERIFY(!m_w->manager->plugin(QStringLiteral("beta")));

    // It is on the installed page, switched off.
    w->showPage(ui::MainWindow::Page::Installed);
    QVERIFY(uitest::waitFor([&] { return m_w->proxy()->rowCount() == 1; }));
}

void TestFindPlugins::badSignatureShowsItsError()
{
    QVERIFY(start());
    const QString url = writeRepository("bad", "Bad Repo", {{"alpha", "Alpha", "Counts."}});
    QVERIFY(addRepository(url) > 0);
    QTest::qWait(1100);
    writeRepository("bad", "Bad Repo", {{"alpha", "Alpha", "Counts."}}, /*corrupt=*/true);
    QVERIFY(allowOnline());
    auto *problems = m_w->part<QLabel>("repoProblems");
    QVERIFY(uitest::waitFor([&] { return problems->isVisible(); }));
    QVERIFY2(problems->text().startsWith("Bad Repo: "), qPrintable(problems->text()));
    QVERIFY(problems->text().size() > QStringLiteral("Bad Repo: ").size() + 10);
    // The last good manifest stays in use.
    QVERIFY(
        uitest::waitFor([&] { return list()->topLevelItemCount() == 1 && list()->isVisible(); }));
}

void TestFindPlugins::manageRepositoriesAddDisableRemove()
{
    QVERIFY(start());
    QVERIFY(allowOnline());
    auto *empty = m_w->part<QLabel>("findEmptyText");
    QVERIFY(uitest::waitFor(
        [&] { return empty->isVisible() && empty->text().contains("No enabled repository"); }));

    QTest::mouseClick(m_w->part<QPushButton>("manageRepositoriesButton"), Qt::LeftButton);
    auto *dialog = uitest::findDialog<ui::ManageRepositoriesDialog>();
    QVERIFY(dialog);
    auto *repos = dialog->findChild<QTreeWidget *>("repositoryList");
    QCOMPARE(repos->topLevelItemCount(), 1); // the official one, switched off by start()
    QCOMPARE(repos->topLevelItem(0)->text(3), QStringLiteral("disabled"));
    repos->setCurrentItem(repos->topLevelItem(0));
    QVERIFY(!dialog->findChild<QPushButton *>("removeRepository")->isEnabled());

    // A signed repository whose key is not given: refused, nothing added.
    const QString url = writeRepository("managed", "Managed Repo", {{"alpha", "Alpha", "Counts."}});
    auto *address = dialog->findChild<QLineEdit *>("repositoryUrl");
    address->setText(url);
    const QString keyFile = m_dir->filePath("other.pub");
    QVERIFY(fixtures::writeFile(keyFile, "not a key"));
    QVERIFY(dialog->setKeyFile(keyFile));
    auto *status = dialog->findChild<QLabel *>("manageStatus");
    QTest::mouseClick(dialog->findChild<QPushButton *>("addRepository"), Qt::LeftButton);
    QVERIFY(uitest::waitFor([&] { return status->text().startsWith("Not added"); }, 20000));
    QCOMPARE(repos->topLevelItemCount(), 1);

    // With its key: added, listed, and its plugin offered on the page.
    QVERIFY(fixtures::writeFile(keyFile, m_key));
    QVERIFY(dialog->setKeyFile(keyFile));
    address->setText(url);
    QTest::mouseClick(dialog->findChild<QPushButton *>("addRepository"), Qt::LeftButton);
    QVERIFY2(
        uitest::waitFor([&] { return status->text().startsWith("Added Managed Repo"); }, 20000),
        qPrintable(status->text()));
    QCOMPARE(repos->topLevelItemCount(), 2);
    QCOMPARE(repos->topLevelItem(1)->text(1), QStringLiteral("verified"));
    QCOMPARE(repos->topLevelItem(1)->text(2), QStringLiteral("1"));
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItemCount() == 1; }));

    if (const QString shot = qEnvironmentVariable("PLUGBOARD_MANAGE_SHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));

    // Disabled: no longer offered.
    repos->setCurrentItem(repos->topLevelItem(1));
    QTest::mouseClick(dialog->findChild<QPushButton *>("toggleRepository"), Qt::LeftButton);
    QCOMPARE(repos->topLevelItem(1)->text(3), QStringLiteral("disabled"));
    QVERIFY(uitest::waitFor([&] { return list()->topLevelItemCount() == 0; }));

    // Removed.
    repos->setCurrentItem(repos->topLevelItem(1));
    QVERIFY(dialog->findChild<QPushButton *>("removeRepository")->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>("removeRepository"), Qt::LeftButton);
    QCOMPARE(repos->topLevelItemCount(), 1);
    QVERIFY(status->text().startsWith("Removed Managed Repo"));
    dialog->reject();
}

QTEST_MAIN(TestFindPlugins)
#include "tst_findplugins.moc"
