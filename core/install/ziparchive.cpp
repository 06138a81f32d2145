// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/ziparchive.h"

#include "install/ziplimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

#include <quazip/quazip.h>
#include <quazip/unzip.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZipInspector)
};

constexpr qint64 ChunkBytes = 64 * 1024;

// Unix file type in the high 16 bits of the external attributes; DOS attributes in the low ones.
constexpr quint32 UnixTypeMask = 0170000;
constexpr quint32 UnixFile = 0100000;
constexpr quint32 UnixDir = 0040000;
constexpr quint32 UnixLink = 0120000;
constexpr quint32 DosDirectory = 0x10;
constexpr quint32 DosReparsePoint = 0x400; // Windows symbolic links and junctions
constexpr uLong FlagEncrypted = 0x1;
constexpr uLong FlagUtf8 = 0x800;

} // namespace

// The zip file as minizip reads it: many small reads (headers) and 16 KiB reads each after a
// seek. QFile turns every seek into a system call and reads headers through its 16 KiB buffer;
// this serves both from one 256 KiB window read with pread(). About 10% of an inspection.
class ZipArchive::Source : public QIODevice {
public:
    ~Source() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool openFile(const QString &path)
    {
        // O_NONBLOCK: a FIFO given as the zip must not hang the open; it is refused below.
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        struct stat st;
        if (m_fd < 0 || ::fstat(m_fd, &st) != 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (!S_ISREG(st.st_mode)) {
            setErrorString(Text::tr("not a regular file"));
            return false;
        }
        m_size = qint64(st.st_size);
        m_window.resize(256 * 1024);
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || !QIODevice::seek(pos))
            return false;
        m_pos = pos;
        return true;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize && m_pos < m_size) {
            if (m_pos < m_start || m_pos >= m_start + m_length) {
                const ssize_t n = ::pread(m_fd, m_window.data(), size_t(m_window.size()), m_pos);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    return done > 0 ? done : -1;
                m_start = m_pos;
                m_length = n;
            }
            const qint64 take = qMin(maxSize - done, m_start + m_length - m_pos);
            std::memcpy(data + done, m_window.constData() + (m_pos - m_start), size_t(take));
            done += take;
            m_pos += take;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_start = 0;
    qint64 m_length = 0;
    QByteArray m_window;
};

ZipArchive::ZipArchive()
    : m_nameBuffer(65536, Qt::Uninitialized)
    , m_chunk(ChunkBytes, Qt::Uninitialized)
{}

ZipArchive::~ZipArchive()
{
    m_zip.reset(); // before the device it reads
}

Error ZipArchive::refuse(const QString &entry, const QString &reason) const
{
    return Error::make(ErrorCode::InvalidInput,
                       Text::tr("\"%1\" cannot be imported: %2").arg(m_name, reason),
                       {FieldError{entry, reason}});
}

Error ZipArchive::refuse(const Error &reason) const
{
    return Error::make(ErrorCode::InvalidInput,
                       Text::tr("\"%1\" cannot be imported: %2").arg(m_name, reason.message),
                       reason.fieldErrors);
}

Error ZipArchive::damaged(const QString &entry, const QString &what) const
{
    return refuse(
        entry, Text::tr("the entry \"%1\" is damaged (%2).").arg(ZipPath::printable(entry), what));
}

Result<void> ZipArchive::open(const QString &path, QIODevice *device, const QString &name)
{
    m_name = name;
    if (device) {
        m_device = device;
    } else {
        m_source = std::make_unique<Source>();
        if (!m_source->openFile(path)) {
            return Error::make(
                ErrorCode::Io,
                Text::tr("Could not open \"%1\": %2.").arg(path, m_source->errorString()));
        }
        m_device = m_source.get();
    }
    m_size = m_device->size();
    m_zip = std::make_unique<QuaZip>(m_device);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // minizip refuses an archive without entries; it deserves its own sentence.
        // (QuaZip closed the device on the way out.)
        if (m_size == 22 && (m_device->isOpen() || m_device->open(QIODevice::ReadOnly)) &&
            m_device->seek(0) && m_device->read(4) == "PK\x05\x06") {
            return refuse(QString(), Text::tr("the zip archive is empty."));
        }
        return refuse(QString(), Text::tr("it is not a zip archive, or it is damaged."));
    }
    return {};
}

