// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "window/pluginspage.h"
#include "window/updatesbar.h"

#include <QCryptographicHash>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace plugboard;
using fixtures::GnupgHome;

namespace {

struct Plugin {
    QByteArray slug;
    QByteArray name;
    QByteArray description;
    bool deprecated = false;
    QByteArray version = "1.2.0";
    // Older versions: the plugin then has a signed manifest of its own listing every version,
    // with maintainers and a project page.
    QList<QByteArray> older = {};
    bool icon = false; // a 64×64 red PNG as its icon
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
    void updateAllFromTheInstalledPage();
    void backgroundRefreshToastsNewUpdates();
    void detailsListEveryVersionAndInstallOne();
    void iconsArriveAndAreCachedOnDisk();

private:
    // Starts the window with the page and a repository store of its own; the official
    // repository is switched off (the tests never go to the internet).
    bool start();
    // Writes <dir>/<folder>/manifest.json offering `plugins` (real zips); returns its URL.
    // corrupt: one byte of the manifest changes after signing.
    QString writeRepository(const QString &folder, const QByteArray &registryName,
                            const QList<Plugin> &plugins, bool corrupt = false);
    qint64 addRepository(const QString &url);
    QTreeView *list() const { return m_w->part<QTreeView>("offeredList"); }
    int listed() const { return list()->model()->rowCount(); }
    QString cell(int row, int column) const
    {
        return list()->model()->index(row, column).data().toString();
    }
    QStringList shownNames() const;
    bool allowOnline();
    // Installs `slug` from repository `id` through the facade and waits for the job.
    bool install(qint64 id, const QString &slug);

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
    const auto zipOf = [&](const Plugin &p, const QByteArray &version, const QString &zip) {
        fixtures::makeZip(zip, {{p.slug + "-main/plugin.py", "class Plugin:\n    pass\n"},
                                {p.slug + "-main/plugin.json",
                                 fixtures::manifest(QString::fromUtf8(p.name), version,
                                                    {QJsonObject{{"id", "note"},
                                                                 {"label", "Note"},
                                                                 {"type", "string"},
                                                                 {"default", ""}}})}});
        QFile file(zip);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    };
    const auto sign = [&](const QByteArray &inner) {
        QString error;
        QByteArray signature = m_home->sign(m_fingerprint, inner + "\n", &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return signature.replace("\n", "\\n");
    };
    for (const Plugin &p : plugins) {
        const QByteArray sha = zipOf(p, p.version, base + "/zips/" + p.slug + ".zip");
        if (!entries.isEmpty())
            entries += ',';
        QByteArray entry =
            "\"slug\":\"" + p.slug + "\",\"name\":\"" + p.name + "\",\"description\":\"" +
            p.description + "\",\"author\":\"Ada Publisher\",\"license\":\"MIT\",\"deprecated\":" +
            (p.deprecated ? "true" : "false") + ",\"latest_version\":\"" + p.version +
            "\",\"latest_url\":\"zips/" + p.slug + ".zip\",\"latest_sha256\":\"" + sha + "\"";
        if (p.icon) {
            QDir().mkpath(base + "/icons");
            QImage red(64, 64, QImage::Format_RGB32);
            red.fill(Qt::red);
            red.save(base + "/icons/" + p.slug + ".png");
            entry += ",\"icon_url\":\"icons/" + p.slug + ".png\"";
        }
        if (!p.older.isEmpty()) {
            QByteArray versions = "{\"version\":\"" + p.version + "\",\"url\":\"zips/" + p.slug +
                                  ".zip\",\"checksum_sha256\":\"" + sha + "\"}";
            for (const QByteArray &v : p.older) {
                const QString zip = "zips/" + p.slug + "-" + v + ".zip";
                versions += ",{\"version\":\"" + v + "\",\"url\":\"" + zip.toUtf8() +
                            "\",\"checksum_sha256\":\"" + zipOf(p, v, base + "/" + zip) + "\"}";
            }
            entry += ",\"manifest_url\":\"plugins/" + p.slug +
                     ".json\",\"repo_url\":\"https://example.org/" + p.slug + "\"";
            const QByteArray own = "{" + entry +
                                   ",\"maintainers\":[\"Ada Publisher\",\"Bo Keeper\"]"
                                   ",\"versions\":[" +
                                   versions + "]}";
            QDir().mkpath(base + "/plugins");
            fixtures::writeFile(base + "/plugins/" + p.slug + ".json",
                                "{\"manifest\":" + own + ",\"signature\":\"" + sign(own) + "\"}");
        }
        entries += "{" + entry + "}";
    }
    QByteArray inner = "{\"registry_name\":\"" + registryName + "\",\"root_url\":\"" +
                       QUrl::fromLocalFile(base).toEncoded() + "\",\"plugins\":[" + entries + "]}";
    const QByteArray signature = sign(inner);
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
    for (int i = 0; i < listed(); ++i)
        names << cell(i, 0);
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
    QVERIFY(uitest::waitFor([&] { return listed() == 2; }));
    QCOMPARE(shownNames(),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta (deprecated)")}));
    QCOMPARE(cell(0, 4), QStringLiteral("verified"));
    QCOMPARE(cell(0, 5), QStringLiteral("Install"));
    QCOMPARE(cell(0, 3), QStringLiteral("Find Repo"));
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
    QVERIFY(uitest::waitFor([&] { return listed() == 3; }));

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
    QVERIFY(uitest::waitFor([&] { return listed() == 3; }));
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
    // While it is open, the download is checked for what its code needs: nothing here.
    QVERIFY(uitest::waitFor([&] { return dialog->requirementsKnown(); }, 20000));
    QVERIFY(dialog->requirements().isEmpty());
    QVERIFY(dialog->informativeText().contains("needs nothing"));
    QVERIFY(!m_w->manager->plugin(QStringLiteral("alpha"))); // a check installs nothing
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
    QVERIFY(uitest::waitFor([&] { return cell(0, 5) == "Installed"; }));
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
    QVERIFY(uitest::waitFor([&] { return listed() == 1 && list()->isVisible(); }));
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

    // A preview with the wrong key says why it cannot be added, before anything is added.
    dialog->previewNow();
    QVERIFY(uitest::waitFor([&] { return dialog->previewText().startsWith("Cannot be added"); },
                            20000));
    // Text that is not a key is refused as it is pasted.
    QVERIFY(!dialog->setKeyText(QStringLiteral("hello")));
    QVERIFY(status->text().contains("not an armored public key"));

    // With its key pasted: the live preview names it, then Add keeps it, lists it, and its
    // plugin is offered on the page.
    QVERIFY(dialog->setKeyText(QString::fromUtf8(m_key)));
    QCOMPARE(dialog->findChild<QLabel *>("keyName")->text(), QStringLiteral("pasted key"));
    address->setText(url);
    QVERIFY2(uitest::waitFor(
                 [&] {
                     return dialog->previewText() ==
                            "Managed Repo · signature verified · 1 plugin · press Add to keep it.";
                 },
                 20000),
             qPrintable(dialog->previewText()));
    QCOMPARE(repos->topLevelItemCount(), 1); // a preview adds nothing
    uitest::snapshot(dialog, QStringLiteral("manage-repositories-preview"));
    QTest::mouseClick(dialog->findChild<QPushButton *>("addRepository"), Qt::LeftButton);
    QVERIFY2(
        uitest::waitFor([&] { return status->text().startsWith("Added Managed Repo"); }, 20000),
        qPrintable(status->text()));
    QCOMPARE(repos->topLevelItemCount(), 2);
    QCOMPARE(repos->topLevelItem(1)->text(1), QStringLiteral("verified"));
    QVERIFY(uitest::waitFor([&] { return repos->topLevelItem(1)->text(2) == "1"; }));
    QVERIFY(uitest::waitFor([&] { return listed() == 1; }));

    if (const QString shot = qEnvironmentVariable("PLUGBOARD_MANAGE_SHOT"); !shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));

    // Disabled: no longer offered.
    repos->setCurrentItem(repos->topLevelItem(1));
    QTest::mouseClick(dialog->findChild<QPushButton *>("toggleRepository"), Qt::LeftButton);
    QCOMPARE(repos->topLevelItem(1)->text(3), QStringLiteral("disabled"));
    QVERIFY(uitest::waitFor([&] { return listed() == 0; }));

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

bool TestFindPlugins::install(qint64 id, const QString &slug)
{
    RepositoryInstallRequest request;
    request.repoId = id;
    request.slug = slug;
    RepositoryInstallJob *job = m_facade->install(request);
    job->setAutoDelete(false);
    const bool ok = job->exec();
    if (!ok)
        qWarning("install failed: %s", qPrintable(job->error().message));
    delete job;
    return ok;
}

void TestFindPlugins::updateAllFromTheInstalledPage()
{
    QVERIFY(start());
    const qint64 id =
        addRepository(writeRepository("repo", "Find Repo",
                                      {{"alpha", "Alpha", "Counts the channels.", false, "1.0.0"},
                                       {"gamma", "Gamma", "Finds logos.", false, "2.0.0"}}));
    QVERIFY(id > 0);
    QVERIFY(allowOnline());
    QVERIFY(install(id, QStringLiteral("alpha")));
    QVERIFY(install(id, QStringLiteral("gamma")));
    auto *bar = m_w->window->installedPage()->updatesBar();
    QVERIFY(bar);
    QVERIFY(!bar->isVisibleTo(m_w->window.get())); // nothing to update yet

    // The repository publishes alpha 1.1.0; a refresh brings it in.
    QTest::qWait(1100);
    writeRepository("repo", "Find Repo",
                    {{"alpha", "Alpha", "Counts the channels.", false, "1.1.0"},
                     {"gamma", "Gamma", "Finds logos.", false, "2.0.0"}});
    m_facade->refreshAll(false);
    m_w->window->showPage(ui::MainWindow::Page::Installed);
    QVERIFY(uitest::waitFor([&] { return bar->isVisible(); }));
    QVERIFY2(m_w->part<QLabel>("updatesText")->text().startsWith("1 update available"),
             qPrintable(m_w->part<QLabel>("updatesText")->text()));
    auto *model = m_w->model();
    const QModelIndex alpha = model->index(model->rowOf(QStringLiteral("alpha")));
    QCOMPARE(alpha.data(ui::PluginListModel::UpdateVersionRole).toString(),
             QStringLiteral("1.1.0"));
    QCOMPARE(alpha.data(ui::PluginListModel::StatusTextRole).toString(),
             QStringLiteral("Update available: 1.1.0"));
    const QModelIndex gamma = model->index(model->rowOf(QStringLiteral("gamma")));
    QVERIFY(gamma.data(ui::PluginListModel::UpdateVersionRole).toString().isEmpty());
    auto *filter = m_w->part<QComboBox>("filter");
    QCOMPARE(filter->itemText(5), QStringLiteral("Updates (1)"));

    // Show Updates narrows the cards to the one with an update.
    QTest::mouseClick(m_w->part<QPushButton>("showUpdates"), Qt::LeftButton);
    QCOMPARE(filter->currentIndex(), 5);
    QCOMPARE(m_w->proxy()->rowCount(), 1);
    QCOMPARE(m_w->proxy()->index(0, 0).data(ui::PluginListModel::KeyRole).toString(),
             QStringLiteral("alpha"));
    QVERIFY(m_w->window->installedPage()->selectPlugin(QStringLiteral("alpha")));
    QTest::qWait(200); // the card grid lays itself out after the filter changed
    uitest::snapshot(m_w->window.get(), QStringLiteral("installed-updates"));
    if (const QString shot = qEnvironmentVariable("PLUGBOARD_UPDATES_SHOT"); !shot.isEmpty())
        QVERIFY(m_w->window->grab().save(shot));

    // Update All asks first, then updates; the settings stay.
    QVERIFY(m_w->manager->saveSettings(QStringLiteral("alpha"), {{"note", "kept"}}).ok());
    QTest::mouseClick(m_w->part<QPushButton>("updateAll"), Qt::LeftButton);
    auto *confirm = uitest::findDialog<QMessageBox>();
    QVERIFY(confirm);
    QCOMPARE(confirm->objectName(), QStringLiteral("updateAllConfirm"));
    QCOMPARE(confirm->text(), QStringLiteral("Update Alpha?"));
    QVERIFY(confirm->informativeText().contains("Alpha: 1.0.0 → 1.1.0 (Find Repo)"));
    auto *update = confirm->findChild<QAbstractButton *>("confirmUpdateAll");
    QVERIFY(update);
    update->click();
    QVERIFY(uitest::waitFor(
        [&] {
            const auto p = m_w->manager->plugin(QStringLiteral("alpha"));
            return p && p->version() == QStringLiteral("1.1.0");
        },
        20000));
    QVERIFY(uitest::waitFor([&] {
        const auto toast = m_w->lastToast();
        return toast && toast->title() == QStringLiteral("Alpha updated");
    }));
    QVERIFY(uitest::waitFor([&] { return !bar->isVisible(); }));
    QCOMPARE(filter->itemText(5), QStringLiteral("Updates (0)"));
    QCOMPARE(
        m_w->manager->plugin(QStringLiteral("alpha"))->storedSettings().value("note").toString(),
        QStringLiteral("kept"));
    QCOMPARE(m_w->manager->plugin(QStringLiteral("gamma"))->version(), QStringLiteral("2.0.0"));
}

void TestFindPlugins::backgroundRefreshToastsNewUpdates()
{
    QVERIFY(start());
    const qint64 id = addRepository(writeRepository(
        "repo", "Find Repo", {{"alpha", "Alpha", "Counts the channels.", false, "1.0.0"}}));
    QVERIFY(id > 0);
    QVERIFY(m_facade->setOnlineAccessAllowed(true).ok());
    QVERIFY(install(id, QStringLiteral("alpha")));
    QTest::qWait(1100);
    writeRepository("repo", "Find Repo",
                    {{"alpha", "Alpha", "Counts the channels.", false, "1.1.0"}});
    // The user is on the installed page; the timer's round finds the update.
    m_facade->refreshInBackgroundNow();
    QVERIFY(uitest::waitFor([&] {
        const auto toast = m_w->lastToast();
        return toast && toast->title() == QStringLiteral("Updates available");
    }));
    QVERIFY(m_w->lastToast()->message().contains("1 installed plugin"));
    QVERIFY(
        uitest::waitFor([&] { return m_w->window->installedPage()->updatesBar()->isVisible(); }));
}

void TestFindPlugins::detailsListEveryVersionAndInstallOne()
{
    QVERIFY(start());
    QVERIFY(addRepository(writeRepository(
                "repo", "Find Repo",
                {{"alpha",
                  "Alpha",
                  "Counts the channels of every playlist and says which ones lost their logos.",
                  false,
                  "1.2.0",
                  {"1.1.0", "1.0.0"},
                  true},
                 {"beta", "Beta", "Renames the streams.", true},
                 {"gamma", "Gamma", "Finds logos."}})) > 0);
    QVERIFY(allowOnline());
    QVERIFY(uitest::waitFor([&] { return listed() == 3; }));
    auto *page = m_w->window->findPluginsPage();
    QVERIFY(page->selectPlugin(QStringLiteral("alpha")));
    QVERIFY(uitest::waitFor([&] { return page->listedVersions().size() == 3; }));
    QCOMPARE(page->listedVersions(), (QStringList{"1.2.0", "1.1.0", "1.0.0"}));
    auto *links = m_w->part<QLabel>("offeredLinks");
    QVERIFY2(links->text().contains("Maintained by Ada Publisher, Bo Keeper"),
             qPrintable(links->text()));
    QVERIFY(links->text().contains("https://example.org/alpha"));
    QVERIFY(
        uitest::waitFor([&] { return !m_w->part<QLabel>("offeredAvatar")->pixmap().isNull(); }));
    QTest::qWait(300); // the list's icon too
    uitest::snapshot(m_w->window.get(), QStringLiteral("find-plugins-versions"));

    // A plugin without a manifest of its own still shows its latest version, and says why.
    QVERIFY(page->selectPlugin(QStringLiteral("gamma")));
    QVERIFY(uitest::waitFor([&] { return page->listedVersions() == QStringList{"1.2.0"}; }));
    QVERIFY(m_w->part<QLabel>("versionsNote")->text().startsWith("Only the latest version"));

    // Install an older version than the latest.
    QVERIFY(page->selectPlugin(QStringLiteral("alpha")));
    QVERIFY(uitest::waitFor([&] { return page->listedVersions().size() == 3; }));
    QVERIFY(page->installVersion(QStringLiteral("1.1.0")));
    auto *dialog = uitest::findDialog<ui::InstallConfirmDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->request().version, QStringLiteral("1.1.0"));
    QVERIFY(dialog->text().contains("Alpha 1.1.0"));
    dialog->installButton()->click();
    QVERIFY(uitest::waitFor(
        [&] {
            const auto p = m_w->manager->plugin(QStringLiteral("alpha"));
            return p && p->version() == QStringLiteral("1.1.0");
        },
        20000));
    // The list's state button offers the update now; the versions say which one is installed.
    QVERIFY(uitest::waitFor([&] { return cell(0, 5) == QStringLiteral("Update from 1.1.0"); }));
    uitest::snapshot(m_w->window.get(), QStringLiteral("find-plugins-update"));
    QVERIFY(uitest::waitFor([&] {
        const auto *versions = m_w->part<QTreeWidget>("offeredVersions");
        return versions->topLevelItemCount() == 3 &&
               versions->topLevelItem(1)->text(2).contains("installed");
    }));
    auto *versions = m_w->part<QTreeWidget>("offeredVersions");
    versions->setCurrentItem(versions->topLevelItem(2));
    QCOMPARE(m_w->part<QPushButton>("installVersion")->text(), QStringLiteral("Downgrade 1.0.0"));

    // A click on the state button in the list asks to update.
    const QModelIndex state = list()->model()->index(0, 5);
    QRect rect = list()->visualRect(state);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                      rect.topLeft() + QPoint(12, rect.height() / 2));
    auto *update = uitest::findDialog<ui::InstallConfirmDialog>();
    QVERIFY(update);
    QVERIFY2(update->text().startsWith("Update Alpha to 1.2.0 from"), qPrintable(update->text()));
    update->cancelButton()->click();
}

void TestFindPlugins::iconsArriveAndAreCachedOnDisk()
{
    QVERIFY(start());
    QVERIFY(addRepository(writeRepository("repo", "Find Repo",
                                          {{"alpha", "Alpha", "Counts.", false, "1.2.0", {}, true},
                                           {"gamma", "Gamma", "Finds."}})) > 0);
    QVERIFY(allowOnline());
    QVERIFY(uitest::waitFor([&] { return listed() == 2; }));
    const auto decoration = [&](int row) {
        const QVariant d = list()->model()->index(row, 0).data(Qt::DecorationRole);
        return d.canConvert<QIcon>() && d.typeId() == QMetaType::QIcon
                   ? d.value<QIcon>().pixmap(QSize(28, 28))
                   : d.value<QPixmap>();
    };
    // The icon replaces the letter once it arrived; gamma has none and keeps its letter.
    QVERIFY(uitest::waitFor([&] {
        const QPixmap icon = decoration(0);
        return !icon.isNull() &&
               icon.toImage().pixelColor(icon.width() / 2, icon.height() / 2) == QColor(Qt::red);
    }));
    QVERIFY(decoration(1).toImage().pixelColor(2, 2) != QColor(Qt::red));
    const QDir cache(m_w->manager->paths().dataDir + "/cache/icons");
    QCOMPARE(cache.entryList(QDir::Files).size(), 1);
    // The details show it too.
    QVERIFY(m_w->window->findPluginsPage()->selectPlugin(QStringLiteral("alpha")));
    QVERIFY(uitest::waitFor([&] {
        const QPixmap shown = m_w->part<QLabel>("offeredAvatar")->pixmap();
        return !shown.isNull() && shown.toImage().pixelColor(4, 4) == QColor(Qt::red);
    }));
}
