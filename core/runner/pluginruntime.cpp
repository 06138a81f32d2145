#include "runner/pluginruntime.h"

#include <atomic>

namespace plugboard {

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Disable:
        return QStringLiteral("disable");
    case StopReason::Delete:
        return QStringLiteral("delete");
    case StopReason::Reload:
        return QStringLiteral("reload");
    case StopReason::Replace:
        return QStringLiteral("replace");
    case StopReason::Shutdown:
        return QStringLiteral("shutdown");
    }
    return QStringLiteral("shutdown");
}

QString outcomeName(JobResult::Outcome outcome)
{
    switch (outcome) {
    case JobResult::Outcome::Ok:
        return QStringLiteral("ok");
    case JobResult::Outcome::Error:
        return QStringLiteral("error");
    case JobResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case JobResult::Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case JobResult::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

quint64 nextJobId()
{
    // Relaxed is enough: only uniqueness matters, not ordering with other memory.
    static std::atomic<quint64> counter{0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

} // namespace plugboard
