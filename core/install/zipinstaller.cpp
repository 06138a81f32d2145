// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/zipinstaller.h"

#include "install/hiddennames.h"
#include "install/zipinspector.h"
#include "install/zippath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSysInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZipInstaller)
};

using HiddenNames::InstallLock;
using HiddenNames::StagingPrefix;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// ---- test hook ---------------------------------------------------------------------------

QMutex &hookMutex()
{
    static QMutex mutex;
    return mutex;
}
QByteArray failureStep;
ZipInstaller::FailureMode failureMode = ZipInstaller::FailureMode::Fail;

// True when a test asked to fail at `step`; `mode` says how.
bool failsAt(const char *step, ZipInstaller::FailureMode *mode)
{
    QMutexLocker lock(&hookMutex());
    if (failureStep.isEmpty() || failureStep != step)
        return false;
    *mode = failureMode;
    return true;
}

// What a killed process leaves behind: its lock file, naming a process that no longer runs (a
// child that has exited), so the lock reads as stale exactly as after a real crash.
void leaveStaleLock(const QString &path)
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    if (child < 0)
        return;
    ::waitpid(child, nullptr, 0);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QByteArray::number(child) + "\nplugboard\n" +
                   QSysInfo::machineHostName().toUtf8() + "\n");
    }
}

Error simulated(const char *step)
{
    return Error::make(
        ErrorCode::Io,
        QStringLiteral("Simulated failure at \"%1\" (test hook).").arg(QLatin1String(step)));
}

// ---- staging claims ----------------------------------------------------------------------

// The lock beside each staging folder this process is filling or about to commit. A staging
// folder outlives the call that made it (the caller stops the old plugin before commit), so
// cleanLeftovers() in another thread or process must be able to tell it from a crash leftover.
QMutex &claimsMutex()
{
    static QMutex mutex;
    return mutex;
}
QHash<QString, std::shared_ptr<QLockFile>> &claims()
{
    static QHash<QString, std::shared_ptr<QLockFile>> map;
    return map;
}

void release(const QString &staging)
{
    std::shared_ptr<QLockFile> lock;
    {
        QMutexLocker locker(&claimsMutex());
        lock = claims().take(staging);
    }
    if (lock)
        lock->unlock();
}

bool isStagingPath(const QString &staging, const QString &pluginsDir)
{
    const QFileInfo info(staging);
    return info.fileName().startsWith(StagingPrefix) &&
           info.fileName().size() > StagingPrefix.size() &&
           (pluginsDir.isEmpty() || QDir::cleanPath(info.absolutePath()) ==
                                        QDir::cleanPath(QFileInfo(pluginsDir).absoluteFilePath()));
}

// rename(2) that never replaces: a plain rename would silently replace an empty folder.
bool renameNoReplace(const QString &from, const QString &to, int *error)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) ==
        0) {
        return true;
    }
    *error = errno;
    if (*error != EINVAL && *error != ENOSYS)
        return false;
    // A file system without RENAME_NOREPLACE: check, then rename (the install lock keeps other
    // imports out of the gap).
    struct stat st;
    if (::lstat(target.constData(), &st) == 0) {
        *error = EEXIST;
        return false;
    }
    if (::rename(source.constData(), target.constData()) == 0)
        return true;
    *error = errno;
    return false;
}

// ---- writing files -------------------------------------------------------------------------

// Writes the plugin's files below the staging folder. Every path is resolved one segment at a
// time from the staging folder's descriptor with O_NOFOLLOW, and files are created with
// O_EXCL: nothing in the tree, whatever appeared there, is ever followed or overwritten.
class StagingSink : public ZipInspector::Sink {
public:
    StagingSink(int rootFd, QString stagingPath)
        : m_root(rootFd)
        , m_stagingPath(std::move(stagingPath))
    {}
    ~StagingSink() override
    {
        if (m_file >= 0)
            ::close(m_file);
        if (m_cachedDir >= 0 && m_cachedDir != m_root)
            ::close(m_cachedDir);
    }

    Result<void> makeDir(const QString &relativePath) override
    {
        return directory(relativePath) >= 0 ? Result<void>() : failure(relativePath);
    }

