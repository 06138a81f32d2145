// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The .deb, end to end: CPack packages this build tree (no rebuild), the package's name,
// control fields and file list are checked, then it is unpacked with dpkg-deb -x into a
// temporary root and the executables run from there: --version (without a display too), list
// and run of the installed example plugins, the window (offscreen) and an executable copied
// away from its share/ folder, which must not find the source tree's examples. The installed
// desktop entry and metainfo go through desktop-file-validate and appstreamcli, and the
// package through lintian. Every tool comes from scripts/setup.
#include "about/runtimeversions.h"
#include "ctlharness.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace plugboard;
using ctltest::Run;

namespace {

const QString AppId = QStringLiteral("io.github.plugboard.Plugboard");
const QString Version = QStringLiteral(PLUGBOARD_VERSION_TEXT);
const int IconSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};

// Lintian tags (errors, warnings and infos) left on purpose; packaging/README.md says why.
const QStringList AcceptedLintianTags = {
    // Debian's default build flags do not ask for BIND_NOW either (hardening=+all does).
    QStringLiteral("hardening-no-bindnow"),
};

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nameAndControlFields();
    void contents();
    void installedCtlVersion();
    void installedCtlListsAndRunsExamples();
    void installedWindowRuns();
    void executableAwayFromShareFindsNoExamples();
    void desktopEntryValidates();
    void metainfoValidates();
    void lintianFindsNothingToFix();

private:
    Run run(const QString &program, const QStringList &args, int timeoutMs = 60000) const;
    QProcessEnvironment environment() const;
    QString installed(const QString &path) const { return m_root + QStringLiteral("/usr/") + path; }
    QStringList exampleNames() const;

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QString m_arch;
    QStringList m_files; // the package's paths, "usr/bin/plugboard" …
};

QProcessEnvironment TestPackage::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("PLUGBOARD_NO_DIALOGS"), QStringLiteral("1"));
    for (const char *name :
         {"PLUGBOARD_EXAMPLES_DIR", "PLUGBOARD_DATA_DIR", "DISPATCHARR_PLUGINS_DIR",
          "LD_LIBRARY_PATH", "PYTHONHOME", "PYTHONPATH"})
        env.remove(QString::fromLatin1(name));
    return env;
}

Run TestPackage::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    return ctltest::runProcess(program, args, environment(), {}, timeoutMs);
}

QStringList TestPackage::exampleNames() const
{
    return QDir(QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/examples"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void TestPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    for (const char *tool :
         {"dpkg-deb", "dpkg-shlibdeps", "lintian", "appstreamcli", "desktop-file-validate"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: scripts/setup installs it").arg(tool)));
    }
    const Run arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(arch.exitCode, 0);
    m_arch = arch.outText().trimmed();

    // cpack installs this build tree into its own staging folder and packages it; the
    // executables and generated files are already built (this suite depends on them).
    QElapsedTimer timer;
    timer.start();
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run cpack =
        run(QStringLiteral(CPACK_COMMAND),
            {QStringLiteral("--config"), QStringLiteral(PLUGBOARD_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-B"), out},
            240000);
    QVERIFY2(cpack.finished && cpack.exitCode == 0, qPrintable(cpack.describe()));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    qInfo("cpack: %s in %lld ms", qPrintable(debs.first()), timer.elapsed());

    const Run list = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    for (const QString &line : list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "-rwxr-xr-x root/root  123 2026-12-02 16:00 ./usr/bin/plugboard"
        const QString path = line.section(QLatin1Char(' '), -1);
        QVERIFY2(path.startsWith(QStringLiteral("./")), qPrintable(line));
        if (!path.endsWith(QLatin1Char('/')))
            m_files << path.mid(2);
    }

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.describe()));
}

void TestPackage::nameAndControlFields()
{
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QStringLiteral("plugboard_%1_%2.deb").arg(Version, m_arch));
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    QHash<QString, QString> fields;
    QString last;
    for (const QString &line : info.outText().split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(' ')) || line.isEmpty())
            fields[last] += QLatin1Char('\n') + line;
        else
            fields.insert(last = line.section(QStringLiteral(": "), 0, 0),
                          line.section(QStringLiteral(": "), 1));
    }
    QCOMPARE(fields.value(QStringLiteral("Package")), QStringLiteral("plugboard"));
    QCOMPARE(fields.value(QStringLiteral("Version")), Version);
    QCOMPARE(fields.value(QStringLiteral("Architecture")), m_arch);
    QVERIFY(!fields.value(QStringLiteral("Maintainer")).isEmpty());
    QVERIFY(fields.value(QStringLiteral("Homepage")).startsWith(QStringLiteral("https://")));
    QVERIFY2(fields.value(QStringLiteral("Description")).contains(QStringLiteral("\n ")),
             "no extended description");

    // From dpkg-shlibdeps (each with a minimum version), plus what is loaded at run time.
    const QStringList depends = fields.value(QStringLiteral("Depends")).split(QStringLiteral(", "));
    const auto has = [&](const QString &pattern) {
        const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'));
        return std::any_of(depends.begin(), depends.end(),
                           [&](const QString &d) { return re.match(d).hasMatch(); });
    };
    for (const char *lib : {"libc6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6",
                            "libpython3\\.\\d+", "libquazip1-qt6-1", "libsimdjson\\d+"}) {
        QVERIFY2(has(QString::fromLatin1(lib) + QStringLiteral(" \\(>= [^)]+\\)")),
                 qPrintable(QStringLiteral("%1 missing from Depends: %2")
                                .arg(lib, fields.value(QStringLiteral("Depends")))));
    }
    for (const char *pkg : {"python3", "libqt6sql6-sqlite", "libqt6svg6", "gpgv"})
        QVERIFY2(has(QString::fromLatin1(pkg)), pkg);
}

