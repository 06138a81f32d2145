// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's command line (app/plugboard/options.cpp, compiled into this suite): every option,
// the values refused with a sentence, zips as arguments, and --help/--version. Those two print
// and exit inside GuiOptions::parse(), so they run in a child: this executable started again
// with GUIOPTIONS_CHILD set parses its arguments as plugboard does and says what it got.
#include "options.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTest>

#include <cstdio>

namespace {

const char ChildVariable[] = "GUIOPTIONS_CHILD";

struct Parsed {
    bool ok = false;
    GuiOptions options;
    QString problem;
};

Parsed parse(const QStringList &arguments)
{
    Parsed p;
    p.ok = GuiOptions::parse(QStringList{QStringLiteral("plugboard")} + arguments, &p.options,
                             &p.problem);
    return p;
}

// GuiOptions::onlyPrints() takes main()'s argc/argv.
bool onlyPrints(const QList<QByteArray> &arguments)
{
    QList<QByteArray> storage{QByteArray("plugboard")};
    storage += arguments;
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    return GuiOptions::onlyPrints(int(storage.size()), argv.data());
}

struct ChildRun {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
            .arg(exitCode)
            .arg(out, err);
    }
};

// This executable again, as a child that parses `arguments` like plugboard's main(): with a
// QCoreApplication and no display at all.
ChildRun runChild(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    ChildRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The child's side: what main() does with the arguments, minus the window.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboard"));
    GuiOptions options;
    QString problem;
    if (!GuiOptions::parse(app.arguments(), &options, &problem)) {
        std::fprintf(stderr, "problem: %s\n", qPrintable(problem));
        return 2;
    }
    // Reaching this line means parse() neither printed nor exited: the window would open.
    std::printf("parsed: zips %lld\n", static_cast<long long>(options.zips.size()));
    return 0;
}

} // namespace

class TestGuiOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsMeansDefaults();
    void everyOptionIsRead();
    void valuesWithEqualsSign();
    void tabAndSchemeIgnoreCase();
    void apiPort_data();
    void apiPort();
    void size_data();
    void size();
    void unknownTabIsRefused();
    void colorScheme_data();
    void colorScheme();
    void quitNeedsScreenshot();
    void zipsBecomeAbsolutePaths();
    void nonZipArgumentIsAUsageError_data();
    void nonZipArgumentIsAUsageError();
    void unknownOrIncompleteOptions_data();
    void unknownOrIncompleteOptions();
    void onlyPrintsDetection_data();
    void onlyPrintsDetection();
    void helpPrintsWithoutDisplay_data();
    void helpPrintsWithoutDisplay();
    void versionPrintsWithoutDisplay_data();
    void versionPrintsWithoutDisplay();
};

void TestGuiOptions::noArgumentsMeansDefaults()
{
    const Parsed p = parse({});
    QVERIFY2(p.ok, qPrintable(p.problem));
    const GuiOptions &o = p.options;
    QVERIFY(o.dataDir.isEmpty() && o.pluginsDir.isEmpty() && o.screenshot.isEmpty());
    QVERIFY(!o.quit && o.select.isEmpty() && o.tab.isEmpty() && o.search.isEmpty());
    QVERIFY(!o.size.isValid());
    QVERIFY(o.colorScheme.isEmpty());
    QVERIFY(o.zips.isEmpty());
    QCOMPARE(o.apiPort, -1); // the saved port
    QCOMPARE(o.noApi, false);
}

