// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"

#include "theme/tonelabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QLabel *value(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportDialog::ImportDialog(const ImportPreview &report, Lookup installed, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_lookup(std::move(installed))
    , m_key(value(report.key, this))
    , m_installedLabel(value(QString(), this))
    , m_folder(new QLineEdit(report.folderName, this))
    , m_folderProblem(new ToneLabel(QString(), ToneLabel::Tone::Error, this))
    , m_warnings(new ToneLabel(QString(), ToneLabel::Tone::Warning, this))
    , m_replace(new QCheckBox(tr("&Replace the installed plugin"), this))
    , m_keepEnabled(new QCheckBox(tr("&Keep it enabled: I trust the new code"), this))
{
    const QString name = report.manifest.name.isEmpty() ? report.folderName : report.manifest.name;
    setWindowTitle(tr("Import %1").arg(name));
    setWindowModality(Qt::WindowModal);
    auto *heading = new QLabel(
        report.manifest.version.isEmpty() ? name : tr("%1  %2").arg(name, report.manifest.version),
        this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    heading->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), value(report.zipName, this));
    form->addRow(tr("Author:"), value(report.manifest.author, this));
    form->addRow(tr("Description:"), value(report.manifest.description, this));
    m_folder->setAccessibleName(tr("Folder name"));
    m_folder->setObjectName(QStringLiteral("folderName"));
    form->addRow(tr("&Folder name:"), m_folder);
    m_folderProblem->setWordWrap(true);
    m_folderProblem->hide();
    form->addRow(QString(), m_folderProblem);
    form->addRow(tr("Key:"), m_key);
    form->addRow(
        tr("Contents:"),
        value(
            tr("%1 files, %2").arg(report.fileCount).arg(QLocale().formattedDataSize(report.bytes)),
            this));
    form->addRow(tr("Installed:"), m_installedLabel);

    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    connect(m_replace, &QCheckBox::toggled, this, [this](bool on) {
        m_keepEnabled->setEnabled(on);
        if (!on)
            m_keepEnabled->setChecked(false);
        validate();
    });

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        refreshInstalled();
        validate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_replace);
    layout->addWidget(m_keepEnabled);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    refreshInstalled();
    validate();
}

void ImportDialog::refreshInstalled()
{
    const QString key = m_report.target(m_folder->text()).key;
    m_key->setText(key);
    m_installed = m_lookup ? m_lookup(key) : std::nullopt;
    if (m_installed && m_installed->isMissing())
        m_installed.reset();
    const PluginInfo *installed = m_installed ? &*m_installed : nullptr;
    m_installedLabel->setText(!installed ? tr("no")
                              : installed->version().isEmpty()
                                  ? tr("yes, without a version")
                                  : tr("yes, version %1").arg(installed->version()));

    QStringList warnings;
    if (m_report.manifest.isLegacy()) {
        warnings << tr("Legacy plugin: it has no usable plugin.json, so its settings and actions "
                       "are known only once it is enabled.");
    }
    if (!m_report.binaries.isEmpty()) {
        const QStringList shown = m_report.binaries.mid(0, 5);
        warnings << tr("It ships compiled code (%1%2). Compiled code can do anything a program "
                       "can, and cannot be read before it runs.")
                        .arg(shown.join(QStringLiteral(", ")),
                             m_report.binaries.size() > 5 ? QStringLiteral(", …") : QString());
    }
    warnings << m_report.needs;
    if (!m_report.manifest.diagnostics.isEmpty() && !m_report.manifest.isLegacy()) {
        warnings << tr("Its plugin.json has problems: %1")
                        .arg(m_report.manifest.diagnostics.first().message);
    }
    if (installed) {
        const QString none = tr("no version");
        warnings << tr("It replaces the installed %1 (%2 → %3). Its settings are kept; the new "
                       "code must be trusted again before it runs.")
                        .arg(installed->name(),
                             installed->version().isEmpty() ? none : installed->version(),
                             m_report.manifest.version.isEmpty() ? none
                                                                 : m_report.manifest.version);
    }
    m_warnings->setText(warnings.join(QStringLiteral("\n\n")));
    m_warnings->setVisible(!warnings.isEmpty());
    m_replace->setVisible(installed != nullptr);
    if (!installed)
        m_replace->setChecked(false);
    m_keepEnabled->setVisible(installed && installed->enabled());
    m_keepEnabled->setEnabled(m_replace->isChecked());
    m_import->setText(installed ? tr("Replace") : tr("Import"));
}

void ImportDialog::validate()
{
    const QString problem = m_report.target(m_folder->text()).problem;
    m_folderProblem->setText(problem);
    m_folderProblem->setVisible(!problem.isEmpty());
    m_import->setEnabled(problem.isEmpty() && (!m_installed || m_replace->isChecked()));
    m_import->setToolTip(m_installed && !m_replace->isChecked()
                             ? tr("Tick \"Replace the installed plugin\" to continue.")
                             : QString());
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    const QString folder = m_folder->text().trimmed();
    if (folder != m_report.folderName)
        options.folderName = folder;
    options.replace = m_replace->isChecked();
    options.keepEnabled = m_keepEnabled->isChecked();
    return options;
}

QString ImportDialog::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

} // namespace plugboard::ui
