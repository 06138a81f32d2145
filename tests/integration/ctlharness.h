// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared harness of the plugboardctl end-to-end suites: the real binary, real plugin folders in a
// temporary plugins folder, a real SQLite database in a temporary data folder, the child's stdin
// closed (so the "interactive" paths never see a terminal) and HOME pointed at a temporary folder.

#include "common/fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ctltest {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool jsonOk() const
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
        return e.error == QJsonParseError::NoError && doc.isObject();
    }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
            .arg(exitCode)
            .arg(outText(), errText());
    }
};

inline Run runProcess(const QString &program, const QStringList &args,
                      const QProcessEnvironment &env, const QByteArray &input = {},
                      int timeoutMs = 30000)
{
    Run run;
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // stdin: a closed pipe, never a terminal
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QJsonObject field(const QString &id, const QString &type, const QJsonObject &extra = {})
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// The "normal" plugin's fields: one of each type, a password and an info line.
inline QJsonArray normalFields(bool withTitle = true)
{
    QJsonArray fields;
    fields.append(field(
        QStringLiteral("flag"), QStringLiteral("boolean"),
        {{QStringLiteral("default"), false}, {QStringLiteral("label"), QStringLiteral("Flag")}}));
    fields.append(field(
        QStringLiteral("count"), QStringLiteral("number"),
        {{QStringLiteral("default"), 5}, {QStringLiteral("min"), 1}, {QStringLiteral("max"), 10}}));
    fields.append(
        field(QStringLiteral("mode"), QStringLiteral("select"),
              {{QStringLiteral("default"), QStringLiteral("a")},
               {QStringLiteral("options"),
                QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}}));
    if (withTitle) {
        fields.append(field(QStringLiteral("title"), QStringLiteral("string"),
                            {{QStringLiteral("default"), QStringLiteral("hi")}}));
    }
    fields.append(field(QStringLiteral("token"), QStringLiteral("string"),
                        {{QStringLiteral("input_type"), QStringLiteral("password")},
                         {QStringLiteral("label"), QStringLiteral("API token")}}));
    fields.append(field(QStringLiteral("note"), QStringLiteral("info"),
                        {{QStringLiteral("value"), QStringLiteral("Just a note.")}}));
    return fields;
}

inline QByteArray normalManifest(bool withTitle = true)
{
    const QJsonObject object{
        {QStringLiteral("name"), QStringLiteral("Normal Plugin")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("description"), QStringLiteral("Does normal things.")},
        {QStringLiteral("author"), QStringLiteral("Ada")},
        {QStringLiteral("help_url"), QStringLiteral("https://example.org/normal")},
        {QStringLiteral("fields"), normalFields(withTitle)},
        {QStringLiteral("actions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("go")},
                                {QStringLiteral("label"), QStringLiteral("Go")}}}},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject entryFor(const QJsonObject &list, const QString &key, const QString &folder = {})
{
    for (const QJsonValue &value : list.value(QStringLiteral("plugins")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("key")).toString() != key)
            continue;
        if (!folder.isNull() && entry.value(QStringLiteral("folder")).toString() != folder)
            continue;
        return entry;
    }
    return {};
}

inline QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Columns a string takes in a terminal (wide CJK and emoji count two).
inline int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x1F300 && c <= 0x1FAFF) ||
                          (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

const QStringList kEntryKeys = {
    QStringLiteral("key"),         QStringLiteral("name"),         QStringLiteral("version"),
    QStringLiteral("description"), QStringLiteral("author"),       QStringLiteral("help_url"),
    QStringLiteral("enabled"),     QStringLiteral("ever_enabled"), QStringLiteral("legacy"),
    QStringLiteral("missing"),     QStringLiteral("loaded"),       QStringLiteral("fields"),
    QStringLiteral("actions"),     QStringLiteral("settings"),     QStringLiteral("diagnostics"),
    QStringLiteral("logo_url"),
};

const QByteArray kSecret = "S3cr3t-Value-7f9q";

// Per-test folders and the helpers that run plugboardctl on them.
class CtlHarness {
protected:
    void setUp();
    void tearDown();

    QProcessEnvironment env() const;
    // Runs plugboardctl with --data-dir/--plugins-dir appended (after the command's arguments).
    Run ctl(QStringList args, const QByteArray &input = {}) const;
    Run ctlRaw(const QStringList &args, const QProcessEnvironment &environment,
               const QByteArray &input = {}) const;
    QJsonObject listJson() const;
    QJsonObject settingsJson(const QString &key) const;
    void addNormal(bool withTitle = true) const;

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_plugins;
    QString m_data;
    QString m_home;
    std::unique_ptr<QProcess> m_locker;
};

inline void CtlHarness::setUp()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_plugins = m_tmp->filePath(QStringLiteral("plugins"));
    m_data = m_tmp->filePath(QStringLiteral("data")); // created by plugboardctl itself
    m_home = m_tmp->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_plugins));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(QFile::exists(fixtures::plugboardctlPath()));
}

inline void CtlHarness::tearDown()
{
    if (m_locker) {
        m_locker->kill();
        m_locker->waitForFinished(5000);
        m_locker.reset();
    }
    m_tmp.reset();
}

inline QProcessEnvironment CtlHarness::env() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PLUGBOARD_DATA_DIR"));
    environment.remove(QStringLiteral("DISPATCHARR_PLUGINS_DIR"));
    // A safety net: even a default path would land in the temporary folder, never the user's.
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    return environment;
}

inline Run CtlHarness::ctlRaw(const QStringList &args, const QProcessEnvironment &environment,
                              const QByteArray &input) const
{
    return runProcess(fixtures::plugboardctlPath(), args, environment, input);
}

inline Run CtlHarness::ctl(QStringList args, const QByteArray &input) const
{
    args << QStringLiteral("--data-dir") << m_data << QStringLiteral("--plugins-dir") << m_plugins;
    return ctlRaw(args, env(), input);
}

inline QJsonObject CtlHarness::listJson() const
{
    const Run run = ctl({QStringLiteral("list"), QStringLiteral("--json")});
    if (run.exitCode != 0 || !run.jsonOk())
        qWarning().noquote() << "list --json failed:" << run.describe();
    return run.json();
}

inline QJsonObject CtlHarness::settingsJson(const QString &key) const
{
    const Run run = ctl({QStringLiteral("settings"), key, QStringLiteral("--json")});
    if (run.exitCode != 0 || !run.jsonOk())
        qWarning().noquote() << "settings --json failed:" << run.describe();
    return run.json();
}

inline void CtlHarness::addNormal(bool withTitle) const
{
    fixtures::makePlugin(m_plugins, QStringLiteral("normal"), normalManifest(withTitle));
}

} // namespace ctltest
