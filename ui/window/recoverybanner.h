// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/recoveryreport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace plugboard::ui {

// The strip across the top of the window after Plugboard found its database damaged and put
// it right: what was restored and from when (so what was lost), where the damaged file is
// kept, and what was wrong. Open Backups Folder shows the backups; Dismiss hides it for good.
class RecoveryBanner : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryBanner(QWidget *parent = nullptr);

    // Shows `report`, or hides the banner when there is none.
    void setReport(const std::optional<plugboard::RecoveryReport> &report);
    QString text() const;

    // The sentence shown for a report (the REST API and the CLI say the same in their words).
    static QString describe(const plugboard::RecoveryReport &report);

Q_SIGNALS:
    void dismissed();
    void openBackupsRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_dismiss;
};

} // namespace plugboard::ui
