// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

class QSocketNotifier;

namespace plugboard {

// Plugboard's side of the host zygote (core/hostprotocol/zygotepackets.h): one pre-started
// plugboard-host that has Python running and forks a ready host per plugin in a few
// milliseconds. It dies with Plugboard, and the hosts it forked die with it; it runs no plugin
// code. Everything arrives as signals on this object's thread; nothing here blocks except
// waitForEvents (shutdown only).
class HostZygote : public QObject {
    Q_OBJECT

public:
    enum class State { NotRunning, Starting, Ready };

    explicit HostZygote(QObject *parent = nullptr);
    ~HostZygote() override; // ends the zygote, and with it every host it forked

    // Starts `program --zygote`; false (with error()) when it cannot. ready() or gone() follow.
    bool start(const QString &program);
    // start() when it does not run, unless it ended twice in a row without getting ready; true
    // when it runs or is starting.
    bool startAgain(const QString &program);
    static constexpr int MaxFailures = 2;
    State state() const { return m_state; }
    qint64 pid() const { return m_process.processId(); }
    QString error() const { return m_error; }

    // Asks the ready zygote for a host: `socketFd` becomes its descriptor 3 and `outputFd` its
    // stdout and stderr, `memoryLimitBytes` (0: none) its address-space cap. The zygote has its
    // own copies once this returns true; forked() follows with `token`.
    bool fork(quint64 token, int socketFd, int outputFd, qint64 memoryLimitBytes);
    // Handles the events that arrive within `ms` (at least one when any does). Shutdown only.
    void waitForEvents(int ms);

    // Until it says it is ready; a zygote that never does is killed and counts as gone.
    static constexpr int ReadyTimeoutMs = 10000;

Q_SIGNALS:
    void ready();
    // A host was forked (pid > 0), or could not be (pid -1, `error` the errno).
    void forked(quint64 token, qint64 pid, int error);
    // A host the zygote forked ended; `waitStatus` as waitpid() gives it.
    void exited(qint64 pid, int waitStatus);
    // The zygote ended, or never became ready. The hosts it forked end with it.
    void gone(const QString &why);

private:
    void onEvents();
    void endWith(const QString &why);

    QProcess m_process;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_readyTimeout;
    int m_control = -1;
    State m_state = State::NotRunning;
    int m_failures = 0; // ends in a row, each before or after it was ready
    QString m_error;
};

} // namespace plugboard
