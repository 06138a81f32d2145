// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/settingstransfer.h"

#include "catalog/pluginkey.h"
#include "manager/pluginmanager.h"
#include "settings/pluginsettings.h"
#include "settings/settingsfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SettingsTransfer)
};

bool hasSettingsFields(const PluginInfo &info)
{
    for (const FieldSpec &field : info.fields()) {
        if (field.type != FieldType::Info)
            return true;
    }
    return false;
}

int storedSecrets(const PluginInfo &info)
{
    int count = 0;
    const QJsonObject set = PluginSettings::secretsSet(info.fields(), info.storedSettings());
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        count += it.value().toBool() ? 1 : 0;
    return count;
}

QString missingFolder(const PluginInfo &info)
{
    return Text::tr("The folder of \"%1\" is missing, so its settings fields are unknown.")
        .arg(info.name());
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject SettingsImportReport::toJson() const
{
    QJsonArray appliedArray, skippedArray, refusedArray;
    for (const Applied &a : applied) {
        appliedArray.append(QJsonObject{{QStringLiteral("key"), a.key},
                                        {QStringLiteral("name"), a.name},
                                        {QStringLiteral("fields"), array(a.fields)},
                                        {QStringLiteral("ignored_fields"), array(a.ignored)}});
    }
    for (const Skipped &s : skipped) {
        skippedArray.append(QJsonObject{{QStringLiteral("key"), s.key},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("reason"), s.reason},
                                        {QStringLiteral("ignored_fields"), array(s.ignored)}});
    }
    for (const Refused &r : refused) {
        QJsonObject errors;
        for (const FieldError &field : r.fieldErrors)
            errors.insert(field.field, field.message);
        refusedArray.append(QJsonObject{{QStringLiteral("key"), r.key},
                                        {QStringLiteral("name"), r.name},
                                        {QStringLiteral("error"), r.reason},
                                        {QStringLiteral("errors"), errors}});
    }
    QJsonObject object{{QStringLiteral("success"), ok()},
                       {QStringLiteral("applied"), appliedArray},
                       {QStringLiteral("skipped"), skippedArray},
                       {QStringLiteral("refused"), refusedArray}};
    if (!ok())
        object.insert(QStringLiteral("error"), summary());
    return object;
}

QString SettingsImportReport::summary() const
{
    if (isEmpty())
        return Text::tr("The file holds no plugin settings.");
    return Text::tr("Plugins applied: %1, skipped: %2, refused: %3.")
        .arg(applied.size())
        .arg(skipped.size())
        .arg(refused.size());
}

namespace SettingsTransfer {

Result<Exported> exportSettings(const PluginManager &manager, const QStringList &plugins,
                                bool includeSecrets)
{
    QList<PluginInfo> chosen;
    if (plugins.isEmpty()) {
        for (const PluginInfo &info : manager.plugins()) {
            if (!info.isUnusable() && hasSettingsFields(info))
                chosen.append(info);
        }
    } else {
        for (const QString &name : plugins) {
            const std::optional<PluginInfo> info = manager.plugin(name);
            if (!info)
                return PluginKey::unknown(name);
            if (info->isMissing())
                return Error::make(ErrorCode::Conflict, missingFolder(*info));
            if (info->isUnusable())
                return Error::make(ErrorCode::Conflict, info->enableBlocker());
            chosen.append(*info);
        }
    }

    Exported exported;
    QList<SettingsFile::PluginEntry> entries;
    for (const PluginInfo &info : std::as_const(chosen)) {
        if (exported.keys.contains(info.key()))
            continue; // named twice (by key and by folder)
        exported.keys.append(info.key());
        entries.append(
            {info.key(), info.name(), info.version(),
             SettingsFile::exportedSettings(info.fields(), info.storedSettings(), includeSecrets)});
        (includeSecrets ? exported.secretsIncluded : exported.secretsLeftOut) +=
            storedSecrets(info);
    }
    exported.keys.sort(); // the document's order
    exported.document =
        SettingsFile::document(entries, includeSecrets, QDateTime::currentMSecsSinceEpoch());
    return exported;
}

namespace {

SettingsImportReport apply(PluginManager &manager, const SettingsFile::ReadDocument &read)
{
    SettingsImportReport report;
    for (const SettingsFile::ReadEntry &entry : read.plugins) {
        const std::optional<PluginInfo> info = manager.plugin(entry.key);
        const QString key = info ? info->key() : entry.key;
        const QString name = info && !info->isMissing() ? info->name()
                             : entry.name.isEmpty()     ? entry.key
                                                        : entry.name;
        if (!entry.problem.isEmpty()) {
            report.refused.append({key, name, entry.problem, {}});
            continue;
        }
        if (!info) {
            report.skipped.append({key, name, Text::tr("Not installed here."), {}});
            continue;
        }
        if (info->isMissing()) {
            report.skipped.append({key, name, missingFolder(*info), {}});
            continue;
        }

        QStringList ignored;
        const QJsonObject changes =
            SettingsFile::changesFor(info->fields(), entry.settings, &ignored);
        // Checked against what is stored now, to tell "nothing to change" from a save; the
        // save itself validates again inside its write lock.
        const Result<QJsonObject> preview =
            PluginSettings::applyChanges(info->fields(), info->storedSettings(), changes);
        if (!preview) {
            report.refused.append(
                {key, name, preview.error().message, preview.error().fieldErrors});
            continue;
        }
        const QStringList changed =
            SettingsFile::changedIds(info->fields(), info->storedSettings(), preview.value());
        if (changed.isEmpty()) {
            report.skipped.append(
                {key, name,
                 changes.isEmpty() && !ignored.isEmpty()
                     ? Text::tr("None of its settings in the file is a field it has now.")
                     : Text::tr("It already has these settings."),
                 ignored});
            continue;
        }
        const Result<PluginInfo> saved = manager.saveSettings(info->key(), changes);
        if (!saved) {
            report.refused.append({key, name, saved.error().message, saved.error().fieldErrors});
            continue;
        }
        report.applied.append({key, name, changed, ignored});
    }
    return report;
}

} // namespace

Result<SettingsImportReport> importSettings(PluginManager &manager, const QByteArray &bytes)
{
    const Result<SettingsFile::ReadDocument> read = SettingsFile::read(bytes);
    if (!read)
        return read.error();
    return apply(manager, read.value());
}

Result<SettingsImportReport> importSettings(PluginManager &manager, const QJsonObject &document)
{
    const Result<SettingsFile::ReadDocument> read = SettingsFile::read(document);
    if (!read)
        return read.error();
    return apply(manager, read.value());
}

QByteArray toBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    // Before a byte is written: the passwords are never readable by others, not even for a
    // moment, and an existing file's looser mode (which QSaveFile copies) does not carry over.
    if (ownerOnly && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot make %1 private to you: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("%1 is larger than %2, too large for a settings file.")
                               .arg(path, QLocale().formattedDataSize(maxBytes)));
    }
    return bytes;
}

} // namespace SettingsTransfer
} // namespace plugboard
