// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pluginaccess.h"

#include <memory>

namespace plugboard {
class LoadJob;
class PluginManager;
class Repositories;
} // namespace plugboard

// PluginAccess in this process: nobody else owns the data folder, so plugboardctl loads and
// runs the plugins' code itself, through its own PluginManager.
class LocalPlugins : public PluginAccess {
public:
    explicit LocalPlugins(plugboard::PluginManager &manager);
    ~LocalPlugins() override;

    // The first discovery, which a reload right after reuses.
    plugboard::Result<void> discover();

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
    // The plugin once its code has loaded or failed to (loading it first when needed).
    plugboard::Result<Switched> loaded(const QString &key);
    // Waits for a load (of enable or restart) and answers with the plugin as it is then.
    plugboard::Result<Switched> whenLoaded(plugboard::Result<plugboard::LoadJob *> loading,
                                           const QString &key);

    plugboard::PluginManager &m_manager;
    std::unique_ptr<plugboard::Repositories> m_repositories;
    bool m_justDiscovered = false;
};
