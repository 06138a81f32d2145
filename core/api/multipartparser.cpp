// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/multipartparser.h"

#include <QCoreApplication>

namespace plugboard::Multipart {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Multipart)
};

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

bool isBoundaryChar(char c)
{
    // RFC 2046 bchars: DIGIT / ALPHA / "'" / "(" / ")" / "+" / "_" / "," / "-" / "." / "/" /
    // ":" / "=" / "?" / " "
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           QByteArrayView("'()+_,-./:=? ").contains(c);
}

bool isTokenChar(char c)
{
    return c > 32 && c < 127 && !QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c);
}

// Parameters of a header value after its first token: `; a=b; c="d \" e"`. Names are lower
// case; values unquoted. Returns false on a malformed list.
bool parseParameters(QByteArrayView text, QList<std::pair<QByteArray, QByteArray>> *out)
{
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    while (true) {
        skipSpace();
        if (i == text.size())
            return true;
        if (text[i] != ';')
            return false;
        ++i;
        skipSpace();
        const qsizetype nameStart = i;
        while (i < text.size() && isTokenChar(text[i]))
            ++i;
        if (i == nameStart)
            return false;
        QByteArray name = text.sliced(nameStart, i - nameStart).toByteArray().toLower();
        skipSpace();
        if (i == text.size() || text[i] != '=')
            return false;
        ++i;
        skipSpace();
        QByteArray value;
        if (i < text.size() && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const char c = text[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < text.size())
                    value.append(text[i++]);
                else
                    value.append(c);
            }
            if (!closed)
                return false;
        } else {
            const qsizetype start = i;
            while (i < text.size() && isTokenChar(text[i]))
                ++i;
            if (i == start)
                return false;
            value = text.sliced(start, i - start).toByteArray();
        }
        for (const auto &[seen, unused] : std::as_const(*out)) {
            if (seen == name)
                return false; // a parameter given twice is ambiguous
        }
        out->append({name, value});
    }
}

Result<MultipartPart> parseHeaders(QByteArrayView headers, int index)
{
    MultipartPart part;
    bool disposition = false;
    qsizetype pos = 0;
    while (pos < headers.size()) {
        qsizetype end = headers.indexOf(QByteArrayView("\r\n"), pos);
        if (end < 0)
            end = headers.size();
        const QByteArrayView line = headers.sliced(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(
                Text::tr("Part %1 of the upload has a malformed header line.").arg(index));
        const QByteArray name = line.first(colon).toByteArray().trimmed().toLower();
        const QByteArrayView value = line.sliced(colon + 1);
        if (name == "content-disposition") {
            if (disposition)
                return invalid(
                    Text::tr("Part %1 of the upload has two Content-Disposition headers.")
                        .arg(index));
            disposition = true;
            const QByteArray trimmed = value.toByteArray().trimmed();
            qsizetype typeEnd = 0;
            while (typeEnd < trimmed.size() && isTokenChar(trimmed[typeEnd]))
                ++typeEnd;
            if (trimmed.left(typeEnd).toLower() != "form-data")
                return invalid(Text::tr("Part %1 of the upload is not form-data.").arg(index));
            QList<std::pair<QByteArray, QByteArray>> params;
            if (!parseParameters(QByteArrayView(trimmed).sliced(typeEnd), &params))
                return invalid(
                    Text::tr("Part %1 of the upload has a malformed Content-Disposition.")
                        .arg(index));
            bool named = false;
            for (const auto &[key, v] : std::as_const(params)) {
                if (key == "name") {
                    part.name = v;
                    named = true;
                } else if (key == "filename") {
                    part.filename = v;
                    part.hasFilename = true;
                }
            }
            if (!named || part.name.isEmpty())
                return invalid(Text::tr("Part %1 of the upload has no field name.").arg(index));
        } else if (name == "content-type") {
            part.contentType = value.toByteArray().trimmed();
        }
    }
    if (!disposition)
        return invalid(
            Text::tr("Part %1 of the upload has no Content-Disposition header.").arg(index));
    return part;
}

} // namespace

Result<QByteArray> boundaryFrom(const QByteArray &contentType)
{
    const QByteArray trimmed = contentType.trimmed();
    const qsizetype semicolon = trimmed.indexOf(';');
    const QByteArray type = (semicolon < 0 ? trimmed : trimmed.left(semicolon)).trimmed().toLower();
    if (type != "multipart/form-data")
        return invalid(Text::tr("The upload must be sent as multipart/form-data."));
    QList<std::pair<QByteArray, QByteArray>> params;
    if (semicolon < 0 || !parseParameters(QByteArrayView(trimmed).sliced(semicolon), &params))
        return invalid(Text::tr("The multipart/form-data Content-Type has no valid boundary."));
    for (const auto &[key, value] : std::as_const(params)) {
        if (key != "boundary")
            continue;
        if (value.isEmpty() || value.size() > 70 || value.endsWith(' '))
            break;
        if (!std::all_of(value.cbegin(), value.cend(), isBoundaryChar))
            break;
        return value;
    }
    return invalid(Text::tr("The multipart/form-data Content-Type has no valid boundary."));
}

Result<QList<MultipartPart>> parse(const QByteArray &body, const QByteArray &boundary,
                                   const MultipartLimits &limits)
{
    const QByteArray dash = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dash;
    if (!body.startsWith(dash))
        return invalid(Text::tr("The upload does not start with its multipart boundary."));
    QList<MultipartPart> parts;
    qsizetype pos = dash.size();
    while (true) {
        // After a delimiter: "--" closes the body, CRLF starts a part; nothing else.
        if (body.mid(pos, 2) == "--")
            return parts; // the epilogue, if any, is ignored (RFC 2046)
        if (body.mid(pos, 2) != "\r\n")
            return invalid(Text::tr("The upload's multipart boundary is followed by garbage."));
        pos += 2;
        if (parts.size() >= limits.maxParts)
            return invalid(Text::tr("The upload has more than %1 parts.").arg(limits.maxParts));
        const int index = int(parts.size()) + 1;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos - 2);
        if (headersEnd < 0 || headersEnd - pos > limits.maxHeaderBytes) {
            return invalid(
                headersEnd < 0
                    ? Text::tr("The upload ends inside the headers of part %1.").arg(index)
                    : Text::tr("Part %1 of the upload has headers over %2 bytes.")
                          .arg(index)
                          .arg(limits.maxHeaderBytes));
        }
        // A part may have no header lines at all only in theory: form-data needs one.
        const QByteArrayView headers = headersEnd < pos
                                           ? QByteArrayView()
                                           : QByteArrayView(body).sliced(pos, headersEnd - pos);
        Result<MultipartPart> part = parseHeaders(headers, index);
        if (!part)
            return part.error();
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(delimiter, dataStart);
        if (next < 0)
            return invalid(Text::tr("The upload ends before part %1 is complete (no closing "
                                    "boundary): it was cut off.")
                               .arg(index));
        part.value().data = body.mid(dataStart, next - dataStart);
        parts.append(std::move(part).value());
        pos = next + delimiter.size();
    }
}

Result<bool> parseBool(const QByteArray &field, const QByteArray &value)
{
    if (value == "true" || value == "1")
        return true;
    if (value == "false" || value == "0")
        return false;
    return invalid(Text::tr("\"%1\" must be true or false, not \"%2\".")
                       .arg(QString::fromUtf8(field), QString::fromUtf8(value.left(40))));
}

} // namespace plugboard::Multipart
