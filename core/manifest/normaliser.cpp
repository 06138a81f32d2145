// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/normaliser.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace plugboard::manifestjson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

} // namespace

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString shortText(const QString &text)
{
    constexpr qsizetype Max = 60;
    if (text.size() <= Max)
        return text;
    qsizetype cut = Max;
    if (text.at(cut - 1).isHighSurrogate()) // never split an emoji into a lone surrogate
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString typeName(const JsonView &value)
{
    switch (value.kind()) {
    case JsonKind::Null:
        return Text::tr("null");
    case JsonKind::Bool:
        return Text::tr("a boolean");
    case JsonKind::Number:
        return Text::tr("a number");
    case JsonKind::String:
        return Text::tr("text");
    case JsonKind::Array:
        return Text::tr("a list");
    case JsonKind::Object:
        return Text::tr("an object");
    case JsonKind::Absent:
        break;
    }
    return Text::tr("nothing");
}

QString describeValue(const JsonView &value)
{
    switch (value.kind()) {
    case JsonKind::String:
        return quoted(shortText(value.toQString()));
    case JsonKind::Number:
        return value.number().text();
    case JsonKind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return typeName(value);
    }
}

QString doubleText(double value)
{
    // QJsonValue(double) keeps integral values up to 2^53 as integers, and those printed
    // without a fraction; the rest printed in shortest form.
    if (std::isfinite(value) && std::trunc(value) == value &&
        std::fabs(value) <= 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void Reporter::warn(QString source, QString message)
{
    m_out.append(Diagnostic::warning(std::move(source), std::move(message)));
    ++m_reported;
}

// In member functions the context is spelled out: lupdate, which cannot see the class from here,
// would otherwise file Text::tr() under "Text".
void Reporter::finish()
{
    if (m_suppressed > 0) {
        m_out.append(Diagnostic::warning(
            m_source + QLatin1Char(' ') + m_listKey,
            QCoreApplication::translate("Manifest", "%1 more problems in this list are not shown.")
                .arg(m_suppressed)));
    }
    m_suppressed = 0;
}

void Entry::warn(const QString &rest)
{
    if (!m_reporter.accepting()) {
        m_reporter.skip();
        return;
    }
    const QString position =
        m_reporter.listKey() + QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
    const QString subject = m_id.isEmpty()
                                ? QCoreApplication::translate("Manifest", "The entry ") + position
                                : QCoreApplication::translate("Manifest", m_noun.data()) +
                                      QLatin1Char(' ') + quoted(shortText(m_id));
    m_reporter.warn(m_reporter.source() + QLatin1Char(' ') + position, subject + rest);
}

bool SeenTexts::contains(const QString &text) const
{
    if (!m_many.isEmpty())
        return m_many.contains(text);
    return std::find(m_few.cbegin(), m_few.cend(), text) != m_few.cend();
}

void SeenTexts::insert(const QString &text)
{
    if (m_few.size() < m_few.capacity() && m_many.isEmpty()) {
        m_few.append(text);
        return;
    }
    if (m_many.isEmpty()) {
        for (const QString &few : std::as_const(m_few))
            m_many.insert(few);
    }
    m_many.insert(text);
}

bool requireObject(const JsonView &item, Entry &entry)
{
    if (item.isObject())
        return true;
    entry.warn(Text::tr(" was skipped: it must be an object, not %1.").arg(typeName(item)));
    return false;
}

std::optional<QString> readEntryId(const JsonView &idValue, Entry &entry)
{
    std::optional<QString> id = readId(idValue, entry);
    if (id)
        entry.identify(*id);
    return id;
}

std::optional<QString> readId(const JsonView &value, Entry &entry)
{
    if (value.isString() && !value.string().empty())
        return value.toQString();
    if (value.isFiniteNumber())
        return value.number().text();
    if (value.isAbsent())
        entry.warn(Text::tr(" was skipped: it has no \"id\"."));
    else if (value.isString())
        entry.warn(Text::tr(" was skipped: its \"id\" is empty."));
    else
        entry.warn(Text::tr(" was skipped: its \"id\" must be text or a number, not ") +
                   typeName(value) + QStringLiteral("."));
    return std::nullopt;
}

QString readText(const JsonView &value, QLatin1StringView shownAs, Entry &entry)
{
    if (value.isString())
        return value.toQString();
    if (!value.isAbsent())
        entry.warn(Text::tr(": \"%1\" must be text, not %2; it was ignored.")
                       .arg(shownAs, typeName(value)));
    return {};
}

namespace {

// `kind` and `noun` view QT_TRANSLATE_NOOP literals (so their data is nul-terminated); they are
// translated only when a sentence names them.
template<typename Spec, typename ReadEntry>
QList<Spec> normaliseList(const JsonView &value, const QString &source, QLatin1StringView key,
                          QLatin1StringView kind, QLatin1StringView noun, Diagnostics &diagnostics,
                          ReadEntry readEntry)
{
    QList<Spec> specs;
    if (value.isAbsent())
        return specs;
    if (!value.isArray()) {
        diagnostics.append(Diagnostic::warning(
            source, Text::tr("\"%1\" must be a list of objects, not %2; it was ignored.")
                        .arg(key, typeName(value))));
        return specs;
    }
    specs.reserve(value.itemCount());
    Reporter reporter(diagnostics, source, key);
    SeenTexts seen;
    value.forEachItem([&](qsizetype index, const JsonView &item) {
        Entry entry(reporter, index, noun);
        std::optional<Spec> spec = readEntry(item, entry);
        if (!spec)
            return;
        if (seen.contains(spec->id)) {
            entry.warn(Text::tr(" was skipped: an earlier %1 already uses this id.")
                           .arg(QCoreApplication::translate("Manifest", kind.data())));
            return;
        }
        seen.insert(spec->id);
        specs.append(std::move(*spec));
    });
    reporter.finish();
    return specs;
}

} // namespace

QList<FieldSpec> normaliseFieldList(const JsonView &value, const QString &source,
                                    Diagnostics &diagnostics)
{
    return normaliseList<FieldSpec>(value, source, QLatin1StringView("fields"),
                                    QLatin1StringView(QT_TRANSLATE_NOOP("Manifest", "field")),
                                    QLatin1StringView(QT_TRANSLATE_NOOP("Manifest", "Field")),
                                    diagnostics, readField);
}

QList<ActionSpec> normaliseActionList(const JsonView &value, const QString &source,
                                      Diagnostics &diagnostics)
{
    return normaliseList<ActionSpec>(value, source, QLatin1StringView("actions"),
                                     QLatin1StringView(QT_TRANSLATE_NOOP("Manifest", "action")),
                                     QLatin1StringView(QT_TRANSLATE_NOOP("Manifest", "Action")),
                                     diagnostics, readAction);
}

} // namespace plugboard::manifestjson
