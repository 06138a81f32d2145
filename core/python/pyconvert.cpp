// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/pyconvert.h"

#include "python/hostmodule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>

#include <cmath>

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PythonValues)
};

} // namespace

py::str toPython(const QString &text)
{
    PyObject *s = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, text.utf16(), text.size());
    if (!s)
        throw py::error_already_set();
    return py::reinterpret_steal<py::str>(s);
}

py::object toPython(const QJsonObject &object)
{
    py::dict dict;
    for (auto it = object.begin(); it != object.end(); ++it)
        dict[toPython(it.key())] = toPython(it.value());
    return dict;
}

py::object toPython(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return py::bool_(value.toBool());
    case QJsonValue::Double:
        // QJsonValue keeps integers as qint64: JSON 5 must stay int 5 (range(limit) in plugins).
        if (value.toVariant().userType() == QMetaType::LongLong)
            return py::int_(static_cast<long long>(value.toInteger()));
        return py::float_(value.toDouble());
    case QJsonValue::String:
        return toPython(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        py::list list(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            list[i] = toPython(array.at(i));
        return list;
    }
    case QJsonValue::Object:
        return toPython(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return py::none();
}

QString toQString(PyObject *unicode, qsizetype maxChars)
{
    if (!unicode || !PyUnicode_Check(unicode) || PyUnicode_READY(unicode) < 0)
        return {};
    qsizetype n = PyUnicode_GET_LENGTH(unicode);
    if (maxChars >= 0 && n > maxChars)
        n = maxChars;
    switch (PyUnicode_KIND(unicode)) {
    case PyUnicode_1BYTE_KIND:
        return QString::fromLatin1(reinterpret_cast<const char *>(PyUnicode_1BYTE_DATA(unicode)),
                                   n);
    case PyUnicode_2BYTE_KIND:
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(PyUnicode_2BYTE_DATA(unicode)),
                                  n);
    default:
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(PyUnicode_4BYTE_DATA(unicode)),
                                 n);
    }
}

PyToJson::PyToJson(QString source)
    : PyToJson(std::move(source), Limits{})
{}

PyToJson::PyToJson(QString source, Limits limits)
    : m_source(std::move(source))
    , m_limits(limits)
{}

QJsonValue PyToJson::convert(py::handle value)
{
    const QJsonValue out = this->value(value.ptr(), 0);
    if (m_dropped > 0) {
        const QString summary =
            Text::tr("%n more values were converted the same way.", nullptr, m_dropped);
        if (diagnostics.size() > m_limits.maxDiagnostics)
            diagnostics.last().message = summary;
        else
            diagnostics.append(Diagnostic::warning(m_source, summary));
    }
    return out;
}

QString PyToJson::path() const
{
    QString out;
    for (const Segment &s : m_path) {
        if (s.index >= 0)
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        else
            out += QLatin1Char('.') + s.key;
    }
    return out;
}

template<typename MakeMessage> void PyToJson::note(MakeMessage makeMessage)
{
    if (diagnostics.size() < m_limits.maxDiagnostics) {
        const QString where = path();
        diagnostics.append(Diagnostic::warning(m_source + where, makeMessage()));
        return;
    }
    ++m_dropped;
}

QJsonValue PyToJson::value(PyObject *o, int depth)
{
    if (++m_nodes > m_limits.maxNodes) {
        if (!m_nodeCapNoted) {
            m_nodeCapNoted = true;
            note([&] {
                return Text::tr("The result holds more than %1 values; the rest were left out.")
                    .arg(m_limits.maxNodes);
            });
        }
        return QJsonValue::Null;
    }
    if (o == Py_None)
        return QJsonValue::Null;
    if (PyBool_Check(o))
        return o == Py_True;
    if (PyLong_Check(o)) {
        int overflow = 0;
        const long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (!overflow && !(v == -1 && PyErr_Occurred()))
            return qint64(v);
        PyErr_Clear();
        const double d = PyLong_AsDouble(o);
        if (d == -1.0 && PyErr_Occurred()) {
            PyErr_Clear();
            return fallback(o, Unstorable::HugeInteger);
        }
        note([] {
            return Text::tr("An integer too large for 64 bits was stored as a floating-point "
                            "number.");
        });
        return d;
    }
    if (PyFloat_Check(o)) {
        const double d = PyFloat_AS_DOUBLE(o);
        if (std::isfinite(d))
            return d;
        note([d] {
            return Text::tr("%1 is not a JSON number; it became null.", "%1 is NaN or Infinity")
                .arg(std::isnan(d) ? QStringLiteral("NaN") : QStringLiteral("Infinity"));
        });
        return QJsonValue::Null;
    }
    if (PyUnicode_Check(o))
        return string(o);
    if (depth >= m_limits.maxDepth) {
        note([&] {
            return Text::tr("Nested more than %1 levels deep; the rest became null.")
                .arg(m_limits.maxDepth);
        });
        return QJsonValue::Null;
    }
    if (PyDict_Check(o))
        return mapping(o, depth);
    if (PyList_Check(o) || PyTuple_Check(o))
        return sequence(o, depth);
    if (PyAnySet_Check(o)) {
        note([] { return Text::tr("A set was converted to a list."); });
        // Sorted when the items allow it, so the output does not depend on hashing.
        PyObject *list = PySequence_List(o);
        if (!list) {
            PyErr_Clear();
            return fallback(o, Unstorable::Set);
        }
        if (PyList_Sort(list) < 0)
            PyErr_Clear();
        QJsonValue out = sequence(list, depth);
        Py_DECREF(list);
        return out;
    }
    if (PyBytes_Check(o) || PyByteArray_Check(o)) {
        const char *data = PyBytes_Check(o) ? PyBytes_AS_STRING(o) : PyByteArray_AS_STRING(o);
        const qsizetype size = PyBytes_Check(o) ? PyBytes_GET_SIZE(o) : PyByteArray_GET_SIZE(o);
        const qsizetype room = std::max<qsizetype>(
            0, std::min(m_limits.maxStringChars, m_limits.maxTotalChars - m_chars) / 4 * 3);
        const qsizetype used = std::min(size, room);
        QString text = QString::fromLatin1(QByteArray::fromRawData(data, used).toBase64());
        m_chars += text.size();
        if (used < size)
            note([&] {
                return Text::tr("%1 bytes were too many; the first %2 were converted to base64 "
                                "text.")
                    .arg(size)
                    .arg(used);
            });
        else
            note([] { return Text::tr("Bytes were converted to base64 text."); });
        return text;
    }
    if (PyObject_HasAttrString(o, "isoformat")) {
        PyObject *iso = PyObject_CallMethod(o, "isoformat", nullptr);
        if (iso && PyUnicode_Check(iso)) {
            note([o] {
                return Text::tr("A %1 was converted to ISO 8601 text.",
                                "%1 is a Python type: datetime, date or time")
                    .arg(QString::fromUtf8(Py_TYPE(o)->tp_name));
            });
            QJsonValue out = string(iso);
            Py_DECREF(iso);
            return out;
        }
        Py_XDECREF(iso);
        if (PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(cancelledType()))
                interrupted = true;
            PyErr_Clear();
        }
    }
    return fallback(o, Unstorable::Object);
}

