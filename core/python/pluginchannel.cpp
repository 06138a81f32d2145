// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/pluginchannel.h"

#include "python/embeddedpythonruntime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMetaObject>

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Python)
};

thread_local PluginChannel *t_channel = nullptr;

// Leaked on purpose: plugin threads may still print while the process exits.
struct PackageRegistry {
    QMutex mutex;
    QHash<QString, std::weak_ptr<PluginChannel>> channels;
};
PackageRegistry &registry()
{
    static auto *r = new PackageRegistry;
    return *r;
}

} // namespace

QString packageNameFor(const QString &key)
{
    // A prefix-free code, so two keys never share a package: "_" → "__", anything that is not
    // an ASCII letter or digit → "_" + four hex digits per UTF-16 unit.
    QString out = QStringLiteral("_plugboard_plugin_");
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool plain =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (plain)
            out += c;
        else if (u == '_')
            out += QStringLiteral("__");
        else
            out += QStringLiteral("_%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return out;
}

PluginChannel::PluginChannel(QString key, QString packageName, QString dataDir,
                             EmbeddedPythonRuntime *runtime)
    : key(std::move(key))
    , packageName(std::move(packageName))
    , dataDir(std::move(dataDir))
    , m_runtime(runtime)
{}

PluginChannel::~PluginChannel() = default;

PluginChannel *PluginChannel::forCurrentThread()
{
    return t_channel;
}

void PluginChannel::setForCurrentThread(PluginChannel *channel)
{
    t_channel = channel;
}

std::shared_ptr<PluginChannel> PluginChannel::forPackage(const QString &packageName)
{
    QMutexLocker lock(&registry().mutex);
    return registry().channels.value(packageName).lock();
}

void PluginChannel::registerPackage()
{
    QMutexLocker lock(&registry().mutex);
    registry().channels.insert(packageName, weak_from_this());
}

void PluginChannel::unregisterPackage()
{
    QMutexLocker lock(&registry().mutex);
    auto it = registry().channels.find(packageName);
    if (it != registry().channels.end() && it->lock().get() == this)
        registry().channels.erase(it);
}

void PluginChannel::post(std::function<void(EmbeddedPythonRuntime &)> fn)
{
    QMutexLocker lock(&m_runtimeMutex);
    if (!m_runtime)
        return;
    m_calls.push_back(std::move(fn));
    if (m_calls.size() > 1)
        return; // a delivery is already queued and will take this call too
    // The runtime pointer stays valid while the lock is held (detachRuntime takes it), and Qt
    // discards posted calls of an object that is destroyed before they run.
    QMetaObject::invokeMethod(
        m_runtime, [channel = shared_from_this()] { channel->deliverCalls(); },
        Qt::QueuedConnection);
}

void PluginChannel::deliverCalls()
{
    std::vector<std::function<void(EmbeddedPythonRuntime &)>> calls;
    EmbeddedPythonRuntime *runtime = nullptr;
    {
        QMutexLocker lock(&m_runtimeMutex);
        calls.swap(m_calls);
        runtime = m_runtime;
    }
    if (!runtime)
        return;
    for (const auto &call : calls)
        call(*runtime);
}

void PluginChannel::detachRuntime()
{
    QMutexLocker lock(&m_runtimeMutex);
    m_runtime = nullptr;
    m_calls.clear();
}

bool PluginChannel::admit(qsizetype chars)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_windowStart >= WindowMs) {
        m_windowStart = now;
        m_windowUsed = 0;
        m_cutAnnounced = false;
    }
    if (m_windowUsed + chars <= WindowChars) {
        m_windowUsed += chars;
        return true;
    }
    if (!m_cutAnnounced) {
        m_cutAnnounced = true;
        m_pending.push_back(
            {QStringLiteral("warning"),
             Text::tr("[Plugboard] The plugin wrote more than %1 KiB of log and output in %2 s; "
                      "the rest of it was left out.",
                      "a line of the plugin's log")
                 .arg(WindowChars / 1024)
                 .arg(WindowMs / 1000)});
    }
    return false;
}

