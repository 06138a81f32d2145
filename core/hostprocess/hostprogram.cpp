// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprocess/hostprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plugboard::HostProgram {

namespace {

QString executable(const QString &file)
{
    const QFileInfo info(file);
    return !file.isEmpty() && info.isFile() && info.isExecutable() ? info.canonicalFilePath()
                                                                   : QString();
}

} // namespace

QString path()
{
    if (const QString set = executable(qEnvironmentVariable("PLUGBOARD_HOST_PROGRAM"));
        !set.isEmpty())
        return set;
    if (!QCoreApplication::instance())
        return executable(QStringLiteral(PLUGBOARD_BUILT_HOST_PROGRAM));
    const QDir appDir(QCoreApplication::applicationDirPath());
    if (const QString installed =
            executable(appDir.filePath(QStringLiteral(PLUGBOARD_HOST_FROM_BINDIR)));
        !installed.isEmpty())
        return installed;
    // Only executables of the build tree use the host built there: an installed copy never
    // reaches into the folders of the machine that built it.
    const QString buildDir = QFileInfo(QStringLiteral(PLUGBOARD_BUILD_DIR)).canonicalFilePath();
    if (!buildDir.isEmpty() &&
        (appDir.canonicalPath() + QLatin1Char('/')).startsWith(buildDir + QLatin1Char('/')))
        return executable(QStringLiteral(PLUGBOARD_BUILT_HOST_PROGRAM));
    return {};
}

QProcessEnvironment environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
    environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    return environment;
}

} // namespace plugboard::HostProgram
