// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/activityview.h"

#include "runner/runtimetypes.h"
#include "store/journalentry.h"
#include "store/logline.h"
#include "theme/mantinecolors.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {

enum Column { When, Action, Outcome, Duration, Message };
constexpr int ResultRole = Qt::UserRole + 1;

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("ok"))
        return QObject::tr("OK");
    if (outcome == QLatin1String("error"))
        return QObject::tr("Error");
    if (outcome == QLatin1String("cancelled"))
        return QObject::tr("Cancelled");
    if (outcome == QLatin1String("timed_out"))
        return QObject::tr("Timed out");
    return QObject::tr("Failed");
}

QString timeText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm:ss"))
                                             : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent)
    , m_runs(new QTreeWidget(this))
    , m_result(new QPlainTextEdit(this))
    , m_log(new QPlainTextEdit(this))
{
    m_runs->setHeaderLabels({tr("When"), tr("Action"), tr("Outcome"), tr("Took"), tr("Message")});
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    m_runs->setAccessibleName(tr("Recent runs"));
    m_runs->header()->setStretchLastSection(true);
    m_runs->setMinimumHeight(120);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_result->setReadOnly(true);
    m_result->setFont(mono);
    m_result->setAccessibleName(tr("Result of the selected run"));
    m_result->setPlaceholderText(tr("Select a run to see its result."));
    m_log->setReadOnly(true);
    m_log->setFont(mono);
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setAccessibleName(tr("Plugin log"));
    m_log->setPlaceholderText(tr("Nothing logged yet."));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    const auto heading = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont f = label->font();
        f.setWeight(QFont::DemiBold);
        label->setFont(f);
        return label;
    };
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(heading(tr("Recent runs")));
    topLayout->addWidget(m_runs, 2);
    topLayout->addWidget(m_result, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(heading(tr("Log")));
    bottomLayout->addWidget(m_log);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(split);

    connect(m_runs, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showRun(item); });
}

void ActivityView::setRuns(const QList<JournalEntry> &runs)
{
    m_runs->clear();
    m_result->clear();
    for (const JournalEntry &run : runs)
        addRunItem(run, false);
    m_runs->resizeColumnToContents(When);
    m_runs->resizeColumnToContents(Action);
}

void ActivityView::addRun(const JobResult &result)
{
    JournalEntry run = journalEntryFor(result);
    if (!result.traceback.isEmpty())
        run.result += QStringLiteral("\n\n") + result.traceback;
    addRunItem(run, true);
}

void ActivityView::addRunItem(const JournalEntry &run, bool atTop)
{
    auto *item = new QTreeWidgetItem;
    item->setText(When, timeText(run.startedAtMs ? run.startedAtMs : run.finishedAtMs));
    item->setText(Action, run.action);
    item->setText(Outcome, outcomeText(run.outcome));
    const qint64 took = run.finishedAtMs - run.startedAtMs;
    item->setText(Duration, run.startedAtMs && took >= 0
                                ? (took < 1000 ? tr("%1 ms").arg(took)
                                               : tr("%1 s").arg(took / 1000.0, 0, 'f', 1))
                                : QString());
    item->setText(Message, run.message);
    item->setToolTip(Message, run.message);
    item->setData(0, ResultRole, run.result);
    if (run.outcome != QLatin1String("ok") && run.outcome != QLatin1String("cancelled"))
        item->setForeground(Outcome,
                            MantineColors::toneText(MantineColors::Tone::Error, palette()));
    if (atTop)
        m_runs->insertTopLevelItem(0, item);
    else
        m_runs->addTopLevelItem(item);
}

void ActivityView::showRun(QTreeWidgetItem *item)
{
    if (!item) {
        m_result->clear();
        return;
    }
    const QString text = item->data(0, ResultRole).toString();
    // Pretty-print the JSON part; a traceback after it stays as it is.
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    const QString json = split < 0 ? text : text.left(split);
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QString shown = doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    if (split >= 0)
        shown += text.mid(split);
    m_result->setPlainText(shown);
}

void ActivityView::setLog(const QList<LogLine> &lines)
{
    m_log->clear();
    for (const LogLine &line : lines)
        appendLog(line);
}

void ActivityView::appendLog(const LogLine &line)
{
    m_log->appendPlainText(
        QStringLiteral("%1  %2  %3")
            .arg(QDateTime::fromMSecsSinceEpoch(line.atMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                 line.level.toUpper().leftJustified(7), line.text));
}

void ActivityView::setError(const QString &message)
{
    m_log->setPlaceholderText(message);
}

QString ActivityView::logText() const
{
    return m_log->toPlainText();
}

} // namespace plugboard::ui
