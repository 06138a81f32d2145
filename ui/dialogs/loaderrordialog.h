// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace plugboard::ui {

// Why a plugin failed to load, with the Python traceback, a Copy button and "Try again".
class LoadErrorDialog : public QDialog {
    Q_OBJECT

public:
    LoadErrorDialog(const QString &pluginName, const QString &error, const QString &traceback,
                    QWidget *parent);

    QString tracebackText() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QPlainTextEdit *m_traceback;
    QPushButton *m_retry;
};

} // namespace plugboard::ui
