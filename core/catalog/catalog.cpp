// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include "manifest/manifestreader.h"
#include "settings/pluginsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace plugboard::Catalog {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

// SPEC §2: the folder whose name already equals the key wins, else the first in order.
void markDuplicates(QList<Discovered> &discovered)
{
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < discovered.size(); ++i)
        byKey[discovered[i].folder.key].append(i);
    for (const QList<qsizetype> &group : std::as_const(byKey)) {
        if (group.size() < 2)
            continue;
        qsizetype winner = group.first();
        for (qsizetype i : group) {
            if (discovered[i].folder.folderName == discovered[i].folder.key) {
                winner = i;
                break;
            }
        }
        for (qsizetype i : group) {
            if (i == winner)
                continue;
            discovered[i].duplicateKey = true;
            discovered[i].duplicateOf = discovered[winner].folder.folderName;
        }
    }
}

PluginInfo infoFrom(const Discovered &d, const StoredPlugin *row)
{
    PluginInfo::Data info;
    info.key = d.folder.key;
    info.folderName = d.folder.folderName;
    info.path = d.folder.path;
    info.entryFile = d.folder.entryFile;
    info.manifest = d.manifest;
    info.logo = d.logo.logo;
    info.duplicateOf = d.duplicateOf;

    if (d.folder.keyProblem != PluginKey::Problem::None) {
        info.state = PluginState::BadKey;
        info.error = PluginKey::describe(d.folder.keyProblem, info.folderName);
        info.diagnostics.append(Diagnostic::error(QStringLiteral("folder"), info.error));
    } else if (d.duplicateKey) {
        info.state = PluginState::Duplicate;
        info.error =
            Text::tr("Another folder (\"%1\") has the same key \"%2\"; rename one of them.")
                .arg(info.duplicateOf, info.key);
        info.diagnostics.append(Diagnostic::error(
            QStringLiteral("folder"),
            Text::tr(
                "Duplicate key \"%1\": the folder \"%2\" has the same key and is used instead; "
                "rename this folder to use both.")
                .arg(info.key, info.duplicateOf)));
    }
    info.diagnostics.append(d.manifest.diagnostics);
    if (d.logo.problem)
        info.diagnostics.append(*d.logo.problem);

    // A duplicate loser shares the winner's key but none of its stored state.
    if (row && !isUnusable(info.state)) {
        info.state = row->enabled ? PluginState::Enabled : PluginState::Disabled;
        info.everEnabled = row->everEnabled;
        info.trusted = row->trusted;
        info.storedSettings = row->settings;
        info.storedName = row->name;
        const QStringList orphans = PluginSettings::orphanedKeys(d.manifest.fields, row->settings);
        if (!orphans.isEmpty()) {
            info.diagnostics.append(Diagnostic::warning(
                QStringLiteral("settings"),
                Text::tr("Stored settings no field declares any more are kept: %1.")
                    .arg(orphans.join(QStringLiteral(", ")))));
        }
    }
    return PluginInfo(std::move(info));
}

} // namespace

Result<QList<Discovered>> scan(const QString &pluginsDir, QList<SkippedFolder> *skipped)
{
    Result<QList<PluginFolder>> folders = FolderScanner::scan(pluginsDir, skipped);
    if (!folders)
        return folders.error();
    QList<Discovered> discovered;
    discovered.reserve(folders.value().size());
    for (PluginFolder &folder : folders.value())
        discovered.append(Discovered{std::move(folder), {}, {}, false, {}});
    // Reading manifests and logos is independent per folder: spread it over the cores.
    const auto read = [](Discovered &d) {
        d.manifest = ManifestReader::readFolder(d.folder.path);
        d.logo = Logo::probe(d.folder.path);
    };
    if (discovered.size() < 32) {
        std::for_each(discovered.begin(), discovered.end(), read);
    } else {
        // Discovery itself runs on a pool thread: while it waits for the map it lends its slot
        // to the map's workers, else they get one thread fewer than the cores (~30% slower).
        QThreadPool *pool = QThreadPool::globalInstance();
        const bool inPool = pool->contains(QThread::currentThread());
        if (inPool)
            pool->releaseThread();
        QtConcurrent::blockingMap(discovered, read);
        if (inPool)
            pool->reserveThread();
    }
    markDuplicates(discovered);
    return discovered;
}

QList<DiscoveredMetadata> metadataFor(const QList<Discovered> &discovered)
{
    QList<DiscoveredMetadata> result;
    result.reserve(discovered.size());
    for (const Discovered &d : discovered) {
        if (d.duplicateKey || d.folder.keyProblem != PluginKey::Problem::None)
            continue;
        const QString name = d.manifest.name.isEmpty() ? d.folder.folderName : d.manifest.name;
        result.append({d.folder.key, name, d.manifest.version, d.manifest.description});
    }
    return result;
}

QList<PluginInfo> merge(const QList<Discovered> &discovered, const QList<StoredPlugin> &rows)
{
    QHash<QString, const StoredPlugin *> rowByKey;
    rowByKey.reserve(rows.size());
    for (const StoredPlugin &row : rows)
        rowByKey.insert(row.key, &row);

    QList<PluginInfo> infos;
    infos.reserve(discovered.size() + 4);
    QSet<QString> present;
    for (const Discovered &d : discovered) {
        infos.append(infoFrom(d, rowByKey.value(d.folder.key)));
        present.insert(d.folder.key);
    }
    for (const StoredPlugin &row : rows) {
        if (present.contains(row.key))
            continue;
        PluginInfo::Data info;
        info.key = row.key;
        info.storedName = row.name;
        info.manifest.present = true; // not "legacy": we simply cannot see its files
        info.manifest.version = row.version;
        info.manifest.description = row.description;
        info.state = PluginState::Missing;
        info.error = Text::tr("The plugin's folder is missing; it cannot be enabled.");
        info.everEnabled = row.everEnabled;
        info.trusted = row.trusted;
        info.storedSettings = row.settings;
        info.diagnostics.append(Diagnostic::error(
            QStringLiteral("folder"),
            Text::tr(
                "The plugin's folder is missing from the plugins folder. Its settings are kept; "
                "put the folder back, or remove the plugin to forget it.")));
        infos.append(PluginInfo(std::move(info)));
    }
    return infos;
}

} // namespace plugboard::Catalog
