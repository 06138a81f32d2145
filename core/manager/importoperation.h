// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "install/zipinspector.h"
#include "jobs/resultjob.h"
#include "manager/importtypes.h"

#include <optional>

namespace plugboard {

class PluginManagerPrivate;

// One zip import (SPEC §10) as named steps. The slow ones run on pool threads; the ones that
// touch the plugins' state run on the manager's thread:
//   1. inspect          read the whole zip, writing nothing (skipped for a preview's zip)
//   2. chooseTarget     the folder name and key; consent when it replaces an installed plugin
//   3. extract          into a hidden staging folder, checking every byte against step 1
//   4. stopOldPlugin    the plugin being replaced gets stop() with reason "replace"
//   5. moveIntoPlace    one rename (a replace moves the old folder aside first, and back on
//                       any failure, after which the old plugin is loaded again)
//   6. adoptNewCode     trust is withdrawn unless the user kept the plugin enabled; the old
//                       folder is deleted; the folder is rescanned
//   7. report           the outcome, with the plugin as discovery now sees it
// Cancelling works until step 5 starts; the plugins folder is then what it was before.
class ImportOperation : public ResultJob<ImportOutcome> {
public:
    ImportOperation(PluginManagerPrivate *manager, const ImportPreview &preview,
                    ImportOptions options);
    ImportOperation(PluginManagerPrivate *manager, QString zipPath, ImportOptions options);

    // Called by the manager when it is this import's turn.
    void start();

private:
    void inspect();
    void chooseTarget(ZipReport report);
    void extract();
    void stopOldPlugin(const QString &staging);
    void moveIntoPlace(const QString &staging);
    void adoptNewCode(const QString &backup);
    void report(const QString &rescanError);
    void failWith(const Error &error);
    bool stopIfCancelled(const QString &staging = QString());

    PluginManagerPrivate *d;
    ImportOptions m_options;
    std::optional<ZipReport> m_report; // given by a preview, or made by step 1
    ImportOutcome m_outcome;
    bool m_replacing = false;
    bool m_wasEnabled = false;
    bool m_keepEnabled = false;
    bool m_cancelRequested = false;
};

} // namespace plugboard
