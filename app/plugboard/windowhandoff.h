// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One window per data folder. The running window listens on a local socket named after its data
// folder; a second `plugboard` (say "Open with Plugboard" on a zip) hands its zips over and
// exits, and the running window raises itself and opens their import preview.
class WindowHandoff : public QObject {
    Q_OBJECT

public:
    explicit WindowHandoff(const QString &dataDir, QObject *parent = nullptr);

    // In the second start: hands `zips` (absolute paths; none just raises the window) to the
    // window of this data folder. True when a window took them.
    bool handOver(const QStringList &zips) const;
    // In the window: starts listening. A socket left by a crashed window is replaced.
    bool listen();

    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // Another start asked for the window, with these zips (possibly none).
    void requested(const QStringList &zips);

private:
    void onConnection();

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};
