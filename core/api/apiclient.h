// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace plugboard {

using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// What a call answered: the HTTP status and the JSON body (or why there was none).
struct ApiReply {
    int status = 0; // 0: no HTTP answer at all (connection refused, timeout…)
    QJsonObject json;
    QByteArray body;
    HttpHeaderList headers; // as received, names as sent
    QString transportError;

    QByteArray header(QByteArrayView name) const;

    bool ok() const { return status >= 200 && status < 300; }
    // The error the server described ({"error": …, "code": …}), or the transport's.
    Error error() const;
};

// A client of a running Plugboard's REST API, for plugboardctl's "through the running
// instance" path and for tests. Calls block in a local event loop: never use it on a thread
// that must stay responsive.
class ApiClient : public QObject {
    Q_OBJECT

public:
    ApiClient(quint16 port, QByteArray token, QObject *parent = nullptr);
    ~ApiClient() override;

    ApiReply get(const QString &path);
    ApiReply post(const QString &path, const QJsonObject &body);
    ApiReply del(const QString &path);
    // Any method with any body, as sent (for bodies that are not a JSON object).
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &contentType = "application/json");
    // multipart/form-data with the zip as "file" plus plain text fields.
    ApiReply upload(const QString &path, const QString &zipFile,
                    const QList<std::pair<QByteArray, QByteArray>> &fields);

    QUrl url(const QString &path) const;
    QNetworkRequest request(const QString &path) const; // with the Authorization header
    quint16 port() const { return m_port; }
    const QByteArray &token() const { return m_token; }

private:
    ApiReply wait(QNetworkReply *reply);

    quint16 m_port;
    QByteArray m_token;
    QNetworkAccessManager *m_network;
};

} // namespace plugboard
