// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowhandoff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {

constexpr int TimeoutMs = 5000;
constexpr qint64 MaxRequestBytes = 1 << 20;

// $XDG_RUNTIME_DIR/plugboard-window-<hash of the data folder>: short enough for a socket path
// (108 bytes), private to the user, and gone after logout.
QString socketPathFor(const QString &dataDir)
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash((canonical.isEmpty() ? dataDir : canonical).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return runtime + QStringLiteral("/plugboard-window-") + QString::fromLatin1(hash);
}

} // namespace

WindowHandoff::WindowHandoff(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPathFor(dataDir))
{}

bool WindowHandoff::handOver(const QStringList &zips) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(TimeoutMs))
        return false;
    const QJsonObject request{{QStringLiteral("zips"), QJsonArray::fromStringList(zips)}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(TimeoutMs))
        return false;
    // The window answers once it has taken the request: only then may this start exit.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(TimeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool WindowHandoff::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // Only one window holds the data folder (InstanceRecord), so a socket still there is one a
    // crashed window left behind.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &WindowHandoff::onConnection);
    return true;
}

void WindowHandoff::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxRequestBytes) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
            QStringList zips;
            for (const QJsonValue &zip : request.value(QStringLiteral("zips")).toArray()) {
                if (zip.isString() && QFileInfo(zip.toString()).isAbsolute())
                    zips << zip.toString();
            }
            socket->write("ok\n");
            socket->flush();
            Q_EMIT requested(zips);
        });
    }
}
