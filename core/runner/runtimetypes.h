// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest/actionspec.h"
#include "manifest/diagnostic.h"
#include "manifest/fieldspec.h"
#include "store/journalentry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The values that cross the PluginRuntime seam: what to load and run, and what came of it.
namespace plugboard {

// Why a plugin is being stopped; passed to the plugin as context["reason"] (SPEC §9).
enum class StopReason { Disable, Delete, Reload, Replace, Shutdown };
QString stopReasonName(StopReason reason);

// What the loader needs to import a plugin's code.
struct LoadRequest {
    QString key;
    QString folderPath; // absolute
    QString folderName;
    QString entryFile; // "plugin.py" or "__init__.py"
    QString dataDir;   // writable per-plugin folder (created by the runtime if missing)
    // What stop(context) sees until the first run: the effective settings and the actions the
    // manifest declares (so a manifest-declared "stop" action is found for the fallback).
    QJsonObject settings;
    QJsonObject actions;
};

// What loading found out. On failure `error` is a sentence and `traceback` the Python traceback.
struct LoadResult {
    QString key;
    bool ok = false;
    QString error;
    QString traceback;
    // Class attributes of Plugin, when present and of the right type (empty = not given).
    QString name, version, description, author, helpUrl;
    QList<FieldSpec> fields;      // normalised like plugin.json's (ManifestReader::normaliseFields)
    QList<ActionSpec> actions;    // empty when the class declares none
    bool fieldsDeclared = false;  // the class had a non-empty `fields` list
    bool actionsDeclared = false; // the class had a non-empty `actions` list
    Diagnostics diagnostics;
    bool hasStop = false;
    double loadMs = 0;
};

struct RunRequest {
    quint64 jobId = 0;
    QString key;
    QString action;
    QJsonObject params;
    QJsonObject settings; // effective settings
    QJsonObject actions;  // id → action JSON, as context["actions"]
};

struct JobResult {
    enum class Outcome { Ok, Error, Cancelled, TimedOut, Failed };
    quint64 jobId = 0;
    QString key;
    QString action;
    Outcome outcome = Outcome::Failed;
    QJsonObject result; // the normalised result object (for Ok and Error results)
    QString message;    // a sentence for the user
    QString traceback;  // for exceptions
    // What happened to the plugin's process, when that ended the run: "process_crashed",
    // "process_exited", "protocol_error", "process_killed" (would not stop when asked),
    // "out_of_memory", "crashed_repeatedly". Empty for runs the plugin ended itself.
    QString fault;
    Diagnostics diagnostics; // e.g. values JSON could not hold
    // Threads the plugin's code started that were still running when the run returned: they
    // live as long as the plugin's process (a one-shot plugboardctl run says so).
    int backgroundThreads = 0;
    qint64 startedAtMs = 0; // epoch milliseconds
    qint64 finishedAtMs = 0;
};
QString outcomeName(JobResult::Outcome outcome);
// How a finished job is recorded in the run journal (the result as compact JSON, capped).
JournalEntry journalEntryFor(const JobResult &result);

} // namespace plugboard
