// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/plugins/plugins/import/ (SPEC §10, §12): a multipart upload of a plugin zip, then
// the same importer the window and plugboardctl use (inspect, stage, rename into place).

#include "api/apijson.h"
#include "api/apirouter.h"
#include "api/apiroutes.h"
#include "api/httpserver.h"
#include "api/multipartparser.h"
#include "catalog/pluginjson.h"
#include "common/jsonwriter.h"
#include "common/runinpool.h"
#include "jobs/resultjob.h"
#include "manager/importtypes.h"
#include "manager/pluginmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace plugboard::ApiRoutes {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)
};

// What the form said, with the zip already written to a private temporary folder (its file
// name matters: a flat zip's folder name comes from it).
struct Upload {
    std::shared_ptr<QTemporaryDir> dir;
    QString zipPath;
    ImportOptions options;
};

// The uploaded file's own name without any folder part, safe to create; "plugin.zip" when the
// client sent nothing usable.
QString safeFileName(const QByteArray &sent)
{
    QString name = QString::fromUtf8(sent);
    name = name.mid(
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    name.removeIf([](QChar c) { return c.unicode() < 32 || c == QLatin1Char(':'); });
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.toUtf8().size() > 200)
        return QStringLiteral("plugin.zip");
    return name;
}

// Runs on a pool thread: a 200 MB body is not parsed or written on the window's thread.
Result<Upload> receive(const QByteArray &contentType, const QByteArray &body,
                       const QString &tempParent)
{
    const Result<QByteArray> boundary = Multipart::boundaryFrom(contentType);
    if (!boundary) {
        return Error::make(
            ErrorCode::InvalidInput,
            Text::tr("Send the zip as multipart/form-data with a \"file\" field (curl: "
                     "-F file=@plugin.zip). %1")
                .arg(boundary.error().message));
    }
    const Result<QList<MultipartPart>> parts = Multipart::parse(body, boundary.value());
    if (!parts)
        return parts.error();
    Upload upload;
    const MultipartPart *file = nullptr;
    for (const MultipartPart &part : parts.value()) {
        Result<bool> flag = true;
        if (part.name == "file") {
            if (file)
                return Error::make(ErrorCode::InvalidInput,
                                   Text::tr("Send one \"file\" per import."));
            file = &part;
        } else if (part.name == "overwrite") {
            flag = Multipart::parseBool(part.name, part.data);
            upload.options.replace = flag && flag.value();
        } else if (part.name == "keep_enabled") {
            flag = Multipart::parseBool(part.name, part.data);
            upload.options.keepEnabled = flag && flag.value();
        } else if (part.name == "folder") {
            upload.options.folderName = QString::fromUtf8(part.data);
        } else {
            return Error::make(
                ErrorCode::InvalidInput,
                Text::tr("Unknown form field \"%1\"; the import takes file, overwrite, "
                         "keep_enabled and folder.")
                    .arg(QString::fromUtf8(part.name.left(60))));
        }
        if (!flag)
            return flag.error();
    }
    if (!file || !file->hasFilename || file->data.isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The form has no \"file\" with a zip in it (curl: -F "
                                    "file=@plugin.zip)."));
    QDir().mkpath(tempParent);
    upload.dir = std::make_shared<QTemporaryDir>(tempParent + QStringLiteral("/import-XXXXXX"));
    if (!upload.dir->isValid())
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not make a temporary folder in \"%1\": %2")
                               .arg(tempParent, upload.dir->errorString()));
    upload.zipPath = upload.dir->filePath(safeFileName(file->filename));
    QFile out(upload.zipPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(file->data) != file->data.size())
        return Error::make(ErrorCode::Io, Text::tr("Could not store the upload in \"%1\": %2")
                                              .arg(upload.zipPath, out.errorString()));
    return upload;
}

HttpResponse imported(const ImportOutcome &outcome, const PluginInfo &info)
{
    JsonWriter w;
    w.beginObject();
    w.field(QLatin1StringView("success"), true);
    w.field(QLatin1StringView("replaced"), outcome.replaced);
    w.key(QLatin1StringView("previous_version"));
    w.stringOrNull(outcome.previousVersion);
    w.key(QLatin1StringView("plugin"));
    PluginJson::writeEntry(w, info);
    w.endObject();
    return ApiJson::raw(200, w.take());
}

void importZip(const ApiContext &ctx, const HttpRequest &request, HttpResponder responder)
{
    auto shared = std::make_shared<HttpResponder>(std::move(responder));
    const QString tempParent = QDir(ctx.dataDir).filePath(QStringLiteral("tmp"));
    PluginManager *manager = ctx.manager;
    runInPool(
        manager,
        [type = request.header("content-type"), body = request.body, tempParent] {
            return receive(type, body, tempParent);
        },
        [manager, shared](Result<Upload> upload) {
            if (!upload)
                return void(shared->respond(ApiJson::error(upload.error())));
            ImportJob *job = manager->import(upload.value().zipPath, upload.value().options);
            // The temporary folder lives until the import is over (the lambda holds it).
            QObject::connect(
                job, &Job::finished, manager, [manager, shared, job, dir = upload.value().dir] {
                    const ImportOutcome &outcome = job->result();
                    const std::optional<PluginInfo> info =
                        outcome.ok ? manager->plugin(outcome.key) : std::nullopt;
                    Error error = job->error();
                    if (error.code == ErrorCode::Conflict)
                        error.message += Text::tr(" Over the API: send overwrite=true.");
                    shared->respond(info ? imported(outcome, *info) : ApiJson::error(error));
                });
        });
}

} // namespace

void addImportRoute(ApiRouter &router, const ApiContext &ctx)
{
    router.add("POST", QStringLiteral("/api/plugins/plugins/import/"),
               [ctx](const HttpRequest &request, const QStringList &, HttpResponder r) {
                   importZip(ctx, request, std::move(r));
               });
}

} // namespace plugboard::ApiRoutes
