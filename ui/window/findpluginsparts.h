#pragma once

// What the Find Plugins page's two files share (findpluginspage.cpp, findpluginsdetails.cpp).

#include "manager/pluginrepositories.h"

#include <QColor>
#include <QPalette>

namespace plugboard::ui::FindPlugins {

enum Column {
    NameColumn,
    AuthorColumn,
    VersionColumn,
    RepositoryColumn,
    SignatureColumn,
    StateColumn
};
// The offered plugin's index in the page's list, on the name column's item.
constexpr int IndexRole = Qt::UserRole + 1;

// The signature badge's text colour, readable on the palette's base.
QColor signatureColour(OfferedSignature signature, const QPalette &palette);

} // namespace plugboard::ui::FindPlugins
