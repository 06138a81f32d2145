#include "catalog/folderscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace plugboard::FolderScanner {

namespace {

bool isRegularFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile();
}

} // namespace

Result<QList<PluginFolder>> scan(const QString &pluginsDir)
{
    const QDir dir(pluginsDir);
    if (!dir.exists()) {
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("FolderScanner",
                                                       "The plugins folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(pluginsDir)));
    }
    if (!QFileInfo(pluginsDir).isReadable()) {
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("FolderScanner",
                                                       "The plugins folder %1 cannot be read.")
                               .arg(QDir::toNativeSeparators(pluginsDir)));
    }
    // Symlinked plugin folders are followed on purpose: authors link their working copies.
    QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(names.begin(), names.end());

    const QString base = dir.absolutePath() + QLatin1Char('/');
    QList<PluginFolder> folders;
    folders.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const QString path = base + name;
        QString entry;
        if (isRegularFile(path + QStringLiteral("/plugin.py")))
            entry = QStringLiteral("plugin.py");
        else if (isRegularFile(path + QStringLiteral("/__init__.py")))
            entry = QStringLiteral("__init__.py");
        else
            continue;
        PluginFolder folder;
        folder.folderName = name;
        folder.path = path;
        folder.key = PluginKey::fromFolderName(name);
        folder.entryFile = entry;
        folder.keyProblem = PluginKey::check(folder.key);
        folders.append(std::move(folder));
    }
    return folders;
}

} // namespace plugboard::FolderScanner
