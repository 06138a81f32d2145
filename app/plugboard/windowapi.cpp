// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowapi.h"

#include "api/apitoken.h"
#include "manager/pluginmanager.h"
#include "window/mainwindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>

using namespace plugboard;

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("plugboard"), QStringLiteral("plugboard"));
}

} // namespace

WindowApi::WindowApi(PluginManager *manager, ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_window(window)
    , m_record(manager->paths().dataDir, manager->paths().pluginsDir, QStringLiteral("window"))
    , m_repositories(manager->paths().databasePath())
    , m_server(manager)
{
    m_server.setRepositories(&m_repositories);
    connect(window, &ui::MainWindow::apiServingRequested, this,
            [this](bool on) { serve(on, true); });
    connect(window, &ui::MainWindow::apiTokenRequested, this, &WindowApi::copyToken);
}

Result<void> WindowApi::claim()
{
    return m_record.claim();
}

void WindowApi::start(int portOverride, bool disabled)
{
    m_port =
        portOverride >= 0
            ? quint16(portOverride)
            : quint16(
                  settings().value(QStringLiteral("api/port"), ApiServer::DefaultPort).toUInt());
    const bool wanted = !disabled && settings().value(QStringLiteral("api/enabled"), true).toBool();
    serve(wanted, false);
}

void WindowApi::serve(bool on, bool remember)
{
    if (remember)
        settings().setValue(QStringLiteral("api/enabled"), on);
    QString problem;
    if (on) {
        const Result<quint16> listening = m_server.start(m_port);
        if (!listening) {
            problem = listening.error().message;
            m_window->notify(ui::Toast::Level::Warning, tr("The REST API is not running"), problem);
        }
    } else {
        m_server.stop();
    }
    (void)m_record.publish(m_server.isRunning() ? m_server.port() : 0);
    m_window->setApiState(m_server.isRunning(), m_server.baseUrl(), problem);
}

void WindowApi::copyToken()
{
    const Result<QByteArray> token = ApiToken::load(m_manager->paths().dataDir);
    if (!token) {
        m_window->notify(ui::Toast::Level::Error, tr("No API token"), token.error().message);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromLatin1(token.value()));
    m_window->notify(
        ui::Toast::Level::Info, tr("API token copied"),
        tr("Send it as \"Authorization: Bearer <token>\" to %1.").arg(m_server.baseUrl()));
}