void TestGuiOptions::everyOptionIsRead()
{
    const Parsed p = parse({QStringLiteral("--data-dir"),    QStringLiteral("/srv/data"),
                            QStringLiteral("--plugins-dir"), QStringLiteral("/srv/plugins"),
                            QStringLiteral("--screenshot"),  QStringLiteral("/tmp/shot.png"),
                            QStringLiteral("--quit"),        QStringLiteral("--select"),
                            QStringLiteral("EPG Fixer"),     QStringLiteral("--tab"),
                            QStringLiteral("activity"),      QStringLiteral("--search"),
                            QStringLiteral("  guide ✨ "),    QStringLiteral("--size"),
                            QStringLiteral("1024x768"),      QStringLiteral("--color-scheme"),
                            QStringLiteral("dark"),          QStringLiteral("--api-port"),
                            QStringLiteral("8080"),          QStringLiteral("--no-api")});
    QVERIFY2(p.ok, qPrintable(p.problem));
    const GuiOptions &o = p.options;
    QCOMPARE(o.dataDir, QStringLiteral("/srv/data"));
    QCOMPARE(o.pluginsDir, QStringLiteral("/srv/plugins"));
    QCOMPARE(o.screenshot, QStringLiteral("/tmp/shot.png"));
    QVERIFY(o.quit);
    QCOMPARE(o.select, QStringLiteral("EPG Fixer")); // resolved later, as plugboardctl does
    QCOMPARE(o.tab, QStringLiteral("activity"));
    QCOMPARE(o.search, QStringLiteral("  guide ✨ ")); // typed into the field as given
    QCOMPARE(o.size, QSize(1024, 768));
    QCOMPARE(o.colorScheme, QStringLiteral("dark"));
    // Both API options are kept; main() lets --no-api win.
    QCOMPARE(o.apiPort, 8080);
    QVERIFY(o.noApi);
    QVERIFY(o.zips.isEmpty());
}

void TestGuiOptions::valuesWithEqualsSign()
{
    const Parsed p =
        parse({QStringLiteral("--plugins-dir=/a b/plugins"), QStringLiteral("--tab=settings"),
               QStringLiteral("--api-port=0"), QStringLiteral("--size=640x480")});
    QVERIFY2(p.ok, qPrintable(p.problem));
    QCOMPARE(p.options.pluginsDir, QStringLiteral("/a b/plugins"));
    QCOMPARE(p.options.tab, QStringLiteral("settings"));
    QCOMPARE(p.options.apiPort, 0); // 0: a free port
    QCOMPARE(p.options.size, QSize(640, 480));
}

void TestGuiOptions::tabAndSchemeIgnoreCase()
{
    const Parsed p = parse({QStringLiteral("--tab"), QStringLiteral("Settings"),
                            QStringLiteral("--color-scheme"), QStringLiteral("LIGHT")});
    QVERIFY2(p.ok, qPrintable(p.problem));
    QCOMPARE(p.options.tab, QStringLiteral("settings"));
    QCOMPARE(p.options.colorScheme, QStringLiteral("light"));
}

void TestGuiOptions::apiPort_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("port"); // -2: refused
    QTest::newRow("0 picks a free port") << "0" << 0;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("9191") << "9191" << 9191;
    QTest::newRow("65535") << "65535" << 65535;
    QTest::newRow("65536") << "65536" << -2;
    QTest::newRow("100000") << "100000" << -2;
    QTest::newRow("negative") << "-1" << -2;
    QTest::newRow("words") << "http" << -2;
    QTest::newRow("fraction") << "80.5" << -2;
    QTest::newRow("hex") << "0x50" << -2;
    QTest::newRow("empty") << "" << -2;
    QTest::newRow("4294967376 (wraps to 80 in 32 bits)") << "4294967376" << -2;
}

void TestGuiOptions::apiPort()
{
    QFETCH(QString, value);
    QFETCH(int, port);
    const Parsed p = parse({QStringLiteral("--api-port=") + value});
    if (port == -2) {
        QVERIFY2(!p.ok, qPrintable(QString::number(p.options.apiPort)));
        QCOMPARE(p.problem, QStringLiteral("--api-port needs a port from 0 to 65535."));
    } else {
        QVERIFY2(p.ok, qPrintable(p.problem));
        QCOMPARE(p.options.apiPort, port);
    }
}

void TestGuiOptions::size_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QSize>("size"); // invalid: refused
    QTest::newRow("1280x800") << "1280x800" << QSize(1280, 800);
    QTest::newRow("smallest: two digits") << "10x99" << QSize(10, 99);
    QTest::newRow("five digits") << "12345x54321" << QSize(12345, 54321);
    QTest::newRow("one digit") << "9x800" << QSize();
    QTest::newRow("six digits") << "123456x800" << QSize();
    QTest::newRow("capital X") << "1280X800" << QSize();
    QTest::newRow("times sign") << "1280×800" << QSize();
    QTest::newRow("no height") << "1280x" << QSize();
    QTest::newRow("negative") << "-1280x800" << QSize();
    QTest::newRow("spaces") << "1280 x 800" << QSize();
    QTest::newRow("one number") << "1280" << QSize();
    QTest::newRow("empty") << "" << QSize();
}

