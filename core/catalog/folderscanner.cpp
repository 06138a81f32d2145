// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/folderscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

namespace plugboard::FolderScanner {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FolderScanner)
};

#ifdef Q_OS_UNIX
// Discovery stats every child of the plugins folder; QFileInfo and QDir::entryList cost
// several times more than the system calls themselves, so this path talks to POSIX directly.
bool isRegularFile(const QByteArray &path)
{
    struct stat st;
    return ::stat(path.constData(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isDirectory(const QByteArray &path)
{
    struct stat st;
    return ::stat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Child folder names (symlinks to folders included: authors link their working copies).
std::optional<QStringList> childFolders(const QString &pluginsDir)
{
    const QByteArray base = QFile::encodeName(pluginsDir) + '/';
    DIR *dir = ::opendir(base.constData());
    if (!dir)
        return std::nullopt;
    QStringList names;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.')
            continue; // ".", ".." and hidden staging/backup folders
        const bool folder =
            entry->d_type == DT_DIR ||
            ((entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) && isDirectory(base + name));
        if (folder)
            names.append(QFile::decodeName(name));
    }
    ::closedir(dir);
    return names;
}

QString entryFileOf(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (isRegularFile(encoded + "/plugin.py"))
        return QStringLiteral("plugin.py");
    if (isRegularFile(encoded + "/__init__.py"))
        return QStringLiteral("__init__.py");
    return {};
}
#else
std::optional<QStringList> childFolders(const QString &pluginsDir)
{
    const QDir dir(pluginsDir);
    if (!dir.exists())
        return std::nullopt;
    QStringList names =
        dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::NoSort);
    names.removeIf([](const QString &n) { return n.startsWith(QLatin1Char('.')); });
    return names;
}

QString entryFileOf(const QString &path)
{
    if (QFileInfo(path + QStringLiteral("/plugin.py")).isFile())
        return QStringLiteral("plugin.py");
    if (QFileInfo(path + QStringLiteral("/__init__.py")).isFile())
        return QStringLiteral("__init__.py");
    return {};
}
#endif

} // namespace

Result<QList<PluginFolder>> scan(const QString &pluginsDir, QList<SkippedFolder> *skipped)
{
    const QString base = QDir(pluginsDir).absolutePath();
    std::optional<QStringList> names = childFolders(base);
    if (!names) {
        if (!QFileInfo::exists(base)) {
            return Error::make(ErrorCode::NotFound,
                               Text::tr("The plugins folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(base)));
        }
        return Error::make(
            ErrorCode::Io,
            Text::tr("The plugins folder %1 cannot be read.").arg(QDir::toNativeSeparators(base)));
    }
    // Code point order, like Python's sorted(os.listdir()): stable across runs and machines.
    std::sort(names->begin(), names->end());

    QList<PluginFolder> folders;
    folders.reserve(names->size());
    for (const QString &name : std::as_const(*names)) {
        const QString path = base + QLatin1Char('/') + name;
        QString entry = entryFileOf(path);
        if (entry.isEmpty()) {
            if (skipped && isRegularFile(QFile::encodeName(path) + "/plugin.json")) {
                skipped->append({name, Text::tr("It has a plugin.json but no plugin.py or "
                                                "__init__.py: there is no code to run.")});
            }
            continue;
        }
        PluginFolder folder;
        folder.folderName = name;
        folder.path = path;
        folder.key = PluginKey::fromFolderName(name);
        folder.entryFile = std::move(entry);
        folder.keyProblem = PluginKey::check(folder.key);
        folders.append(std::move(folder));
    }
    return folders;
}

} // namespace plugboard::FolderScanner
