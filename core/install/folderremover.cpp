// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/folderremover.h"

#include "install/hiddennames.h"
#include "install/zipinstaller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureSynchronizer>
#include <QLockFile>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

#include <dirent.h>

namespace plugboard::FolderRemover {

namespace {

using HiddenNames::ReplacedPrefix;
using HiddenNames::StagingPrefix;
const QLatin1String LockSuffix(".lock");
constexpr qint64 UnlockedStagingAgeSecs = 10 * 60;

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FolderRemover)
};

QMutex &pendingMutex()
{
    static QMutex mutex;
    return mutex;
}

QFutureSynchronizer<void> &pending()
{
    static QFutureSynchronizer<void> synchronizer;
    return synchronizer;
}

void deleteInBackground(const QString &path)
{
    QFuture<void> future = QtConcurrent::run([path] {
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isDir())
            QFile::remove(path);
        else
            QDir(path).removeRecursively(); // unlinks symlinks inside, never follows them
    });
    QMutexLocker lock(&pendingMutex());
    pending().addFuture(future);
}

// The names of Plugboard's own entries in `parent`, sorted. This runs before every discovery:
// one readdir(), looking at names only (QDir's name filters cost a regular expression and a
// QFileInfo for each of a thousand plugins).
QStringList ownEntries(const QString &parent)
{
    QStringList names;
    DIR *dir = ::opendir(QFile::encodeName(parent).constData());
    if (!dir)
        return names;
    static constexpr char Prefix[] = ".plugboard-";
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strncmp(entry->d_name, Prefix, sizeof Prefix - 1) == 0)
            names << QFile::decodeName(entry->d_name);
    }
    ::closedir(dir);
    names.sort();
    return names;
}

} // namespace

Result<void> remove(const QString &folder, const QString &parent)
{
    const QFileInfo info(folder);
    const QString parentPath = QFileInfo(parent).absoluteFilePath();
    if (info.absolutePath() != parentPath || info.fileName().isEmpty() ||
        info.fileName() == QLatin1String("..")) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("Refusing to delete \"%1\": it is not a folder directly inside "
                                    "\"%2\".")
                               .arg(folder, parent));
    }
    if (!info.exists() && !info.isSymLink())
        return {}; // already gone: nothing to do
    const QString trash =
        QDir(parentPath).filePath(HiddenNames::unique(HiddenNames::RemovedPrefix, info.fileName()));
    if (!QDir().rename(info.absoluteFilePath(), trash)) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not remove \"%1\": the folder could not be moved (check "
                                    "that you may write to \"%2\").")
                               .arg(info.absoluteFilePath(), parentPath));
    }
    deleteInBackground(trash);
    return {};
}

void cleanLeftovers(const QString &parent)
{
    const QDir dir(parent);
    const QStringList own = ownEntries(parent);
    if (own.isEmpty())
        return;
    const auto named = [&own](QLatin1StringView prefix) {
        QStringList names;
        for (const QString &name : own) {
            if (name.startsWith(prefix))
                names << name;
        }
        return names;
    };
    for (const QString &name : named(HiddenNames::RemovedPrefix))
        deleteInBackground(dir.filePath(name));

    // Staging folders. An import (ZipInstaller) holds <staging>.lock from before the folder
    // exists until it is committed: a lock no live process holds is what a crash left, a held
    // one is an import still running, maybe in another process, and is left alone. A staging
    // folder without a lock file (ExamplePlugins, or an import whose process quit normally
    // before committing) is deleted once it has not changed for a while.
    const QDateTime quietSince = QDateTime::currentDateTimeUtc().addSecs(-UnlockedStagingAgeSecs);
    for (const QString &name : named(StagingPrefix)) {
        if (name.endsWith(QLatin1String(".rmlock")))
            continue; // QLockFile's own, while it removes a stale lock
        const bool lockFile = name.endsWith(LockSuffix);
        const QString staging = dir.filePath(lockFile ? name.chopped(LockSuffix.size()) : name);
        const QFileInfo stagingInfo(staging);
        if (lockFile && (stagingInfo.exists() || stagingInfo.isSymLink()))
            continue; // handled with its folder
        const bool locked = lockFile || QFileInfo::exists(staging + LockSuffix);
        if (!locked && stagingInfo.lastModified().toUTC() > quietSince)
            continue;
        QLockFile claim(staging + LockSuffix);
        claim.setStaleLockTime(0); // stale only when its process is gone
        if (!claim.tryLock(0))
            continue;
        if (!lockFile)
            (void)remove(staging, parent);
    } // each claim is released (its lock file deleted) as it goes out of scope

    // The old plugin of a replace. Only touched while no commit runs: a commit holds the
    // install lock from moving the old folder aside until the new one is in place.
    const QStringList replaced = named(ReplacedPrefix);
    if (replaced.isEmpty())
        return;
    const std::unique_ptr<QLockFile> lock = ZipInstaller::lockPluginsDir(parent, 0);
    if (!lock)
        return;
    for (const QString &name : replaced) {
        // .plugboard-replaced-<folder>-<random>: the random part never holds a '-'.
        const QString folder = name.mid(ReplacedPrefix.size(),
                                        name.lastIndexOf(QLatin1Char('-')) - ReplacedPrefix.size());
        const QString target = dir.filePath(folder);
        // A crash between moving the old plugin aside and moving the new one in: the plugin
        // comes back rather than vanishing.
        if (!folder.isEmpty() && !QFileInfo::exists(target) && !QFileInfo(target).isSymLink() &&
            QDir().rename(dir.filePath(name), target)) {
            continue;
        }
        deleteInBackground(dir.filePath(name));
    }
}

void waitForBackgroundWork()
{
    QMutexLocker lock(&pendingMutex());
    pending().waitForFinished();
    pending().clearFutures();
}

} // namespace plugboard::FolderRemover
