// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

class QIODevice;

namespace plugboard {

struct ZipReport;

// Installs an inspected plugin zip without ever leaving half a plugin where discovery looks:
// the files go into a hidden staging folder inside the plugins folder, which one rename then
// moves into place. A replace moves the old folder aside first and moves it back on any
// failure, so after a failed import the plugins folder is exactly what it was.
//
// Names in the plugins folder (all hidden, so discovery skips them):
//   .plugboard-staging-<folder>-<random>/       files being extracted
//   .plugboard-staging-<folder>-<random>.lock   held by the process extracting (see below)
//   .plugboard-replaced-<folder>-<random>/      the old plugin during and after a replace
//   .plugboard-install.lock                     held around every commit
// FolderRemover::cleanLeftovers() tidies what a crash leaves: a staging folder whose lock no
// live process holds is deleted (one without any lock file once it is ten minutes old); a
// replaced folder is renamed back when <folder> is missing (a crash between moving the old one
// aside and moving the new one in), else deleted.
//
// Every function is safe to call from any thread and from several processes at once.
class ZipInstaller {
public:
    // Extracts the files under report.root into a new staging folder, writing each file with
    // exclusive-create and no-follow semantics, re-validating every name and counting every
    // byte and CRC again (ZipInspector::replay). Returns the staging folder, which stays
    // claimed by this process until commit() or discardStaging(). On any failure the staging
    // folder is removed and nothing else was written. `device` replaces report.zipPath.
    static Result<QString> extractToStaging(const ZipReport &report, const QString &pluginsDir,
                                            QIODevice *device = nullptr);

    // Moves `staging` into place as <pluginsDir>/<folderName>, under the install lock. A new
    // install refuses an existing folder (Conflict). With `replace`, an existing folder is
    // renamed to .plugboard-replaced-<folderName>-<random> first and its path returned in
    // `backupPath` for the caller to delete (FolderRemover::remove) once the new plugin is
    // accepted; it is renamed back if anything fails. Success or failure, `staging` is gone
    // afterwards.
    static Result<void> commit(const QString &staging, const QString &pluginsDir,
                               const QString &folderName, bool replace,
                               QString *backupPath = nullptr);

    // Deletes a staging folder made by extractToStaging() that will not be committed.
    static void discardStaging(const QString &staging);

    // Takes <pluginsDir>/.plugboard-install.lock, waiting up to timeoutMs; null when another
    // thread or process holds it that long. commit() takes it itself: callers use this only
    // to keep other changes of the plugins folder out of a commit's way.
    static std::unique_ptr<QLockFile> lockPluginsDir(const QString &pluginsDir, int timeoutMs);

    static constexpr int LockTimeoutMs = 30000;

    // For tests: make the next operations fail at `step` ("after-extract", "after-move-aside",
    // "before-move-in", "after-move-in"); nullptr clears it. Fail runs the error path with its
    // rollback; Crash returns at once, leaving files as a killed process would, lock files
    // included (they name a process that has exited, so they read as stale).
    enum class FailureMode { Fail, Crash };
    static void setFailurePointForTesting(const char *step, FailureMode mode = FailureMode::Fail);
};

} // namespace plugboard
