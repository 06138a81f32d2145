#pragma once

#include "catalog/plugininfo.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace plugboard {
struct JobInfo;
}

namespace plugboard::ui {

class ActionRow;

// The actions of one plugin as rows, plus the plugin's background jobs (plugboard.submit())
// with a Cancel each. Rows are disabled with the reason while the plugin cannot run.
class ActionList : public QWidget {
    Q_OBJECT

public:
    explicit ActionList(QWidget *parent = nullptr);

    void setPlugin(const PluginInfo &info);
    // Every job of every plugin; the list keeps those of its plugin.
    void setJobs(const QList<plugboard::JobInfo> &jobs);

    ActionRow *rowFor(const QString &actionId) const;
    QList<ActionRow *> rows() const { return m_rows; }

Q_SIGNALS:
    void runRequested(const QString &actionId);
    void cancelRequested(quint64 jobId);

private:
    QString m_key;
    QList<ActionSpec> m_actions;
    QList<ActionRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QWidget *m_background;
    QVBoxLayout *m_backgroundLayout;
};

} // namespace plugboard::ui
