// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace plugboard {

// The rules for names inside a plugin zip and for the folder it becomes. Shared by the inspector
// (first pass), the installer (second pass, against a zip that may have changed) and the
// preview, so one name is judged the same way everywhere.
namespace ZipPath {

// A normalised entry name: '/' separators, no trailing '/'.
struct Name {
    QString path;
    bool isDir = false;
};

// Entry name bytes as stored → text. UTF-8 when the entry says so (general purpose bit 11) or when
// the bytes happen to be valid UTF-8 (many tools omit the bit); otherwise code page 437, the
// format's default. Fails on a NUL byte or on invalid UTF-8 behind the UTF-8 bit.
Result<QString> decode(const QByteArray &raw, bool utf8Flag);

// Failures of decode(), normalise() and NameSet::add() are InvalidInput errors whose sentence
// starts in lower case, naming the entry: callers prefix it with the archive's name.

// Checks and normalises a decoded name. `\` counts as a separator (zips made on Windows); a
// trailing separator marks a folder. Refused, with a sentence naming the entry: empty names,
// absolute paths, drive letters, empty, "." or ".." segments, control characters, segments
// longer than 255 bytes (no file system here takes them).
Result<Name> normalise(const QString &name);

// The key two names collide on: NFC-normalised and case-folded, segment by segment (a file
// system that folds case or Unicode forms would put both in one place).
QString foldSegment(const QString &segment);

// Parts of an archive that are not the plugin: macOS resource forks (`__MACOSX/`) and Finder
// metadata (`.DS_Store`). They take no part in finding the root and are never extracted.
bool isIgnored(const QString &path);

// Compiled code, by name (.so, .so.N, .pyd, .dll, .dylib) or by its first bytes (ELF, PE "MZ",
// Mach-O). Informational: the preview says a plugin ships binaries; nothing is refused for it.
bool isCompiledByName(const QString &path);
bool isCompiledByMagic(const char *data, qint64 size);

// Folder name for an archive: its root folder's name, or for a flat zip the zip's file name
// without ".zip"; then a trailing "-main"/"-master", a version ("-1.2.3", "_1.2.0", "-v1.2",
// "-v2", "-1.0.0-rc1") or a browser's " (1)" is removed. Bare numbers ("tool-2", "epg_3") stay:
// they are as likely part of the name as a version.
QString suggestFolderName(const QString &rootOrZipName);

// Empty when `name` may be a plugin folder name; otherwise a sentence saying why not (empty, a
// separator, a control character, a leading "." that discovery would hide, longer than 200
// bytes, or a name whose key is unusable).
QString checkFolderName(const QString &name);

// Remembers the names of one archive and refuses a name that would clash on disk with an
// earlier one: the same name twice, names equal after case folding and NFC, and a name used
// both as a file and as a folder (also implied: "a/b" makes "a" a folder).
class NameSet {
public:
    Result<void> add(const Name &name);

private:
    struct Node {
        QString original;
        bool isDir = false;
        bool explicitEntry = false; // listed itself, not only implied by a deeper name
    };
    QHash<QString, Node> m_nodes; // folded path → what is there
};

// `name` for a sentence: control characters shown as \xNN, long names shortened.
QString printable(const QString &name);

} // namespace ZipPath
} // namespace plugboard
