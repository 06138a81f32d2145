// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/zippath.h"

#include "catalog/pluginkey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <array>
#include <cstring>

namespace plugboard::ZipPath {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZipPath)
};

Error refuse(const QString &entry, const QString &sentence)
{
    return Error::make(ErrorCode::InvalidInput, sentence, {FieldError{entry, sentence}});
}

// Code page 437, bytes 0x80–0xFF: what a zip name without the UTF-8 bit means by the format's
// own definition (old Windows and DOS tools write it).
constexpr std::array<char16_t, 128> Cp437High = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

QString fromCp437(const QByteArray &raw)
{
    QString text;
    text.reserve(raw.size());
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte < 0x80 ? QChar(byte) : QChar(Cp437High[byte - 0x80]));
    }
    return text;
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7F;
}

} // namespace

Result<QString> decode(const QByteArray &raw, bool utf8Flag)
{
    if (raw.contains('\0')) {
        const QString shown = printable(QString::fromUtf8(raw.left(raw.indexOf('\0'))));
        return refuse(shown, Text::tr("the entry \"%1…\" has a NUL byte in its name.").arg(shown));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(raw);
    if (!utf8.hasError())
        return text;
    if (utf8Flag) {
        const QString shown = printable(text);
        return refuse(shown,
                      Text::tr("the entry \"%1\" is marked as UTF-8, but its name is not valid "
                               "UTF-8.")
                          .arg(shown));
    }
    return fromCp437(raw);
}

Result<Name> normalise(const QString &name)
{
    if (name.isEmpty())
        return refuse(name, Text::tr("an entry has an empty name."));
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString shown = printable(name);
    for (const QChar c : std::as_const(path)) {
        if (isControl(c))
            return refuse(
                shown,
                Text::tr("the entry \"%1\" has a control character in its name.").arg(shown));
    }
    if (path.startsWith(QLatin1Char('/'))) {
        return refuse(shown,
                      Text::tr("the entry \"%1\" has an absolute path; a plugin zip may only "
                               "hold relative paths.")
                          .arg(shown));
    }
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).unicode() < 0x80 &&
        path.at(0).isLetter()) {
        return refuse(shown,
                      Text::tr("the entry \"%1\" starts with a drive letter; a plugin zip may "
                               "only hold relative paths.")
                          .arg(shown));
    }
    Name result;
    if (path.endsWith(QLatin1Char('/'))) {
        result.isDir = true;
        path.chop(1);
    }
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = path.size();
        const QStringView segment = QStringView(path).mid(start, end - start);
        if (segment.isEmpty()) {
            return refuse(
                shown,
                Text::tr("the entry \"%1\" has an empty folder name in its path.").arg(shown));
        }
        if (segment == u"..") {
            return refuse(shown,
                          Text::tr("the entry \"%1\" goes up a folder (\"..\") and could land "
                                   "outside the plugin folder.")
                              .arg(shown));
        }
        if (segment == u".") {
            return refuse(shown,
                          Text::tr("the entry \"%1\" has a \".\" folder in its path, which no "
                                   "ordinary zip tool writes.")
                              .arg(shown));
        }
        if (segment.toUtf8().size() > 255) {
            return refuse(shown, Text::tr("the entry \"%1\" has a name part longer than 255 bytes, "
                                          "which no file system here accepts.")
                                     .arg(shown));
        }
        start = end + 1;
    }
    result.path = std::move(path);
    return result;
}

QString foldSegment(const QString &segment)
{
    return segment.normalized(QString::NormalizationForm_C).toCaseFolded();
}

bool isIgnored(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (QStringView(path).mid(slash + 1) == u".DS_Store")
        return true;
    const QLatin1String fork("__MACOSX");
    return path == fork || path.startsWith(fork + QLatin1Char('/')) ||
           path.contains(QLatin1Char('/') + fork + QLatin1Char('/')) ||
           path.endsWith(QLatin1Char('/') + fork);
}

bool isCompiledByName(const QString &path)
{
    const QString leaf = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1).toLower();
    for (const char *suffix : {".so", ".pyd", ".dll", ".dylib"}) {
        if (leaf.endsWith(QLatin1String(suffix)))
            return true;
    }
    static const QRegularExpression versionedSo(QStringLiteral("\\.so(\\.\\d+)+$"));
    return versionedSo.match(leaf).hasMatch();
}

