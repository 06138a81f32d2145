// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostprotocol/hostframes.h"

#include <QLocalSocket>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace plugboard {

class PluginRuntime;

// The host's side of the protocol: requests from Plugboard on the inherited socket go to the
// in-process runtime, and everything the runtime reports goes back as messages. When Plugboard
// closes the socket (it quit or died), the host ends at once.
class HostServer : public QObject {
    Q_OBJECT

public:
    HostServer(int socketFd, PluginRuntime *runtime, QObject *parent = nullptr);
    bool isConnected() const;

private:
    void send(const QString &type, qint64 id = 0, const QCborMap &body = {});
    void onReadyRead();
    void handle(const HostProtocol::Message &message);
    // "started" goes out only for a run still going after StartedDelayMs: a quick run's
    // "finished" says it started too, which saves a message and a wake-up on each side.
    static constexpr int StartedDelayMs = 2;
    void sendStarted(qint64 job);
    [[noreturn]] void quitAtOnce(int code, const QString &why);

    QLocalSocket m_socket;
    HostProtocol::FrameReader m_reader;
    PluginRuntime *m_runtime;
    QSet<qint64> m_startedUnsent;
    QTimer m_startedTimer;
};

} // namespace plugboard
