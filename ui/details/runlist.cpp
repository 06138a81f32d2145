// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/runlist.h"

#include "details/rundetails.h"

#include "runner/runjob.h"
#include "store/journalentry.h"
#include "theme/mantinecolors.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace plugboard::ui {

namespace {

// What a row keeps (column 0's data).
enum Role {
    JobIdRole = Qt::UserRole + 1,
    ActionIdRole,
    StartedRole,
    FinishedRole,
    OutcomeRole,
    MessageRole,
    ResultRole,
    TracebackRole,
    InFlightRole,
};

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return RunList::tr("OK");
    if (outcome == QLatin1String("error"))
        return RunList::tr("Error");
    if (outcome == QLatin1String("cancelled"))
        return RunList::tr("Cancelled");
    if (outcome == QLatin1String("timed_out"))
        return RunList::tr("Timed out");
    return RunList::tr("Failed");
}

// The widget in the Message cell of a run in flight: Cancel first (never scrolled away in a
// narrow panel), then the plugin's progress message.
class InFlightCell : public QWidget {
public:
    explicit InFlightCell(QWidget *parent)
        : QWidget(parent)
        , cancel(new QPushButton(RunList::tr("Cancel"), this))
        , text(new QLabel(this))
    {
        cancel->setObjectName(QStringLiteral("cancelRun"));
        text->setTextFormat(Qt::PlainText);
        text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(2, 1, 2, 1);
        layout->setSpacing(8);
        layout->addWidget(cancel);
        layout->addWidget(text, 1);
    }

    QPushButton *cancel;
    QLabel *text;
};

// The Outcome cell of a running run: its progress as a bar that says "Running 42%".
QProgressBar *progressCell(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("runProgress"));
    bar->setRange(0, 100);
    bar->setTextVisible(true);
    bar->setAlignment(Qt::AlignCenter);
    return bar;
}

} // namespace

RunList::RunList(QWidget *parent)
    : QTreeWidget(parent)
    , m_clock(new QTimer(this))
{
    header()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    header()->setDefaultSectionSize(header()->minimumSectionSize()); // grown to fit below
    setHeaderLabels({tr("When"), tr("Action"), tr("Outcome"), tr("Took"), tr("Message")});
    setRootIsDecorated(false);
    // Rows in flight hold a button and are taller than finished rows.
    setUniformRowHeights(false);
    setAccessibleName(tr("Recent runs"));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setMinimumHeight(64);
    ensureColumnWidths();
    connect(header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_adjusting && column != Message)
            m_userSized.insert(column);
    });
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RunList::tick);
}

void RunList::setActionLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
}

QString RunList::actionName(const QString &id) const
{
    if (id.startsWith(QLatin1String("submit:")))
        return tr("Background job %1").arg(id.mid(7));
    return m_labels.value(id, id);
}

int RunList::inFlightCount() const
{
    int count = 0;
    while (count < topLevelItemCount() && topLevelItem(count)->data(0, InFlightRole).toBool())
        ++count;
    return count;
}

void RunList::setRuns(const QList<JournalEntry> &runs)
{
    for (int i = topLevelItemCount() - 1; i >= inFlightCount(); --i)
        delete takeTopLevelItem(i);
    for (const JournalEntry &run : runs) {
        auto *item = new QTreeWidgetItem;
        fillFinished(item, run, {});
        addTopLevelItem(item);
    }
    ensureColumnWidths();
}

void RunList::addRun(const JournalEntry &run, const QString &traceback)
{
    QTreeWidgetItem *item = itemForJob(run.jobId);
    if (item) {
        // The row moves below the rows still in flight; the selection stays on it.
        const bool wasCurrent = currentItem() == item;
        removeItemWidget(item, Message);
        removeItemWidget(item, Outcome);
        m_jobs.remove(run.jobId);
        const int from = indexOfTopLevelItem(item);
        fillFinished(item, run, traceback);
        const int to = inFlightCount();
        if (from != to) {
            takeTopLevelItem(from);
            insertTopLevelItem(to, item);
        }
        if (wasCurrent)
            setCurrentItem(item);
    } else {
        item = new QTreeWidgetItem;
        fillFinished(item, run, traceback);
        insertTopLevelItem(inFlightCount(), item);
    }
    ensureColumnWidths();
    Q_EMIT runChanged(item);
}

