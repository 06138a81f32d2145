// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
