// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/logo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace plugboard::Logo {

QByteArray sniffMimeType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (head.startsWith("\xff\xd8\xff"))
        return "image/jpeg";
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return "image/gif";
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return "image/webp";
    if (head.startsWith("BM") && head.size() >= 14)
        return "image/bmp";
    return {};
}

namespace {

struct LogoFile {
    bool exists = false;
    bool regular = false;
    qint64 size = 0;
    QByteArray head;
};

// Most plugins have no logo: the miss must cost one failed open(), not a QFile's worth of
// work. O_NONBLOCK keeps a FIFO called logo.png from hanging discovery.
LogoFile readHead(const QString &path)
{
    LogoFile file;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return file;
    file.exists = true;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        file.regular = true;
        file.size = st.st_size;
        char buffer[16];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            file.head = QByteArray(buffer, n);
    }
    ::close(fd);
#else
    QFile qfile(path);
    if (!qfile.open(QIODevice::ReadOnly))
        return file;
    file.exists = file.regular = true;
    file.size = qfile.size();
    file.head = qfile.read(16);
#endif
    return file;
}

} // namespace

LogoProbe probe(const QString &folderPath)
{
    LogoProbe result;
    const QString path = folderPath + QStringLiteral("/logo.png");
    const LogoFile file = readHead(path);
    if (!file.exists)
        return result; // no logo is normal: the card shows a letter avatar
    const QString source = QStringLiteral("logo.png");
    if (!file.regular) {
        result.problem = Diagnostic::warning(
            source, QCoreApplication::translate(
                        "Logo", "logo.png is not a regular file; it is not shown."));
        return result;
    }
    if (file.size > MaxBytes) {
        result.problem = Diagnostic::warning(
            source, QCoreApplication::translate("Logo", "logo.png is %1 KiB, more than the %2 KiB "
                                                        "limit; it is not shown.")
                        .arg(file.size / 1024)
                        .arg(MaxBytes / 1024));
        return result;
    }
    const QByteArray mime = sniffMimeType(file.head);
    if (mime.isEmpty()) {
        result.problem = Diagnostic::warning(
            source,
            QCoreApplication::translate(
                "Logo", "logo.png is not a PNG, JPEG, GIF, WebP or BMP image; it is not shown."));
        return result;
    }
    result.logo = LogoInfo{path, mime, file.size};
    return result;
}

} // namespace plugboard::Logo
