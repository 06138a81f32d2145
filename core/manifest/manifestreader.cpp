// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugin.json from disk or bytes to a PluginManifest: reading, the byte order mark, JSON
// errors, the top-level object and its metadata. The entries go to the normalisers
// (fieldnormaliser.cpp, actionnormaliser.cpp), which read simdjson's DOM through jsonview.h:
// QJsonDocument cost ~200K instructions per 4 KB manifest, simdjson a few thousand.

#include "manifest/manifestreader.h"

#include "manifest/jsonview.h"
#include "manifest/manifestfile.h"
#include "manifest/normaliser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace plugboard {

using namespace manifestjson;

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

constexpr qsizetype Padding = qsizetype(simdjson::SIMDJSON_PADDING);

QString defaultSource()
{
    return QStringLiteral("plugin.json");
}

QString legacyTail()
{
    return Text::tr("; the plugin is listed as legacy.");
}

PluginManifest legacy(Diagnostic diagnostic)
{
    PluginManifest manifest;
    manifest.diagnostics.append(std::move(diagnostic));
    return manifest;
}

QString tooLargeMessage(const QString &source, qint64 size)
{
    return Text::tr("%1 is %2 bytes, more than the %3 bytes Plugboard reads")
               .arg(source, QString::number(size),
                    QString::number(ManifestReader::MaxManifestBytes)) +
           legacyTail();
}

PluginManifest notAnObject(const QString &source, const QString &found)
{
    return legacy(Diagnostic::error(
        source, Text::tr("%1 must hold a JSON object at the top level, not %2").arg(source, found) +
                    legacyTail()));
}

// ---- invalid JSON: Qt's parser words the error and finds its position ------------------------

QString parseReason(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return Text::tr("an object is not closed, or a comma is missing");
    case QJsonParseError::MissingNameSeparator:
        return Text::tr("a colon is missing after a key");
    case QJsonParseError::UnterminatedArray:
        return Text::tr("a list is not closed, or a comma is missing");
    case QJsonParseError::MissingValueSeparator:
        return Text::tr("a comma is missing");
    case QJsonParseError::IllegalValue:
        return Text::tr("a value is not valid JSON");
    case QJsonParseError::TerminationByNumber:
        return Text::tr("the text ends in the middle of a value");
    case QJsonParseError::IllegalNumber:
        return Text::tr("a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return Text::tr("a string has an invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return Text::tr("a string is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return Text::tr("a string is not closed");
    case QJsonParseError::MissingObject:
        return Text::tr("a value is missing after a comma");
    case QJsonParseError::DeepNesting:
        return Text::tr("it is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return Text::tr("it is too large");
    case QJsonParseError::GarbageAtEnd:
        return Text::tr("there is more text after the end of the document");
    default:
        break;
    }
    return error.errorString();
}

// Qt reports these errors one byte after the token that caused them; step back so the
// position points at the offending character, where an editor's cursor should go.
bool offsetIsPastToken(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return true;
    default:
        return false;
    }
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

struct TextPosition {
    qsizetype line = 1;
    qsizetype column = 1; // in characters (code points), not bytes
};

TextPosition positionOf(const QByteArray &bytes, const QJsonParseError &error)
{
    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    if (offsetIsPastToken(error.error) && offset > 0 && !isJsonSpace(bytes.at(offset - 1)))
        --offset;
    TextPosition position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<uchar>(bytes.at(i)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++position.column;
    }
    return position;
}

QString qtTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

// Qt refuses a bare scalar at the top level with a generic "illegal value"; tell the author
// what the file holds instead.
std::optional<QString> scalarTypeOf(const QByteArray &bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('{') || trimmed.startsWith('['))
        return std::nullopt;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']');
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return std::nullopt;
    return qtTypeName(wrapped.array().at(0));
}

PluginManifest refused(const QByteArray &bytes, const QJsonParseError &error, const QString &source)
{
    if (const std::optional<QString> scalar = scalarTypeOf(bytes))
        return notAnObject(source, *scalar);
    const TextPosition at = positionOf(bytes, error);
    const QString line = QString::number(at.line);
    const QString column = QString::number(at.column);
    return legacy(Diagnostic::error(source + QLatin1Char(':') + line + QLatin1Char(':') + column,
                                    Text::tr("%1 is not valid JSON (%2) at line %3, column %4")
                                            .arg(source, parseReason(error), line, column) +
                                        legacyTail()));
}

// ---- the top-level object --------------------------------------------------------------------

