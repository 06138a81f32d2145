// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/python/: includes pybind11. Never include from code outside core/python/.
#include <pybind11/pybind11.h>

#include "manifest/diagnostic.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace plugboard::python {

namespace py = pybind11;

// JSON → Python: objects become dicts, arrays lists, integers int (not float). Needs the GIL.
py::object toPython(const QJsonValue &value);
py::object toPython(const QJsonObject &object);
py::str toPython(const QString &text);

// A Python str as QString in one copy; at most maxChars characters (negative = all).
QString toQString(PyObject *unicode, qsizetype maxChars = -1);

// Python → JSON for plugin results and code-defined fields/actions. Never throws; values JSON
// cannot hold are converted (set → list, bytes → base64, NaN → null, other objects → repr) and
// each conversion is reported as a diagnostic. Huge values are cut at the limits. Needs the GIL.
class PyToJson {
public:
    struct Limits {
        qsizetype maxStringChars = qsizetype(1) << 20; // one string
        qsizetype maxTotalChars = qsizetype(4) << 20;  // all strings together
        qsizetype maxNodes = 1'000'000;
        int maxDepth = 200;
        int maxDiagnostics = 20;
    };

    explicit PyToJson(QString source);
    PyToJson(QString source, Limits limits);

    QJsonValue convert(py::handle value);

    Diagnostics diagnostics;
    // A cancellation (plugboard.Cancelled) arrived while a repr() ran plugin code.
    bool interrupted = false;

private:
    struct Segment {
        QString key; // empty with index >= 0 for list items
        qsizetype index = -1;
    };
    QJsonValue value(PyObject *object, int depth);
    QJsonValue sequence(PyObject *object, int depth);
    QJsonValue mapping(PyObject *object, int depth);
    QJsonValue string(PyObject *object);
    // What fallback() keeps as repr() text.
    enum class Unstorable { Object, HugeInteger, Set };
    QJsonValue fallback(PyObject *object, Unstorable what);
    QString keyOf(PyObject *key);
    QString path() const;
    // Adds the diagnostic makeMessage() returns at the current path; past maxDiagnostics only
    // counts it (convert() sums those up), without making the message.
    template<typename MakeMessage> void note(MakeMessage makeMessage);

    QString m_source;
    Limits m_limits;
    std::vector<Segment> m_path;
    qsizetype m_nodes = 0;
    qsizetype m_chars = 0;
    int m_dropped = 0;
    bool m_nodeCapNoted = false;
};

} // namespace plugboard::python
