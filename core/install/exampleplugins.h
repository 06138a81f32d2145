// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace plugboard {

// The example plugins shipped with Plugboard (resources/examples/ in the source tree,
// share/plugboard/examples/ when installed), and copying them into a plugins folder.
namespace ExamplePlugins {

// PLUGBOARD_EXAMPLES_DIR, else <executable dir>/../share/plugboard/examples (the installed
// layout), else the source tree's resources/examples for an executable inside the build tree
// (or when there is no QCoreApplication); empty when none exists.
QString sourceDir();

// Copies every example whose folder name is not taken yet into pluginsDir, each through a
// hidden staging folder renamed into place. Returns the folder names added. Walks files: call
// it off the GUI thread.
Result<QStringList> copyInto(const QString &pluginsDir);

} // namespace ExamplePlugins
} // namespace plugboard