// help_url opens in a browser only when it is http(s). QUrl costs more than the rest of the
// metadata, so the common spelling is recognised by hand and QUrl decides everything else.
bool isWebAddress(const QString &url)
{
    const auto startsWith = [&url](QLatin1StringView prefix) {
        return url.startsWith(prefix, Qt::CaseInsensitive);
    };
    const bool plain = std::all_of(url.cbegin(), url.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7F && c != QLatin1Char('%') &&
               c != QLatin1Char('[') && c != QLatin1Char(']') && c != QLatin1Char('\\');
    });
    if (plain &&
        (startsWith(QLatin1StringView("https://")) || startsWith(QLatin1StringView("http://"))))
        return true;
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

PluginManifest fromRoot(const JsonView &root, const QByteArray &rawJson, const QString &source)
{
    if (!root.isObject())
        return notAnObject(source, typeName(root));

    PluginManifest manifest;
    manifest.present = true;
    manifest.rawJson = rawJson;

    // One pass over the keys; a repeated key keeps its last value, as Qt's parser did.
    JsonView name, version, description, author, helpUrl, fields, actions;
    root.forEachMember([&](std::string_view key, const JsonView &value) {
        if (key == "name")
            name = value;
        else if (key == "version")
            version = value;
        else if (key == "description")
            description = value;
        else if (key == "author")
            author = value;
        else if (key == "help_url")
            helpUrl = value;
        else if (key == "fields")
            fields = value;
        else if (key == "actions")
            actions = value;
    });

    const auto readMetadata = [&](const JsonView &value, const char *key, QString &target) {
        if (value.isString())
            target = value.toQString();
        else if (!value.isAbsent())
            manifest.diagnostics.append(
                Diagnostic::warning(source, Text::tr("\"%1\" must be text, not %2; it was ignored.")
                                                .arg(QLatin1String(key), typeName(value))));
    };
    readMetadata(name, "name", manifest.name);
    readMetadata(version, "version", manifest.version);
    readMetadata(description, "description", manifest.description);
    readMetadata(author, "author", manifest.author);
    readMetadata(helpUrl, "help_url", manifest.helpUrl);
    if (!manifest.helpUrl.isEmpty() && !isWebAddress(manifest.helpUrl)) {
        manifest.diagnostics.append(Diagnostic::warning(
            source, Text::tr("\"help_url\" %1 is not an http or https address; no Docs "
                             "link is shown.")
                        .arg(quoted(shortText(manifest.helpUrl)))));
    }

    manifest.fields = normaliseFieldList(fields, source, manifest.diagnostics);
    manifest.actions = normaliseActionList(actions, source, manifest.diagnostics);
    return manifest;
}

// What QByteArray::trimmed() drops; a file of only these is "empty".
bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

bool hasPadding(const QByteArray &bytes)
{
    return bytes.capacity() - bytes.size() >= Padding;
}

// A copy with simdjson's padding behind it, zeroed so no tool sees uninitialised bytes read.
QByteArray paddedCopy(const char *data, qsizetype size)
{
    QByteArray copy(size + Padding, Qt::Uninitialized);
    std::memcpy(copy.data(), data, size_t(size));
    std::memset(copy.data() + size, 0, size_t(Padding));
    copy.resize(size); // keeps the capacity, and so the padding
    return copy;
}

// A document simdjson refused: Qt's parser either refuses it too, and words the error, or is
// more lenient (integers beyond 64 bits, raw control characters or lone surrogates in strings,
// "1." or "\x"), and then what it read is normalised as before.
PluginManifest parseWithQt(const QByteArray &text, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return refused(text, error, source);
    if (!document.isObject())
        return notAnObject(source, Text::tr("a list"));
    const TextForNormaliser normalised = textForNormaliser(document.object());
    ParsedJson json;
    json.setNumberMarker(
        {normalised.numberMarker.constData(), size_t(normalised.numberMarker.size())});
    if (const simdjson::error_code again =
            json.parse(normalised.text.constData(), size_t(normalised.text.size()), false)) {
        // Not expected: the text is JsonWriter's, of values Qt already holds.
        return legacy(Diagnostic::error(
            source, Text::tr("%1 could not be read (%2)")
                            .arg(source, QString::fromLatin1(simdjson::error_message(again))) +
                        legacyTail()));
    }
    return fromRoot(json.root(), text, source);
}