bool isCompiledByMagic(const char *data, qint64 size)
{
    if (size >= 4) {
        // "\x7F" "ELF" is split so that the E is not read as a hex digit of the escape.
        static constexpr const char *magics[] = {("\x7F"
                                                  "ELF"),
                                                 "\xFE\xED\xFA\xCE",
                                                 "\xFE\xED\xFA\xCF",
                                                 "\xCE\xFA\xED\xFE",
                                                 "\xCF\xFA\xED\xFE",
                                                 "\xCA\xFE\xBA\xBE"};
        for (const char *magic : magics) {
            if (std::memcmp(data, magic, 4) == 0)
                return true;
        }
    }
    // A PE file starts with a 64-byte DOS header; two letters alone would match prose.
    return size >= 64 && data[0] == 'M' && data[1] == 'Z';
}

QString suggestFolderName(const QString &rootOrZipName)
{
    static const QRegularExpression suffixes[] = {
        QRegularExpression(QStringLiteral(" \\(\\d+\\)$")),
        QRegularExpression(QStringLiteral("[-_ ]v?\\d+(\\.\\d+)+([-.]?(alpha|beta|rc|dev|post|a|b)"
                                          "\\.?\\d*)?$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("-v\\d+$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("-(main|master)$"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    QString name = rootOrZipName;
    if (name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        name.chop(4);
    // Leading dots would make a folder discovery skips.
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    // "repo-1.2.0-main" or "tool-v2 (1)": a few rounds, each removing one suffix.
    for (int round = 0; round < 3; ++round) {
        bool changed = false;
        for (const QRegularExpression &suffix : suffixes) {
            const QRegularExpressionMatch match = suffix.match(name);
            if (match.hasMatch() && match.capturedStart() > 0) {
                name.truncate(match.capturedStart());
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("plugin") : name;
}

QString checkFolderName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("The folder name is empty.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return Text::tr(
                   "The folder name \"%1\" contains \"/\" or \"\\\"; choose a single folder name.")
            .arg(printable(name));
    for (const QChar c : name) {
        if (isControl(c))
            return Text::tr("The folder name \"%1\" contains a control character.")
                .arg(printable(name));
    }
    if (name.startsWith(QLatin1Char('.')))
        return Text::tr("The folder name \"%1\" starts with \".\"; Plugboard skips such folders.")
            .arg(name);
    if (name.toUtf8().size() > 200)
        return Text::tr("The folder name is longer than 200 bytes; choose a shorter one.");
    const PluginKey::Problem problem = PluginKey::check(PluginKey::fromFolderName(name));
    return PluginKey::describe(problem, name);
}

Result<void> NameSet::add(const Name &name)
{
    const QStringList segments = name.path.split(QLatin1Char('/'));
    QString folded;
    QString original;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i == segments.size() - 1;
        if (i > 0) {
            folded += QLatin1Char('/');
            original += QLatin1Char('/');
        }
        folded += foldSegment(segments.at(i));
        original += segments.at(i);
        const bool isDir = !last || name.isDir;
        auto it = m_nodes.find(folded);
        if (it == m_nodes.end()) {
            m_nodes.insert(folded, Node{original, isDir, last});
            continue;
        }
        const QString shown = printable(original);
        if (it->original != original) {
            return refuse(shown,
                          Text::tr("the entries \"%1\" and \"%2\" differ only in letter case or "
                                   "Unicode form, and would overwrite each other on many systems.")
                              .arg(printable(it->original), shown));
        }
        if (it->isDir != isDir) {
            return refuse(
                shown, Text::tr("\"%1\" is both a file and a folder in the archive.").arg(shown));
        }
        if (last) {
            if (it->explicitEntry) {
                return refuse(
                    shown, Text::tr("the entry \"%1\" appears twice in the archive.").arg(shown));
            }
            it->explicitEntry = true;
        }
    }
    return {};
}

QString printable(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name) {
        if (isControl(c))
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (shown.size() > 120)
        shown = shown.left(117) + QStringLiteral("…");
    return shown;
}

} // namespace plugboard::ZipPath
