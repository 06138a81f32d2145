// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace plugboard {

// What kind of failure happened; every layer maps it the same way (CLI exit code, REST status,
// card state), so callers never parse message text.
enum class ErrorCode {
    InvalidInput,  // the caller gave something malformed (REST 400, CLI exit 1)
    NotFound,      // unknown plugin, action or setting (404)
    Conflict,      // already exists, duplicate key, state does not allow it (409)
    TrustRequired, // first enable without the user's trust acknowledgement (409)
    Disabled,      // the plugin is disabled (403)
    Busy,          // the database is held by another process beyond the busy timeout
    Storage,       // SQLite failed for another reason
    Io,            // a file could not be read or written
    PluginError,   // the plugin's code raised or reported a failure (500)
    Cancelled,     // someone cancelled the job (409)
    TimedOut,      // the job ran past its timeout (504)
    Internal,      // a bug of ours
};

// A problem with one named input (a settings field, a manifest entry).
struct FieldError {
    QString field;
    QString message;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // a sentence a person can act on
    QList<FieldError> fieldErrors;

    static Error make(ErrorCode code, QString message, QList<FieldError> fields = {})
    {
        return Error{code, std::move(message), std::move(fields)};
    }
};

// Either a value or an Error. Small on purpose: C++20 has no std::expected.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace plugboard
