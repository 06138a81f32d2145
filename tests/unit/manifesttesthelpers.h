// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the manifest reader suites.

#include "common/fixtures.h"
#include "manifest/manifestreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace plugboard;

namespace manifesttest {

// Diagnostics as one comparable line each, so QCOMPARE prints what differs.
inline QString line(const Diagnostic &d)
{
    return (d.severity == Diagnostic::Severity::Error ? QStringLiteral("E ")
                                                      : QStringLiteral("W ")) +
           d.source + QStringLiteral(" | ") + d.message;
}

inline QStringList lines(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(line(d));
    return out;
}

inline QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test itself: %s", json);
    return document.object();
}

inline QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

inline PluginManifest withFields(const char *fieldsJson)
{
    return ManifestReader::parse(QByteArray("{\"fields\": ") + fieldsJson + "}");
}

inline PluginManifest withActions(const char *actionsJson)
{
    return ManifestReader::parse(QByteArray("{\"actions\": ") + actionsJson + "}");
}

// A single field entry (as JSON text) normalised; its diagnostics go to `diagnostics`.
inline QList<FieldSpec> fields(const char *entriesJson, Diagnostics &diagnostics)
{
    return ManifestReader::normaliseFields(array(entriesJson), QStringLiteral("plugin.json"),
                                           diagnostics);
}

inline QList<ActionSpec> actions(const char *entriesJson, Diagnostics &diagnostics)
{
    return ManifestReader::normaliseActions(array(entriesJson), QStringLiteral("plugin.json"),
                                            diagnostics);
}

const QString legacy = QStringLiteral("; the plugin is listed as legacy.");

} // namespace manifesttest
