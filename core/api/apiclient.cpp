// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"

#include "api/apijson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

} // namespace

Error ApiReply::error() const
{
    if (status == 0)
        return Error::make(ErrorCode::Io, transportError);
    const QString message = json.value(QLatin1String("error")).toString();
    Error e = Error::make(ApiJson::codeFromName(json.value(QLatin1String("code")).toString()),
                          message.isEmpty() ? Text::tr("The server answered HTTP %1.").arg(status)
                                            : message);
    const QJsonObject fields = json.value(QLatin1String("errors")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        e.fieldErrors.append({it.key(), it.value().toString()});
    return e;
}

ApiClient::ApiClient(quint16 port, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_token(std::move(token))
    , m_network(new QNetworkAccessManager(this))
{}

ApiClient::~ApiClient() = default;

QUrl ApiClient::url(const QString &path) const
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query), QUrl::TolerantMode);
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(0);
    return request;
}

ApiReply ApiClient::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.append({name, value});
    if (result.status == 0)
        result.transportError = Text::tr("Could not reach Plugboard on 127.0.0.1:%1: %2")
                                    .arg(m_port)
                                    .arg(reply->errorString());
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QByteArray ApiReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiReply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &contentType)
{
    QNetworkRequest r = request(path);
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_network->sendCustomRequest(r, method, body));
}

ApiReply ApiClient::get(const QString &path)
{
    return wait(m_network->get(request(path)));
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return wait(m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiReply ApiClient::del(const QString &path)
{
    return wait(m_network->deleteResource(request(path)));
}

ApiReply ApiClient::upload(const QString &path, const QString &zipFile,
                           const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + name + "\""));
        part.setBody(value);
        multi->append(part);
    }
    auto *file = new QFile(zipFile, multi);
    if (!file->open(QIODevice::ReadOnly)) {
        ApiReply failed;
        failed.transportError =
            Text::tr("Could not read \"%1\": %2").arg(zipFile, file->errorString());
        delete multi;
        return failed;
    }
    QHttpPart part;
    // The name is sent as given: a flat zip's folder name comes from it.
    QByteArray name = QFileInfo(zipFile).fileName().toUtf8();
    name.replace('"', "%22");
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/zip"));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"" + name + "\""));
    part.setBodyDevice(file);
    multi->append(part);
    QNetworkReply *reply = m_network->post(request(path), multi);
    multi->setParent(reply);
    return wait(reply);
}

} // namespace plugboard
