// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/importscan.h"

#include "common/pluginmodules.h"

#include <QCoreApplication>

#include <QSet>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportScan)
};

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

// The dotted name at the start of `text` (after spaces), or empty.
QByteArrayView dottedName(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    const qsizetype start = i;
    if (i >= text.size() || !isIdentifierStart(text[i]))
        return {};
    while (i < text.size() && (isIdentifierChar(text[i]) || text[i] == '.'))
        ++i;
    return text.sliced(start, i - start);
}

QByteArrayView topLevel(QByteArrayView dotted)
{
    const qsizetype dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.first(dot);
}

bool startsWithWord(QByteArrayView text, QByteArrayView word)
{
    return text.startsWith(word) && text.size() > word.size() &&
           (text[word.size()] == ' ' || text[word.size()] == '\t');
}

// One logical statement (no comment, no leading spaces) → the modules it imports.
void scanStatement(QByteArrayView statement, QList<QByteArrayView> &out)
{
    if (startsWithWord(statement, "import")) {
        // import a.b as c, d
        QByteArrayView rest = statement.sliced(6);
        while (!rest.isEmpty()) {
            const QByteArrayView name = dottedName(rest);
            if (name.isEmpty())
                return;
            out.append(topLevel(name));
            const qsizetype comma = rest.indexOf(',');
            if (comma < 0)
                return;
            rest = rest.sliced(comma + 1);
        }
    } else if (startsWithWord(statement, "from")) {
        // from a.b import x; relative imports (from . / from .x) are the plugin's own code
        const QByteArrayView rest = statement.sliced(4).trimmed();
        if (rest.startsWith('.'))
            return;
        const QByteArrayView name = dottedName(rest);
        if (!name.isEmpty() && rest.sliced(name.size()).trimmed().startsWith("import"))
            out.append(topLevel(name));
    }
}

} // namespace

QStringList ImportScan::topLevelImports(QByteArrayView source)
{
    QList<QByteArrayView> found;
    QByteArrayView openQuote; // the triple quote we are inside of, if any
    qsizetype pos = 0;
    while (pos < source.size()) {
        qsizetype end = source.indexOf('\n', pos);
        if (end < 0)
            end = source.size();
        QByteArrayView line = source.sliced(pos, end - pos);
        pos = end + 1;
        // Leave the text of triple-quoted strings alone: docstrings often show example code.
        qsizetype from = 0;
        bool codeOnLine = openQuote.isEmpty();
        while (true) {
            if (openQuote.isEmpty()) {
                const qsizetype d = line.indexOf("\"\"\"", from);
                const qsizetype s = line.indexOf("'''", from);
                const qsizetype hash = line.indexOf('#', from);
                qsizetype at = d < 0 ? s : (s < 0 ? d : qMin(d, s));
                if (at < 0 || (hash >= 0 && hash < at))
                    break;
                openQuote = line.sliced(at, 3);
                from = at + 3;
            } else {
                const qsizetype close = line.indexOf(openQuote, from);
                if (close < 0)
                    break;
                openQuote = {};
                from = close + 3;
            }
        }
        if (!codeOnLine)
            continue;
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line = line.first(hash);
        // `import os; import sys` and `if x: import y` are rare; statements split on ';' and
        // whatever follows a block colon on the same line are looked at too.
        qsizetype start = 0;
        while (start <= line.size()) {
            qsizetype stop = line.indexOf(';', start);
            if (stop < 0)
                stop = line.size();
            QByteArrayView statement = line.sliced(start, stop - start).trimmed();
            const qsizetype colon = statement.indexOf(':');
            if (colon > 0 && (statement.startsWith("try") || statement.startsWith("if ") ||
                              statement.startsWith("else") || statement.startsWith("except")))
                statement = statement.sliced(colon + 1).trimmed();
            scanStatement(statement, found);
            start = stop + 1;
        }
    }
    QStringList names;
    QSet<QByteArrayView> seen;
    for (const QByteArrayView name : std::as_const(found)) {
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(QString::fromLatin1(name));
        }
    }
    return names;
}

const QStringList &DispatcharrModules::all()
{
    return PluginModules::serverOnly();
}

bool DispatcharrModules::isServerModule(const QString &topLevelName)
{
    return all().contains(topLevelName);
}

QStringList PluginNeeds::sentences() const
{
    QStringList out;
    if (!serverModules.isEmpty()) {
        QStringList shown;
        for (const QString &m : serverModules)
            shown << (m == QLatin1String("apps") || m == QLatin1String("core")
                          ? m + QStringLiteral(".*")
                          : m);
        out << Text::tr("It lists and keeps its settings here, but its actions need Dispatcharr's "
                        "server (it imports %1).")
                   .arg(shown.join(QStringLiteral(", ")));
    }
    // Each with the Debian package that provides it, when one does.
    QStringList shown;
    for (const QString &m : missingModules) {
        const QString package = PluginModules::debianPackageFor(m);
        shown << (package.isEmpty() ? m : Text::tr("%1 (Debian package %2)").arg(m, package));
    }
    if (shown.size() == 1) {
        out << Text::tr("It needs the Python module %1, which Plugboard's Python does not have.")
                   .arg(shown.constFirst());
    } else if (!shown.isEmpty()) {
        out << Text::tr("It needs the Python modules %1, which Plugboard's Python does not have.")
                   .arg(shown.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace plugboard
