// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiserver.h"
#include "api/instancerecord.h"
#include "common/result.h"
#include "repos/repositories.h"

#include <QObject>

namespace plugboard {
class PluginManager;
namespace ui {
class MainWindow;
}
} // namespace plugboard

// The window's REST API (SPEC §12): it claims the data folder (one owner of Python: plugboardctl
// then sends plugin-running commands here), serves the API unless turned off, and keeps the
// View ▸ Local REST API menu in step. On by default on port 9191; the menu's choice is
// remembered, --no-api and --api-port only change one run.
class WindowApi : public QObject {
    Q_OBJECT

public:
    WindowApi(plugboard::PluginManager *manager, plugboard::ui::MainWindow *window,
              QObject *parent = nullptr);

    // Fails when another Plugboard already runs the plugins of this data folder.
    plugboard::Result<void> claim();
    // portOverride < 0: the saved port; disabled: not this run (--no-api).
    void start(int portOverride, bool disabled);

    const plugboard::ApiServer &server() const { return m_server; }
    // The one Repositories of this process: the REST API's and the window's Find Plugins page.
    plugboard::Repositories &repositories() { return m_repositories; }

private:
    void serve(bool on, bool remember);
    void copyToken();

    plugboard::PluginManager *m_manager;
    plugboard::ui::MainWindow *m_window;
    plugboard::InstanceRecord m_record;
    plugboard::Repositories m_repositories; // for /api/plugins/repos/; outlives m_server
    plugboard::ApiServer m_server;
    quint16 m_port = plugboard::ApiServer::DefaultPort;
};
