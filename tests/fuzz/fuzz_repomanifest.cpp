// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as a repository manifest must be read or refused with an Error: never a
// crash, a hang or a sanitizer report. Each input goes to the canonical serialiser, the root
// reader and the per-plugin reader; properties of what they return are checked, and a
// violation aborts so libFuzzer keeps the input.

#include "repos/canonicaljson.h"
#include "repos/repositorymanifestreader.h"

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
        std::fprintf(stderr, "fuzz_repomanifest: property violated: %s\n", what);
        std::abort();
    }
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// Two kinds of number the writer prints as jq does but simdjson cannot read back the same:
// -0.0 prints "-0", which reads as the integer 0; a large double prints in plain digits (jq's
// format), which is an integer beyond 64 bits to simdjson (-9223372036854775808.43 prints
// -9223372036854776000, below the smallest int64). Digits inside strings count too:
// this only widens what the fixed-point check lets pass.
bool hasNumberThatDoesNotReadBack(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '-' && i + 1 < bytes.size() && bytes[i + 1] == '0' &&
            (i + 2 == bytes.size() || bytes[i + 2] == ',' || bytes[i + 2] == ']' ||
             bytes[i + 2] == '}' || bytes[i + 2] == '\n'))
            return true;
        if (c >= '0' && c <= '9') {
            qsizetype end = i;
            while (end < bytes.size() && bytes[end] >= '0' && bytes[end] <= '9')
                ++end;
            // Beyond uint64 (20 digits), or below int64 (19 digits after a minus).
            if (end - i >= 20 || (end - i >= 19 && i > 0 && bytes[i - 1] == '-'))
                return true;
            i = end - 1;
        }
    }
    return false;
}

// The four forms agree with each other, and serialising a form again gives the same bytes: the
// writer's output is valid JSON and a fixed point.
void checkForms(const QList<SignedBytesForm> &forms)
{
    require(forms.size() == 4, "not four forms");
    require(forms[0].bytes.endsWith('\n') && forms[0].bytes.chopped(1) == forms[1].bytes,
            "ascii forms differ beyond the newline");
    require(forms[2].bytes.endsWith('\n') && forms[2].bytes.chopped(1) == forms[3].bytes,
            "utf8 forms differ beyond the newline");
    require(isAscii(forms[0].bytes), "ascii form holds non-ASCII bytes");
    require(!forms[1].bytes.contains('\n') && !forms[3].bytes.contains('\n'),
            "a raw newline inside the compact text");
    for (const qsizetype which : {1, 3}) {
        const Result<QByteArray> again =
            canonicaljson::signedBytes("{\"manifest\":" + forms[which].bytes + "}");
        if (hasNumberThatDoesNotReadBack(forms[which].bytes))
            continue;
        require(again.ok(), "a written form does not read back");
        require(again.value() == forms[0].bytes, "writing a written form changes it");
    }
}

void checkEntry(const RepositoryPluginEntry &entry)
{
    require(RepositoryManifestReader::slugProblem(entry.slug).isEmpty(), "a bad slug survived");
    require(!entry.name.trimmed().isEmpty(), "an entry without a name survived");
    for (const QUrl &url : {entry.latestUrl, entry.manifestUrl, entry.iconUrl})
        require(url.isEmpty() || (url.isValid() && !url.isRelative()), "a relative URL survived");
    require(!entry.latestSize || entry.latestSize->bytes >= 0, "a negative size survived");
}

void checkSignedPart(const RepositorySignedPart &signedPart, const QByteArray &input)
{
    if (!signedPart.isSigned) {
        require(signedPart.forms.isEmpty(), "forms without a signature");
        return;
    }
    checkForms(signedPart.forms);
    const Result<QByteArray> bytes = canonicaljson::signedBytes(input);
    require(bytes.ok() && bytes.value() == signedPart.forms[0].bytes,
            "the reader's forms differ from signedBytes()");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<QList<SignedBytesForm>> forms = canonicaljson::signedForms(input);
    if (forms.ok())
        checkForms(forms.value());
    else
        require(!forms.error().message.isEmpty(), "an error without a sentence");

    const Result<RepositoryManifestRead> root = RepositoryManifestReader::readRoot(input);
    RepositoryBases bases;
    if (root.ok()) {
        const RepositoryManifestRead &read = root.value();
        require(!read.manifest.registryName.trimmed().isEmpty(), "a blank registry_name");
        require(read.manifest.plugins.size() <= RepositoryManifestReader::MaxEntries,
                "more entries than the cap");
        QSet<QString> slugs;
        for (const RepositoryPluginEntry &entry : read.manifest.plugins) {
            checkEntry(entry);
            require(!slugs.contains(entry.slug), "a repeated slug survived");
            slugs.insert(entry.slug);
        }
        checkSignedPart(read.signedPart, input);
        bases = read.manifest.bases;
    } else {
        require(!root.error().message.isEmpty(), "an error without a sentence");
    }
    if (bases.rootUrl.isEmpty())
        bases.rootUrl = QUrl(QStringLiteral("https://example.org/repo"));

    const Result<RepositoryPluginManifestRead> plugin =
        RepositoryManifestReader::readPlugin(input, bases, u"channel-mapparr");
    if (plugin.ok()) {
        const RepositoryPluginManifestRead &read = plugin.value();
        checkEntry(read.manifest.entry);
        require(read.slugMismatch == (read.manifest.entry.slug != QLatin1String("channel-mapparr")),
                "slugMismatch is wrong");
        require(read.manifest.versions.size() <= RepositoryManifestReader::MaxVersions,
                "more versions than the cap");
        for (const RepositoryPluginVersion &version : read.manifest.versions) {
            require(!version.version.trimmed().isEmpty(), "a version without a number survived");
            require(version.url.isEmpty() || !version.url.isRelative(), "a relative URL survived");
        }
        checkSignedPart(read.signedPart, input);
    } else {
        require(!plugin.error().message.isEmpty(), "an error without a sentence");
    }
    return 0;
}
