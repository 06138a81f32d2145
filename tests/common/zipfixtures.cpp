// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/zipfixtures.h"

#include "install/zipinstaller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

namespace zipfixtures {

namespace {

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

quint32 crcOf(const QByteArray &data)
{
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()),
                         uInt(data.size())));
}

// The fields a local header and its central record share.
struct Fields {
    quint16 method;
    quint32 crc;
    quint32 compressedSize;
    quint32 uncompressedSize;
    QByteArray stored; // the bytes after the local header
};

Fields fieldsOf(const Entry &e)
{
    Fields f;
    f.method = e.method.value_or(e.deflate ? 8 : 0);
    f.stored = f.method == 8 ? deflateRaw(e.data) : e.data;
    f.crc = e.crc.value_or(crcOf(e.data));
    f.compressedSize = e.compressedSize.value_or(quint32(f.stored.size()));
    f.uncompressedSize = e.uncompressedSize.value_or(quint32(e.data.size()));
    return f;
}

// Version needed, flags, method, time, date, CRC, sizes: the run both headers have.
void putCommon(QByteArray &out, const Entry &e, const Fields &f)
{
    put16(out, 20);
    put16(out, e.flags);
    put16(out, f.method);
    put16(out, 0x6000); // 12:00
    put16(out, 0x5A21); // 2025-01-01
    put32(out, f.crc);
    put32(out, f.compressedSize);
    put32(out, f.uncompressedSize);
    put16(out, quint32(e.name.size()));
    put16(out, 0); // extra field
}

} // namespace

Entry file(const QByteArray &name, const QByteArray &data, bool deflate)
{
    Entry e;
    e.name = name;
    e.data = data;
    e.deflate = deflate;
    return e;
}

Entry dir(const QByteArray &name)
{
    Entry e;
    e.name = name;
    e.deflate = false;
    e.externalAttr = (040755u << 16) | 0x10;
    return e;
}

Entry symlink(const QByteArray &name, const QByteArray &target)
{
    Entry e = file(name, target, false);
    e.externalAttr = 0120777u << 16;
    return e;
}

QList<Entry> plugin(const QByteArray &prefix, const QByteArray &name, const QByteArray &version)
{
    return {
        file(prefix + "plugin.py", "class Plugin:\n    def run(self, action, params, context):\n"
                                   "        return {\"status\": \"ok\"}\n"),
        file(prefix + "plugin.json",
             "{\"name\": \"" + name + "\", \"version\": \"" + version +
                 "\", \"author\": \"Zip Tests\", \"description\": \"Made by zipfixtures\"}"),
        file(prefix + "helpers.py", QByteArray("HELP = 1\n").repeated(20)),
    };
}

bool writeZip(const QString &path, const QList<Entry> &entries)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry &e : entries) {
        QuaZipNewInfo info(QString::fromUtf8(e.name));
        const bool isDir = e.name.endsWith('/');
        info.setPermissions(isDir ? QFile::Permissions(0x7755) : QFile::Permissions(0x6644));
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, e.deflate ? Z_DEFLATED : 0,
                      e.deflate ? Z_DEFAULT_COMPRESSION : 0)) {
            return false;
        }
        if (!e.data.isEmpty() && out.write(e.data) != e.data.size())
            return false;
        out.close();
        if (out.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QByteArray rawZip(const QList<Entry> &entries)
{
    QByteArray out;
    QList<quint32> offsets;
    QList<Fields> fields;
    for (const Entry &e : entries) {
        fields.append(fieldsOf(e));
        if (e.sharesDataWith >= 0) {
            offsets.append(offsets.at(e.sharesDataWith));
            fields.last() = fields.at(e.sharesDataWith);
            continue;
        }
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50);
        putCommon(out, e, fields.last());
        out.append(e.name);
        out.append(fields.last().stored);
    }
    const quint32 directoryStart = quint32(out.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        put32(out, 0x02014b50);
        put16(out, e.madeBy);
        putCommon(out, e, fields.at(i));
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, e.externalAttr);
        put32(out, offsets.at(i));
        out.append(e.name);
    }
    const quint32 directorySize = quint32(out.size()) - directoryStart;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0);
    return out;
}

bool writeRawZip(const QString &path, const QList<Entry> &entries)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile out(path);
    const QByteArray bytes = rawZip(entries);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(generator.generate() & 0xFF);
    return out;
}

plugboard::Result<void> import(const QString &zip, const QString &pluginsDir,
                               const plugboard::ZipLimits &limits)
{
    using namespace plugboard;
    const Result<ZipReport> report = ZipInspector::inspect(zip, limits);
    if (!report)
        return report.error();
    const Result<QString> staging = ZipInstaller::extractToStaging(report.value(), pluginsDir);
    if (!staging)
        return staging.error();
    return ZipInstaller::commit(staging.value(), pluginsDir, report.value().folderName, false);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList snapshot(const QString &root)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines << QDir(root).relativeFilePath(info.filePath()) + QLatin1Char(' ') +
                     (info.isDir() && !info.isSymLink() ? QStringLiteral("-1")
                                                        : QString::number(info.size()));
    }
    lines.sort();
    return lines;
}

} // namespace zipfixtures