void TestPackage::contents()
{
    QStringList expected = {
        QStringLiteral("usr/bin/plugboard"),
        QStringLiteral("usr/bin/plugboardctl"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(AppId),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
        QStringLiteral("usr/share/man/man1/plugboard.1.gz"),
        QStringLiteral("usr/share/man/man1/plugboardctl.1.gz"),
        QStringLiteral("usr/share/doc/plugboard/copyright"),
        QStringLiteral("usr/share/doc/plugboard/changelog.gz"),
        QStringLiteral("usr/share/doc/plugboard/README.md"),
        QStringLiteral("usr/share/doc/plugboard/plugin-authoring.md"),
    };
    for (const int size : IconSizes)
        expected
            << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    // Every file of every example, as in the source tree (minus Python caches).
    const QString examples = QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/examples");
    QDirIterator it(examples, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(examples).relativeFilePath(it.next());
        if (!file.contains(QStringLiteral("__pycache__")))
            expected << QStringLiteral("usr/share/plugboard/examples/") + file;
    }
    for (const QString &path : std::as_const(expected))
        QVERIFY2(m_files.contains(path),
                 qPrintable(path + QStringLiteral(" is not in the package")));
    for (const QString &path : std::as_const(m_files)) {
        QVERIFY2(path.startsWith(QStringLiteral("usr/")), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("__pycache__")) &&
                     !path.endsWith(QStringLiteral(".pyc")),
                 qPrintable(path));
    }
    // The PNGs are the sizes their folders promise.
    for (const int size : IconSizes) {
        const QImage image(installed(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId)));
        QCOMPARE(image.size(), QSize(size, size));
    }
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/plugboardctl"))).isExecutable());
}

void TestPackage::installedCtlVersion()
{
    // No LD_LIBRARY_PATH: the executables link only system libraries, as installed.
    const Run version =
        run(installed(QStringLiteral("bin/plugboardctl")), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    const QStringList lines = version.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("plugboardctl ") + Version);
    QCOMPARE(lines.at(1), RuntimeVersions::current().librariesLine());
    QCOMPARE(lines.at(2),
             QStringLiteral("Plugin modules: ") + RuntimeVersions::current().pluginModules);
    const QString examples =
        QDir(installed(QStringLiteral("share/plugboard/examples"))).canonicalPath();
    QCOMPARE(lines.at(3), QStringLiteral("Example plugins: ") + examples);
}

