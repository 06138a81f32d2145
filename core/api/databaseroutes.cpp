// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin database's safety net over REST: where its backups are, and the notice of the last
// time a damaged database was put right (also carried by the plugin list and the event
// stream's hello), which a client may dismiss.

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "manager/pluginmanager.h"
#include "store/backups.h"
#include "store/recovery.h"

#include <QJsonArray>

namespace plugboard::ApiRoutes {

QJsonObject recoveryJson(const RecoveryReport &report)
{
    return {{QStringLiteral("message"), DatabaseRecovery::sentence(report)},
            {QStringLiteral("at"), report.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("reason"), report.reason},
            {QStringLiteral("damaged_file"), report.damagedPath},
            {QStringLiteral("restored_from"), report.restoredFrom},
            {QStringLiteral("backup_taken_at"),
             report.startedEmpty() ? QJsonValue() : report.backupTakenAt.toString(Qt::ISODate)},
            {QStringLiteral("started_empty"), report.startedEmpty()}};
}

void addDatabaseRoutes(ApiRouter &router, const ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/plugins/database/");
    router.add("GET", base, [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
        const QString path = ctx.manager->paths().databasePath();
        QJsonArray backups;
        for (const DatabaseBackups::Backup &backup : DatabaseBackups::list(path)) {
            backups.append(backup.toJson());
        }
        const std::optional<RecoveryReport> recovery = ctx.manager->databaseRecovery();
        r.respond(ApiJson::object(
            200, {{QStringLiteral("success"), true},
                  {QStringLiteral("database"), path},
                  {QStringLiteral("backups_folder"), DatabaseBackups::folder(path)},
                  {QStringLiteral("backups"), backups},
                  {QStringLiteral("database_recovery"),
                   recovery ? QJsonValue(recoveryJson(*recovery)) : QJsonValue()}}));
    });
    router.add("DELETE", base + QStringLiteral("recovery/"),
               [ctx](const HttpRequest &, const QStringList &, HttpResponder r) {
                   ctx.manager->dismissDatabaseRecovery();
                   r.respond(ApiJson::object(200, {{QStringLiteral("success"), true}}));
               });
}

} // namespace plugboard::ApiRoutes
