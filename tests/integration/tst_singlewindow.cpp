// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One window per data folder, with real processes: a second `plugboard` hands its zips to the
// running window (which opens their import preview) and exits 0, a second start without zips
// raises the window, and a window killed without a chance to clean up does not block the next.

#include "common/fixtures.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSingleWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QDir().mkpath(runtimeDir());
        QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QDir().mkpath(pluginsDir());
        QVERIFY(
            fixtures::makeZip(zipPath(), {{"weather/plugin.json", fixtures::manifest("Weather")},
                                          {"weather/plugin.py", "class Plugin:\n    pass\n"}}));
    }

    void cleanup()
    {
        if (m_window.state() != QProcess::NotRunning) {
            m_window.terminate();
            if (!m_window.waitForFinished(15000))
                m_window.kill();
            m_window.waitForFinished();
        }
    }

    void aSecondStartHandsItsZipsToTheWindow()
    {
        QVERIFY(startWindow());
        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(QStringLiteral(PLUGBOARD_PATH), arguments({zipPath()}));
        QVERIFY(second.waitForFinished(20000));
        const QString said = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(said.contains(QLatin1String("already open")) &&
                     said.contains(QLatin1String("import preview of 1 zip")),
                 qPrintable(said));
        QVERIFY2(waitForWindowSaying("Another start handed over 1 zip to import."),
                 qPrintable(m_windowOutput));

        // Without zips: the window is raised, nothing else happens.
        second.start(QStringLiteral(PLUGBOARD_PATH), arguments({}));
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(QString::fromUtf8(second.readAllStandardError())
                    .contains(QLatin1String("its window was raised")));
        QVERIFY(m_window.state() == QProcess::Running);
    }

    // A window killed outright leaves its socket behind; the next window replaces it.
    void aKilledWindowDoesNotBlockTheNext()
    {
        QVERIFY(startWindow());
        ::kill(pid_t(m_window.processId()), SIGKILL);
        QVERIFY(m_window.waitForFinished(10000));
        QVERIFY(startWindow());
        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(QStringLiteral(PLUGBOARD_PATH), arguments({zipPath()}));
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(waitForWindowSaying("Another start handed over 1 zip to import."),
                 qPrintable(m_windowOutput));
    }

private:
    QString runtimeDir() const { return m_root.path() + QStringLiteral("/runtime"); }
    QString pluginsDir() const { return m_root.path() + QStringLiteral("/plugins"); }
    QString dataDir() const { return m_root.path() + QStringLiteral("/data"); }
    QString zipPath() const { return m_root.path() + QStringLiteral("/weather.zip"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.path() + QStringLiteral("/config"));
        e.insert(QStringLiteral("PLUGBOARD_NO_DIALOGS"), QStringLiteral("1"));
        return e;
    }

    QStringList arguments(const QStringList &zips) const
    {
        return QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--plugins-dir"),
                           pluginsDir(), QStringLiteral("--no-api")} +
               zips;
    }

    // Starts the window and waits until it takes requests on its socket.
    bool startWindow()
    {
        m_windowOutput.clear();
        m_window.setProcessEnvironment(environment());
        m_window.setProcessChannelMode(QProcess::MergedChannels);
        m_window.start(QStringLiteral(PLUGBOARD_PATH), arguments({}));
        if (!m_window.waitForStarted(10000))
            return false;
        QDir runtime(runtimeDir());
        for (int i = 0; i < 400; ++i) {
            const QStringList sockets =
                runtime.entryList({QStringLiteral("plugboard-window-*")}, QDir::System);
            for (const QString &name : sockets) {
                QLocalSocket probe;
                probe.connectToServer(runtime.filePath(name));
                if (probe.waitForConnected(200)) {
                    probe.disconnectFromServer();
                    return true;
                }
            }
            if (m_window.state() != QProcess::Running)
                return false;
            QTest::qWait(50);
        }
        return false;
    }

    bool waitForWindowSaying(const char *text)
    {
        for (int i = 0; i < 200; ++i) {
            m_windowOutput += QString::fromUtf8(m_window.readAll());
            if (m_windowOutput.contains(QLatin1String(text)))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    QTemporaryDir m_root;
    QProcess m_window;
    QString m_windowOutput;
};

QTEST_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"
