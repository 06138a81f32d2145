// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace plugboard::ui {

// One notification: a coloured stripe by level, a title, a message, a close button and an
// optional "Show" link. It closes itself after a while (errors stay longer); hovering pauses.
class Toast : public QFrame {
    Q_OBJECT
    Q_PROPERTY(QString level READ levelName CONSTANT)

public:
    enum class Level { Info, Success, Warning, Error };
    Q_ENUM(Level)

    Toast(Level level, const QString &title, const QString &message, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    QString levelName() const;
    QString title() const;
    QString message() const;
    // Adds a "Show" link; activated() is emitted when it is clicked.
    void setShowLink(bool shown);
    // A link with its own words ("Enable now"); activated() when clicked.
    void setActionLink(const QString &text);
    bool isDismissed() const { return m_dismissed; }

Q_SIGNALS:
    void closed();
    void activated();

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void dismiss();

    Level m_level;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_show;
    QTimer *m_timer;
    bool m_dismissed = false;
};

} // namespace plugboard::ui