qsizetype PluginChannel::logRoom() const
{
    QMutexLocker lock(&m_logMutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_windowStart >= WindowMs)
        return WindowChars;
    return std::max<qsizetype>(0, WindowChars - m_windowUsed);
}

void PluginChannel::appendLine(const QString &level, QString text)
{
    if (text.size() > MaxLineChars) {
        const qsizetype full = text.size();
        text.truncate(MaxLineChars);
        text += Text::tr(" … [%1 more characters left out]",
                         "ends a line of the plugin's log that was cut")
                    .arg(full - MaxLineChars);
    }
    if (!admit(text.size()))
        return;
    m_pending.push_back({level, std::move(text)});
    if (!m_linesPosted) {
        m_linesPosted = true;
        auto self = shared_from_this();
        post([self](EmbeddedPythonRuntime &) { self->deliverLines(); });
    }
}

void PluginChannel::deliverLines()
{
    std::vector<Line> lines;
    {
        QMutexLocker lock(&m_logMutex);
        lines.swap(m_pending);
        m_linesPosted = false;
    }
    QMutexLocker lock(&m_runtimeMutex);
    EmbeddedPythonRuntime *runtime = m_runtime;
    lock.unlock(); // we run on the runtime's thread: it cannot go away under us
    if (!runtime)
        return;
    for (const Line &line : lines)
        Q_EMIT runtime->logLine(key, line.level, line.text);
}

void PluginChannel::log(const QString &level, const QString &text)
{
    QMutexLocker lock(&m_logMutex);
    appendLine(level, text);
}

void PluginChannel::writeOutput(bool isStderr, QStringView text)
{
    QMutexLocker lock(&m_logMutex);
    const int stream = isStderr ? 1 : 0;
    QString &partial = m_partial[stream];
    while (!text.isEmpty()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        const QStringView piece = newline < 0 ? text : text.left(newline);
        // Keep at most one line's worth; appendLine notes how much was cut.
        const qsizetype room = MaxLineChars + 1 - partial.size();
        if (room > 0)
            partial += piece.left(room);
        if (newline < 0)
            break;
        flushPartial(stream);
        text = text.mid(newline + 1);
    }
}

void PluginChannel::flushPartial(int stream)
{
    QString &partial = m_partial[stream];
    if (partial.endsWith(QLatin1Char('\r')))
        partial.chop(1);
    appendLine(stream ? QStringLiteral("error") : QStringLiteral("info"), std::move(partial));
    partial = QString();
}

void PluginChannel::flushOutput()
{
    QMutexLocker lock(&m_logMutex);
    for (int stream = 0; stream < 2; ++stream) {
        if (!m_partial[stream].isEmpty())
            flushPartial(stream);
    }
}

void PluginChannel::progress(const std::shared_ptr<JobState> &job, double fraction,
                             const QString &message)
{
    if (!job)
        return;
    QMutexLocker lock(&job->progressMutex);
    job->fraction = fraction;
    job->message = message;
    if (job->progressPosted)
        return;
    job->progressPosted = true;
    lock.unlock();
    post([job](EmbeddedPythonRuntime &runtime) {
        QMutexLocker lock(&job->progressMutex);
        job->progressPosted = false;
        const double f = job->fraction;
        const QString m = job->message;
        lock.unlock();
        runtime.onJobProgress(job->id, f, m);
    });
}

void PluginChannel::notify(const QString &level, const QString &title, const QString &message)
{
    const QString k = key;
    post([k, level, title, message](EmbeddedPythonRuntime &runtime) {
        Q_EMIT runtime.notification(k, level, title, message);
    });
}

std::shared_ptr<JobState> PluginChannel::currentJob() const
{
    QMutexLocker lock(&m_jobMutex);
    return m_currentJob;
}

void PluginChannel::setCurrentJob(std::shared_ptr<JobState> job)
{
    QMutexLocker lock(&m_jobMutex);
    m_currentJob = std::move(job);
}

} // namespace plugboard::python