void TestGuiOptions::size()
{
    QFETCH(QString, value);
    QFETCH(QSize, size);
    const Parsed p = parse({QStringLiteral("--size"), value});
    if (!size.isValid()) {
        QVERIFY(!p.ok);
        QCOMPARE(p.problem,
                 QStringLiteral("--size must look like 1280x800, not \"%1\".").arg(value));
    } else {
        QVERIFY2(p.ok, qPrintable(p.problem));
        QCOMPARE(p.options.size, size);
    }
}

void TestGuiOptions::unknownTabIsRefused()
{
    const Parsed p = parse({QStringLiteral("--tab"), QStringLiteral("Details")});
    QVERIFY(!p.ok);
    QCOMPARE(p.problem,
             QStringLiteral("--tab must be actions, settings or activity, not \"details\"."));
    QVERIFY(parse({QStringLiteral("--tab"), QStringLiteral("actions")}).ok);
    QVERIFY(parse({QStringLiteral("--tab"), QStringLiteral("activity")}).ok);
}

void TestGuiOptions::colorScheme_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("scheme"); // empty: refused
    QTest::newRow("light") << "light"
                           << "light";
    QTest::newRow("dark") << "dark"
                          << "dark";
    QTest::newRow("Dark") << "Dark"
                          << "dark";
    QTest::newRow("auto") << "auto"
                          << "";
    QTest::newRow("system") << "system"
                            << "";
    QTest::newRow("blue") << "blue"
                          << "";
    QTest::newRow("dark with a space") << "dark "
                                       << "";
}

void TestGuiOptions::colorScheme()
{
    QFETCH(QString, value);
    QFETCH(QString, scheme);
    const Parsed p = parse({QStringLiteral("--color-scheme"), value});
    if (scheme.isEmpty()) {
        QVERIFY(!p.ok);
        QCOMPARE(p.problem, QStringLiteral("--color-scheme must be light or dark, not \"%1\".")
                                .arg(value.toLower()));
    } else {
        QVERIFY2(p.ok, qPrintable(p.problem));
        QCOMPARE(p.options.colorScheme, scheme);
    }
}

void TestGuiOptions::quitNeedsScreenshot()
{
    const Parsed alone = parse({QStringLiteral("--quit")});
    QVERIFY(!alone.ok);
    QCOMPARE(alone.problem, QStringLiteral("--quit needs --screenshot FILE."));
    const Parsed withShot =
        parse({QStringLiteral("--quit"), QStringLiteral("--screenshot"), QStringLiteral("a.png")});
    QVERIFY2(withShot.ok, qPrintable(withShot.problem));
    QVERIFY(withShot.options.quit);
    // A screenshot alone keeps the window open.
    const Parsed shotOnly = parse({QStringLiteral("--screenshot"), QStringLiteral("a.png")});
    QVERIFY(shotOnly.ok && !shotOnly.options.quit);
}

void TestGuiOptions::zipsBecomeAbsolutePaths()
{
    // "Open with Plugboard" and `plugboard a.zip b.zip`: every zip is imported, named by an
    // absolute path (the window's working folder is not the shell's).
    const QString cwd = QDir::currentPath();
    const Parsed p =
        parse({QStringLiteral("first.zip"), QStringLiteral("--tab"), QStringLiteral("actions"),
               QStringLiteral("sub/Second.ZIP"), QStringLiteral("/srv/dl/third plugin.zip"),
               QStringLiteral("--"), QStringLiteral("--odd-name.zip")});
    QVERIFY2(p.ok, qPrintable(p.problem));
    QCOMPARE(p.options.zips, (QStringList{cwd + QStringLiteral("/first.zip"),
                                          cwd + QStringLiteral("/sub/Second.ZIP"),
                                          QStringLiteral("/srv/dl/third plugin.zip"),
                                          cwd + QStringLiteral("/--odd-name.zip")}));
    QCOMPARE(p.options.tab, QStringLiteral("actions"));
}

void TestGuiOptions::nonZipArgumentIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("a text file") << QStringList{"notes.txt"} << "notes.txt";
    QTest::newRow("a folder") << QStringList{"/srv/plugins/"} << "/srv/plugins/";
    QTest::newRow("zip without the dot") << QStringList{"pluginzip"} << "pluginzip";
    QTest::newRow("zip.gz") << QStringList{"plugin.zip.gz"} << "plugin.zip.gz";
    QTest::newRow("after a good one") << QStringList{"good.zip", "bad.tar"} << "bad.tar";
    QTest::newRow("--help after --") << QStringList{"--", "--help"} << "--help";
}

