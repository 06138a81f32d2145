// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as plugin.json must yield a manifest or a legacy diagnostic: never a crash, a
// hang or a sanitizer report. Beyond that, a few properties of the normaliser are checked, and a
// violation aborts so libFuzzer keeps the input.

#include "manifest/manifestreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace plugboard;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_manifest: property violated: %s\n", what);
        std::abort();
    }
}

// Normalising an already normalised list must give back the same shape: toJson() is documented
// as the REST/CLI form, and clients send it back (settings forms, code-defined lists).
void checkFields(const QList<FieldSpec> &fields)
{
    QSet<QString> ids;
    QJsonArray shapes;
    for (const FieldSpec &field : fields) {
        require(!field.id.isEmpty(), "field id is empty");
        require(!field.label.isEmpty(), "field label is empty");
        require(!ids.contains(field.id), "duplicate field id survived");
        ids.insert(field.id);
        require(!field.step || *field.step > 0, "step is not positive");
        require(!(field.min && field.max) || *field.min <= *field.max, "min > max survived");
        require(field.options.isEmpty() || field.type == FieldType::Select,
                "options on a non-select field");
        shapes.append(field.toJson());
    }
    Diagnostics again;
    const QList<FieldSpec> renormalised =
        ManifestReader::normaliseFields(shapes, QStringLiteral("fuzz"), again);
    require(renormalised.size() == fields.size(), "re-normalising dropped fields");
    for (qsizetype i = 0; i < fields.size(); ++i)
        require(renormalised[i].toJson() == shapes[i].toObject(), "field toJson not stable");
    (void)QJsonDocument(shapes).toJson(QJsonDocument::Compact);
}

void checkActions(const QList<ActionSpec> &actions)
{
    QSet<QString> ids;
    QJsonArray shapes;
    for (const ActionSpec &action : actions) {
        require(!action.id.isEmpty(), "action id is empty");
        require(!action.label.trimmed().isEmpty(), "action label is blank");
        require(!action.buttonLabel.isEmpty(), "button label is empty");
        require(!ids.contains(action.id), "duplicate action id survived");
        ids.insert(action.id);
        shapes.append(action.toJson());
    }
    Diagnostics again;
    const QList<ActionSpec> renormalised =
        ManifestReader::normaliseActions(shapes, QStringLiteral("fuzz"), again);
    require(again.isEmpty(), "a normalised action list is not clean");
    require(renormalised.size() == actions.size(), "re-normalising dropped actions");
    for (qsizetype i = 0; i < actions.size(); ++i)
        require(renormalised[i].toJson() == shapes[i].toObject(), "action toJson not stable");
    (void)QJsonDocument(shapes).toJson(QJsonDocument::Compact);
}

// The reader parses with simdjson and falls back to Qt's parser only where simdjson refuses; the
// two disagree on details (integers beyond 64 bits, raw control characters, "1.", "1e-400"), so
// Qt's verdict stays the reference: a manifest is present exactly when Qt reads an object.
void checkAgainstQt(const QByteArray &bytes, const PluginManifest &manifest)
{
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    const bool object = error.error == QJsonParseError::NoError && document.isObject();
    require(manifest.present == object, "present disagrees with Qt's parser");
    if (!manifest.present)
        return;
    // Unknown keys stay retrievable: the raw object is the document Qt reads.
    require(manifest.rawObject() == document.object(), "rawObject() differs from the document");
    for (const FieldSpec &field : manifest.fields)
        require(!manifest.rawField(field.declaredIndex).isEmpty(), "field without its raw entry");
    for (const ActionSpec &action : manifest.actions)
        require(!manifest.rawAction(action.declaredIndex).isEmpty(),
                "action without its raw entry");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const PluginManifest manifest = ManifestReader::parse(bytes);
    checkAgainstQt(bytes, manifest);
    if (manifest.present) {
        checkFields(manifest.fields);
        checkActions(manifest.actions);
    } else {
        require(!manifest.diagnostics.isEmpty(), "legacy manifest without a reason");
        require(manifest.fields.isEmpty() && manifest.actions.isEmpty(),
                "legacy manifest with entries");
    }
    for (const Diagnostic &diagnostic : manifest.diagnostics)
        require(!diagnostic.source.isEmpty() && !diagnostic.message.isEmpty(),
                "diagnostic without source or message");

    // A top-level list reaches the per-entry normalisers directly, as code-defined lists do.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isArray()) {
        Diagnostics diagnostics;
        checkFields(
            ManifestReader::normaliseFields(document.array(), QStringLiteral("fuzz"), diagnostics));
        checkActions(ManifestReader::normaliseActions(document.array(), QStringLiteral("fuzz"),
                                                      diagnostics));
    }
    return 0;
}
