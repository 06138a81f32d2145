// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/resultjob.h"
#include "manager/importtypes.h"

#include <QString>

namespace plugboard {

class PluginManager;
class Repositories;

// What the user asked for, and what they agreed to. Only the repository, the slug and the
// version come from the caller: the address, checksum and size always come from the manifest
// Plugboard verified and keeps.
struct RepositoryInstallRequest {
    qint64 repoId = 0;
    QString slug;
    QString version; // empty = the latest the repository lists
    // Consents the preview or confirmation asked for; without them the install stops with a
    // sentence that says what needs consent (ErrorCode::Conflict).
    bool acceptUnsigned = false;   // the repository is unsigned
    bool acceptDeprecated = false; // the plugin is deprecated
    bool acceptDowngrade = false;  // the version is older than the installed one
    bool replaceUnmanaged = false; // a plugin with this key was installed by hand or elsewhere
    bool keepEnabled = false;      // an enabled plugin stays enabled on the new code (trusted)
    // Download and inspect only, to say what will run before the user agrees: the outcome's
    // `requirements`; nothing is installed and the download is removed.
    bool checkOnly = false;
};

// Which consent an install stopped for (its job ends with ErrorCode::Conflict and a sentence).
enum class InstallConsent { None, Unsigned, Deprecated, Downgrade, Replace };

// How an install from a repository ended.
struct RepositoryInstallOutcome {
    InstallConsent needs = InstallConsent::None; // set when it stopped to ask
    ImportOutcome import;                        // what the import step reported
    qint64 repoId = 0;
    QString repoName;
    QString slug;
    QString version;
    QString sha256;
    bool updated = false; // replaced an installed copy
    // What its code needs that Plugboard does not give it, as sentences (Dispatcharr's server,
    // a Python module); empty when nothing. Known once the zip was inspected.
    QStringList requirements;
};

using RepositoryInstallJob = ResultJob<RepositoryInstallOutcome>;

// Installs (or updates, or downgrades) one plugin version from a repository as one job:
// resolve the version in the verified manifest, download it with the size cap it declares and a
// timeout, check its SHA-256 (required), then hand the zip to the same import as a hand import,
// under the folder name and key of the slug, and record where it came from. Any failure leaves
// the installed plugin as it was (the import rolls back) and removes the download.
namespace RepositoryInstall {

RepositoryInstallJob *start(PluginManager &manager, Repositories &repositories,
                            const RepositoryInstallRequest &request, QObject *parent);

// The flag that gives a consent, as REST and the CLI name it ("accept_unsigned",
// "accept_deprecated", "downgrade", "replace"; empty for None), and back.
QString consentFlag(InstallConsent consent);
InstallConsent consentFromFlag(const QString &flag);

// The most Plugboard downloads for an install: the declared size plus a margin, never more
// than the import limit (200 MiB); the import limit when the size is not declared.
qint64 downloadCap(qint64 declaredBytes);

} // namespace RepositoryInstall
} // namespace plugboard
