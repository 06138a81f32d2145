// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real `plugboard` executable on a real X server (Xvfb): it starts on a copy of the bundled
// example plugins, shows them, saves a screenshot and exits cleanly. Also: usage errors exit 2,
// and a plugins folder that does not exist is a sentence and exit 1.
#include "common/fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestWindowSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsShowsExamplesAndQuits();
    void darkSchemeScreenshot();
    void usageErrors();
    void zipArgumentsOpenThePreview();

private:
    QProcessEnvironment environment() const;
    bool copyExamples(const QString &to) const;
    QTemporaryDir m_dir;
};

void TestWindowSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty(),
             "xvfb-run is missing: scripts/setup installs it (package xvfb)");
    QVERIFY(QDir().mkpath(m_dir.filePath("runtime")));
    QFile::setPermissions(m_dir.filePath("runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QProcessEnvironment TestWindowSmoke::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform, on Xvfb
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath("runtime"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath("config"));
    env.insert(QStringLiteral("PLUGBOARD_NO_DIALOGS"), QStringLiteral("1"));
    return env;
}

bool TestWindowSmoke::copyExamples(const QString &to) const
{
    const QString from = QStringLiteral(PLUGBOARD_SOURCE_DIR "/resources/examples");
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (file.contains(QLatin1String("__pycache__")) || file.endsWith(QLatin1String(".md")))
            continue;
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
        ++copied;
    }
    return copied >= 5;
}

void TestWindowSmoke::startsShowsExamplesAndQuits()
{
    const QString plugins = m_dir.filePath("plugins");
    QVERIFY(copyExamples(plugins));
    const QString shot = m_dir.filePath("smoke.png");
    QProcess p;
    p.setProcessEnvironment(environment());
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("xvfb-run"),
            {"-a", "-s", "-screen 0 1280x800x24", QStringLiteral(PLUGBOARD_PATH), "--plugins-dir",
             plugins, "--data-dir", m_dir.filePath("data"), "--select", "field_showcase", "--size",
             "1100x700", "--screenshot", shot, "--quit"});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
    qInfo("plugboard under Xvfb: started, drew the examples and quit in %lld ms", timer.elapsed());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1100, 700));
    // Not a blank frame: many distinct colours (cards, logo, buttons, text).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(QFileInfo::exists(m_dir.filePath("data/plugboard.sqlite")));
}

void TestWindowSmoke::darkSchemeScreenshot()
{
    const QString shot = m_dir.filePath("dark.png");
    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLUGBOARD_PATH),
            {"--plugins-dir", m_dir.filePath("plugins"), "--data-dir", m_dir.filePath("data"),
             "--color-scheme", "dark", "--screenshot", shot, "--quit"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(qGray(image.pixel(image.width() - 5, image.height() - 5)) < 80); // dark window
}

void TestWindowSmoke::usageErrors()
{
    const auto run = [this](const QStringList &args, QByteArray *err) {
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PLUGBOARD_PATH), args);
        p.waitForFinished(30000);
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray err;
    QCOMPARE(run({"--quit"}, &err), 2);
    QVERIFY(err.contains("--quit needs --screenshot"));
    QCOMPARE(run({"--size", "big"}, &err), 2);
    QVERIFY(err.contains("--size"));
    QCOMPARE(run({"--tab", "nope", "--screenshot", "x.png"}, &err), 2);
    QCOMPARE(run({"--plugins-dir", m_dir.filePath("no-such-folder"), "--data-dir",
                  m_dir.filePath("data2"), "--screenshot", m_dir.filePath("x.png"), "--quit"},
                 &err),
             1);
    QVERIFY2(err.contains("no-such-folder"), err.constData());
    QProcess version;
    version.start(QStringLiteral(PLUGBOARD_PATH), {"--version"});
    QVERIFY(version.waitForFinished(30000));
    QVERIFY(version.readAllStandardOutput().contains(PLUGBOARD_VERSION_TEXT));
}

void TestWindowSmoke::zipArgumentsOpenThePreview()
{
    // `plugboard a.zip` opens the import preview: the screenshot draws the open dialog over a
    // dimmed window. Nothing is installed while the preview waits for the user.
    const QString plugins = m_dir.filePath("zip-plugins");
    QVERIFY(QDir().mkpath(plugins));
    const QString zip = m_dir.filePath("Greeter-main.zip");
    QVERIFY(fixtures::makeZip(zip, {{"Greeter-main/plugin.py", "class Plugin:\n    pass\n"}}));
    const auto shoot = [&](const QString &file, const QStringList &zips) {
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PLUGBOARD_PATH),
                QStringList{"--plugins-dir", plugins, "--data-dir", m_dir.filePath("zip-data"),
                            "--size", "900x600", "--screenshot", file, "--quit"} +
                    zips);
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    };
    QVERIFY(shoot(m_dir.filePath("plain.png"), {}));
    QVERIFY(shoot(m_dir.filePath("preview.png"), {zip}));
    const QImage plain(m_dir.filePath("plain.png"));
    const QImage preview(m_dir.filePath("preview.png"));
    QVERIFY2(!preview.isNull() && preview.size() == plain.size(),
             qPrintable(QStringLiteral("%1x%2 vs %3x%4")
                            .arg(preview.width())
                            .arg(preview.height())
                            .arg(plain.width())
                            .arg(plain.height())));
    // A corner the dialog does not cover: dimmed by the open dialog's veil.
    const QPoint corner(4, preview.height() - 4);
    QVERIFY2(qGray(preview.pixel(corner)) + 20 < qGray(plain.pixel(corner)),
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(qGray(preview.pixel(corner)))
                            .arg(qGray(plain.pixel(corner)))));
    QVERIFY(QDir(plugins).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // Anything but a .zip is a usage error, named.
    QProcess p;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLUGBOARD_PATH), {"notes.txt"});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("\"notes.txt\" is not a .zip file"));
}

QTEST_GUILESS_MAIN(TestWindowSmoke)
#include "tst_windowsmoke.moc"
