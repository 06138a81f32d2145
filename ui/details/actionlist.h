// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/plugininfo.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace plugboard {
class RunJob;
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
    // The plugin's runs in flight (actions and background jobs).
    void setJobs(const QList<plugboard::RunJob *> &jobs);

    ActionRow *rowFor(const QString &actionId) const;
    QList<ActionRow *> rows() const { return m_rows; }

Q_SIGNALS:
    void runRequested(const QString &actionId);
    void cancelRequested(plugboard::RunJob *job);

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
