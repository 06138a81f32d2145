// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/settingstransfercontroller.h"

#include "dialogs/settingsimportdialog.h"
#include "manager/pluginmanager.h"
#include "manager/settingstransfer.h"
#include "toasts/toastarea.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace plugboard::ui {

namespace {

const QString kLastFolder = QStringLiteral("settingsTransfer/lastFolder");

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SettingsTransferController::SettingsTransferController(PluginManager *manager, QWidget *window,
                                                       ToastArea *toasts, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_window(window)
    , m_toasts(toasts)
{}

QString SettingsTransferController::lastFolder() const
{
    return QSettings(QStringLiteral("plugboard"), QStringLiteral("plugboard"))
        .value(kLastFolder, QDir::homePath())
        .toString();
}

void SettingsTransferController::rememberFolder(const QString &path) const
{
    QSettings(QStringLiteral("plugboard"), QStringLiteral("plugboard"))
        .setValue(kLastFolder, QFileInfo(path).absolutePath());
}

void SettingsTransferController::chooseExportFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Export settings"),
                                   lastFolder() + QStringLiteral("/plugboard-settings.json"),
                                   tr("Plugboard settings (*.json)"));
    dialog->setObjectName(QStringLiteral("exportSettingsFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsTransferController::exportTo);
    dialog->open();
}

void SettingsTransferController::chooseImportFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Import settings"), lastFolder(),
                                   tr("Plugboard settings (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importSettingsFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsTransferController::importFrom);
    dialog->open();
}

void SettingsTransferController::exportTo(const QString &path)
{
    if (path.isEmpty())
        return;
    rememberFolder(path);
    // Without secrets first: it counts the stored passwords such an export would leave out.
    const Result<SettingsTransfer::Exported> probe =
        SettingsTransfer::exportSettings(*m_manager, {}, false);
    const int secrets = probe ? probe.value().secretsLeftOut : 0;
    if (secrets == 0)
        return write(path, false);

    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Include passwords?"),
        tr("%n password(s) of your plugins are stored. Leave them out of the file, or write "
           "them in it in clear text?",
           nullptr, secrets),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("exportPasswordsQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Whoever can read a file with passwords can use them. Plugboard makes it readable by "
           "you only; keep it so, and delete it when you no longer need it. Importing a file "
           "without passwords keeps the passwords already set."));
    QPushButton *leaveOut = box->addButton(tr("Leave Passwords Out"), QMessageBox::AcceptRole);
    leaveOut->setObjectName(QStringLiteral("leavePasswordsOut"));
    QPushButton *include = box->addButton(tr("Include Passwords"), QMessageBox::DestructiveRole);
    include->setObjectName(QStringLiteral("includePasswords"));
    box->setDefaultButton(leaveOut);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, leaveOut, include, path] {
        if (box->clickedButton() == leaveOut)
            write(path, false);
        else if (box->clickedButton() == include)
            write(path, true);
    });
    box->open();
}

void SettingsTransferController::write(const QString &path, bool includeSecrets)
{
    const Result<SettingsTransfer::Exported> exported =
        SettingsTransfer::exportSettings(*m_manager, {}, includeSecrets);
    Result<void> written = exported ? Result<void>() : Result<void>(exported.error());
    if (exported) {
        written = SettingsTransfer::writeFile(
            path, SettingsTransfer::toBytes(exported.value().document), includeSecrets);
    }
    if (!written) {
        m_toasts->show(Toast::Level::Error, tr("Settings not exported"), written.error().message);
        return;
    }
    const qsizetype count = exported.value().keys.size();
    m_toasts->show(Toast::Level::Success, tr("Settings exported"),
                   includeSecrets
                       ? tr("The settings of %n plugin(s), passwords included, are in %1.", nullptr,
                            int(count))
                             .arg(shownPath(path))
                       : tr("The settings of %n plugin(s) are in %1.", nullptr, int(count))
                             .arg(shownPath(path)));
}

void SettingsTransferController::importFrom(const QString &path)
{
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const Result<QByteArray> bytes = SettingsTransfer::readFile(path);
    const Result<SettingsImportReport> report =
        bytes ? SettingsTransfer::importSettings(*m_manager, bytes.value())
              : Result<SettingsImportReport>(bytes.error());
    auto *dialog = new SettingsImportDialog(QFileInfo(path).fileName(), report, m_window);
    dialog->setObjectName(QStringLiteral("settingsImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace plugboard::ui
