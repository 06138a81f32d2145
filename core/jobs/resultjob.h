// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"

#include <functional>
#include <utility>

namespace plugboard {

// A job whose work produces one value of type T (a preview, an import's outcome, a count).
// The code doing the work reports through the public set…/finish… calls; everyone else only
// reads. A job made by the manager is finished by the manager; nothing else calls those.
template<typename T> class ResultJob : public Job {
public:
    explicit ResultJob(QObject *parent)
        : Job(parent)
    {}

    // Valid once finished (a default T before, or when the work failed before producing one).
    const T &result() const { return m_result; }

    // ---- for the code doing the work ----
    using Job::setProgress;
    using Job::setStarted;
    // What cancel() asks of the work; none means the job cannot be cancelled.
    void setCanceller(std::function<bool()> canceller) { m_canceller = std::move(canceller); }
    void succeed(T result)
    {
        m_result = std::move(result);
        finishOk();
    }
    void fail(const Error &error, T partial = T())
    {
        m_result = std::move(partial);
        finishWithError(error);
    }
    // The same from the event loop, for outcomes known before the caller could connect.
    void failLater(const Error &error) { finishWithErrorLater(error); }
    void succeedLater(T result)
    {
        m_result = std::move(result);
        finishOkLater();
    }

protected:
    bool doCancel() override
    {
        if (!m_canceller || !m_canceller())
            return false;
        setCancelling();
        return true;
    }

private:
    T m_result{};
    std::function<bool()> m_canceller;
};

} // namespace plugboard
