#include "catalog/logo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

LogoProbe probe(const QString &folderPath)
{
    LogoProbe result;
    const QString path = folderPath + QStringLiteral("/logo.png");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result; // no logo is normal: the card shows a letter avatar
    const QString source = QStringLiteral("logo.png");
    const qint64 size = file.size();
    if (size > MaxBytes) {
        result.problem = Diagnostic::warning(
            source, QCoreApplication::translate("Logo", "logo.png is %1 KiB, more than the %2 KiB "
                                                        "limit; it is not shown.")
                        .arg(size / 1024)
                        .arg(MaxBytes / 1024));
        return result;
    }
    const QByteArray mime = sniffMimeType(file.read(16));
    if (mime.isEmpty()) {
        result.problem = Diagnostic::warning(
            source, QCoreApplication::translate(
                        "Logo", "logo.png is not a PNG, JPEG, GIF, WebP or BMP image; it is not shown."));
        return result;
    }
    result.logo = LogoInfo{path, mime, size};
    return result;
}

} // namespace plugboard::Logo
