#pragma once

#include "runner/pluginruntime.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

namespace plugboard {

class PluginManager;

// Remembers how jobs ended, so GET /api/plugins/jobs/<id>/ answers for a job that finished
// (the manager only knows jobs in flight), and lets a synchronous run wait for its job. It
// records every job of the process, whoever started it (window, REST, plugboard.submit()).
class ApiJobs : public QObject {
    Q_OBJECT

public:
    static constexpr qsizetype FinishedKept = 1000;

    explicit ApiJobs(PluginManager *manager, QObject *parent = nullptr);

    // The job as JSON: in flight or finished; nothing when unknown (or long forgotten).
    std::optional<QJsonObject> describe(quint64 id) const;
    const JobResult *finished(quint64 id) const;
    // Calls `done` once the job has finished (at once when it already has).
    void whenFinished(quint64 id, std::function<void(const JobResult &)> done);

private:
    void onFinished(const JobResult &result);

    PluginManager *m_manager;
    QHash<quint64, JobResult> m_finished;
    QQueue<quint64> m_order;
    QHash<quint64, QList<std::function<void(const JobResult &)>>> m_waiting;
};

} // namespace plugboard