    Result<void> beginFile(const QString &relativePath) override
    {
        const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
        const int parent = directory(slash < 0 ? QString() : relativePath.left(slash));
        if (parent < 0)
            return failure(relativePath);
        const QByteArray leaf = QFile::encodeName(relativePath.mid(slash + 1));
        m_file = ::openat(parent, leaf.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (m_file < 0)
            return failure(relativePath);
        m_current = relativePath;
        return {};
    }

    Result<void> write(const char *data, qint64 size) override
    {
        while (size > 0) {
            const ssize_t n = ::write(m_file, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return failure(m_current);
            data += n;
            size -= n;
        }
        return {};
    }

    Result<void> endFile() override
    {
        const int fd = std::exchange(m_file, -1);
        if (::close(fd) != 0)
            return failure(m_current);
        return {};
    }

private:
    // The descriptor of staging/<relativePath>, creating folders on the way; -1 with errno set.
    int directory(const QString &relativePath)
    {
        if (relativePath.isEmpty())
            return m_root;
        if (relativePath == m_cachedPath)
            return m_cachedDir;
        if (m_cachedDir >= 0 && m_cachedDir != m_root)
            ::close(m_cachedDir);
        m_cachedDir = -1;
        m_cachedPath.clear();
        int fd = m_root;
        for (const QString &segment : relativePath.split(QLatin1Char('/'))) {
            const QByteArray name = QFile::encodeName(segment);
            if (::mkdirat(fd, name.constData(), 0755) != 0 && errno != EEXIST) {
                const int error = errno;
                if (fd != m_root)
                    ::close(fd);
                errno = error;
                return -1;
            }
            const int next =
                ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            const int error = errno;
            if (fd != m_root)
                ::close(fd);
            if (next < 0) {
                errno = error;
                return -1;
            }
            fd = next;
        }
        m_cachedDir = fd;
        m_cachedPath = relativePath;
        return fd;
    }

    Error failure(const QString &relativePath) const
    {
        const int error = errno;
        return Error::make(ErrorCode::Io, Text::tr("Could not write \"%1\" into \"%2\": %3.")
                                              .arg(ZipPath::printable(relativePath), m_stagingPath,
                                                   systemError(error)));
    }

    int m_root;
    QString m_stagingPath;
    int m_file = -1;
    QString m_current;
    int m_cachedDir = -1;
    QString m_cachedPath;
};

} // namespace

Result<QString> ZipInstaller::extractToStaging(const ZipReport &report, const QString &pluginsDir,
                                               QIODevice *device)
{
    const QString parent = QFileInfo(pluginsDir).absoluteFilePath();
    if (!QDir().mkpath(parent)) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not create the plugins folder \"%1\".").arg(parent));
    }
    // The staging name only has to be unique and recognisable; keep it well inside NAME_MAX.
    QString label = report.folderName.left(64);
    if (!ZipPath::checkFolderName(label).isEmpty())
        label = QStringLiteral("plugin");
    const QString staging = QDir(parent).filePath(HiddenNames::unique(StagingPrefix, label));

    auto lock = std::make_shared<QLockFile>(staging + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        return Error::make(ErrorCode::Io, Text::tr("Could not create a staging folder in \"%1\" "
                                                   "(check that you may write there).")
                                              .arg(parent));
    }
    const QByteArray stagingName = QFile::encodeName(staging);
    if (::mkdir(stagingName.constData(), 0755) != 0) {
        const int error = errno;
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not create a staging folder in \"%1\": %2.")
                               .arg(parent, systemError(error)));
    }
    {
        QMutexLocker locker(&claimsMutex());
        claims().insert(staging, lock);
    }
    const int rootFd =
        ::open(stagingName.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (rootFd < 0) {
        const int error = errno;
        discardStaging(staging);
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not open \"%1\": %2.").arg(staging, systemError(error)));
    }
    Result<void> written = [&] {
        StagingSink sink(rootFd, staging);
        return ZipInspector::replay(report, sink, device);
    }();
    ::close(rootFd);
    if (!written) {
        discardStaging(staging);
        return written.error();
    }
    FailureMode mode;
    if (failsAt("after-extract", &mode)) {
        if (mode == FailureMode::Crash) {
            release(staging);
            leaveStaleLock(staging + QStringLiteral(".lock"));
        } else {
            discardStaging(staging);
        }
        return simulated("after-extract");
    }
    return staging;
}