void TestGuiOptions::nonZipArgumentIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Parsed p = parse(arguments);
    QVERIFY(!p.ok);
    QCOMPARE(
        p.problem,
        QStringLiteral("\"%1\" is not a .zip file; only plugin zips can be opened.").arg(named));
}

void TestGuiOptions::unknownOrIncompleteOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown") << QStringList{"--bogus"} << "Unknown option 'bogus'.";
    QTest::newRow("plugboardctl's --json") << QStringList{"--json"} << "Unknown option 'json'.";
    QTest::newRow("value missing") << QStringList{"--tab"} << "Missing value after '--tab'.";
    QTest::newRow("flag with a value")
        << QStringList{"--quit=yes", "--screenshot", "a.png"} << "Unexpected value after '--quit'.";
}

void TestGuiOptions::unknownOrIncompleteOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    const Parsed p = parse(arguments);
    QVERIFY(!p.ok);
    QCOMPARE(p.problem, problem);
}

void TestGuiOptions::onlyPrintsDetection_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments");
    QTest::addColumn<bool>("prints");
    QTest::addColumn<int>("exitCode"); // of the child, when it prints
    using L = QList<QByteArray>;
    QTest::newRow("nothing") << L{} << false << 0;
    QTest::newRow("--help") << L{"--help"} << true << 0;
    QTest::newRow("-h") << L{"-h"} << true << 0;
    QTest::newRow("--help-all") << L{"--help-all"} << true << 0;
    QTest::newRow("--version") << L{"--version"} << true << 0;
    QTest::newRow("-v") << L{"-v"} << true << 0;
    QTest::newRow("after other options")
        << L{"--tab", "settings", "a.zip", "--version"} << true << 0;
    // Windows' help switch: not an option on Linux, so a usage error (which needs no display
    // either).
    QTest::newRow("-?") << L{"-?"} << true << 2;
    QTest::newRow("after --: a file name") << L{"--", "--help"} << false << 0;
    QTest::newRow("a zip") << L{"a.zip"} << false << 0;
    QTest::newRow("--helpful (not --help)") << L{"--helpful"} << false << 0;
    QTest::newRow("--screenshot") << L{"--screenshot", "a.png", "--quit"} << false << 0;
}

void TestGuiOptions::onlyPrintsDetection()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(bool, prints);
    QFETCH(int, exitCode);
    QCOMPARE(onlyPrints(arguments), prints);
    if (!prints)
        return;
    // main() starts no QApplication (which needs a display) when onlyPrints() says so, and
    // relies on parse() ending the process: whatever onlyPrints() claims must never come back
    // from parse() as a window to open.
    QStringList args;
    for (const QByteArray &arg : arguments)
        args << QString::fromUtf8(arg);
    const ChildRun run = runChild(args);
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(QStringLiteral("parsed:")), qPrintable(run.describe()));
    QVERIFY2(!run.out.isEmpty() || !run.err.isEmpty(), "it printed nothing");
}

void TestGuiOptions::helpPrintsWithoutDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--help") << "--help";
    QTest::newRow("-h") << "-h";
    QTest::newRow("--help-all") << "--help-all";
}

void TestGuiOptions::helpPrintsWithoutDisplay()
{
    QFETCH(QString, argument);
    const ChildRun run = runChild({argument});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(QStringLiteral("parsed:")), qPrintable(run.describe()));
    // Every option the window takes is explained, and the zips.
    for (const char *option :
         {"--data-dir", "--plugins-dir", "--screenshot", "--quit", "--select", "--tab", "--search",
          "--size", "--color-scheme", "--api-port", "--no-api", "--version", "[zip...]"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    QVERIFY(run.out.contains(QStringLiteral("Dispatcharr")));
}

void TestGuiOptions::versionPrintsWithoutDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--version") << "--version";
    QTest::newRow("-v") << "-v";
}

void TestGuiOptions::versionPrintsWithoutDisplay()
{
    QFETCH(QString, argument);
    const ChildRun run = runChild({QStringLiteral("--tab"), QStringLiteral("settings"), argument});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("plugboard " PLUGBOARD_VERSION_TEXT));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Qt ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Plugin modules: ")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("Example plugins: ")), qPrintable(lines.at(3)));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestGuiOptions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guioptions.moc"