QJsonValue PyToJson::fallback(PyObject *o, Unstorable what)
{
    const QString type = QString::fromUtf8(Py_TYPE(o)->tp_name);
    PyObject *repr = PyObject_Repr(o);
    QString text;
    if (repr) {
        text = toQString(repr, std::min(m_limits.maxStringChars,
                                        std::max<qsizetype>(0, m_limits.maxTotalChars - m_chars)));
        Py_DECREF(repr);
    } else {
        if (PyErr_ExceptionMatches(cancelledType()))
            interrupted = true;
        PyErr_Clear();
        text = QStringLiteral("<%1 object>").arg(type);
    }
    m_chars += text.size();
    note([&] {
        switch (what) {
        case Unstorable::HugeInteger:
            return Text::tr("an integer too large for JSON cannot be stored as JSON; its repr() "
                            "text was kept instead.");
        case Unstorable::Set:
            return Text::tr("a set cannot be stored as JSON; its repr() text was kept instead.");
        case Unstorable::Object:
            break;
        }
        return Text::tr("A %1 object cannot be stored as JSON; its repr() text was kept instead.",
                        "%1 is a Python type")
            .arg(type);
    });
    return text;
}

QJsonValue PyToJson::string(PyObject *o)
{
    const qsizetype length = PyUnicode_GET_LENGTH(o);
    const qsizetype room =
        std::max<qsizetype>(0, std::min(m_limits.maxStringChars, m_limits.maxTotalChars - m_chars));
    QString text = toQString(o, room);
    m_chars += text.size();
    if (text.size() < length)
        note([&] {
            return Text::tr("Text of %1 characters was cut to the first %2.")
                .arg(length)
                .arg(text.size());
        });
    return text;
}

QJsonValue PyToJson::sequence(PyObject *o, int depth)
{
    QJsonArray array;
    // Items are held while converting: a repr() could run code that changes the list.
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(o); ++i) {
        PyObject *item = PySequence_Fast_GET_ITEM(o, i);
        Py_INCREF(item);
        m_path.push_back({QString(), i});
        array.append(value(item, depth + 1));
        m_path.pop_back();
        Py_DECREF(item);
        if (m_nodes > m_limits.maxNodes)
            break;
    }
    return array;
}

QString PyToJson::keyOf(PyObject *key)
{
    if (PyUnicode_Check(key))
        return toQString(key, 4096);
    // json.dumps turns these keys into text silently; so do we.
    if (key == Py_None)
        return QStringLiteral("null");
    if (PyBool_Check(key))
        return key == Py_True ? QStringLiteral("true") : QStringLiteral("false");
    PyObject *text =
        (PyLong_Check(key) || PyFloat_Check(key)) ? PyObject_Str(key) : PyObject_Repr(key);
    if (!text) {
        PyErr_Clear();
        return QStringLiteral("<key>");
    }
    QString out = toQString(text, 4096);
    Py_DECREF(text);
    if (!PyLong_Check(key) && !PyFloat_Check(key))
        note([key] {
            return Text::tr("A %1 key was replaced by its repr() text.", "%1 is a Python type")
                .arg(QString::fromUtf8(Py_TYPE(key)->tp_name));
        });
    return out;
}

QJsonValue PyToJson::mapping(PyObject *o, int depth)
{
    QJsonObject object;
    PyObject *items = PyDict_Items(o); // a snapshot: conversion may run plugin code
    if (!items) {
        PyErr_Clear();
        return object;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); ++i) {
        PyObject *pair = PyList_GET_ITEM(items, i);
        const QString key = keyOf(PyTuple_GET_ITEM(pair, 0));
        m_path.push_back({key, -1});
        object.insert(key, value(PyTuple_GET_ITEM(pair, 1), depth + 1));
        m_path.pop_back();
        if (m_nodes > m_limits.maxNodes)
            break;
    }
    Py_DECREF(items);
    return object;
}

} // namespace plugboard::python