Result<ZipRecord> ZipArchive::current()
{
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip->getUnzFile(), &info, m_nameBuffer.data(),
                                uLong(m_nameBuffer.size()), nullptr, 0, nullptr, 0) != UNZ_OK) {
        return refuse(QString(), Text::tr("its table of contents is damaged."));
    }
    const QByteArray raw(m_nameBuffer.constData(),
                         qsizetype(qMin<uLong>(info.size_filename, uLong(m_nameBuffer.size()))));
    Result<QString> text = ZipPath::decode(raw, info.flag & FlagUtf8);
    if (!text)
        return refuse(text.error());
    Result<ZipPath::Name> name = ZipPath::normalise(text.value());
    if (!name)
        return refuse(name.error());
    ZipRecord record;
    record.name = std::move(name).value();
    record.compressedSize = info.compressed_size;
    record.uncompressedSize = info.uncompressed_size;
    record.crc = quint32(info.crc);
    const QString shown = ZipPath::printable(record.name.path);

    const quint32 unixType = (info.external_fa >> 16) & UnixTypeMask;
    if (unixType == UnixLink || (info.external_fa & DosReparsePoint)) {
        return refuse(shown,
                      Text::tr("the entry \"%1\" is a symbolic link; a link could point outside "
                               "the plugin folder, so Plugboard does not install them.")
                          .arg(shown));
    }
    if (unixType != 0 && unixType != UnixFile && unixType != UnixDir) {
        return refuse(
            shown, Text::tr("the entry \"%1\" is a device, pipe or socket, not a file or folder.")
                       .arg(shown));
    }
    record.name.isDir =
        record.name.isDir || unixType == UnixDir || (info.external_fa & DosDirectory);
    if (info.flag & FlagEncrypted) {
        return refuse(shown,
                      Text::tr("the entry \"%1\" is encrypted, so Plugboard cannot check it; "
                               "make the zip again without a password.")
                          .arg(shown));
    }
    if (record.name.isDir) {
        if (info.uncompressed_size != 0)
            return refuse(shown,
                          Text::tr("the entry \"%1\" is a folder but holds data.").arg(shown));
    } else if (info.compression_method != 0 && info.compression_method != Z_DEFLATED) {
        return refuse(shown,
                      Text::tr("the entry \"%1\" uses compression method %2, which Plugboard "
                               "cannot read; make the zip again with ordinary (deflate) "
                               "compression.")
                          .arg(shown)
                          .arg(info.compression_method));
    }
    return record;
}

Result<void> ZipArchive::forEachEntry(int maxEntries,
                                      const std::function<Result<void>(const ZipRecord &)> &visit)
{
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(m_zip->getUnzFile(), &global) != UNZ_OK)
        return refuse(QString(), Text::tr("its table of contents is damaged."));
    if (global.number_entry == 0)
        return {};
    if (global.number_entry > ZPOS64_T(maxEntries)) {
        return refuse(QString(),
                      Text::tr("it holds %1 entries, more than the %2 a plugin may have.")
                          .arg(global.number_entry)
                          .arg(maxEntries));
    }
    int count = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++count > maxEntries) {
            return refuse(
                QString(),
                Text::tr("it holds more than the %1 entries a plugin may have.").arg(maxEntries));
        }
        Result<ZipRecord> record = current();
        if (!record)
            return record.error();
        if (Result<void> r = visit(record.value()); !r)
            return r;
    }
    if (m_zip->getZipError() != UNZ_OK)
        return refuse(QString(), Text::tr("its table of contents is damaged."));
    return {};
}

