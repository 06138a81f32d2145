// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/plugindetailspanel.h"

#include "catalog/pluginstatus.h"
#include "details/actionlist.h"
#include "details/activityview.h"
#include "details/pluginheader.h"
#include "details/settingsform.h"
#include "runner/runjob.h"
#include "theme/tonelabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Content reflows to the panel's width (wrapped text, badges in a flow layout); should a
    // plugin's text still be wider than the panel, a scroll bar keeps every button reachable
    // where an "always off" policy silently cut them off.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Not a Tab stop of its own: it showed no focus and came before the first Run button. The
    // controls inside take the focus, and the area scrolls to them.
    area->setFocusPolicy(Qt::NoFocus);
    auto *margin = new QWidget;
    auto *layout = new QVBoxLayout(margin);
    layout->setContentsMargins(14, 10, 14, 14);
    layout->addWidget(content);
    area->setWidget(margin);
    return area;
}

} // namespace

PluginDetailsPanel::PluginDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_header(new PluginHeader(this))
    , m_status(new QWidget(this))
    , m_statusLayout(new QVBoxLayout(m_status))
    , m_tabs(new QTabWidget(this))
    , m_actions(new ActionList(this))
    , m_settings(new SettingsForm(this))
    , m_activity(new ActivityView(this))
{
    auto *placeholder = new QLabel(tr("Select a plugin to see its actions and settings."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_statusLayout->setContentsMargins(0, 4, 0, 0);
    m_statusLayout->setSpacing(4);

    m_tabs->addTab(scrolling(m_actions, this), tr("&Actions"));
    m_tabs->addTab(m_settings, tr("&Settings")); // scrolls its fields itself
    m_tabs->addTab(m_activity, tr("Ac&tivity"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->installEventFilter(this);

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->addWidget(m_header);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setAccessibleName(tr("Plugin details"));
    // Wide enough for the settings form's Reset / Cancel / Save row beside the tab's margins
    // and scroll bar: the splitter never squeezes the panel below this, and everything else in
    // it (wrapped text, badges, action buttons) reflows to any width above it.
    setMinimumWidth(360);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_actions->setObjectName(QStringLiteral("actionList"));
    m_settings->setObjectName(QStringLiteral("settingsForm"));
    m_activity->setObjectName(QStringLiteral("activityView"));

    connect(m_header, &PluginHeader::enableRequested, this, &PluginDetailsPanel::enableRequested);
    connect(m_header, &PluginHeader::reloadRequested, this, &PluginDetailsPanel::reloadRequested);
    connect(m_header, &PluginHeader::memoryLimitRequested, this,
            &PluginDetailsPanel::memoryLimitRequested);
    connect(m_header, &PluginHeader::removeRequested, this, &PluginDetailsPanel::removeRequested);
    connect(m_header, &PluginHeader::docsRequested, this, &PluginDetailsPanel::docsRequested);
    connect(m_actions, &ActionList::runRequested, this, &PluginDetailsPanel::runRequested);
    connect(m_actions, &ActionList::cancelRequested, this, &PluginDetailsPanel::cancelRequested);
    connect(m_activity, &ActivityView::cancelRequested, this, &PluginDetailsPanel::cancelRequested);
    connect(m_settings, &SettingsForm::saveRequested, this,
            &PluginDetailsPanel::saveSettingsRequested);
    connect(m_settings, &SettingsForm::resetRequested, this,
            &PluginDetailsPanel::resetSettingsRequested);
    showPlugin({}, std::nullopt, true);
}

void PluginDetailsPanel::showPlugin(const QString &reference, const std::optional<PluginInfo> &info,
                                    bool changed)
{
    m_plugin = reference;
    m_info = info;
    if (!info) {
        m_key.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_key = info->key();
    m_stack->setCurrentIndex(1);
    m_header->setPlugin(*info);
    fillStatus(*info);
    m_actions->setPlugin(*info);
    m_settings->setPlugin(*info, changed);
    QHash<QString, QString> labels;
    for (const ActionSpec &action : info->actions())
        labels.insert(action.id, action.label.isEmpty() ? action.id : action.label);
    m_activity->setActionLabels(labels);
}

void PluginDetailsPanel::setJobs(const QList<RunJob *> &jobs)
{
    m_actions->setJobs(jobs);
    m_activity->setJobs(jobs);
}

bool PluginDetailsPanel::showRun(quint64 jobId, qint64 startedAtMs)
{
    showTab(Tab::Activity);
    return m_activity->selectRun(jobId, startedAtMs);
}

void PluginDetailsPanel::setActivity(const QList<JournalEntry> &runs, const QList<LogLine> &log,
                                     const QString &error)
{
    m_activity->setRuns(runs);
    m_activity->setLog(log);
    if (!error.isEmpty())
        m_activity->setError(error);
}

void PluginDetailsPanel::addRun(const JobResult &result)
{
    m_activity->addRun(result);
}

void PluginDetailsPanel::appendLog(const LogLine &line)
{
    m_activity->appendLog(line);
}

void PluginDetailsPanel::settingsSaved(const PluginInfo &info)
{
    m_settings->setPlugin(info, true);
}

void PluginDetailsPanel::settingsRefused(const Error &error)
{
    m_settings->showErrors(error);
}

void PluginDetailsPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PluginDetailsPanel::fillStatus(const PluginInfo &info)
{
    while (QLayoutItem *item = m_statusLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item; // for a row, the item is the layout itself
    }
    const auto tone = [](StatusLine::Severity s) {
        switch (s) {
        case StatusLine::Severity::Error:
            return ToneLabel::Tone::Error;
        case StatusLine::Severity::Warning:
            return ToneLabel::Tone::Warning;
        case StatusLine::Severity::Info:
            break;
        }
        return ToneLabel::Tone::Muted;
    };
    for (const StatusLine &line : PluginStatus::lines(info)) {
        auto *row = new QHBoxLayout;
        auto *label = new ToneLabel(line.text, tone(line.severity), m_status);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setObjectName(QStringLiteral("status"));
        row->addWidget(label, 1);
        if (line.kind == StatusLine::Kind::LoadError) {
            auto *details = new QPushButton(tr("Details…"), m_status);
            details->setAccessibleName(tr("Show the load error"));
            connect(details, &QPushButton::clicked, this, &PluginDetailsPanel::loadErrorRequested);
            row->addWidget(details, 0, Qt::AlignTop);
        }
        m_statusLayout->addLayout(row);
        if (line.kind == StatusLine::Kind::Manifest) {
            for (const Diagnostic &d : info.diagnostics()) {
                auto *item =
                    new QLabel(QStringLiteral("• %1: %2").arg(d.source, d.message), m_status);
                item->setWordWrap(true);
                item->setTextFormat(Qt::PlainText);
                item->setTextInteractionFlags(Qt::TextSelectableByMouse);
                item->setObjectName(QStringLiteral("diagnostic"));
                m_statusLayout->addWidget(item);
            }
        }
    }
    m_status->setVisible(m_statusLayout->count() > 0);
}

void PluginDetailsPanel::changeEvent(QEvent *event)
{
    // Status colours are picked for the palette: a switch between light and dark repaints them.
    if (event->type() == QEvent::PaletteChange && m_info)
        showPlugin(m_plugin, m_info, false);
    QWidget::changeEvent(event);
}

QString PluginDetailsPanel::statusText() const
{
    QStringList lines;
    for (const QLabel *label : m_status->findChildren<QLabel *>())
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

bool PluginDetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A mnemonic reaches the tab bar as a Shortcut event; the bar switches the tab itself, and
    // the focus follows once it has.
    if (watched == m_tabs->tabBar() && event->type() == QEvent::Shortcut)
        QTimer::singleShot(0, this, &PluginDetailsPanel::focusIntoCurrentTab);
    return QWidget::eventFilter(watched, event);
}

void PluginDetailsPanel::focusIntoCurrentTab()
{
    QWidget *page = m_tabs->currentWidget();
    if (!page)
        return;
    // The first control of the page in Tab order: a Run button, a field, the list of runs.
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !qobject_cast<QScrollArea *>(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace plugboard::ui
