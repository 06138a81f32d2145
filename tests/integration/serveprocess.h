// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `plugboardctl serve` as a real child process on a free loopback port, for the suites that
// drive the headless server from outside (curl, plugboardctl through the server).

#include "common/fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace servetest {

struct ServeProcess {
    QProcess process;
    quint16 port = 0;
    qint64 pid = 0;

    // Starts the server and waits for the line that names its port.
    bool start(const QString &dataDir, const QString &pluginsDir)
    {
        process.setProgram(fixtures::plugboardctlPath());
        process.setArguments({QStringLiteral("serve"), QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--json"),
                              QStringLiteral("--data-dir"), dataDir,
                              QStringLiteral("--plugins-dir"), pluginsDir});
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        QByteArray line;
        QDeadlineTimer deadline(20000);
        while (!line.contains('\n') && !deadline.hasExpired() &&
               process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            line += process.readAllStandardOutput();
        }
        const QJsonObject started = QJsonDocument::fromJson(line.trimmed()).object();
        port = quint16(started.value(QStringLiteral("port")).toInt());
        pid = process.processId();
        return port != 0;
    }

    // Ctrl+C, as a person stops it; returns its exit code (-1 when it had to be killed).
    int stop()
    {
        if (process.state() != QProcess::Running)
            return process.exitCode();
        ::kill(pid_t(process.processId()), SIGINT);
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    ~ServeProcess() { stop(); }
};

} // namespace servetest