// `text` is plugin.json after any BOM, ideally with padding behind it.
PluginManifest parseText(const QByteArray &text, const QString &source)
{
    if (isBlank(text))
        return legacy(Diagnostic::error(source, source + Text::tr(" is empty") + legacyTail()));
    ParsedJson json;
    if (json.parse(text.constData(), size_t(text.size()), hasPadding(text)))
        return parseWithQt(text, source);
    // simdjson reads a number too small for a double as 0, where Qt refuses the document.
    // Only a zero in the document can be one; let Qt decide those (rare) documents.
    if (json.hasZeroDouble()) {
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return refused(text, error, source);
    }
    return fromRoot(json.root(), text, source);
}

PluginManifest parseBytes(const QByteArray &bytes, const QString &source)
{
    if (bytes.size() > ManifestReader::MaxManifestBytes)
        return legacy(Diagnostic::error(source, tooLargeMessage(source, bytes.size())));
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // The caller's bytes may be raw data that dies with the call, and have no padding: the
    // manifest keeps its own copy (readFile() reads straight into a padded one instead).
    return parseText(paddedCopy(bytes.constData() + bom, bytes.size() - bom), source);
}

// Code-defined lists arrive as QJsonValues: written out as JSON text and read by the same
// normaliser as plugin.json, so both follow one set of rules and sentences.
template<typename List>
List normaliseCodeDefined(const QJsonValue &value, const QString &source, Diagnostics &diagnostics,
                          List (*normalise)(const JsonView &, const QString &, Diagnostics &))
{
    if (value.isUndefined() || value.isNull())
        return {};
    const TextForNormaliser text = textForNormaliser(value);
    ParsedJson json;
    if (json.parse(text.text.constData(), size_t(text.text.size()), false))
        return {}; // not expected: the text is JsonWriter's, at most 17 levels deep
    json.setNumberMarker({text.numberMarker.constData(), size_t(text.numberMarker.size())});
    return normalise(json.root(), source, diagnostics);
}

// `source` names the file in diagnostics: its file name.
PluginManifest readPath(const QString &path, const QString &source)
{
    using Status = ManifestFile::Status;
    ManifestFile file = readManifestFile(path, ManifestReader::MaxManifestBytes);
    switch (file.status) {
    case Status::Missing:
        return legacy(Diagnostic::warning(
            source, Text::tr("No %1: the plugin is listed as legacy; add a %1 so Plugboard "
                             "can show its name, settings and actions without running its "
                             "code.")
                        .arg(source)));
    case Status::NotRegular:
        return legacy(
            Diagnostic::error(source, source + Text::tr(" is not a regular file") + legacyTail()));
    case Status::TooLarge:
        return legacy(Diagnostic::error(source, tooLargeMessage(source, file.size)));
    case Status::Unreadable:
        return legacy(Diagnostic::error(
            source, Text::tr("%1 could not be read (%2)").arg(source, file.error) + legacyTail()));
    case Status::Read:
        break;
    }
    if (file.bytes.size() > ManifestReader::MaxManifestBytes)
        return legacy(Diagnostic::error(source, tooLargeMessage(source, file.bytes.size())));
    if (file.bytes.startsWith("\xEF\xBB\xBF"))
        return parseBytes(file.bytes, source); // copies without the BOM; rare
    return parseText(file.bytes, source);
}

} // namespace

PluginManifest ManifestReader::readFolder(const QString &folderPath)
{
    // QDir only where joining is not plain: its private data costs more than the join.
    if (folderPath.isEmpty() || folderPath.endsWith(QLatin1Char('/')))
        return readFile(QDir(folderPath).filePath(defaultSource()));
    return readPath(folderPath + QLatin1Char('/') + defaultSource(), defaultSource());
}

PluginManifest ManifestReader::readFile(const QString &filePath)
{
    const QString name = QFileInfo(filePath).fileName();
    return readPath(filePath, name.isEmpty() ? defaultSource() : name);
}

PluginManifest ManifestReader::parse(const QByteArray &bytes)
{
    return parseBytes(bytes, defaultSource());
}

QList<FieldSpec> ManifestReader::normaliseFields(const QJsonValue &value, const QString &source,
                                                 Diagnostics &diagnostics)
{
    return normaliseCodeDefined(value, source, diagnostics, normaliseFieldList);
}

QList<ActionSpec> ManifestReader::normaliseActions(const QJsonValue &value, const QString &source,
                                                   Diagnostics &diagnostics)
{
    return normaliseCodeDefined(value, source, diagnostics, normaliseActionList);
}

} // namespace plugboard
