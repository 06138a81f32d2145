// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/interrupts.h"

#include <atomic>
#include <csignal>

namespace {

std::atomic<int> g_count{0};

extern "C" void onSignal(int)
{
    g_count.fetch_add(1);
}

} // namespace

namespace plugboard {

Interrupts::Interrupts(bool alsoTerminate, QObject *parent)
    : QObject(parent)
    , m_terminate(alsoTerminate)
{
    g_count = 0;
    std::signal(SIGINT, onSignal);
    if (m_terminate)
        std::signal(SIGTERM, onSignal);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const int seen = g_count.load();
        if (seen == m_handled)
            return;
        m_handled = seen;
        Q_EMIT interrupted(seen);
    });
    m_poll.start(50);
}

Interrupts::~Interrupts()
{
    std::signal(SIGINT, SIG_DFL);
    if (m_terminate)
        std::signal(SIGTERM, SIG_DFL);
}

} // namespace plugboard
