// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes given as a plugin zip must be refused or inspected: never a crash, a hang, a leak or
// a sanitizer report. The archive is read from memory (QBuffer), so the fuzzer does no disk I/O.
// An accepted archive is then replayed, as the installer's second pass does, into a sink that
// only checks what it is handed; a violated property aborts so libFuzzer keeps the input.

#include "install/zipinspector.h"
#include "install/zippath.h"

#include <QBuffer>
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
        std::fprintf(stderr, "fuzz_zip: property violated: %s\n", what);
        std::abort();
    }
}

// Small limits keep each input fast while still reaching every refusal.
ZipLimits limits()
{
    ZipLimits l;
    l.maxTotalBytes = 4 * 1024 * 1024;
    l.ratioFloorBytes = 256 * 1024;
    return l;
}

class CheckingSink : public ZipInspector::Sink {
public:
    explicit CheckingSink(QString prefix)
        : m_prefix(std::move(prefix))
    {}

    Result<void> makeDir(const QString &path) override
    {
        checkPath(path);
        return {};
    }
    Result<void> beginFile(const QString &path) override
    {
        require(!m_open, "beginFile while a file is open");
        checkPath(path);
        m_open = true;
        ++files;
        return {};
    }
    Result<void> write(const char *, qint64 size) override
    {
        require(m_open && size > 0, "write outside a file");
        bytes += size;
        return {};
    }
    Result<void> endFile() override
    {
        require(m_open, "endFile without a file");
        m_open = false;
        return {};
    }

    int files = 0;
    qint64 bytes = 0;

private:
    void checkPath(const QString &path)
    {
        // Relative to the root: "C:" is a fine name inside a folder, not at the top of a zip.
        const Result<ZipPath::Name> again = ZipPath::normalise(m_prefix + path);
        require(again.ok() && again.value().path == m_prefix + path,
                "replayed path is not normalised");
        require(!ZipPath::isIgnored(path), "an ignored entry was replayed");
        require(!m_seen.contains(path), "a path was replayed twice");
        m_seen.insert(path);
    }

    QString m_prefix;
    QSet<QString> m_seen;
    bool m_open = false;
};

void checkReport(const ZipReport &report, const ZipLimits &l)
{
    require(report.entryFile == QLatin1String("plugin.py") ||
                report.entryFile == QLatin1String("__init__.py"),
            "no entry file");
    require(report.totalBytes <= l.maxTotalBytes, "total beyond the limit");
    require(report.entries.size() <= l.maxEntries, "too many entries");
    // The suggestion may still need editing (a key too long), but is never empty or hidden.
    require(!report.folderName.isEmpty() && !report.folderName.startsWith(QLatin1Char('.')),
            "suggested folder name empty or hidden");
    QSet<QString> folded;
    bool entryFound = false;
    for (const ZipEntry &entry : report.entries) {
        const Result<ZipPath::Name> again = ZipPath::normalise(entry.name);
        require(again.ok() && again.value().path == entry.name, "entry name not normalised");
        QString key;
        for (const QString &segment : entry.name.split(QLatin1Char('/')))
            key += ZipPath::foldSegment(segment) + QLatin1Char('/');
        require(!folded.contains(key), "colliding names survived");
        folded.insert(key);
        const QString prefix = report.root.isEmpty() ? QString() : report.root + QLatin1Char('/');
        if (entry.underRoot)
            require(entry.name.startsWith(prefix), "entry under the root outside it");
        if (!entry.isDir && entry.name == prefix + report.entryFile)
            entryFound = true;
    }
    require(entryFound, "entry file not among the entries");
    for (const Diagnostic &d : report.manifest.diagnostics)
        require(!d.source.isEmpty() && !d.message.isEmpty(), "empty diagnostic");
}

} // namespace

// QBuffer warns on every seek past its end (minizip probes); printing them slows the run down.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ZipLimits l = limits();
    QBuffer buffer;
    buffer.setData(bytes);
    const Result<ZipReport> report = ZipInspector::inspect(&buffer, QStringLiteral("fuzz.zip"), l);
    if (!report) {
        const Error &error = report.error();
        require(error.code == ErrorCode::InvalidInput, "refusal with another code");
        require(error.message.startsWith(QLatin1String("\"fuzz.zip\" cannot be imported: ")),
                "refusal without the zip's name");
        return 0;
    }
    checkReport(report.value(), l);

    // The second pass over the same bytes must succeed and hand over exactly the plugin's part.
    QBuffer again;
    again.setData(bytes);
    CheckingSink sink(report.value().root.isEmpty() ? QString()
                                                    : report.value().root + QLatin1Char('/'));
    const Result<void> replayed = ZipInspector::replay(report.value(), sink, &again);
    require(replayed.ok(), "replay of an accepted archive failed");
    require(sink.files == report.value().installFileCount, "replayed file count differs");
    require(sink.bytes == report.value().installBytes, "replayed byte count differs");
    return 0;
}
