#include "commandline.h"
#include "commands.h"
#include "console.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plugboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLUGBOARD_VERSION));

    CommandLine line;
    QString problem;
    if (!CommandLine::parse(app.arguments().mid(1), &line, &problem))
        return Console::usage(problem);

    if (line.has(QStringLiteral("version"))) {
        Console::out(QStringLiteral("plugboardctl %1\n").arg(QStringLiteral(PLUGBOARD_VERSION)));
        return Console::Success;
    }
    if (line.has(QStringLiteral("help"))) {
        const CommandInfo *info = findCommand(line.command);
        Console::out(info ? commandHelp(*info) : usageText());
        return Console::Success;
    }
    return runCommand(line);
}
