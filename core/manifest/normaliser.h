// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/manifest: what the field and action normalisers share. Sentences are built
// only when a diagnostic is emitted; a clean manifest allocates nothing for them.

#include "manifest/actionspec.h"
#include "manifest/diagnostic.h"
#include "manifest/fieldspec.h"
#include "manifest/jsonview.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace plugboard::manifestjson {

// A manifest with thousands of broken entries would otherwise bury the UI and the CLI in
// identical lines; past this many per list, the rest are counted in one summary line.
constexpr qsizetype MaxDiagnosticsPerList = 100;

QString quoted(const QString &text);
// Enough of a value to recognise it in a sentence, without letting a megabyte string through.
QString shortText(const QString &text);
QString typeName(const JsonView &value);
// A value as it reads in a sentence: text quoted, numbers and booleans as written.
QString describeValue(const JsonView &value);
// A double as QJsonValue(double) showed it: integral values up to 2^53 without a fraction.
QString doubleText(double value);

// Collects the diagnostics of one list (fields or actions) and caps their number.
class Reporter {
public:
    Reporter(Diagnostics &out, const QString &source, QLatin1StringView listKey)
        : m_out(out)
        , m_source(source)
        , m_listKey(listKey)
    {}

    const QString &source() const { return m_source; }
    QLatin1StringView listKey() const { return m_listKey; }
    // Whether the next warning is shown; one that is not is only counted (skip()), so its
    // sentence is never built.
    bool accepting() const { return m_reported < MaxDiagnosticsPerList; }
    void warn(QString source, QString message);
    void skip() { ++m_suppressed; }
    void finish();

private:
    Diagnostics &m_out;
    const QString &m_source;
    QLatin1StringView m_listKey;
    qsizetype m_reported = 0;
    qsizetype m_suppressed = 0;
};

// One entry being normalised: where it is and how sentences about it start ("The entry
// fields[2]" until its id is known, then "Field \"limit\"").
class Entry {
public:
    Entry(Reporter &reporter, qsizetype index, QLatin1StringView noun)
        : m_reporter(reporter)
        , m_index(index)
        , m_noun(noun)
    {}

    qsizetype index() const { return m_index; }
    void identify(const QString &id) { m_id = id; }
    // `rest` follows the subject: " was skipped: …" or ": \"label\" must be …".
    void warn(const QString &rest);

private:
    Reporter &m_reporter;
    qsizetype m_index;
    QLatin1StringView m_noun;
    QString m_id; // empty until identified (an id is never empty)
};

// Texts already taken (ids, option values): a few, so a linear scan beats hashing them.
class SeenTexts {
public:
    bool contains(const QString &text) const;
    void insert(const QString &text);

private:
    QVarLengthArray<QString, 16> m_few;
    QSet<QString> m_many; // used once m_few is full
};

// An entry id: text as written, numbers as their text. Empty text and other types are refused.
std::optional<QString> readId(const JsonView &value, Entry &entry);

// The common start of a field or an action: the entry must be an object (checked before its keys
// are read) and have a usable id, which later sentences about the entry then name.
bool requireObject(const JsonView &item, Entry &entry);
std::optional<QString> readEntryId(const JsonView &idValue, Entry &entry);
// An optional text key; null and absence both mean "not given". `shownAs` names the key in the
// sentence ("title", or "confirm.title" when nested).
QString readText(const JsonView &value, QLatin1StringView shownAs, Entry &entry);

std::optional<FieldSpec> readField(const JsonView &item, Entry &entry);
std::optional<ActionSpec> readAction(const JsonView &item, Entry &entry);

// The "fields" / "actions" value of a manifest or of code; absent or null means none.
QList<FieldSpec> normaliseFieldList(const JsonView &value, const QString &source,
                                    Diagnostics &diagnostics);
QList<ActionSpec> normaliseActionList(const JsonView &value, const QString &source,
                                      Diagnostics &diagnostics);

} // namespace plugboard::manifestjson
