// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The processes of this machine as /proc shows them, for tests that count plugin processes:
// the hosts this test process runs (its children and its host zygote's), the zygote itself,
// and whether a process is still alive (zombies count as gone).
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace ProcessTable {

struct ProcessEntry {
    qint64 pid = 0;
    QString comm;
    QString state;
    qint64 parent = 0;
};

inline QList<ProcessEntry> allProcesses()
{
    QList<ProcessEntry> found;
    for (const QString &entry : QDir("/proc").entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat("/proc/" + entry + "/stat");
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromUtf8(stat.readAll());
        // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        const QStringList rest = line.mid(close + 2).split(' ');
        found.append({pid, line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1),
                      rest.value(0), rest.value(1).toLongLong()});
    }
    return found;
}

// The pids of the plugboard-host processes this process runs (not yet reaped zombies
// excluded): its children, and the children of its host zygote.
inline QList<qint64> hostChildren()
{
    const QList<ProcessEntry> processes = allProcesses();
    QSet<qint64> parents{::getpid()};
    for (const ProcessEntry &p : processes) {
        if (p.comm == QLatin1String("pb-host-zygote") && p.parent == ::getpid())
            parents.insert(p.pid);
    }
    QList<qint64> found;
    for (const ProcessEntry &p : processes) {
        if (p.comm == QLatin1String("plugboard-host") && p.state != QLatin1String("Z") &&
            parents.contains(p.parent))
            found.append(p.pid);
    }
    return found;
}

// The host zygote `parent` started (0 when none runs).
inline qint64 zygoteOf(qint64 parent)
{
    for (const ProcessEntry &p : allProcesses()) {
        if (p.comm == QLatin1String("pb-host-zygote") && p.parent == parent &&
            p.state != QLatin1String("Z"))
            return p.pid;
    }
    return 0;
}

inline qint64 parentOf(qint64 pid)
{
    for (const ProcessEntry &p : allProcesses()) {
        if (p.pid == pid)
            return p.parent;
    }
    return 0;
}

inline bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QString line = QString::fromUtf8(stat.readAll());
    return !line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
}

} // namespace ProcessTable
