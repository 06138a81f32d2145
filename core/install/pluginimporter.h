#pragma once

#include "common/result.h"

#include <QObject>
#include <QQueue>
#include <QString>

namespace plugboard {

class PluginManager;

// What the user chose in the preview (or on the command line).
struct ImportOptions {
    QString folderName;       // empty = the folder name the inspector suggests
    bool replace = false;     // consent to replace an installed plugin with the same key
    bool keepEnabled = false; // a replaced, enabled plugin stays enabled (trusting the new code)
};

// How one import ended.
struct ImportOutcome {
    quint64 id = 0;
    QString zipPath;
    bool ok = false;
    Error error;
    QString key;
    QString folderName;
    QString name;
    QString version;
    bool replaced = false;
    QString previousVersion;
    bool enabled = false; // after the import
};

// Imports plugin zips (SPEC §10) one at a time, never on the caller's thread for the slow
// parts: inspect and extract run on a pool thread, the old plugin is stopped on the manager's
// thread, the rename into place runs on a pool thread again (under the install lock), then the
// stored state is updated (a replaced plugin needs trust again unless the user kept it
// enabled), the backup is deleted and the folder is rescanned. After any failure the plugins
// folder is what it was.
class PluginImporter : public QObject {
    Q_OBJECT

public:
    explicit PluginImporter(PluginManager *manager, QObject *parent = nullptr);

    // Queues an import; finished() reports it. Returns its id.
    quint64 import(const QString &zipPath, const ImportOptions &options);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started(quint64 id, const QString &zipPath);
    void finished(const plugboard::ImportOutcome &outcome);

private:
    struct Request {
        quint64 id;
        QString zipPath;
        ImportOptions options;
    };
    void next();
    void fail(const Request &request, const Error &error);
    void finish(ImportOutcome outcome);

    PluginManager *m_manager;
    QQueue<Request> m_queue;
    bool m_busy = false;
    quint64 m_nextId = 1;
};

} // namespace plugboard
