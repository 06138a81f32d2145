// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/instancerecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <cerrno>
#include <csignal>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InstanceRecord)
};

QString lockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("instance.lock"));
}

QString recordPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("instance.json"));
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

InstanceRecord::InstanceRecord(QString dataDir, QString pluginsDir, QString kind)
    : m_dataDir(std::move(dataDir))
    , m_pluginsDir(std::move(pluginsDir))
    , m_kind(std::move(kind))
{}

InstanceRecord::~InstanceRecord()
{
    if (m_lock && m_lock->isLocked()) {
        QFile::remove(recordPath(m_dataDir));
        m_lock->unlock();
    }
}

Result<void> InstanceRecord::claim()
{
    QDir().mkpath(m_dataDir);
    m_lock = std::make_unique<QLockFile>(lockPath(m_dataDir));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    return Error::make(
        ErrorCode::Conflict,
        Text::tr("Another Plugboard (process %1) already runs the plugins of \"%2\". "
                 "Quit it first, or give this one another --data-dir.")
            .arg(pid)
            .arg(m_dataDir));
}

Result<void> InstanceRecord::publish(quint16 port)
{
    if (!m_lock || !m_lock->isLocked())
        return Error::make(ErrorCode::Internal, Text::tr("The instance record was not claimed."));
    const QJsonObject record{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                             {QStringLiteral("port"), port},
                             {QStringLiteral("plugins_dir"), m_pluginsDir},
                             {QStringLiteral("kind"), m_kind}};
    QSaveFile file(recordPath(m_dataDir));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(record).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return Error::make(
            ErrorCode::Io,
            Text::tr("Could not write \"%1\": %2").arg(recordPath(m_dataDir), file.errorString()));
    }
    return {};
}

std::optional<RunningInstance> InstanceRecord::find(const QString &dataDir)
{
    QFile file(recordPath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject record = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    RunningInstance instance;
    instance.pid = record.value(QLatin1String("pid")).toInteger();
    instance.port = quint16(record.value(QLatin1String("port")).toInt());
    instance.pluginsDir = record.value(QLatin1String("plugins_dir")).toString();
    instance.kind = record.value(QLatin1String("kind")).toString();
    // A record left by a process that crashed is not an owner.
    qint64 lockPid = 0;
    QString host, app;
    QLockFile lock(lockPath(dataDir));
    if (!processAlive(instance.pid) || !lock.getLockInfo(&lockPid, &host, &app) ||
        lockPid != instance.pid)
        return std::nullopt;
    return instance;
}

} // namespace plugboard
