// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <Python.h> // before Qt: object.h has a member named `slots`

#include "python/canceller.h"

#include "python/embeddedpythonruntime.h"
#include "python/hostmodule.h"
#include "python/interpreter.h"
#include "python/pluginchannel.h"

#include <QElapsedTimer>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace plugboard::python {

namespace {

struct Item {
    std::shared_ptr<PluginChannel> channel;
    std::shared_ptr<JobState> job;
    qint64 sentAt = -1;
    qint64 takenAt = -1;
    qint64 lastSent = -1;
    bool reported = false;
};

class CancellerThread : public QThread {
public:
    CancellerThread() { setObjectName(QStringLiteral("plugboard-canceller")); }

    void add(Item item)
    {
        std::lock_guard lock(m_mutex);
        m_incoming.push_back(std::move(item));
        m_wake.notify_one();
    }

    void requestQuit()
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_wake.notify_one();
    }

protected:
    void run() override
    {
        Interpreter::attachThread();
        const PyGILState_STATE gil = PyGILState_Ensure();
        PyThreadState *state = PyEval_SaveThread();
        m_clock.start();
        std::vector<Item> active;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                auto ready = [this] {
                    return m_quit || !m_incoming.empty();
                };
                if (active.empty())
                    m_wake.wait(lock, ready);
                else
                    m_wake.wait_for(lock, std::chrono::milliseconds(Canceller::PollMs), ready);
                if (m_quit)
                    break;
                for (Item &item : m_incoming)
                    active.push_back(std::move(item));
                m_incoming.clear();
            }
            PyEval_RestoreThread(state);
            std::erase_if(active, [this](Item &item) { return !step(item); });
            state = PyEval_SaveThread();
        }
        PyEval_RestoreThread(state);
        active.clear();
        PyGILState_Release(gil);
        Interpreter::detachThread();
    }

private:
    void raise(Item &item, qint64 now)
    {
        PyThreadState_SetAsyncExc(item.channel->pythonThreadId.load(), cancelledType());
        item.lastSent = now;
        if (item.sentAt < 0)
            item.sentAt = now;
        item.takenAt = -1;
    }

    void report(Item &item, bool blocked)
    {
        item.reported = true;
        const quint64 id = item.job->id;
        item.channel->post([id, blocked](EmbeddedPythonRuntime &runtime) {
            runtime.onCancelIgnored(id, blocked);
        });
    }

    // With the GIL. False once the job is over.
    bool step(Item &item)
    {
        // runningJobId is written with the GIL held, so this view is consistent.
        if (item.channel->runningJobId.load() != item.job->id)
            return false;
        const qint64 now = m_clock.elapsed();
        if (item.sentAt < 0) {
            raise(item, now);
            return true;
        }
        auto *thread = static_cast<PyThreadState *>(item.channel->threadState.load());
        const bool pending = thread && thread->async_exc != nullptr;
        if (pending) {
            if (!item.reported && now - item.sentAt >= Canceller::BlockedGraceMs)
                report(item, true);
            return true;
        }
        if (item.takenAt < 0)
            item.takenAt = now;
        if (!item.reported && now - item.takenAt >= Canceller::SwallowGraceMs)
            report(item, false);
        if (now - item.lastSent >= Canceller::ResendMs)
            raise(item, now);
        return true;
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Item> m_incoming;
    bool m_quit = false;
    QElapsedTimer m_clock;
};

std::mutex g_mutex;
CancellerThread *g_thread = nullptr; // leaked when it cannot be stopped in time

} // namespace

void Canceller::request(std::shared_ptr<PluginChannel> channel, std::shared_ptr<JobState> job)
{
    std::lock_guard lock(g_mutex);
    if (!g_thread) {
        if (!Interpreter::isStarted())
            return;
        g_thread = new CancellerThread;
        g_thread->start();
    }
    g_thread->add(Item{std::move(channel), std::move(job)});
}

bool Canceller::stop(QDeadlineTimer deadline)
{
    std::lock_guard lock(g_mutex);
    if (!g_thread)
        return true;
    g_thread->requestQuit();
    if (!g_thread->wait(deadline))
        return false; // blocked on the GIL held by a stuck plugin: leave it
    delete g_thread;
    g_thread = nullptr;
    return true;
}

} // namespace plugboard::python
