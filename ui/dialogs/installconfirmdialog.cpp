// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/installconfirmdialog.h"

#include <QPushButton>
#include <QTextDocument>

namespace plugboard::ui {

QString InstallConfirmDialog::verb(const OfferedPlugin &plugin)
{
    switch (plugin.status) {
    case OfferedStatus::UpdateAvailable:
        return tr("Update");
    case OfferedStatus::NewerInstalled:
        return tr("Downgrade");
    case OfferedStatus::UpToDate:
        return tr("Reinstall");
    case OfferedStatus::Unmanaged:
    case OfferedStatus::OtherRepository:
        return tr("Replace");
    case OfferedStatus::NotInstalled:
        break;
    }
    return tr("Install");
}

InstallConfirmDialog::InstallConfirmDialog(const OfferedPlugin &plugin, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("installConfirm"));
    setTextFormat(Qt::PlainText);
    setIcon(QMessageBox::Question);
    // Whole sentences per action: a verb put in front of a name reads wrong in other languages.
    switch (plugin.status) {
    case OfferedStatus::UpdateAvailable:
        setWindowTitle(tr("Update %1?").arg(plugin.name));
        setText(
            tr("Update %1 to %2 from %3?").arg(plugin.name, plugin.latestVersion, plugin.repoName));
        break;
    case OfferedStatus::NewerInstalled:
        setWindowTitle(tr("Downgrade %1?").arg(plugin.name));
        setText(tr("Downgrade %1 to %2 from %3?")
                    .arg(plugin.name, plugin.latestVersion, plugin.repoName));
        break;
    case OfferedStatus::UpToDate:
        setWindowTitle(tr("Reinstall %1?").arg(plugin.name));
        setText(
            tr("Reinstall %1 %2 from %3?").arg(plugin.name, plugin.latestVersion, plugin.repoName));
        break;
    case OfferedStatus::Unmanaged:
    case OfferedStatus::OtherRepository:
        setWindowTitle(tr("Replace %1?").arg(plugin.name));
        setText(tr("Replace %1 with %2 from %3?")
                    .arg(plugin.name, plugin.latestVersion, plugin.repoName));
        break;
    case OfferedStatus::NotInstalled:
        setWindowTitle(tr("Install %1?").arg(plugin.name));
        setText(
            tr("Install %1 %2 from %3?").arg(plugin.name, plugin.latestVersion, plugin.repoName));
        break;
    }
    const QString action = verb(plugin);

    m_request.repoId = plugin.repoId;
    m_request.slug = plugin.slug;
    m_request.version = plugin.latestVersion;
    if (plugin.signature != OfferedSignature::Verified) {
        m_request.acceptUnsigned = true;
        m_warnings << tr("The repository is not signed with a key Plugboard checked: nothing "
                         "proves who published this plugin.");
    }
    if (plugin.deprecated) {
        m_request.acceptDeprecated = true;
        m_warnings << tr("Its publisher marked this plugin deprecated: it may no longer work or be "
                         "maintained.");
    }
    if (plugin.status == OfferedStatus::NewerInstalled) {
        m_request.acceptDowngrade = true;
        m_warnings << tr("Version %1 is installed; this installs the older %2.")
                          .arg(plugin.installedVersion, plugin.latestVersion);
    }
    if (plugin.status == OfferedStatus::Unmanaged ||
        plugin.status == OfferedStatus::OtherRepository) {
        m_request.replaceUnmanaged = true;
        m_warnings << (plugin.status == OfferedStatus::Unmanaged
                           ? tr("It replaces the copy of %1 (%2) installed by hand; its settings "
                                "are kept.")
                           : tr("It replaces the copy of %1 (%2) installed from another "
                                "repository; its settings are kept."))
                          .arg(plugin.key, plugin.installedVersion);
    }

    QString info = plugin.author.isEmpty() ? tr("Its author is not named.")
                                           : tr("It says it is made by %1.").arg(plugin.author);
    info += QLatin1Char(' ') +
            tr("A plugin runs its own code with your user's rights: it can read and change your "
               "files and reach the network. It is installed switched off; you enable it when "
               "you trust it.");
    QString html = Qt::convertFromPlainText(info, Qt::WhiteSpaceNormal);
    if (!m_warnings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &warning : std::as_const(m_warnings))
            html += QStringLiteral("<li>") + warning.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        setIcon(QMessageBox::Warning);
    }
    m_html = html;
    showText(tr("Checking what its code needs to run…"));

    m_cancel = addButton(QMessageBox::Cancel);
    m_install = addButton(action, QMessageBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("confirmInstall"));
    setDefaultButton(qobject_cast<QPushButton *>(m_warnings.isEmpty() ? m_install : m_cancel));
    setEscapeButton(m_cancel);
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
}

void InstallConfirmDialog::showText(const QString &whatWillRun)
{
    setInformativeText(m_html + QStringLiteral("<p><i>") + whatWillRun.toHtmlEscaped() +
                       QStringLiteral("</i></p>"));
}

void InstallConfirmDialog::setRequirements(const QStringList &requirements, const QString &problem)
{
    m_checked = problem.isEmpty();
    m_requirements = requirements;
    if (!problem.isEmpty()) {
        showText(tr("What its code needs could not be checked: %1").arg(problem));
        return;
    }
    if (requirements.isEmpty()) {
        showText(tr("Its code needs nothing that Plugboard's Python lacks."));
        return;
    }
    QString html = m_html + QStringLiteral("<p><b>") +
                   tr("Before you install it:").toHtmlEscaped() + QStringLiteral("</b></p><ul>");
    for (const QString &requirement : requirements)
        html += QStringLiteral("<li>") + requirement.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    setInformativeText(html);
}

} // namespace plugboard::ui
