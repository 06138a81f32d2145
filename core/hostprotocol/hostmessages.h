// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runner/runtimetypes.h"

#include <QCborMap>

// The bodies of the host protocol's messages for the values that cross the PluginRuntime seam
// (load, run and what came of them), so a host process can run a plugin behind the same seam as
// the in-process runtime. Decoding treats the map as untrusted: a member of the wrong kind, or
// text or lists past their limits, fails with a sentence naming the member; fields and actions a
// host reports go through the same normalisers as plugin.json's.
namespace plugboard::HostMessages {

// Text a host may send in one member (a traceback, a result message) before it is refused.
constexpr qsizetype MaxTextLength = 1024 * 1024;
constexpr qsizetype MaxListLength = 10000;

QCborMap encode(const LoadRequest &request);
QCborMap encode(const RunRequest &request);
QCborMap encode(const LoadResult &result);
QCborMap encode(const JobResult &result);

Result<LoadRequest> loadRequest(const QCborMap &body);
Result<RunRequest> runRequest(const QCborMap &body);
Result<LoadResult> loadResult(const QCborMap &body);
Result<JobResult> jobResult(const QCborMap &body);

QString stopReasonName(StopReason reason);
// The reason named `name`; Shutdown for a name it does not know.
StopReason stopReason(const QString &name);

} // namespace plugboard::HostMessages