Result<void> ZipInstaller::commit(const QString &staging, const QString &pluginsDir,
                                  const QString &folderName, bool replace, QString *backupPath)
{
    if (backupPath)
        backupPath->clear();
    if (!isStagingPath(staging, pluginsDir) || !QFileInfo(staging).isDir() ||
        QFileInfo(staging).isSymLink()) {
        return Error::make(
            ErrorCode::Internal,
            Text::tr("\"%1\" is not a staging folder in \"%2\".").arg(staging, pluginsDir));
    }
    const auto fail = [&](Error error) {
        discardStaging(staging);
        return error;
    };
    if (const QString problem = ZipPath::checkFolderName(folderName); !problem.isEmpty())
        return fail(Error::make(ErrorCode::InvalidInput, problem));
    const std::unique_ptr<QLockFile> lock = lockPluginsDir(pluginsDir, LockTimeoutMs);
    if (!lock) {
        return fail(Error::make(
            ErrorCode::Busy, Text::tr("Another import is changing the plugins folder \"%1\"; try "
                                      "again when it is done.")
                                 .arg(pluginsDir)));
    }

    const QDir parent(QFileInfo(pluginsDir).absoluteFilePath());
    const QString target = parent.filePath(folderName);
    const bool exists = QFileInfo::exists(target) || QFileInfo(target).isSymLink();
    if (exists && !replace) {
        return fail(Error::make(ErrorCode::Conflict,
                                Text::tr("The plugins folder already has a folder named \"%1\"; "
                                         "choose Replace to overwrite it, or another folder name.")
                                    .arg(folderName)));
    }

    QString backup;
    FailureMode mode;
    // Undoes the move aside; a sentence for the rare case where even that fails.
    const auto rollback = [&](Error error) {
        int renameError = 0;
        if (!backup.isEmpty() && !renameNoReplace(backup, target, &renameError)) {
            error.message += QLatin1Char(' ') +
                             Text::tr("The previous plugin could not be moved back (%1); it is in "
                                      "\"%2\" and will be restored at the next start.")
                                 .arg(systemError(renameError), backup);
        }
        return fail(std::move(error));
    };
    const auto crash = [&](const char *step) {
        release(staging);
        lock->unlock();
        leaveStaleLock(staging + QStringLiteral(".lock"));
        leaveStaleLock(parent.filePath(InstallLock));
        return simulated(step);
    };

    if (exists) {
        backup = parent.filePath(HiddenNames::unique(HiddenNames::ReplacedPrefix, folderName));
        int error = 0;
        if (!renameNoReplace(target, backup, &error)) {
            backup.clear();
            return fail(Error::make(ErrorCode::Io,
                                    Text::tr("Could not move the installed \"%1\" aside: %2.")
                                        .arg(folderName, systemError(error))));
        }
        if (failsAt("after-move-aside", &mode))
            return mode == FailureMode::Crash ? crash("after-move-aside")
                                              : rollback(simulated("after-move-aside"));
    }
    if (failsAt("before-move-in", &mode))
        return mode == FailureMode::Crash ? crash("before-move-in")
                                          : rollback(simulated("before-move-in"));
    int error = 0;
    if (!renameNoReplace(staging, target, &error)) {
        return rollback(
            error == EEXIST
                ? Error::make(ErrorCode::Conflict,
                              Text::tr("A folder named \"%1\" appeared in the plugins "
                                       "folder during the import.")
                                  .arg(folderName))
                : Error::make(ErrorCode::Io, Text::tr("Could not move \"%1\" into place: "
                                                      "%2.")
                                                 .arg(folderName, systemError(error))));
    }
    if (failsAt("after-move-in", &mode)) {
        if (mode == FailureMode::Crash)
            return crash("after-move-in");
        // Take the new plugin out again, then restore the old one.
        if (!renameNoReplace(target, staging, &error))
            QDir(target).removeRecursively();
        return rollback(simulated("after-move-in"));
    }
    release(staging);
    if (backupPath)
        *backupPath = backup;
    return {};
}

void ZipInstaller::discardStaging(const QString &staging)
{
    if (isStagingPath(staging, QString())) {
        const QFileInfo info(staging);
        if (info.isSymLink() || !info.isDir())
            QFile::remove(staging);
        else
            QDir(staging).removeRecursively(); // unlinks, never follows, links inside
    }
    release(staging);
}

std::unique_ptr<QLockFile> ZipInstaller::lockPluginsDir(const QString &pluginsDir, int timeoutMs)
{
    auto lock = std::make_unique<QLockFile>(QDir(pluginsDir).filePath(InstallLock));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(timeoutMs))
        return nullptr;
    return lock;
}

void ZipInstaller::setFailurePointForTesting(const char *step, FailureMode mode)
{
    QMutexLocker lock(&hookMutex());
    failureStep = step ? QByteArray(step) : QByteArray();
    failureMode = mode;
}

} // namespace plugboard