void RunList::setJobs(const QList<RunJob *> &jobs)
{
    QSet<quint64> present;
    for (RunJob *job : jobs) {
        present.insert(job->id());
        QTreeWidgetItem *item = itemForJob(job->id());
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, InFlightRole, true);
            insertTopLevelItem(inFlightCount(), item);
            m_jobs.insert(job->id(), job);
            auto *cell = new InFlightCell(viewport());
            const QPointer<RunJob> handle(job);
            connect(cell->cancel, &QPushButton::clicked, this, [this, handle] {
                if (handle)
                    Q_EMIT cancelRequested(handle);
            });
            setItemWidget(item, Message, cell);
        }
        fillInFlight(item, job);
        Q_EMIT runChanged(item);
    }
    // Runs that left without a result here (another plugin's list, a reset) go.
    for (int i = inFlightCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const quint64 id = item->data(0, JobIdRole).toULongLong();
        if (!present.contains(id)) {
            m_jobs.remove(id);
            delete takeTopLevelItem(i);
        }
    }
    if (m_jobs.isEmpty())
        m_clock->stop();
    else if (!m_clock->isActive())
        m_clock->start();
    ensureColumnWidths();
}

void RunList::fillFinished(QTreeWidgetItem *item, const JournalEntry &run, const QString &traceback)
{
    item->setData(0, InFlightRole, false);
    item->setData(0, JobIdRole, run.jobId);
    item->setData(0, ActionIdRole, run.action);
    item->setData(0, StartedRole, run.startedAtMs);
    item->setData(0, FinishedRole, run.finishedAtMs);
    item->setData(0, OutcomeRole, run.outcome);
    item->setData(0, MessageRole, run.message);
    item->setData(0, ResultRole, run.result);
    item->setData(0, TracebackRole, traceback);
    item->setText(When, RunDetails::timeText(run.startedAtMs ? run.startedAtMs : run.finishedAtMs));
    item->setText(Action, actionName(run.action));
    item->setToolTip(Action, run.action);
    item->setText(Outcome, outcomeText(run.outcome));
    const qint64 took = run.finishedAtMs - run.startedAtMs;
    item->setText(Duration,
                  run.startedAtMs && took >= 0 ? RunDetails::durationText(took) : QString());
    item->setText(Message, run.message);
    item->setToolTip(Message, run.message);
    const bool failed =
        run.outcome != QLatin1String("ok") && run.outcome != QLatin1String("cancelled");
    item->setForeground(Outcome,
                        failed ? MantineColors::toneText(MantineColors::Tone::Error, palette())
                               : palette().brush(QPalette::Text));
    item->setSizeHint(Message, QSize());
}

void RunList::fillInFlight(QTreeWidgetItem *item, RunJob *job)
{
    const JobInfo info = job->info();
    const bool running = info.state == JobInfo::State::Running;
    item->setData(0, JobIdRole, info.id);
    item->setData(0, ActionIdRole, info.action);
    item->setData(0, StartedRole, running ? info.startedAtMs : info.queuedAtMs);
    item->setText(When, RunDetails::timeText(running ? info.startedAtMs : info.queuedAtMs));
    item->setText(Action, actionName(info.action));
    item->setToolTip(Action, info.action);
    const int percent = qRound(std::max(0.0, info.progress) * 100);
    const QString state = info.cancelling      ? tr("Cancelling…")
                          : !running           ? tr("Queued")
                          : info.progress >= 0 ? tr("Running %1%").arg(percent)
                                               : tr("Running");
    item->setText(Outcome, state);
    item->setForeground(Outcome, palette().brush(QPalette::Text));
    item->setText(Duration, running ? RunDetails::durationText(QDateTime::currentMSecsSinceEpoch() -
                                                               info.startedAtMs)
                                    : QString());
    item->setText(Message, QString()); // the cell widget shows it
    auto *bar = qobject_cast<QProgressBar *>(itemWidget(item, Outcome));
    if (running && !bar) {
        bar = progressCell(viewport());
        setItemWidget(item, Outcome, bar);
    }
    if (bar) {
        // Without a figure from the plugin the bar moves to and fro ("busy").
        bar->setRange(0, info.progress >= 0 || info.cancelling ? 100 : 0);
        bar->setValue(percent);
        // The row's Outcome text says "Running 42%"; the bar shows the figure.
        bar->setFormat(info.cancelling ? tr("Cancelling…") : tr("%p%"));
        bar->setAccessibleName(state);
    }
    auto *cell = static_cast<InFlightCell *>(itemWidget(item, Message));
    if (!cell)
        return;
    const QString message =
        !running ? tr("Waits for the plugin's running action.") : info.progressMessage;
    cell->text->setText(message);
    cell->text->setToolTip(message);
    cell->cancel->setEnabled(!info.cancelling);
    cell->cancel->setAccessibleName(tr("Cancel %1").arg(actionName(info.action)));
    item->setSizeHint(Message, QSize(0, cell->sizeHint().height()));
}

void RunList::tick()
{
    for (int i = 0; i < inFlightCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const RunJob *job = m_jobs.value(item->data(0, JobIdRole).toULongLong());
        if (job && job->state() == Job::State::Running)
            item->setText(Duration, RunDetails::durationText(QDateTime::currentMSecsSinceEpoch() -
                                                             job->info().startedAtMs));
    }
}

