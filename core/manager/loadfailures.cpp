// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/pluginmanager_p.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcManager)

namespace plugboard {

void PluginManagerPrivate::readLoadFailures()
{
    Result<QHash<QString, StoredLoadFailure>> stored = loadFailureStore.all();
    if (!stored) {
        qCWarning(lcManager) << "could not read the plugins' load failures:"
                             << stored.error().message;
        return;
    }
    loadFailures.clear();
    for (auto it = stored.value().cbegin(); it != stored.value().cend(); ++it) {
        const qsizetype i = indexOf(it.key());
        // A plugin gone missing keeps its record: the same code may come back.
        if (i >= 0 && !plugins[i].path().isEmpty() &&
            LoadFailureStore::codeStamp(plugins[i].path(), plugins[i].entryFile()) !=
                it->codeStamp) {
            (void)loadFailureStore.clear(it.key()); // other code now: the failure was of the old
            continue;
        }
        loadFailures.insert(it.key(), it.value());
    }
}

void PluginManagerPrivate::rememberLoadOutcome(const LoadResult &result)
{
    if (result.ok) {
        if (loadFailures.remove(result.key)) {
            if (Result<void> cleared = loadFailureStore.clear(result.key); !cleared)
                qCWarning(lcManager) << "could not clear the load failure of" << result.key << ":"
                                     << cleared.error().message;
        }
        return;
    }
    const qsizetype i = indexOf(result.key);
    // A load cut short by switching the plugin off is no failure of its code.
    if (i < 0 || !plugins[i].enabled() || plugins[i].path().isEmpty())
        return;
    const StoredLoadFailure failure{
        result.error, result.traceback, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
        LoadFailureStore::codeStamp(plugins[i].path(), plugins[i].entryFile())};
    loadFailures.insert(result.key, failure);
    if (Result<void> saved = loadFailureStore.record(result.key, failure); !saved)
        qCWarning(lcManager) << "could not store the load failure of" << result.key << ":"
                             << saved.error().message;
}

} // namespace plugboard
