// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/moduleavailability.h"

#include "python/interpreter.h"
#include <QCoreApplication>

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModuleAvailability)
};

// What this process has already learnt: name → can be imported.
QMutex g_mutex;
QHash<QString, bool> g_known;

bool isModuleName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

// Prints, one per line, the arguments that importlib cannot find.
const char *const Probe = "import importlib.util, sys\n"
                          "for name in sys.argv[1:]:\n"
                          "    try:\n"
                          "        found = importlib.util.find_spec(name) is not None\n"
                          "    except Exception:\n"
                          "        found = False\n"
                          "    if not found:\n"
                          "        print(name)\n";

} // namespace

Result<QStringList> ModuleAvailability::missing(const QStringList &modules, int timeoutMs)
{
    QStringList unknown;
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &name : modules) {
            if (isModuleName(name) && !g_known.contains(name) && !unknown.contains(name))
                unknown.append(name);
        }
    }
    if (!unknown.isEmpty()) {
        QProcess probe;
        probe.setProcessChannelMode(QProcess::SeparateChannels);
        probe.start(
            python::Interpreter::executable(),
            QStringList{QStringLiteral("-I"), QStringLiteral("-c"), QString::fromLatin1(Probe)} +
                unknown);
        if (!probe.waitForFinished(timeoutMs) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0) {
            probe.kill();
            probe.waitForFinished(1000);
            return Error::make(
                ErrorCode::Internal,
                Text::tr("Could not ask %1 which Python modules it has: %2.")
                    .arg(python::Interpreter::executable(),
                         probe.error() == QProcess::UnknownError
                             ? QString::fromUtf8(probe.readAllStandardError()).trimmed()
                             : probe.errorString()));
        }
        const QStringList absent = QString::fromUtf8(probe.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QMutexLocker lock(&g_mutex);
        for (const QString &name : std::as_const(unknown))
            g_known.insert(name, !absent.contains(name));
    }
    QStringList result;
    QMutexLocker lock(&g_mutex);
    for (const QString &name : modules) {
        if (isModuleName(name) && !g_known.value(name, true) && !result.contains(name))
            result.append(name);
    }
    return result;
}

} // namespace plugboard
