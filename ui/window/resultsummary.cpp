// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/resultsummary.h"

#include "runner/runtimetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace plugboard::ui::ResultSummary {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ResultSummary)
};

QString cut(QString text, int length)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text = text.left(newline).trimmed() + QStringLiteral(" …");
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return Text::tr("a list of %n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return Text::tr("%n entry(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

} // namespace

QString text(const JobResult &result)
{
    const QJsonValue message = result.result.value(QStringLiteral("message"));
    if (message.isString() && !message.toString().trimmed().isEmpty())
        return message.toString();
    if (!result.message.isEmpty() && result.outcome != JobResult::Outcome::Ok)
        return result.message;
    QStringList lines;
    int left = 0;
    for (auto it = result.result.begin(); it != result.result.end(); ++it) {
        if (it.key() == QLatin1String("status") || it.key() == QLatin1String("message"))
            continue;
        if (lines.size() == MaxLines) {
            ++left;
            continue;
        }
        lines << cut(Text::tr("%1: %2").arg(it.key(), valueText(it.value())), MaxLineLength);
    }
    if (left > 0)
        lines << Text::tr("…and %n more", nullptr, left);
    return lines.join(QLatin1Char('\n'));
}

QString errorsNote(const JobResult &result, const QList<LogLine> &logs)
{
    if (result.outcome != JobResult::Outcome::Ok)
        return {};
    int errors = 0;
    for (const LogLine &line : logs) {
        if (line.level == QLatin1String("error") && line.atMs >= result.startedAtMs &&
            (result.finishedAtMs == 0 || line.atMs <= result.finishedAtMs))
            ++errors;
    }
    return errors == 0
               ? QString()
               : Text::tr("It logged %n error(s) while it ran: see Activity.", nullptr, errors);
}

} // namespace plugboard::ui::ResultSummary
