// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostserver.h"

#include "hostprotocol/hostmessages.h"
#include "runner/pluginruntime.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace plugboard {

using HostProtocol::Message;

HostServer::HostServer(int socketFd, PluginRuntime *runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    m_socket.setSocketDescriptor(socketFd, QLocalSocket::ConnectedState, QIODevice::ReadWrite);
    connect(&m_socket, &QLocalSocket::readyRead, this, &HostServer::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this,
            [this] { quitAtOnce(0, QStringLiteral("Plugboard closed the connection")); });

    connect(runtime, &PluginRuntime::loaded, this, [this](const LoadResult &result) {
        send(QStringLiteral("loaded"), 0, HostMessages::encode(result));
    });
    connect(runtime, &PluginRuntime::unloaded, this, [this](const QString &key) {
        send(QStringLiteral("unloaded"), 0, {{QStringLiteral("key"), key}});
    });
    connect(runtime, &PluginRuntime::backgroundJobSubmitted, this,
            [this](quint64 job, const QString &key, const QString &action) {
                send(QStringLiteral("submitted"), qint64(job),
                     {{QStringLiteral("key"), key}, {QStringLiteral("action"), action}});
            });
    m_startedTimer.setSingleShot(true);
    m_startedTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_startedTimer, &QTimer::timeout, this, [this] {
        const QSet<qint64> due = std::exchange(m_startedUnsent, {});
        for (const qint64 job : due)
            send(QStringLiteral("started"), job);
    });
    connect(runtime, &PluginRuntime::jobStarted, this, [this](quint64 job, const QString &) {
        m_startedUnsent.insert(qint64(job));
        if (!m_startedTimer.isActive())
            m_startedTimer.start(StartedDelayMs);
    });
    connect(runtime, &PluginRuntime::jobProgress, this,
            [this](quint64 job, double fraction, const QString &message) {
                sendStarted(qint64(job));
                send(
                    QStringLiteral("progress"), qint64(job),
                    {{QStringLiteral("fraction"), fraction}, {QStringLiteral("message"), message}});
            });
    connect(runtime, &PluginRuntime::jobFinished, this, [this](const JobResult &result) {
        m_startedUnsent.remove(qint64(result.jobId)); // "finished" says it started
        send(QStringLiteral("finished"), qint64(result.jobId), HostMessages::encode(result));
    });
    connect(runtime, &PluginRuntime::logLine, this,
            [this](const QString &key, const QString &level, const QString &text) {
                send(QStringLiteral("log"), 0,
                     {{QStringLiteral("key"), key},
                      {QStringLiteral("level"), level},
                      {QStringLiteral("text"), text}});
            });
    connect(runtime, &PluginRuntime::notification, this,
            [this](const QString &key, const QString &level, const QString &title,
                   const QString &message) {
                send(QStringLiteral("notify"), 0,
                     {{QStringLiteral("key"), key},
                      {QStringLiteral("level"), level},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("message"), message}});
            });

    send(QStringLiteral("hello"), 0,
         {{QStringLiteral("protocol"), HostProtocol::Version},
          {QStringLiteral("pid"), qint64(::getpid())}});
}

void HostServer::sendStarted(qint64 job)
{
    if (m_startedUnsent.remove(job))
        send(QStringLiteral("started"), job);
}

bool HostServer::isConnected() const
{
    return m_socket.state() == QLocalSocket::ConnectedState;
}

void HostServer::send(const QString &type, qint64 id, const QCborMap &body)
{
    m_socket.write(HostProtocol::encode({type, id, body}));
    m_socket.flush();
}

void HostServer::quitAtOnce(int code, const QString &why)
{
    if (code != 0) { // what went wrong lands in the plugin's log and the crash report
        std::fprintf(stderr, "plugboard-host: %s\n", qPrintable(why));
        std::fflush(stderr);
    }
    // No orderly Python shutdown: the plugin's threads may hold anything, and nobody listens.
    ::_exit(code);
}

void HostServer::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    while (std::optional<Message> message = m_reader.next())
        handle(*message);
    if (m_reader.hasFailed())
        quitAtOnce(2, m_reader.error());
}

void HostServer::handle(const Message &message)
{
    const QCborMap &body = message.body;
    if (message.type == QLatin1String("load")) {
        Result<LoadRequest> request = HostMessages::loadRequest(body);
        if (!request)
            quitAtOnce(2, request.error().message);
        m_runtime->load(request.value());
    } else if (message.type == QLatin1String("run")) {
        Result<RunRequest> request = HostMessages::runRequest(body);
        if (!request)
            quitAtOnce(2, request.error().message);
        m_runtime->run(request.value());
    } else if (message.type == QLatin1String("cancel")) {
        m_runtime->cancel(quint64(message.id),
                          body.value(QStringLiteral("timed_out")).toBool(false));
    } else if (message.type == QLatin1String("unload")) {
        m_runtime->unload(
            body.value(QStringLiteral("key")).toString(),
            HostMessages::stopReason(body.value(QStringLiteral("reason")).toString()));
    } else if (message.type == QLatin1String("shutdown")) {
        m_runtime->shutdown(int(body.value(QStringLiteral("deadline_ms")).toInteger(5000)));
        send(QStringLiteral("bye"));
        m_socket.waitForBytesWritten(1000);
        quitAtOnce(0, QStringLiteral("shut down"));
    } else {
        quitAtOnce(2, QStringLiteral("unknown request \"%1\"").arg(message.type));
    }
}

} // namespace plugboard
