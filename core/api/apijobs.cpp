#include "api/apijobs.h"

#include "api/apijson.h"
#include "pluginmanager.h"

namespace plugboard {

ApiJobs::ApiJobs(PluginManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    connect(manager, &PluginManager::jobFinished, this, &ApiJobs::onFinished);
}

std::optional<QJsonObject> ApiJobs::describe(quint64 id) const
{
    if (const std::optional<JobInfo> running = m_manager->job(id))
        return ApiJson::job(*running);
    if (const JobResult *result = finished(id))
        return ApiJson::job(*result);
    return std::nullopt;
}

const JobResult *ApiJobs::finished(quint64 id) const
{
    const auto it = m_finished.constFind(id);
    return it == m_finished.cend() ? nullptr : &it.value();
}

void ApiJobs::whenFinished(quint64 id, std::function<void(const JobResult &)> done)
{
    if (const JobResult *result = finished(id)) {
        done(*result);
        return;
    }
    m_waiting[id].append(std::move(done));
}

void ApiJobs::onFinished(const JobResult &result)
{
    m_finished.insert(result.jobId, result);
    m_order.enqueue(result.jobId);
    while (m_order.size() > FinishedKept)
        m_finished.remove(m_order.dequeue());
    const QList<std::function<void(const JobResult &)>> waiting = m_waiting.take(result.jobId);
    for (const auto &done : waiting)
        done(result);
}

} // namespace plugboard