void TestPackage::installedCtlListsAndRunsExamples()
{
    const QString ctl = installed(QStringLiteral("bin/plugboardctl"));
    const QStringList folders = {
        QStringLiteral("--plugins-dir"), installed(QStringLiteral("share/plugboard/examples")),
        QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
    const Run list =
        run(ctl, folders + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0 && list.jsonOk(), qPrintable(list.describe()));
    QStringList keys;
    for (const QJsonValue &plugin : list.json().value(QStringLiteral("plugins")).toArray())
        keys << plugin.toObject().value(QStringLiteral("key")).toString();
    keys.sort();
    QCOMPARE(keys, exampleNames());

    // The installed executable embeds Python and runs a plugin action.
    const Run enable =
        run(ctl, folders + QStringList{QStringLiteral("enable"), QStringLiteral("field_showcase"),
                                       QStringLiteral("--yes")});
    QVERIFY2(enable.exitCode == 0, qPrintable(enable.describe()));
    const Run action =
        run(ctl, folders + QStringList{QStringLiteral("run"), QStringLiteral("field_showcase"),
                                       QStringLiteral("host_info")});
    // stdout: "host_info finished in 3 ms.", then the result as JSON.
    const QJsonObject result =
        QJsonDocument::fromJson(action.out.mid(action.out.indexOf('{'))).object();
    QVERIFY2(action.exitCode == 0 && !result.isEmpty(), qPrintable(action.describe()));
    // The interpreter running the plugin is the libpython --version names.
    QCOMPARE(result.value(QStringLiteral("python")).toString(), RuntimeVersions::current().python);
    QCOMPARE(result.value(QStringLiteral("plugboard_module")).toBool(), true);
}

void TestPackage::installedWindowRuns()
{
    const QString app = installed(QStringLiteral("bin/plugboard"));
    // --version and --help need no display: none is set here, not even offscreen.
    QProcessEnvironment bare = environment();
    bare.remove(QStringLiteral("DISPLAY"));
    bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
    bare.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run version = ctltest::runProcess(app, {QStringLiteral("--version")}, bare);
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    const QStringList lines = version.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("plugboard ") + Version);
    QCOMPARE(lines.value(3),
             QStringLiteral("Example plugins: ") +
                 QDir(installed(QStringLiteral("share/plugboard/examples"))).canonicalPath());
    const Run help = ctltest::runProcess(app, {QStringLiteral("--help")}, bare);
    QVERIFY2(help.exitCode == 0 && help.outText().contains(QStringLiteral("--plugins-dir")),
             qPrintable(help.describe()));

    // The window itself, offscreen, on an empty plugins folder (the "Add example plugins" page).
    QProcessEnvironment offscreen = bare;
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
    const QString shot = m_dir.filePath(QStringLiteral("window.png"));
    const Run window = ctltest::runProcess(
        app,
        {QStringLiteral("--plugins-dir"), m_dir.filePath(QStringLiteral("empty")),
         QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("window-data")),
         QStringLiteral("--screenshot"), shot, QStringLiteral("--quit")},
        offscreen);
    QVERIFY2(window.exitCode == 0, qPrintable(window.describe()));
    QVERIFY(!QImage(shot).isNull());
}

void TestPackage::executableAwayFromShareFindsNoExamples()
{
    // An installed executable must never fall back to the folders of the machine that built
    // it: copied where no share/plugboard/examples sits beside it, it finds none.
    const QString lonely = m_dir.filePath(QStringLiteral("lonely/bin/plugboardctl"));
    QVERIFY(QDir().mkpath(QFileInfo(lonely).path()));
    QVERIFY(QFile::copy(installed(QStringLiteral("bin/plugboardctl")), lonely));
    const Run version = run(lonely, {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QVERIFY2(version.outText().endsWith(QStringLiteral("\nExample plugins: not installed\n")),
             qPrintable(version.describe()));
}

void TestPackage::desktopEntryValidates()
{
    const QString file = installed(QStringLiteral("share/applications/%1.desktop").arg(AppId));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {file});
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty(),
             qPrintable(validate.describe()));

    QFile desktop(file);
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(desktop.readAll());
    // "Open with Plugboard" on zips: plugboard a.zip b.zip opens the import preview.
    QVERIFY(text.contains(QStringLiteral("\nExec=plugboard %F\n")));
    QVERIFY(text.contains(QStringLiteral("\nMimeType=application/zip;\n")));
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(AppId)));
}

void TestPackage::metainfoValidates()
{
    const QString file = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId));
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.describe()));

    QFile metainfo(file);
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>%1</id>").arg(AppId)));
    QVERIFY(xml.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(AppId)));
    // The newest release is this version (the Debian changelog is made from it).
    const QRegularExpressionMatch release =
        QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\"")).match(xml);
    QCOMPARE(release.captured(1), Version);
    // Every screenshot is a picture in docs/screenshots/.
    const QRegularExpression image(
        QStringLiteral("<image[^>]*>[^<]*/docs/screenshots/([^<]+)</image>"));
    int screenshots = 0;
    for (auto it = image.globalMatch(xml); it.hasNext(); ++screenshots) {
        const QString name = it.next().captured(1);
        QVERIFY2(
            QFileInfo::exists(QStringLiteral(PLUGBOARD_SOURCE_DIR "/docs/screenshots/") + name),
            qPrintable(name));
    }
    QVERIFY(screenshots >= 1);
}

void TestPackage::lintianFindsNothingToFix()
{
    QElapsedTimer timer;
    timer.start();
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--display-info"),
                             QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb},
                            240000);
    qInfo("lintian: %lld ms", timer.elapsed());
    // Exit 0: lintian checked the whole package and found no error (its --fail-on default);
    // 1 means errors, 2 that it could not do its work. Warnings and infos are judged below.
    QVERIFY2(lintian.finished && lintian.exitCode == 0, qPrintable(lintian.describe()));
    QStringList findings;
    for (const QString &line : lintian.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "W: plugboard: tag-name [details]"; overridden tags (O:) are not shown.
        const QString tag = line.section(QLatin1Char(' '), 2, 2);
        static const QRegularExpression finding(QStringLiteral("^[EWI]: "));
        if (finding.match(line).hasMatch() && !AcceptedLintianTags.contains(tag))
            findings << line;
    }
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n')) +
                                            QStringLiteral("\n") + lintian.describe()));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
