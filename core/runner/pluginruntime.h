#pragma once

#include "manifest/actionspec.h"
#include "manifest/diagnostic.h"
#include "manifest/fieldspec.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

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
    QJsonObject result;      // the normalised result object (for Ok and Error results)
    QString message;         // a sentence for the user
    QString traceback;       // for exceptions
    Diagnostics diagnostics; // e.g. values JSON could not hold
    qint64 startedAtMs = 0;  // epoch milliseconds
    qint64 finishedAtMs = 0;
};
QString outcomeName(JobResult::Outcome outcome);

// Job ids are unique per process, whoever starts the job (an action, or plugboard.submit()).
quint64 nextJobId();

// Runs plugin code. Implemented in-process by EmbeddedPythonRuntime (core/python/); the seam lets
// a separate host process take over later without touching callers. All methods are called from
// the thread that owns the runtime (the GUI/main thread), return at once, and report by signal
// (delivered queued on that thread). Actions of one plugin run one at a time, in order; different
// plugins run in parallel.
class PluginRuntime : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~PluginRuntime() override = default;

    virtual void load(const LoadRequest &request) = 0;
    // stop(context) (or the run("stop") fallback), then drop the instance and its modules.
    virtual void unload(const QString &key, StopReason reason) = 0;
    virtual bool isLoaded(const QString &key) const = 0;
    // Queues a run; jobStarted/jobFinished follow. An unknown or unloaded key finishes Failed.
    virtual void run(const RunRequest &request) = 0;
    // Raises a cancellation inside the plugin's thread (or drops the job if still queued).
    // `timedOut` marks the outcome TimedOut instead of Cancelled. False for unknown jobs.
    virtual bool cancel(quint64 jobId, bool timedOut = false) = 0;
    // Stops every loaded plugin (reason Shutdown) and ends the workers within the deadline.
    virtual void shutdown(int deadlineMs) = 0;

Q_SIGNALS:
    void loaded(const plugboard::LoadResult &result);
    void unloaded(const QString &key);
    // A job started by plugin code (plugboard.submit()); action is "submit:<callable name>".
    // Comes before that job's jobStarted.
    void backgroundJobSubmitted(quint64 jobId, const QString &key, const QString &action);
    void jobStarted(quint64 jobId, const QString &key);
    void jobProgress(quint64 jobId, double fraction, const QString &message);
    void jobFinished(const plugboard::JobResult &result);
    // Plugin log records and print() output; level is "debug", "info", "warning", "error".
    void logLine(const QString &key, const QString &level, const QString &text);
    // plugboard.notify(message, level, title) from plugin code.
    void notification(const QString &key, const QString &level, const QString &title,
                      const QString &message);
};

} // namespace plugboard
