// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/download.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <optional>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

std::atomic<quint64> g_requestsSent{0};

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

Error writeError(const DownloadRequest &request, const QFile &file)
{
    return Error::make(ErrorCode::Io, Text::tr("Could not write %1 to %2: %3.")
                                          .arg(request.what, file.fileName(), file.errorString()));
}

} // namespace

// The state of one transfer; the job owns it, and it owns the reply in flight.
struct Download::Transfer {
    QNetworkAccessManager *network = nullptr;
    DownloadRequest request;
    QPointer<QNetworkReply> reply;
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    DownloadResult result;
    QTimer stall;
    QTimer deadline;
    std::optional<Error> reason; // why we ended the transfer ourselves
    QUrl current;                // the address being fetched now (after redirects)
    int redirects = 0;
};

Download::Download(QNetworkAccessManager *network, DownloadRequest request, QObject *parent)
    : ResultJob<DownloadResult>(parent)
    , m_transfer(std::make_unique<Transfer>())
{
    m_transfer->network = network;
    m_transfer->request = std::move(request);
    m_transfer->current = m_transfer->request.url;
}

Download::~Download()
{
    if (QNetworkReply *reply = m_transfer->reply) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

Download *Download::start(QNetworkAccessManager *network, DownloadRequest request, QObject *parent)
{
    auto *job = new Download(network, std::move(request), parent);
    Transfer &t = *job->m_transfer;
    const DownloadRequest &r = t.request;
    if (Result<void> allowed = UrlPolicy::check(r.url, r.what, r.files); !allowed) {
        job->failLater(allowed.error());
        return job;
    }
    if (!r.saveTo.isEmpty()) {
        t.file.setFileName(r.saveTo);
        if (!t.file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            job->failLater(writeError(r, t.file));
            return job;
        }
    }
    job->setStarted();
    job->setCanceller([job] {
        job->stop(Error::make(
            ErrorCode::Cancelled,
            Text::tr("The download of %1 was cancelled.").arg(job->m_transfer->request.what)));
        return true;
    });

    t.stall.setSingleShot(true);
    t.stall.setInterval(r.stallTimeoutMs);
    QObject::connect(&t.stall, &QTimer::timeout, job, [job] {
        const Transfer &t = *job->m_transfer;
        job->stop(
            Error::make(ErrorCode::TimedOut,
                        Text::tr("%1 sent nothing for %2 seconds; the download of %3 was stopped.")
                            .arg(UrlPolicy::display(t.current))
                            .arg(t.request.stallTimeoutMs / 1000.0)
                            .arg(t.request.what)));
    });
    t.deadline.setSingleShot(true);
    t.deadline.setInterval(r.totalTimeoutMs);
    QObject::connect(&t.deadline, &QTimer::timeout, job, [job] {
        const Transfer &t = *job->m_transfer;
        job->stop(
            Error::make(ErrorCode::TimedOut,
                        Text::tr("The download of %1 from %2 took longer than %3 seconds and was "
                                 "stopped.")
                            .arg(t.request.what, UrlPolicy::display(t.current))
                            .arg(t.request.totalTimeoutMs / 1000.0)));
    });
    t.deadline.start();
    job->send(r.url);
    return job;
}

quint64 Download::requestsSent()
{
    return g_requestsSent.load();
}

void Download::send(const QUrl &url)
{
    Transfer &t = *m_transfer;
    t.current = url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Plugboard"));
    if (!t.request.etag.isEmpty())
        request.setRawHeader("If-None-Match", t.request.etag.toUtf8());
    if (!t.request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", t.request.lastModified.toUtf8());
    ++g_requestsSent;
    t.reply = t.network->get(request);
    t.stall.start();
    QNetworkReply *reply = t.reply;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const Transfer &t = *m_transfer;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 300 && length.isValid() && length.toLongLong() > t.request.maxBytes) {
            stop(Error::make(ErrorCode::Io, Text::tr("%1 at %2 is %3, more than the %4 Plugboard "
                                                     "accepts; nothing was kept.")
                                                .arg(t.request.what, UrlPolicy::display(t.current),
                                                     sizeText(length.toLongLong()),
                                                     sizeText(t.request.maxBytes))));
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, this, [this] { receive(); });
    QObject::connect(reply, &QNetworkReply::finished, this, [this] { settle(); });
}

void Download::stop(Error reason)
{
    Transfer &t = *m_transfer;
    if (!t.reason)
        t.reason = std::move(reason);
    if (t.reply)
        t.reply->abort(); // finished() follows and reports t.reason
}

void Download::receive()
{
    Transfer &t = *m_transfer;
    QNetworkReply *reply = t.reply;
    if (!reply || t.reason)
        return;
    t.stall.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        reply->skip(reply->bytesAvailable()); // an error page or a redirect's body
        return;
    }
    const QByteArray chunk = reply->read(reply->bytesAvailable());
    if (t.result.size + chunk.size() > t.request.maxBytes) {
        return stop(
            Error::make(ErrorCode::Io, Text::tr("%1 at %2 is larger than the %3 Plugboard "
                                                "accepts; the download was stopped and nothing "
                                                "was kept.")
                                           .arg(t.request.what, UrlPolicy::display(t.current),
                                                sizeText(t.request.maxBytes))));
    }
    t.result.size += chunk.size();
    t.hash.addData(chunk);
    if (t.file.isOpen()) {
        if (t.file.write(chunk) != chunk.size())
            return stop(writeError(t.request, t.file));
    } else {
        t.result.body.append(chunk);
    }
    const qint64 total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    setProgress(total > 0 ? double(t.result.size) / double(total) : -1.0,
                total > 0
                    ? Text::tr("Downloading %1 (%2 of %3)")
                          .arg(t.request.what, sizeText(t.result.size), sizeText(total))
                    : Text::tr("Downloading %1 (%2)").arg(t.request.what, sizeText(t.result.size)));
}

