// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Plugin repository benchmark, against a real HTTP server on loopback (Python's http.server in a
// child process, the same one for every side), with a key the real gpg makes:
//
// (a) a repository of 1,000 plugins: fetch its signed root manifest, verify it with gpgv and
//     read it (ManifestFetch, no conditional request), then build the availability view against
//     500 installed plugins. Target ≤ 150 ms. gpgv's share is measured on its own.
// (b) install a 5 MB plugin from the repository (download, SHA-256, inspect, install under the
//     slug: RepositoryInstall through PluginManager) against `curl -s -o` plus `unzip -q` of the
//     same zip from the same server, alternating. Target ≤ 1.5 × the reference.
//
// Usage: bench_repos [--runs N] [--plugins N]
#include "common/gnupghome.h"
#include "install/folderremover.h"
#include "manager/pluginmanager.h"
#include "manager/repositoryinstall.h"
#include "repos/availability.h"
#include "repos/manifestfetch.h"
#include "repos/openpgpkey.h"
#include "repos/repositories.h"
#include "repos/signatureverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace plugboard;

namespace {

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_repos: %s\n", qPrintable(why));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void print(const char *what, const QList<double> &values)
{
    std::printf("  %-52s median %8.1f ms   min %8.1f ms   max %8.1f ms\n", what, median(values),
                *std::min_element(values.cbegin(), values.cend()),
                *std::max_element(values.cbegin(), values.cend()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The signed wrapper around `inner` (QJsonDocument writes sorted ASCII keys: its own canonical
// form).
QByteArray signedFile(const fixtures::GnupgHome &home, const QString &fingerprint,
                      const QJsonObject &inner)
{
    const QByteArray text = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    QString error;
    QByteArray signature = home.sign(fingerprint, text + "\n", &error);
    if (!error.isEmpty())
        die(error);
    signature.replace("\n", "\\n");
    return "{\"generated_at\":\"now\",\"manifest\":" + text + ",\"signature\":\"" + signature +
           "\"}";
}

// Python's http.server on 127.0.0.1, serving `folder`; returns its base URL.
QString startServer(QProcess &server, const QString &folder)
{
    server.setWorkingDirectory(folder);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("/usr/bin/python3"),
                 {"-u", "-m", "http.server", "--bind", "127.0.0.1", "0"});
    if (!server.waitForStarted(10000))
        die(QStringLiteral("python3 -m http.server did not start"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        server.waitForReadyRead(100);
        const QRegularExpressionMatch port = QRegularExpression(QStringLiteral("port (\\d+)"))
                                                 .match(QString::fromUtf8(server.peek(4096)));
        if (port.hasMatch())
            return QStringLiteral("http://127.0.0.1:%1").arg(port.captured(1));
    }
    die(QStringLiteral("http.server did not say its port"));
}

QByteArray pluginZip(const QString &work, qint64 payloadBytes)
{
    QByteArray payload(payloadBytes, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : payload)
        c = char(generator.bounded(256)); // incompressible: the zip is as big as its data
    const QString dir = work + QStringLiteral("/zipsrc/big-plugin");
    writeFile(dir + "/plugin.py", "class Plugin:\n    pass\n");
    writeFile(dir + "/plugin.json", "{\"name\": \"Big\", \"version\": \"1.0.0\"}");
    writeFile(dir + "/assets/data.bin", payload);
    QProcess zip;
    zip.setWorkingDirectory(work + QStringLiteral("/zipsrc"));
    zip.start(QStringLiteral("/usr/bin/python3"),
              {"-c", "import zipfile,os\n"
                     "with zipfile.ZipFile('../big.zip','w',zipfile.ZIP_DEFLATED) as z:\n"
                     "    for root,_,files in os.walk('big-plugin'):\n"
                     "        for f in files: z.write(os.path.join(root,f))\n"});
    if (!zip.waitForFinished(120000) || zip.exitCode() != 0)
        die(QStringLiteral("could not make the zip: ") +
            QString::fromUtf8(zip.readAllStandardError()));
    QFile file(work + QStringLiteral("/big.zip"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({"runs", "runs of each measurement", "N", "15"});
    parser.addOption({"plugins", "plugins in the generated repository", "N", "1000"});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(3, parser.value("runs").toInt());
    const int count = qMax(1, parser.value("plugins").toInt());

    QTemporaryDir work;
    fixtures::GnupgHome home;
    QString error;
    const QString fingerprint = home.generate(QStringLiteral("Bench <bench@example.org>"),
                                              QStringLiteral("ed25519"), &error);
    if (!error.isEmpty())
        die(error);
    const QByteArray key = home.exportKey(fingerprint, &error);
    const QString served = work.filePath(QStringLiteral("served"));
    QDir().mkpath(served + "/zips");

    // The 5 MB plugin, and a repository of `count` plugins whose first is that one.
    const QByteArray zip = pluginZip(work.path(), 5 * 1024 * 1024);
    writeFile(served + "/zips/big-1.0.0.zip", zip);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex());
    QProcess server;
    const QString base = startServer(server, served);
    QJsonArray plugins;
    for (int i = 0; i < count; ++i) {
        const QString slug = i == 0 ? QStringLiteral("big") : QStringLiteral("plugin-%1").arg(i);
        plugins.append(QJsonObject{
            {"slug", slug},
            {"name", QStringLiteral("Plugin number %1").arg(i)},
            {"description", QStringLiteral("Does useful thing number %1 for channels, guides and "
                                           "streams, with settings and actions.")
                                .arg(i)},
            {"author", QStringLiteral("Author %1").arg(i % 37)},
            {"license", "MIT"},
            {"latest_version",
             i == 0 ? QStringLiteral("1.0.0") : QStringLiteral("1.%1.0").arg(i % 9)},
            {"latest_url", i == 0 ? QStringLiteral("zips/big-1.0.0.zip")
                                  : QStringLiteral("zips/%1.zip").arg(slug)},
            {"latest_sha256", i == 0 ? sha : QString(64, QLatin1Char('a'))},
            {"latest_size", i == 0 ? int(zip.size() / 1024 + 1) : 12},
            {"manifest_url", QStringLiteral("zips/%1/manifest.json").arg(slug)},
            {"last_updated", "2026-06-06T20:09:10Z"}});
    }
    const QByteArray root = signedFile(
        home, fingerprint,
        QJsonObject{{"registry_name", "Bench Repo"}, {"root_url", base}, {"plugins", plugins}});
    writeFile(served + "/manifest.json", root);
    std::printf("repository: %d plugins, root manifest %.0f KB, served by python3 http.server on "
                "loopback\n",
                count, root.size() / 1024.0);

    const QString dataDir = work.filePath(QStringLiteral("data"));
    const QString pluginsDir = work.filePath(QStringLiteral("plugins"));
    QDir().mkpath(pluginsDir);
    PluginPaths paths = PluginPaths::resolve(dataDir, pluginsDir);
    if (!paths.prepare())
        die(QStringLiteral("cannot prepare the data folder"));
    Repositories repos(paths.databasePath());
    std::unique_ptr<RepositoryJob> added(repos.add(base + "/manifest.json", key));
    added->setAutoDelete(false);
    if (!added->exec())
        die(added->error().message);
    const StoredRepository repository = added->result();

    // (a) fetch + verify + read, then the availability view.
    QList<InstalledPlugin> installed;
    for (int i = 1; i <= count / 2; ++i)
        installed.append(
            {QStringLiteral("plugin-%1").arg(i),
             QStringLiteral("1.0.0"),
             {QStringLiteral("plugin-%1").arg(i), repository.id, QStringLiteral("plugin-%1").arg(i),
              QStringLiteral("1.0.0"), QStringLiteral("Bench Repo")}});
    const Result<OpenPgpKey> openKey = OpenPgpKey::read(key);
    QList<double> total, fetchCheck, gpgv, view;
    for (int run = 0; run < runs; ++run) {
        FetchSettings settings;
        settings.network = repos.network();
        settings.conditional = false;
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ManifestFetch> fetch(ManifestFetch::start(settings, repository, nullptr));
        fetch->setAutoDelete(false);
        if (!fetch->exec())
            die(fetch->error().message);
        const double fetched = timer.nsecsElapsed() / 1e6;
        StoredRepository now = repository;
        now.manifest = fetch->result().bytes;
        const Availability available = availabilityOf({now}, installed);
        const double all = timer.nsecsElapsed() / 1e6;
        if (available.plugins.size() != count)
            die(QStringLiteral("the view has %1 plugins").arg(available.plugins.size()));
        total << all;
        fetchCheck << fetched;
        view << all - fetched;

        SignatureVerifier verifier(openKey.value(), fingerprint);
        const QList<SignedBytesForm> &forms = fetch->result().checked.read.signedPart.forms;
        QList<SignedPayload> payloads;
        for (const SignedBytesForm &form : forms)
            payloads.append({form.name, form.bytes});
        QElapsedTimer g;
        g.start();
        if (!verifier.verifyAny(payloads,
                                fetch->result().checked.read.signedPart.signature.toUtf8()))
            die(QStringLiteral("gpgv refused"));
        gpgv << g.nsecsElapsed() / 1e6;
    }
    std::printf("\n(a) a repository of %d plugins (%d runs)\n", count, runs);
    print("fetch + verify + read + availability view", total);
    print("  of which fetch + gpgv + read (ManifestFetch)", fetchCheck);
    print("  of which availability view (500 installed)", view);
    print("gpgv alone (one verifyAny, measured apart)", gpgv);
    std::printf("  target <= 150 ms: %s (median %.1f ms; gpgv %.0f %% of it)\n",
                median(total) <= 150 ? "MET" : "NOT MET", median(total),
                100.0 * median(gpgv) / median(total));

    // (b) install 5 MB against curl + unzip.
    QList<double> plugboard, reference;
    for (int run = 0; run < qMax(3, runs / 2); ++run) {
        const bool referenceFirst = run % 2 == 1;
        for (int side = 0; side < 2; ++side) {
            const bool isReference = (side == 0) == referenceFirst;
            QTemporaryDir round;
            if (isReference) {
                QElapsedTimer timer;
                timer.start();
                QProcess curl;
                curl.start(QStringLiteral("curl"), {"-s", "-f", "-o", round.filePath("big.zip"),
                                                    base + "/zips/big-1.0.0.zip"});
                curl.waitForFinished(60000);
                QProcess unzip;
                unzip.start(QStringLiteral("unzip"),
                            {"-q", round.filePath("big.zip"), "-d", round.filePath("out")});
                unzip.waitForFinished(60000);
                if (curl.exitCode() != 0 || unzip.exitCode() != 0)
                    die(QStringLiteral("curl or unzip failed"));
                reference << timer.nsecsElapsed() / 1e6;
                continue;
            }
            QDir().mkpath(round.filePath("plugins"));
            PluginPaths roundPaths =
                PluginPaths::resolve(round.filePath("data"), round.filePath("plugins"));
            if (!roundPaths.prepare())
                die(QStringLiteral("cannot prepare a data folder"));
            PluginManager manager(roundPaths);
            manager.reload()->exec();
            Repositories roundRepos(roundPaths.databasePath());
            std::unique_ptr<RepositoryJob> add(roundRepos.add(base + "/manifest.json", key));
            add->setAutoDelete(false);
            if (!add->exec())
                die(add->error().message);
            RepositoryInstallRequest request;
            request.repoId = add->result().id;
            request.slug = QStringLiteral("big");
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<RepositoryInstallJob> install(
                RepositoryInstall::start(manager, roundRepos, request, nullptr));
            install->setAutoDelete(false);
            if (!install->exec())
                die(install->error().message);
            plugboard << timer.nsecsElapsed() / 1e6;
            FolderRemover::waitForBackgroundWork();
        }
    }
    std::printf("\n(b) install a %.1f MB plugin from loopback (%lld runs each, alternating)\n",
                zip.size() / 1048576.0, static_cast<long long>(plugboard.size()));
    print("Plugboard: download, SHA-256, inspect, install", plugboard);
    print("curl -s -o + unzip -q", reference);
    const double ratio = median(plugboard) / median(reference);
    std::printf("  ratio %.2f x; target <= 1.5 x: %s\n", ratio, ratio <= 1.5 ? "MET" : "NOT MET");
    server.kill();
    server.waitForFinished(5000);
    return 0;
}
