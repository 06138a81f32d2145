// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/aboutdialog.h"

#include "about/projectlinks.h"
#include "about/runtimeversions.h"
#include "common/language.h"
#include "paths/pluginpaths.h"
#include "theme/appicon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const RuntimeVersions &versions, const PluginPaths &paths,
                         const QString &examplesDir, const ProjectLinks &links, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Plugboard"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("AboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Plugboard icon"));

    auto *name = new QLabel(tr("Plugboard"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::Bold);
    name->setFont(big);
    auto *version = new QLabel(tr("Version %1").arg(versions.plugboard), this);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    version->setAccessibleName(tr("Plugboard version"));
    m_values.insert(Field::Version, versions.plugboard);
    m_labels.insert(Field::Version, version);
    m_detailLines << tr("Plugboard %1").arg(versions.plugboard);
    auto *summary = new QLabel(tr("Discovers, shows, configures and runs Python plugins written "
                                  "to Dispatcharr's plugin contract."),
                               this);
    summary->setWordWrap(true);

    auto *head = new QVBoxLayout;
    head->setSpacing(4);
    head->addWidget(name);
    head->addWidget(version);
    head->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(head, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    addRow(form, Field::Qt, tr("Qt"), versions.qt);
    addRow(form, Field::Python, tr("Python"), versions.python);
    addRow(form, Field::PluginModules, tr("Plugin modules"), versions.pluginModules);
    addRow(form, Field::Sqlite, tr("SQLite"), versions.sqlite);
    addRow(form, Field::QuaZip, tr("QuaZip"), versions.quazip);
    addRow(form, Field::DataFolder, tr("Data folder"), paths.dataDir, true);
    addRow(form, Field::Backups, tr("Database backups"), paths.backupsDir(), true);
    m_labels.value(Field::Backups)
        ->setToolTip(tr("Open in the file manager. A copy of the plugin database is kept once a "
                        "day when something "
                        "changed (the last 7) and before every upgrade; a damaged database is "
                        "restored from the newest good one."));
    addRow(form, Field::PluginsFolder, tr("Plugins folder"), paths.pluginsDir, true);
    if (examplesDir.isEmpty())
        addRow(form, Field::Examples, tr("Example plugins"), tr("not installed"));
    else
        addRow(form, Field::Examples, tr("Example plugins"), examplesDir, true);
    addRow(form, Field::License, tr("Licence"),
           tr("GNU General Public License, version 3 or later (GPL-3.0-or-later)"));
    // The language this window speaks: each translation names its own language here.
    addRow(form, Field::Language, tr("Language"),
           tr("%1 · others: --lang %2 or $PLUGBOARD_LANG")
               .arg(tr("English", "the name of the language of this translation, in itself"),
                    Language::available().join(QLatin1Char('/'))));

    m_links = new QLabel(this);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setAccessibleName(tr("Links"));
    m_links->setText(QStringList{link(links.homepage, tr("Website")),
                                 link(links.authorGuide, tr("Plugin author guide")),
                                 link(links.bugTracker, tr("Report a problem")),
                                 link(links.pluginContract, tr("Dispatcharr"))}
                         .join(QStringLiteral(" · ")));

    m_processesTitle = new QLabel(this);
    m_processes = new QTreeWidget(this);
    m_processes->setObjectName(QStringLiteral("processes"));
    m_processes->setAccessibleName(tr("Plugin processes"));
    m_processes->setHeaderLabels({tr("Plugin"), tr("Process"), tr("Memory"), tr("Limit")});
    m_processes->setRootIsDecorated(false);
    m_processes->setSelectionMode(QAbstractItemView::NoSelection);
    m_processes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_processes->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_processes->setMaximumHeight(160);
    setProcesses({});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    m_copy->setAccessibleName(tr("Copy versions and folders"));
    m_copy->setToolTip(tr("Copy the versions and folders, for a bug report."));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_processesTitle);
    layout->addWidget(m_processes);
    layout->addWidget(m_links);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AboutDialog::addRow(QFormLayout *form, Field field, const QString &name, const QString &text,
                         bool folder)
{
    const QString shown = folder ? QDir::toNativeSeparators(text) : text;
    auto *label = new QLabel(this);
    if (folder) {
        // A folder opens in the file manager: the quickest way to the database or a plugin.
        label->setTextFormat(Qt::RichText);
        label->setText(link(QUrl::fromLocalFile(text), shown));
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setToolTip(tr("Open in the file manager"));
    } else {
        label->setTextFormat(Qt::PlainText);
        label->setText(shown);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    label->setWordWrap(folder);
    label->setAccessibleName(name);
    label->setAccessibleDescription(shown);
    form->addRow(tr("%1:").arg(name), label);
    m_values.insert(field, shown);
    m_labels.insert(field, label);
    m_detailLines << tr("%1: %2").arg(name, shown);
}

QString AboutDialog::detailsText() const
{
    QStringList lines = m_detailLines;
    for (const PluginProcess &p : m_processList) {
        lines << tr("Plugin process: %1 (%2), pid %3, %4")
                     .arg(p.name, p.key)
                     .arg(p.pid)
                     .arg(QLocale().formattedDataSize(p.residentBytes));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::setProcesses(const QList<PluginProcess> &processes)
{
    m_processList = processes;
    qint64 total = 0;
    for (const PluginProcess &p : processes)
        total += p.residentBytes;
    m_processesTitle->setText(
        processes.isEmpty()
            ? tr("No plugin runs now. Each enabled plugin runs in a process of its own.")
        : processes.size() == 1
            ? tr("1 plugin process, %1 in memory:").arg(QLocale().formattedDataSize(total))
            : tr("%1 plugin processes, %2 in memory:")
                  .arg(processes.size())
                  .arg(QLocale().formattedDataSize(total)));
    m_processes->setVisible(!processes.isEmpty());
    m_processes->clear();
    for (const PluginProcess &p : processes) {
        auto *item = new QTreeWidgetItem(m_processes);
        item->setText(0, p.name);
        item->setToolTip(0, p.key);
        item->setText(1, QString::number(p.pid));
        item->setText(2, QLocale().formattedDataSize(p.residentBytes));
        item->setText(3, p.memoryLimitBytes > 0 ? QLocale().formattedDataSize(p.memoryLimitBytes)
                                                : tr("none"));
        for (int column = 1; column < 4; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace plugboard::ui
