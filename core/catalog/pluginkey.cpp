// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/pluginkey.h"

#include <QCoreApplication>

namespace plugboard::PluginKey {

QString fromFolderName(const QString &folderName)
{
    QString key = folderName.toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

Problem check(const QString &key)
{
    if (key.isEmpty())
        return Problem::Empty;
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!key.at(i).isLowSurrogate())
            ++codePoints;
    }
    return codePoints > MaxLength ? Problem::TooLong : Problem::None;
}

QString describe(Problem problem, const QString &folderName)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("PluginKey",
                                           "The folder name \"%1\" gives an empty plugin key; "
                                           "rename the folder.")
            .arg(folderName);
    case Problem::TooLong:
        return QCoreApplication::translate("PluginKey",
                                           "The folder name is longer than %1 characters; "
                                           "rename the folder to a shorter name.")
            .arg(MaxLength);
    }
    return {};
}

Error unknown(const QString &keyOrFolder)
{
    return Error::make(
        ErrorCode::NotFound,
        QCoreApplication::translate("PluginKey", "No plugin with key \"%1\".").arg(keyOrFolder));
}

} // namespace plugboard::PluginKey
