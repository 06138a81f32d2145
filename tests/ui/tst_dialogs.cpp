// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs show what plugins wrote as plain text: a manifest's confirm title and message, a
// plugin's name and author are text from a stranger, so markup in them must be shown, not
// rendered (a rendered <a href> would even be a clickable link).
#include "dialogs/confirmrundialog.h"
#include "dialogs/trustdialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTextDocument>

using namespace plugboard::ui;

namespace {

// The text a label puts on screen.
QString shown(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << shown(label);
    return texts;
}

} // namespace

class TestDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void confirmShowsMarkupAsText();
    void trustShowsMarkupAsText();
};

void TestDialogs::confirmShowsMarkupAsText()
{
    const QString title = QStringLiteral("Run <b>Purge</b>?");
    const QString message = QStringLiteral("Deletes <a href=\"file:///etc\">these</a> & more");
    ConfirmRunDialog dialog(title, message, QStringLiteral("<i>Go</i>"), nullptr);
    dialog.show();
    const QStringList texts = shownTexts(&dialog);
    QVERIFY2(texts.contains(title), qPrintable(texts.join(" | ")));
    QVERIFY2(texts.contains(message), qPrintable(texts.join(" | ")));
}

void TestDialogs::trustShowsMarkupAsText()
{
    TrustDialog dialog(QStringLiteral("<h1>Evil</h1>"), QStringLiteral("<img src=\"x\">"), nullptr);
    dialog.show();
    const QString all = shownTexts(&dialog).join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("\"<h1>Evil</h1>\" will run its own code")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("It says it is made by <img src=\"x\">.")),
             qPrintable(all));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
