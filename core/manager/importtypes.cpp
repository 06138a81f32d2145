// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manager/importtypes.h"

#include "catalog/pluginkey.h"
#include "install/zippath.h"

namespace plugboard {

ImportPreview::Target ImportPreview::target(const QString &typed) const
{
    Target target;
    target.folderName = typed.trimmed();
    target.key = PluginKey::fromFolderName(target.folderName);
    target.problem = ZipPath::checkFolderName(target.folderName);
    return target;
}

} // namespace plugboard
