// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/loaderrordialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plugboard::ui {

LoadErrorDialog::LoadErrorDialog(const QString &pluginName, const QString &error,
                                 const QString &traceback, QWidget *parent)
    : QDialog(parent)
    , m_traceback(new QPlainTextEdit(this))
{
    setWindowTitle(tr("%1 failed to load").arg(pluginName));
    auto *message = new QLabel(error, this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_traceback->setReadOnly(true);
    m_traceback->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_traceback->setPlainText(traceback.isEmpty() ? tr("(No traceback: the error happened "
                                                       "before Python ran the plugin.)")
                                                  : traceback);
    m_traceback->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_traceback->setAccessibleName(tr("Traceback"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_retry = buttons->addButton(tr("Try again"), QDialogButtonBox::ActionRole);
    m_retry->setToolTip(tr("Import the plugin's code again, after you fixed it."));
    connect(copy, &QPushButton::clicked, this, [this, error] {
        QGuiApplication::clipboard()->setText(error + QStringLiteral("\n\n") +
                                              m_traceback->toPlainText());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        Q_EMIT retryRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(m_traceback, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString LoadErrorDialog::tracebackText() const
{
    return m_traceback->toPlainText();
}

} // namespace plugboard::ui
