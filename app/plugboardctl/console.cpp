// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Console {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

QByteArray indentedJson(const QJsonDocument &document)
{
    QByteArray bytes = document.toJson(QJsonDocument::Indented);
    // Qt writes an empty object or array over two lines ("{\n    }"); a person reads "{}". A
    // line break never occurs inside a JSON string (it is escaped there), so only the empty
    // containers match.
    static const QRegularExpression emptyObject(QStringLiteral("\\{\\n *\\}"));
    static const QRegularExpression emptyArray(QStringLiteral("\\[\\n *\\]"));
    QString text = QString::fromUtf8(bytes);
    text.replace(emptyObject, QStringLiteral("{}"));
    text.replace(emptyArray, QStringLiteral("[]"));
    return text.toUtf8();
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = indentedJson(QJsonDocument(object));
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int fail(const plugboard::Error &error, bool json)
{
    err(QStringLiteral("plugboardctl: %1\n").arg(error.message));
    for (const plugboard::FieldError &field : error.fieldErrors)
        err(QStringLiteral("  %1: %2\n").arg(field.field, field.message));
    if (json) {
        QJsonObject errors;
        for (const plugboard::FieldError &field : error.fieldErrors)
            errors.insert(field.field, field.message);
        QJsonObject object{{QStringLiteral("success"), false},
                           {QStringLiteral("error"), error.message}};
        if (!errors.isEmpty())
            object.insert(QStringLiteral("errors"), errors);
        printJson(object);
    }
    return Failed;
}

int usage(const QString &problem)
{
    err(QCoreApplication::translate("plugboardctl",
                                    "plugboardctl: %1\nRun \"plugboardctl --help\" for usage.\n")
            .arg(problem));
    return Usage;
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool confirm(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    err(question + QLatin1Char(' ') +
        QCoreApplication::translate("plugboardctl", "[y/N]", "the answers of confirm()") +
        QLatin1Char(' '));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // English answers work in every language; a translation adds its own ("j", "ja").
    const QStringList yes = {QStringLiteral("y"), QStringLiteral("yes"),
                             QCoreApplication::translate("plugboardctl", "y", "short yes"),
                             QCoreApplication::translate("plugboardctl", "yes", "long yes")};
    return yes.contains(answer);
}

} // namespace Console
