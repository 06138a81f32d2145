// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

// Helpers that build real plugin folders on disk for the suites.
namespace fixtures {

// Writes bytes to path, creating parent folders. QFAIL-free: returns false on error.
bool writeFile(const QString &path, const QByteArray &bytes);
// The file's bytes, or empty when it cannot be read.
QByteArray readFile(const QString &path);

// Creates <pluginsDir>/<folderName>/ with plugin.py (or __init__.py when package is true) and,
// when manifest is non-empty, plugin.json holding exactly those bytes. Returns the folder path.
QString makePlugin(const QString &pluginsDir, const QString &folderName,
                   const QByteArray &manifest = {}, bool package = false);

// A compact manifest with the given metadata and optional fields/actions arrays.
QByteArray manifest(const QString &name, const QString &version = QStringLiteral("1.0.0"),
                    const QJsonArray &fields = {}, const QJsonArray &actions = {});

// The smallest valid PNG and JPEG files (real headers, decodable).
QByteArray tinyPng();
QByteArray tinyJpeg();

// Writes a zip with Python's zipfile (deflated): archive name → contents, in order. Names are
// stored as given, so tests can write hostile ones ("../x", "C:/x"). False on failure.
bool makeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &files);

// Runs `statements` on a SQLite connection of its own, as another program (an older or newer
// Plugboard) would have left the file. Empty when all ran, else what failed.
QString writeByHand(const QString &path, const QStringList &statements);

// The SHA-256 of a file's bytes (empty when it cannot be read): "this file did not change".
QByteArray sha256(const QString &path);

// Absolute path of plugboardctl in the build tree.
QString plugboardctlPath();

// The team's shared test data (`fixtures/<name>` of the shared folder): $PLUGBOARD_SHARED_DIR,
// else ../shared beside the checkout. Returns the folder, or an empty string with *whereLooked
// set to the places tried. Use it through PLUGBOARD_SHARED_FIXTURE.
QString sharedFixture(const QString &name, QString *whereLooked = nullptr);

} // namespace fixtures

// Declares `const QString variable` = the shared fixture folder `name`, or ends the test:
// QFAIL under CI (CI=true: the data must be there), QSKIP on a machine without it.
#define PLUGBOARD_SHARED_FIXTURE(variable, name)                                                   \
    QString variable##_looked;                                                                     \
    const QString variable = fixtures::sharedFixture(QStringLiteral(name), &variable##_looked);    \
    if (variable.isEmpty()) {                                                                      \
        const QByteArray variable##_why =                                                          \
            "shared test data \"" name "\" not found; looked in " + variable##_looked.toUtf8();    \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                   \
            QFAIL(variable##_why.constData());                                                     \
        QSKIP(variable##_why.constData());                                                         \
    }

// Checks that a Result-returning expression succeeded, printing its sentence when not. The
// expression is evaluated once.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifyOkResult_ = (expression);                                                \
        QVERIFY2(verifyOkResult_.ok(),                                                             \
                 qPrintable(verifyOkResult_.ok() ? QString() : verifyOkResult_.error().message));  \
    } while (false)
