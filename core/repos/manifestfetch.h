// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/resultjob.h"
#include "repos/manifestcheck.h"
#include "store/storedrepository.h"

#include <QByteArray>
#include <QString>

class QNetworkAccessManager;

namespace plugboard {

// What fetching a repository's root manifest gave.
struct FetchedManifest {
    bool notModified = false; // the server confirmed the manifest held (nothing else is set)
    QByteArray bytes;         // the manifest as fetched
    CheckedRootManifest checked;
    QString etag;
    QString lastModified;
    QByteArray publicKey; // the key used; fetched now when the repository had none yet
};

struct FetchSettings {
    QNetworkAccessManager *network = nullptr;
    QByteArray officialKey; // for the impersonation check; empty when not known yet
    QString gpgvProgram;    // empty = /usr/bin/gpgv
    int stallTimeoutMs = 20000;
    bool conditional = true; // send the validators of the manifest held
};

// Fetches and checks one repository's root manifest as a job: for the official repository
// without a key yet, first its published key (kept only when its fingerprint is the pinned
// one); then the manifest (a conditional request when one is held); then, on a pool thread,
// ManifestCheck. Nothing is stored: the caller decides (refresh, add, preview).
class ManifestFetch : public ResultJob<FetchedManifest> {
public:
    static ManifestFetch *start(const FetchSettings &settings, const StoredRepository &repository,
                                QObject *parent);
    // A fetch that did not start: it ends with `error` once the caller has connected.
    static ManifestFetch *refused(const Error &error, QObject *parent);

private:
    ManifestFetch(const FetchSettings &settings, const StoredRepository &repository,
                  QObject *parent);
    void fetchKey();
    void fetchManifest();
    void check(QByteArray bytes, QString etag, QString lastModified);

    FetchSettings m_settings;
    StoredRepository m_repository;
    QByteArray m_key;
};

} // namespace plugboard
