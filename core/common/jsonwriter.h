// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace plugboard {

// Streams JSON text straight into a byte buffer. Listing 1,000 plugins through QJsonObject and
// QJsonDocument::toJson costs more than the whole discovery; this writer costs a few
// instructions per byte. Output is UTF-8, valid JSON, compact or two-space indented.
class JsonWriter {
public:
    explicit JsonWriter(bool indented = false);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // In an object, each value is preceded by key().
    void key(QLatin1StringView name);
    void key(const QString &name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(bool flag);
    // The shortest text that reads back as the same double; whole numbers below 2^53 without a
    // fraction or exponent. NaN and infinities write null and -0.0 writes 0, as QJsonDocument does.
    void value(double number);
    void value(int number) { value(qint64(number)); }
    void value(qint64 number);
    // Any QJsonValue, recursively; Undefined writes null; integers (qint64) exactly.
    void value(const QJsonValue &json);
    void null();
    void stringOrNull(const QString &text); // empty → null

    // Shorthands for `key(k); value(v);`.
    template<typename T> void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    void reserve(qsizetype bytes) { m_out.reserve(size_t(bytes)); }

    // Hands the text to `sink` in chunks as it grows (e.g. to stdout), so a long list is never
    // held in memory whole. Call finish() at the end to pass on the rest.
    using Sink = std::function<void(const char *data, size_t size)>;
    void setSink(Sink sink, size_t chunkBytes = 256 * 1024);
    void finish();
    QByteArray buffer() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }
    QByteArray take();

private:
    void beforeValue();
    void newline();
    void writeString(QStringView text);
    void writeString(QLatin1StringView text);

    struct Level {
        bool object = false;
        bool empty = true;
    };
    void maybeFlush()
    {
        if (m_sink && m_out.size() >= m_chunkBytes) {
            m_sink(m_out.data(), m_out.size());
            m_out.clear();
        }
    }

    Sink m_sink;
    size_t m_chunkBytes = 0;
    std::string m_out; // std::string appends inline; QByteArray::append is an out-of-line call
    std::vector<Level> m_levels; // QList::last() would check for detaching on every value
    bool m_indented = false;
    bool m_afterKey = false;
};

} // namespace plugboard