void RunList::ensureColumnWidths()
{
    // Each column as wide as what it holds now or may hold while a run goes on ("Running
    // 100%", "59.9 s"), so rows arriving live never show "Cance…" or "23:1…". A column the
    // user sized keeps that size; the message has the rest.
    const QFontMetrics fm = fontMetrics();
    const int pad = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 8;
    QList<QStringList> texts(Duration + 1);
    texts[When] << QStringLiteral("23:59:59");
    const bool inFlight = inFlightCount() > 0;
    texts[Outcome] << tr("Cancelled");
    if (inFlight) // what a run in flight may come to show
        texts[Outcome] << tr("Cancelling…");
    texts[Duration] << RunDetails::durationText(inFlight ? 59900 : 9900);
    for (int column = When; column <= Duration; ++column)
        texts[column] << headerItem()->text(column);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        for (int column = When; column <= Duration; ++column)
            texts[column] << topLevelItem(i)->text(column);
    }
    int wanted[Duration + 1] = {};
    for (int column = When; column <= Duration; ++column) {
        for (const QString &t : std::as_const(texts[column]))
            wanted[column] = std::max(wanted[column], fm.horizontalAdvance(t) + pad);
    }
    m_adjusting = true;
    for (int column : {When, Outcome, Duration}) {
        if (!m_userSized.contains(column))
            setColumnWidth(column, wanted[column]);
    }
    // The action's name gives way (elided; its tooltip has it) so that the message column
    // keeps room for a run's Cancel button in a narrow panel, or for a word of the message.
    if (m_cancelWidth < 0) {
        QPushButton probe(tr("Cancel"));
        probe.setFont(font());
        m_cancelWidth = probe.sizeHint().width();
    }
    const int messageRoom = inFlight ? m_cancelWidth + 16 : std::min(viewport()->width() / 5, 80);
    const int room = viewport()->width() - columnWidth(When) - columnWidth(Outcome) -
                     columnWidth(Duration) - messageRoom;
    const int least = fm.horizontalAdvance(QStringLiteral("Mmm…")) + pad;
    if (!m_userSized.contains(Action))
        setColumnWidth(Action, std::max(least, std::min(wanted[Action], room)));
    m_adjusting = false;
}

void RunList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange)
        m_cancelWidth = -1; // measured again with the new font, style or words
}

void RunList::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    ensureColumnWidths();
}

void RunList::keyPressEvent(QKeyEvent *event)
{
    // Delete on a run in flight cancels it, as its Cancel button does.
    if (event->key() == Qt::Key_Delete && currentItem()) {
        if (const QPointer<RunJob> job = jobAt(currentItem()); job && !job->isCancelling()) {
            Q_EMIT cancelRequested(job);
            event->accept();
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

bool RunList::selectRun(quint64 jobId, qint64 startedAtMs)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(0, JobIdRole).toULongLong() == jobId &&
            (!startedAtMs || item->data(0, StartedRole).toLongLong() == startedAtMs)) {
            setCurrentItem(item);
            scrollToItem(item);
            return true;
        }
    }
    return false;
}

std::optional<JournalEntry> RunList::entryAt(const QTreeWidgetItem *item) const
{
    if (!item || item->data(0, InFlightRole).toBool())
        return std::nullopt;
    JournalEntry run;
    run.jobId = item->data(0, JobIdRole).toULongLong();
    run.action = item->data(0, ActionIdRole).toString();
    run.startedAtMs = item->data(0, StartedRole).toLongLong();
    run.finishedAtMs = item->data(0, FinishedRole).toLongLong();
    run.outcome = item->data(0, OutcomeRole).toString();
    run.message = item->data(0, MessageRole).toString();
    run.result = item->data(0, ResultRole).toString();
    return run;
}

QPointer<RunJob> RunList::jobAt(const QTreeWidgetItem *item) const
{
    if (!item || !item->data(0, InFlightRole).toBool())
        return nullptr;
    return m_jobs.value(item->data(0, JobIdRole).toULongLong());
}

QString RunList::tracebackAt(const QTreeWidgetItem *item) const
{
    return item ? item->data(0, TracebackRole).toString() : QString();
}

QTreeWidgetItem *RunList::itemForJob(quint64 jobId) const
{
    for (int i = 0; i < inFlightCount(); ++i) {
        if (topLevelItem(i)->data(0, JobIdRole).toULongLong() == jobId)
            return topLevelItem(i);
    }
    return nullptr;
}

QAbstractButton *RunList::cancelButtonAt(const QTreeWidgetItem *item) const
{
    auto *cell =
        item
            ? dynamic_cast<InFlightCell *>(itemWidget(const_cast<QTreeWidgetItem *>(item), Message))
            : nullptr;
    return cell ? cell->cancel : nullptr;
}

} // namespace plugboard::ui