void Download::failAndDiscard(const Error &error)
{
    Transfer &t = *m_transfer;
    t.stall.stop();
    t.deadline.stop();
    if (t.file.isOpen()) {
        t.file.close();
        t.file.remove();
    }
    fail(error);
}

void Download::settle()
{
    Transfer &t = *m_transfer;
    QNetworkReply *reply = t.reply;
    t.reply = nullptr;
    reply->deleteLater();
    if (t.reason)
        return failAndDiscard(*t.reason);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = UrlPolicy::display(t.current);
    const bool http = !t.current.isLocalFile();

    if (http && isRedirect(status)) {
        const QUrl to =
            t.current.resolved(QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
        if (++t.redirects > t.request.maxRedirects) {
            return failAndDiscard(
                Error::make(ErrorCode::Io, Text::tr("%1 redirected more than %2 times (a redirect "
                                                    "loop?); %3 was not fetched.")
                                               .arg(UrlPolicy::display(t.request.url))
                                               .arg(t.request.maxRedirects)
                                               .arg(t.request.what)));
        }
        Result<void> allowed =
            UrlPolicy::checkRedirect(t.current, to, t.request.what, t.request.files);
        if (!allowed)
            return failAndDiscard(allowed.error());
        return send(to);
    }
    if (status == 304) {
        t.result.notModified = true;
    } else if (http && status >= 300) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return failAndDiscard(
            Error::make(ErrorCode::Io,
                        Text::tr("%1 answered %2%3 for %4.")
                            .arg(where)
                            .arg(status)
                            .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason),
                                 t.request.what)));
    } else if (reply->error() != QNetworkReply::NoError) {
        return failAndDiscard(
            Error::make(ErrorCode::Io, Text::tr("Could not fetch %1 from %2: %3.")
                                           .arg(t.request.what, where, reply->errorString())));
    } else if (http && (status < 200 || status >= 300)) {
        return failAndDiscard(
            Error::make(ErrorCode::Io, Text::tr("%1 gave no usable HTTP answer (%2) "
                                                "for %3.")
                                           .arg(where)
                                           .arg(status)
                                           .arg(t.request.what)));
    }
    t.stall.stop();
    t.deadline.stop();
    if (t.file.isOpen()) {
        if (!t.file.flush())
            return failAndDiscard(writeError(t.request, t.file));
        t.file.close();
        if (t.result.notModified)
            t.file.remove();
        else
            t.result.savedTo = t.file.fileName();
    }
    t.result.sha256 = t.hash.result().toHex();
    t.result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    t.result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (t.result.notModified) {
        // A 304 may leave the validators out; the ones sent are still the right ones.
        if (t.result.etag.isEmpty())
            t.result.etag = t.request.etag;
        if (t.result.lastModified.isEmpty())
            t.result.lastModified = t.request.lastModified;
    }
    t.result.finalUrl = t.current;
    succeed(std::move(t.result));
}

} // namespace plugboard
