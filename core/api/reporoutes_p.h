// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the repository routes share (reporoutes.cpp: the list and its changes;
// repoofferroutes.cpp: what the repositories offer, and installing it; reposettingsroutes.cpp:
// online access and the refresh interval).

#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "repos/availability.h"
#include "store/storedrepository.h"

#include <QJsonObject>

#include <optional>

namespace plugboard::ApiRoutes::RepoRoutes {

HttpResponse invalid(const QString &sentence);
// A fetch that failed: the repository's server failing (Io) is a bad gateway, not our error.
HttpResponse fetchError(const Error &error);
Repositories *repositoriesOr503(const ApiContext &ctx, HttpResponder &responder);
std::optional<StoredRepository> repositoryOr404(Repositories *repositories, const QString &idOrUrl,
                                                HttpResponder &responder);
QJsonObject repositoryObject(const StoredRepository &row);
// The plugins installed here, as the availability view needs them.
Result<QList<InstalledPlugin>> installedPlugins(const ApiContext &ctx);

// reposettingsroutes.cpp
void showSettings(const ApiContext &ctx, HttpResponder responder);
void updateSettings(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder);

void available(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder);
void showPlugin(const ApiContext &ctx, const QString &id, const QString &slug,
                HttpResponder responder);
void installPlugin(const ApiContext &ctx, const HttpRequest &request, const QString &id,
                   const QString &slug, HttpResponder responder);

} // namespace plugboard::ApiRoutes::RepoRoutes
