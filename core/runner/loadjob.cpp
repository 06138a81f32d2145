#include "runner/loadjob.h"

namespace plugboard {

LoadJob::LoadJob(QString key, QObject *parent)
    : Job(parent)
    , m_key(std::move(key))
{}

void LoadJob::markFailed(const Error &error, const QString &traceback)
{
    m_traceback = traceback;
    finishWithError(error);
}

} // namespace plugboard
