#include "install/folderremover.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureSynchronizer>
#include <QMutex>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace plugboard::FolderRemover {

namespace {

const QLatin1String TrashPrefix(".plugboard-removed-");

QString tr(const char *text)
{
    return QCoreApplication::translate("FolderRemover", text);
}

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

} // namespace

Result<void> remove(const QString &folder, const QString &parent)
{
    const QFileInfo info(folder);
    const QString parentPath = QFileInfo(parent).absoluteFilePath();
    if (info.absolutePath() != parentPath || info.fileName().isEmpty() ||
        info.fileName() == QLatin1String("..")) {
        return Error::make(ErrorCode::InvalidInput,
                           tr("Refusing to delete \"%1\": it is not a folder directly inside "
                              "\"%2\".")
                               .arg(folder, parent));
    }
    if (!info.exists() && !info.isSymLink())
        return {}; // already gone: nothing to do
    const QString trash =
        QDir(parentPath)
            .filePath(TrashPrefix + info.fileName() + QLatin1Char('-') +
                      QString::number(QRandomGenerator::global()->generate(), 36));
    if (!QDir().rename(info.absoluteFilePath(), trash)) {
        return Error::make(ErrorCode::Io,
                           tr("Could not remove \"%1\": the folder could not be moved (check "
                              "that you may write to \"%2\").")
                               .arg(info.absoluteFilePath(), parentPath));
    }
    deleteInBackground(trash);
    return {};
}

void cleanLeftovers(const QString &parent)
{
    const QStringList names = QDir(parent).entryList(
        {TrashPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        deleteInBackground(QDir(parent).filePath(name));
}

void waitForBackgroundWork()
{
    QMutexLocker lock(&pendingMutex());
    pending().waitForFinished();
    pending().clearFutures();
}

} // namespace plugboard::FolderRemover
