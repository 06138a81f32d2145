// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/requesttracker.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RequestTracker)
};

// RFC 9110 tchar, as a table: this runs for every byte of every header name.
constexpr auto kTokenChars = [] {
    std::array<bool, 256> table{};
    for (int c = 33; c < 127; ++c)
        table[size_t(c)] = true;
    for (char c : std::string_view("()<>@,;:\\\"/[]?={}"))
        table[size_t(static_cast<unsigned char>(c))] = false;
    return table;
}();

bool isTokenChar(char c)
{
    return kTokenChars[static_cast<unsigned char>(c)];
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// A comma-separated header value (Connection, Upgrade) lists `token`, ignoring case.
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView item = (comma < 0 ? value : value.first(comma)).trimmed();
        if (item.size() == token.size() && item.compare(token, Qt::CaseInsensitive) == 0)
            return true;
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
    return false;
}

// A header name equal to `known` (lower case), ignoring case; the length is checked first, as
// nearly every name a request carries is none of the few this tracker reads.
bool is(QByteArrayView name, QByteArrayView known)
{
    return name.size() == known.size() && name.compare(known, Qt::CaseInsensitive) == 0;
}

} // namespace

RequestTracker::Step RequestTracker::fail(int status, const QString &message, qsizetype consumed)
{
    m_state = State::Broken;
    m_errorStatus = status;
    m_errorMessage = message;
    return {Event::Invalid, consumed};
}

RequestTracker::Step RequestTracker::feed(QByteArrayView data)
{
    switch (m_state) {
    case State::Broken:
        return {Event::Invalid, 0};
    case State::PassThrough:
        return {Event::NeedMore, data.size()};
    case State::HeadDone:
        return {Event::HeadReady, 0};
    case State::Body: {
        const qsizetype used = qsizetype(std::min<qint64>(m_bodyLeft, data.size()));
        m_bodyLeft -= used;
        if (m_bodyLeft == 0)
            m_state = State::Head;
        return {Event::NeedMore, used};
    }
    case State::Head:
        break;
    }

    qsizetype skipped = 0;
    if (m_buffer.isEmpty()) {
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        while (skipped < data.size() && (data[skipped] == '\r' || data[skipped] == '\n'))
            ++skipped;
        data = data.sliced(skipped);
        if (data.isEmpty())
            return {Event::NeedMore, skipped};
        // The usual case: the whole head arrived at once. Read it where it lies.
        const QByteArrayView window = data.first(std::min(data.size(), MaxHeadBytes + 4));
        const qsizetype end = window.indexOf("\r\n\r\n");
        if (end >= 0 && end <= MaxHeadBytes) {
            if (window.first(end).indexOf("\n\n") >= 0)
                return fail(400, Text::tr("Header lines must end in CRLF."), skipped + end + 4);
            if (!parseHead(window.first(end)))
                return {Event::Invalid, skipped + end + 4};
            m_state = State::HeadDone;
            return {Event::HeadReady, skipped + end + 4};
        }
    }
    const qsizetype before = m_buffer.size();
    const qsizetype room = MaxHeadBytes + 4 - before;
    m_buffer.append(data.first(std::min(room, data.size())));
    const qsizetype from = std::max<qsizetype>(0, before - 3);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", from);
    const qsizetype bareLf = m_buffer.indexOf("\n\n", from);
    if (bareLf >= 0 && (end < 0 || bareLf < end + 2)) {
        return fail(400, Text::tr("Header lines must end in CRLF."), skipped + data.size());
    }
    if (end < 0) {
        if (m_buffer.size() > MaxHeadBytes) {
            return fail(
                431, Text::tr("The request head is larger than %1 KiB.").arg(MaxHeadBytes / 1024),
                skipped + data.size());
        }
        return {Event::NeedMore, skipped + data.size()};
    }
    const qsizetype headEnd = end + 4;
    const qsizetype used = skipped + (headEnd - before);
    m_buffer.truncate(headEnd);
    const bool ok = parseHead(QByteArrayView(m_buffer).first(end));
    m_buffer.clear();
    if (!ok)
        return {Event::Invalid, used};
    m_state = State::HeadDone;
    return {Event::HeadReady, used};
}

void RequestTracker::accept()
{
    if (m_state != State::HeadDone)
        return;
    if (m_head.webSocketUpgrade || listsToken(m_head.header("connection"), "upgrade")) {
        m_state = State::PassThrough;
        return;
    }
    m_bodyLeft = m_head.contentLength;
    m_state = m_bodyLeft > 0 ? State::Body : State::Head;
}

bool RequestTracker::parseHead(QByteArrayView received)
{
    m_head = RequestHead();
    // One copy of the head; names and values are views into it (fromRawData: no allocation
    // each), valid as long as any copy of the head lives.
    m_head.text = received.toByteArray();
    const QByteArrayView text(m_head.text);
    const auto slice = [](QByteArrayView view) {
        return QByteArray::fromRawData(view.data(), view.size());
    };
    const auto invalid = [this](const QString &message) {
        fail(400, message, 0);
        return false;
    };
    qsizetype lineEnd = text.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? text : text.first(lineEnd);
    const qsizetype space1 = requestLine.indexOf(' ');
    const qsizetype space2 = space1 < 0 ? -1 : requestLine.indexOf(' ', space1 + 1);
    const QByteArrayView method = space1 < 0 ? QByteArrayView() : requestLine.first(space1);
    const QByteArrayView target =
        space2 < 0 ? QByteArrayView() : requestLine.sliced(space1 + 1, space2 - space1 - 1);
    const QByteArrayView version = space2 < 0 ? QByteArrayView() : requestLine.sliced(space2 + 1);
    if (!isToken(method) || !target.startsWith('/') || version.contains(' '))
        return invalid(Text::tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return invalid(Text::tr("Only HTTP/1.0 and HTTP/1.1 are served here."));
    for (char c : target) {
        if (c <= 32 || c == 127)
            return invalid(Text::tr("The request target holds a control character or a space."));
    }
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();

    bool sawLength = false;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = text.indexOf("\r\n", start);
        const QByteArrayView line =
            lineEnd < 0 ? text.sliced(start) : text.sliced(start, lineEnd - start);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return invalid(Text::tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return invalid(Text::tr("A header line is not \"Name: value\"."));
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (value.contains('\0') || value.contains('\r') || value.contains('\n'))
            return invalid(Text::tr("A header value holds a control character."));
        const QByteArray name = slice(line.first(colon));
        m_head.headers.append({name, slice(value)});

        if (is(name, "content-length")) {
            if (sawLength)
                return invalid(Text::tr("Send one Content-Length header, not several."));
            sawLength = true;
            if (value.isEmpty() || value.size() > 18 ||
                !std::all_of(value.begin(), value.end(),
                             [](char c) { return c >= '0' && c <= '9'; }))
                return invalid(Text::tr("Content-Length must be a number of bytes."));
            m_head.contentLength = value.toLongLong();
        } else if (is(name, "transfer-encoding")) {
            fail(411,
                 Text::tr("Send the body with a Content-Length; chunked bodies are not accepted."),
                 0);
            return false;
        } else if (is(name, "expect")) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
                fail(417, Text::tr("Only \"Expect: 100-continue\" is understood."), 0);
                return false;
            }
            m_head.expectContinue = true;
        }
    }
    m_head.webSocketUpgrade = listsToken(m_head.header("connection"), "upgrade") &&
                              listsToken(m_head.header("upgrade"), "websocket");
    return true;
}

} // namespace plugboard
