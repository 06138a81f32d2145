// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "pluginaccess.h"

#include "api/instancerecord.h"

namespace plugboard {
class ApiClient;
}

// PluginAccess through the Plugboard that owns the data folder — the window or `plugboardctl
// serve` — over its REST API, so one interpreter runs the plugins. A run follows the event
// stream for the plugin's log lines and the result; Ctrl+C cancels the remote job.
class RemotePlugins : public PluginAccess {
public:
    RemotePlugins(const plugboard::RunningInstance &instance, plugboard::ApiClient &client);

    // Why this instance cannot take the commands (API off, another plugins folder); empty
    // when it can.
    static QString refusal(const plugboard::RunningInstance &instance, const QString &pluginsDir);

    QString where() const override;
    QString pluginsDir() const override;
    plugboard::Result<Plugin> find(const QString &key) override;
    plugboard::Result<Switched> setEnabled(const QString &key, bool enabled,
                                           bool acknowledgeTrust) override;
    plugboard::Result<Switched> restart(const QString &key) override;
    plugboard::Result<MemoryLimit> memoryLimit(const QString &key) override;
    plugboard::Result<MemoryLimit> setMemoryLimit(const QString &key, int mb) override;
    plugboard::Result<int> reload() override;
    plugboard::Result<void> remove(const QString &key, bool purgeData) override;
    Imported import(const QString &zipPath, const plugboard::ImportOptions &options,
                    bool enable) override;
    plugboard::Result<RunEnd> run(const QString &key, const QString &action,
                                  const QJsonObject &params, int timeoutMs,
                                  const RunOutput &output) override;
    plugboard::Result<std::optional<plugboard::Confirmation>>
    confirmation(const QString &key, const QString &action) override;
    RepositoryInstalled installFromRepository(const plugboard::RepositoryInstallRequest &request,
                                              bool enable) override;

private:
    QString owner() const;
    QString pluginPath(const QString &key, const char *rest = "") const;

    plugboard::RunningInstance m_instance;
    plugboard::ApiClient &m_client;
    // The entry find() fetched last: a run asks find() and then confirmation() of the same
    // plugin, one GET for both.
    QString m_entryKey;
    QJsonObject m_entry;
};
