// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpmessage.h"
#include "common/result.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

namespace plugboard {

struct JobInfo;
struct JobResult;

// The REST API's JSON conventions (SPEC §12): success bodies are objects, errors are
// {"success": false, "error": "<sentence>", "code": "<machine name>"} with the matching status.
namespace ApiJson {

HttpResponse object(int status, const QJsonObject &body);
HttpResponse raw(int status, QByteArray utf8Json);

HttpResponse error(int status, const QString &message, QLatin1StringView code);
// Maps the core's error codes to HTTP (400, 404, 409, 403, 503, 500); field errors become
// "errors": {field: sentence}.
HttpResponse error(const Error &error);
int statusFor(ErrorCode code);
QLatin1StringView codeName(ErrorCode code);
// The other way round, for clients: "trust_required" → TrustRequired; unknown → Internal.
ErrorCode codeFromName(const QString &name);

// The body as a JSON object that uses only `allowedKeys`; anything else is InvalidInput with a
// sentence naming what is wrong (empty body, not JSON, not an object, an unknown key).
Result<QJsonObject> objectBody(const HttpRequest &request, const QStringList &allowedKeys);

// A job in flight, and a finished one, in the shape of GET /api/plugins/jobs/<id>/.
QJsonObject job(const JobInfo &job);
QJsonObject job(const JobResult &result);
// The other way round, for clients: a finished job's JSON back into a JobResult.
JobResult jobResult(const QJsonObject &job);

} // namespace ApiJson
} // namespace plugboard
