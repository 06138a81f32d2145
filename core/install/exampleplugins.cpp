// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/exampleplugins.h"
#include "install/hiddennames.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace plugboard::ExamplePlugins {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExamplePlugins)
};

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue;
        if (entry.fileName() == QLatin1String("__pycache__"))
            continue;
        if (entry.path().contains(QLatin1String("/__pycache__")))
            continue;
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(entry.filePath()));
        if (entry.isDir() ? !QDir().mkpath(target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

QString sourceDir()
{
    const auto existing = [](const QString &dir) {
        return !dir.isEmpty() && QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
    };
    if (const QString dir = existing(qEnvironmentVariable("PLUGBOARD_EXAMPLES_DIR"));
        !dir.isEmpty())
        return dir;
    if (!QCoreApplication::instance())
        return existing(QStringLiteral(PLUGBOARD_SOURCE_EXAMPLES_DIR));
    // Installed: the examples sit at the same place relative to the executable whatever the
    // prefix (/usr from the .deb, /usr/local, a root unpacked with dpkg-deb -x).
    const QDir appDir(QCoreApplication::applicationDirPath());
    if (const QString dir =
            existing(appDir.filePath(QStringLiteral(PLUGBOARD_EXAMPLES_FROM_BINDIR)));
        !dir.isEmpty())
        return dir;
    // The build tree uses the source tree's folder, so an edited example shows at once. Only
    // there: an installed copy must never reach into the folders of the machine that built it.
    const QString buildDir = QFileInfo(QStringLiteral(PLUGBOARD_BUILD_DIR)).canonicalFilePath();
    if (!buildDir.isEmpty() &&
        (appDir.canonicalPath() + QLatin1Char('/')).startsWith(buildDir + QLatin1Char('/')))
        return existing(QStringLiteral(PLUGBOARD_SOURCE_EXAMPLES_DIR));
    return {};
}

Result<QStringList> copyInto(const QString &pluginsDir)
{
    const QString source = sourceDir();
    if (source.isEmpty()) {
        return Error::make(ErrorCode::NotFound,
                           Text::tr("The example plugins are not installed with this copy of "
                                    "Plugboard."));
    }
    if (!QDir().mkpath(pluginsDir)) {
        return Error::make(ErrorCode::Io,
                           Text::tr("Could not create the plugins folder \"%1\".").arg(pluginsDir));
    }
    QStringList added;
    const QStringList names = QDir(source).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString target = QDir(pluginsDir).filePath(name);
        if (QFileInfo::exists(target))
            continue;
        const QString staging =
            QDir(pluginsDir).filePath(HiddenNames::unique(HiddenNames::StagingPrefix, name));
        if (!copyTree(QDir(source).filePath(name), staging) || !QDir().rename(staging, target)) {
            QDir(staging).removeRecursively();
            return Error::make(
                ErrorCode::Io,
                Text::tr("Could not copy the example \"%1\" into \"%2\".").arg(name, pluginsDir));
        }
        added << name;
    }
    return added;
}

} // namespace plugboard::ExamplePlugins
