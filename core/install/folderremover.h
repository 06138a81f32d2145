// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace plugboard {

// Deletes plugin folders without ever leaving half of one where discovery looks: the folder is
// first renamed to a hidden name in the same parent (one atomic rename), then deleted on a pool
// thread, so a large folder never blocks the caller. Leftovers of a crash are deleted at the
// next start by cleanLeftovers().
namespace FolderRemover {

// `folder` must be a direct child of `parent`; symlinked folders are unlinked, never followed.
Result<void> remove(const QString &folder, const QString &parent);

// Deletes hidden leftovers of earlier removals in `parent` (in the background), and of imports
// that did not finish (ZipInstaller): abandoned staging folders are deleted, a plugin moved
// aside by a replace that never completed is renamed back. Imports still running are left be.
void cleanLeftovers(const QString &parent);

// Waits until background deletions started by this process are done (for tests and quitting).
void waitForBackgroundWork();

} // namespace FolderRemover
} // namespace plugboard
