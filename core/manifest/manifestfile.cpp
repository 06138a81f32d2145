// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/manifestfile.h"

#include <simdjson.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace plugboard::manifestjson {

namespace {

constexpr qsizetype Padding = qsizetype(simdjson::SIMDJSON_PADDING);

ManifestFile withStatus(ManifestFile::Status status, qint64 size = 0, QString error = {})
{
    ManifestFile file;
    file.status = status;
    file.size = size;
    file.error = std::move(error);
    return file;
}

// Fills a buffer sized from the measured size (plus one byte, plus padding) through `readSome`
// (returns bytes read, 0 at the end, -1 on error); grows it if the file grew meanwhile.
template<typename ReadSome>
ManifestFile readPadded(qint64 expectedSize, qint64 maxBytes, ReadSome readSome)
{
    const qsizetype limit = qsizetype(maxBytes + 1);
    qsizetype want = qsizetype(std::min<qint64>(expectedSize + 1, limit));
    ManifestFile file;
    file.status = ManifestFile::Status::Read;
    file.bytes = QByteArray(want + Padding, Qt::Uninitialized);
    qsizetype have = 0;
    for (;;) {
        const qint64 got = readSome(file.bytes.data() + have, want - have);
        if (got < 0)
            return withStatus(ManifestFile::Status::Unreadable);
        have += qsizetype(got);
        // A regular file reads short only at its end: no second call to learn that.
        if (got == 0 || have < want || have == limit)
            break;
        if (have == want) { // it grew: read on
            want = std::min(want * 2, limit);
            file.bytes.resize(want + Padding);
        }
    }
    std::memset(file.bytes.data() + have, 0, size_t(Padding));
    file.bytes.resize(have); // keeps the capacity, and so the padding
    return file;
}

} // namespace

#ifdef Q_OS_UNIX

// POSIX calls: a QFileInfo and a QFile per manifest cost more than parsing it. O_NONBLOCK keeps a
// FIFO called plugin.json from blocking the open (as for logo.png); fstat() then refuses it.
ManifestFile readManifestFile(const QString &path, qint64 maxBytes)
{
    using Status = ManifestFile::Status;
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int openError = errno;
        // Only a path that does not resolve is "missing"; anything there is named for what it is.
        if (::stat(name.constData(), &st) != 0)
            return withStatus(Status::Missing);
        if (!S_ISREG(st.st_mode))
            return withStatus(Status::NotRegular);
        if (st.st_size > maxBytes)
            return withStatus(Status::TooLarge, st.st_size);
        return withStatus(Status::Unreadable, 0, qt_error_string(openError));
    }
    const auto closed = [fd](ManifestFile file) {
        ::close(fd);
        return file;
    };
    if (::fstat(fd, &st) != 0)
        return closed(withStatus(Status::Unreadable, 0, qt_error_string(errno)));
    if (!S_ISREG(st.st_mode))
        return closed(withStatus(Status::NotRegular));
    if (st.st_size > maxBytes)
        return closed(withStatus(Status::TooLarge, st.st_size));
    int readError = 0;
    ManifestFile file = readPadded(st.st_size, maxBytes, [fd, &readError](char *to, qsizetype n) {
        for (;;) {
            const ssize_t got = ::read(fd, to, size_t(n));
            if (got >= 0 || errno != EINTR) {
                readError = got < 0 ? errno : 0;
                return qint64(got);
            }
        }
    });
    if (file.status == Status::Unreadable)
        file.error = qt_error_string(readError);
    return closed(std::move(file));
}

#else

ManifestFile readManifestFile(const QString &path, qint64 maxBytes)
{
    using Status = ManifestFile::Status;
    const QFileInfo info(path);
    if (!info.exists())
        return withStatus(Status::Missing);
    // A FIFO or device named plugin.json would block or never end; only read regular files.
    if (!info.isFile())
        return withStatus(Status::NotRegular);
    if (info.size() > maxBytes)
        return withStatus(Status::TooLarge, info.size());
    QFile qfile(path);
    if (!qfile.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return withStatus(Status::Unreadable, 0, qfile.errorString());
    ManifestFile file = readPadded(info.size(), maxBytes,
                                   [&qfile](char *to, qsizetype n) { return qfile.read(to, n); });
    if (file.status == Status::Unreadable || qfile.error() != QFileDevice::NoError)
        return withStatus(Status::Unreadable, 0, qfile.errorString());
    return file;
}

#endif

} // namespace plugboard::manifestjson
