// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginjson.h"

#include "catalog/pluginstatus.h"

#include "common/jsonwriter.h"
#include "settings/pluginsettings.h"

#include <QJsonDocument>
#include <QUrl>

namespace plugboard::PluginJson {

namespace {

using L = QLatin1StringView;

void writeDiagnostics(JsonWriter &w, const Diagnostics &diagnostics)
{
    w.beginArray();
    for (const Diagnostic &d : diagnostics) {
        w.beginObject();
        w.field(L("severity"),
                d.severity == Diagnostic::Severity::Error ? L("error") : L("warning"));
        w.field(L("source"), d.source);
        w.field(L("message"), d.message);
        w.endObject();
    }
    w.endArray();
}

void writeStringList(JsonWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

void writeStatus(JsonWriter &w, const QList<StatusLine> &lines)
{
    w.beginArray();
    for (const StatusLine &line : lines) {
        w.beginObject();
        w.field(L("severity"), line.severity == StatusLine::Severity::Error     ? L("error")
                               : line.severity == StatusLine::Severity::Warning ? L("warning")
                                                                                : L("info"));
        w.field(L("text"), line.text);
        w.field(L("short"), line.shortText);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QString logoUrl(const QString &key)
{
    return QStringLiteral("/api/plugins/plugins/%1/logo/")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(key)));
}

void writeEntry(JsonWriter &w, const PluginInfo &info, const ExtraFields &extra)
{
    const QList<FieldSpec> &schema = info.fields();
    w.beginObject();
    w.field(L("key"), info.key());
    w.field(L("name"), info.name());
    w.field(L("version"), info.version());
    w.field(L("description"), info.description());
    w.key(L("author"));
    w.stringOrNull(info.author());
    w.key(L("help_url"));
    w.stringOrNull(info.safeHelpUrl());
    w.key(L("folder"));
    w.stringOrNull(info.folderName());
    w.field(L("enabled"), info.enabled());
    w.field(L("ever_enabled"), info.everEnabled());
    w.field(L("trusted"), info.trusted());
    w.field(L("legacy"), info.isLegacy());
    w.field(L("missing"), info.isMissing());
    w.field(L("loaded"), info.isLoaded());
    w.key(L("load_error"));
    w.stringOrNull(info.loadError());
    w.key(L("load_failed_at"));
    w.stringOrNull(info.loadFailedAt());
    w.field(L("can_enable"), info.enableBlocker().isEmpty());
    // What the card and `plugboardctl list` say about it (PluginStatus), most serious first.
    w.field(L("state"), stateName(info.state()));
    w.key(L("status"));
    writeStatus(w, PluginStatus::lines(info));
    w.key(L("fields"));
    w.beginArray();
    for (const FieldSpec &field : schema)
        field.writeJson(w);
    w.endArray();
    w.key(L("actions"));
    w.beginArray();
    for (const ActionSpec &action : info.actions())
        action.writeJson(w);
    w.endArray();
    // Effective settings, streamed; a password's value is never written (SPEC §6).
    w.key(L("settings"));
    w.beginObject();
    PluginSettings::forEachEffective(schema, info.storedSettings(),
                                     [&w](const FieldSpec &field, const QJsonValue &value) {
                                         w.key(field.id);
                                         if (field.isPassword())
                                             w.null();
                                         else
                                             w.value(value);
                                     });
    w.endObject();
    w.field(L("secrets"), QJsonValue(PluginSettings::secretsSet(schema, info.storedSettings())));
    w.key(L("orphaned_settings"));
    writeStringList(w, info.orphanedSettings());
    w.key(L("diagnostics"));
    writeDiagnostics(w, info.diagnostics());
    w.key(L("logo_url"));
    if (info.logo().isValid())
        w.value(logoUrl(info.key()));
    else
        w.null();
    if (extra)
        extra(w, info);
    w.endObject();
}

void writeList(JsonWriter &w, const QList<PluginInfo> &infos, const ExtraFields &extra)
{
    w.beginObject();
    w.key(L("plugins"));
    w.beginArray();
    for (const PluginInfo &info : infos)
        writeEntry(w, info, extra);
    w.endArray();
    w.endObject();
}

QByteArray listDocument(const QList<PluginInfo> &infos, bool indented, const ExtraFields &extra)
{
    JsonWriter w(indented);
    w.reserve(infos.size() * 4096); // about what one entry takes: one allocation, no regrowth
    writeList(w, infos, extra);
    return w.take();
}

QJsonObject entry(const PluginInfo &info)
{
    JsonWriter w;
    writeEntry(w, info);
    return QJsonDocument::fromJson(w.buffer()).object();
}

QJsonArray diagnostics(const Diagnostics &diagnostics)
{
    JsonWriter w;
    writeDiagnostics(w, diagnostics);
    return QJsonDocument::fromJson(w.buffer()).array();
}

} // namespace plugboard::PluginJson