Result<void> ZipArchive::claimRange(const ZipRecord &record, Budget &budget, quint64 start) const
{
    const quint64 length = record.compressedSize;
    if (start > quint64(m_size) || length > quint64(m_size) - start)
        return damaged(record.name.path, Text::tr("its data runs past the end of the archive"));
    if (!budget.checkOverlap || length == 0)
        return {};
    const quint64 end = start + length;
    auto next = budget.ranges.lower_bound(start);
    const QString *other = nullptr;
    if (next != budget.ranges.end() && next->first < end)
        other = &next->second.second;
    else if (next != budget.ranges.begin() && std::prev(next)->second.first > start)
        other = &std::prev(next)->second.second;
    if (other) {
        const QString shown = ZipPath::printable(record.name.path);
        return refuse(shown,
                      Text::tr("the entries \"%1\" and \"%2\" share the same data, a shape only "
                               "zip bombs have.")
                          .arg(ZipPath::printable(*other), shown));
    }
    budget.ranges.emplace(start, std::make_pair(end, record.name.path));
    return {};
}

// minizip never yields more than the header's size, and checks the CRC on close only when
// exactly that many bytes came out — so the count is compared first; the CRC verdict is then
// complete.
Result<void> ZipArchive::read(const ZipRecord &record, Budget &budget,
                              const std::function<Result<void>(const char *, qint64)> &chunk)
{
    const unzFile handle = m_zip->getUnzFile();
    const QString &path = record.name.path;
    const QString shown = ZipPath::printable(path);
    if (unzOpenCurrentFile(handle) != UNZ_OK)
        return damaged(path, Text::tr("it cannot be opened"));
    const auto closeWith = [&](Error error) {
        unzCloseCurrentFile(handle);
        return error;
    };
    if (Result<void> r = claimRange(record, budget, unzGetCurrentFileZStreamPos64(handle)); !r)
        return closeWith(r.error());
    const qint64 compressed = qint64(record.compressedSize);
    budget.compressedTotal += compressed;
    quint64 count = 0;
    for (;;) {
        const int n = unzReadCurrentFile(handle, m_chunk.data(), unsigned(m_chunk.size()));
        if (n < 0)
            return closeWith(damaged(path, Text::tr("its data cannot be decompressed")));
        if (n == 0)
            break;
        count += unsigned(n);
        budget.total += n;
        if (budget.total > budget.maxTotal) {
            return closeWith(refuse(shown, Text::tr("it decompresses to more than %1 MiB (reading "
                                                    "stopped at \"%2\").")
                                               .arg(budget.maxTotal / (1024 * 1024))
                                               .arg(shown)));
        }
        if (const ZipLimits *r = budget.ratio) {
            const bool entryBomb = qint64(count) > r->ratioFloorBytes &&
                                   qint64(count) > r->maxRatio * qMax<qint64>(compressed, 1);
            const bool archiveBomb = budget.archiveRatio && budget.total > r->ratioFloorBytes &&
                                     budget.total > r->maxRatio * budget.compressedTotal;
            if (entryBomb || archiveBomb) {
                return closeWith(refuse(shown, Text::tr("it expands more than %1 times (noticed at "
                                                        "\"%2\"), which is how zip bombs look.")
                                                   .arg(r->maxRatio)
                                                   .arg(shown)));
            }
        }
        if (Result<void> r = chunk(m_chunk.constData(), qint64(n)); !r)
            return closeWith(r.error());
    }
    if (count != record.uncompressedSize) {
        return closeWith(damaged(path, Text::tr("its header says %1 bytes, its data holds %2")
                                           .arg(record.uncompressedSize)
                                           .arg(count)));
    }
    const int closed = unzCloseCurrentFile(handle);
    if (closed == UNZ_CRCERROR)
        return damaged(path, Text::tr("its checksum does not match its data"));
    if (closed != UNZ_OK)
        return damaged(path, Text::tr("it cannot be read to the end"));
    return {};
}

} // namespace plugboard
