// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/actionlist.h"

#include "details/actionrow.h"
#include "runner/runjob.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

ActionList::ActionList(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_background(new QWidget(this))
    , m_backgroundLayout(new QVBoxLayout(m_background))
{
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout->setSpacing(0);
    m_backgroundLayout->setContentsMargins(0, 8, 0, 0);
    m_background->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_background);
    layout->addStretch(1);
}

void ActionList::setPlugin(const PluginInfo &info)
{
    if (info.key() != m_key || info.actions() != m_actions) {
        qDeleteAll(m_rows);
        m_rows.clear();
        // Separators are owned by the layout's widgets: clear them too.
        while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_key = info.key();
        m_actions = info.actions();
        for (const ActionSpec &action : std::as_const(m_actions)) {
            if (!m_rows.isEmpty()) {
                auto *line = new QFrame(this);
                line->setFrameShape(QFrame::HLine);
                line->setFrameShadow(QFrame::Plain);
                line->setForegroundRole(QPalette::Midlight);
                m_rowsLayout->addWidget(line);
            }
            auto *row = new ActionRow(action, this);
            connect(row, &ActionRow::runRequested, this, &ActionList::runRequested);
            connect(row, &ActionRow::cancelRequested, this, &ActionList::cancelRequested);
            m_rowsLayout->addWidget(row);
            m_rows << row;
        }
    }
    QString empty;
    if (m_actions.isEmpty()) {
        empty = info.isLegacy() && !info.isLoaded()
                    ? tr("This legacy plugin declares its actions in its code: enable it to see "
                         "them.")
                    : tr("This plugin has no actions.");
    }
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());

    QString blocked;
    switch (info.state()) {
    case PluginState::Missing:
    case PluginState::Duplicate:
    case PluginState::BadKey:
        blocked = info.enableBlocker();
        break;
    case PluginState::Disabled:
        blocked = tr("Enable the plugin to run its actions.");
        break;
    case PluginState::Failed:
        blocked = tr("The plugin failed to load; see the error above.");
        break;
    case PluginState::Enabled:
    case PluginState::Loading:
        blocked = tr("The plugin is loading…");
        break;
    case PluginState::Loaded:
        break;
    }
    for (ActionRow *row : std::as_const(m_rows))
        row->setBlocked(blocked);
}

void ActionList::setJobs(const QList<RunJob *> &jobs)
{
    QHash<QString, QList<RunJob *>> byAction;
    QList<RunJob *> background;
    for (RunJob *job : jobs) {
        if (job->key() != m_key)
            continue;
        if (rowFor(job->action()))
            byAction[job->action()] << job;
        else
            background << job;
    }
    for (ActionRow *row : std::as_const(m_rows))
        row->setJobs(byAction.value(row->action().id));

    while (QLayoutItem *item = m_backgroundLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (RunJob *job : std::as_const(background)) {
        auto *line = new QWidget(m_background);
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(0, 2, 0, 2);
        QString name = job->action();
        if (name.startsWith(QLatin1String("submit:")))
            name = tr("Background job %1").arg(name.mid(7));
        QString state = job->state() == Job::State::Queued ? tr("queued") : tr("running");
        if (job->progress() >= 0)
            state = tr("%1%").arg(qRound(job->progress() * 100));
        if (job->isCancelling())
            state = tr("cancelling…");
        auto *label = new QLabel(tr("%1 — %2").arg(name, state), line);
        label->setTextFormat(Qt::PlainText);
        auto *cancel = new QPushButton(tr("Cancel"), line);
        cancel->setAccessibleName(tr("Cancel %1").arg(name));
        cancel->setEnabled(!job->isCancelling());
        const QPointer<RunJob> handle(job);
        connect(cancel, &QPushButton::clicked, this, [this, handle] {
            if (handle)
                Q_EMIT cancelRequested(handle);
        });
        layout->addWidget(label, 1);
        layout->addWidget(cancel);
        m_backgroundLayout->addWidget(line);
    }
    m_background->setVisible(!background.isEmpty());
}

ActionRow *ActionList::rowFor(const QString &actionId) const
{
    for (ActionRow *row : m_rows) {
        if (row->action().id == actionId)
            return row;
    }
    return nullptr;
}

} // namespace plugboard::ui
