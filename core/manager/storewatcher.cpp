// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/storewatcher.h"

#include "store/pluginstore.h"

namespace plugboard {

StoreWatcher::StoreWatcher(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
}

void StoreWatcher::follow(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    acknowledge();
    m_timer.start(intervalMs);
}

void StoreWatcher::acknowledge()
{
    if (const Result<qint64> revision = PluginStore(m_databasePath).revision())
        m_seen = revision.value();
}

void StoreWatcher::poll()
{
    if (m_paused)
        return;
    const Result<qint64> revision = PluginStore(m_databasePath).revision();
    if (!revision || revision.value() == m_seen)
        return;
    m_seen = revision.value();
    Q_EMIT changed();
}

} // namespace plugboard
