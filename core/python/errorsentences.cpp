// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sentences about a plugin's failures. The support module (supportsource.cpp) only tells the
// kind of a failure and the texts it names, so that every sentence is a whole translatable one
// here, the stage included (a translation may need it anywhere in the sentence).
#include "python/errorsentences.h"

#include <QCoreApplication>

namespace plugboard::python {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PluginHost)
};

enum class Stage { Load, Create, Run, Background, Stop, Unknown };

Stage stageOf(const QString &stage)
{
    if (stage == QLatin1String("load"))
        return Stage::Load;
    if (stage == QLatin1String("create"))
        return Stage::Create;
    if (stage == QLatin1String("run"))
        return Stage::Run;
    if (stage == QLatin1String("background"))
        return Stage::Background;
    if (stage == QLatin1String("stop"))
        return Stage::Stop;
    return Stage::Unknown;
}

// %1: the code passed to sys.exit(), as Python writes it (3, None, 'text').
QString sysExit(Stage stage, const QString &code)
{
    switch (stage) {
    case Stage::Load:
        return Text::tr("The plugin called sys.exit(%1) while loading; Plugboard ignored it and "
                        "kept running.")
            .arg(code);
    case Stage::Create:
        return Text::tr("The plugin called sys.exit(%1) while creating the Plugin instance; "
                        "Plugboard ignored it and kept running.")
            .arg(code);
    case Stage::Run:
        return Text::tr("The plugin called sys.exit(%1) in run; Plugboard ignored it and kept "
                        "running.",
                        "run is the plugin's run() method")
            .arg(code);
    case Stage::Background:
        return Text::tr("The plugin called sys.exit(%1) in a background job; Plugboard ignored "
                        "it and kept running.")
            .arg(code);
    case Stage::Stop:
        return Text::tr("The plugin called sys.exit(%1) in stop; Plugboard ignored it and kept "
                        "running.",
                        "stop is the plugin's stop() method")
            .arg(code);
    case Stage::Unknown:
        break;
    }
    return {};
}

QString keyboardInterrupt(Stage stage)
{
    switch (stage) {
    case Stage::Load:
        return Text::tr("The plugin raised KeyboardInterrupt while loading.");
    case Stage::Create:
        return Text::tr("The plugin raised KeyboardInterrupt while creating the Plugin instance.");
    case Stage::Run:
        return Text::tr("The plugin raised KeyboardInterrupt in run.",
                        "run is the plugin's run() method");
    case Stage::Background:
        return Text::tr("The plugin raised KeyboardInterrupt in a background job.");
    case Stage::Stop:
        return Text::tr("The plugin raised KeyboardInterrupt in stop.",
                        "stop is the plugin's stop() method");
    case Stage::Unknown:
        break;
    }
    return {};
}

// %1: the Python exception on one line ("RecursionError: maximum recursion depth exceeded").
QString recursion(Stage stage, const QString &exception)
{
    switch (stage) {
    case Stage::Load:
        return Text::tr("The plugin recursed too deeply while loading (%1).").arg(exception);
    case Stage::Create:
        return Text::tr("The plugin recursed too deeply while creating the Plugin instance (%1).")
            .arg(exception);
    case Stage::Run:
        return Text::tr("The plugin recursed too deeply in run (%1).",
                        "run is the plugin's run() method")
            .arg(exception);
    case Stage::Background:
        return Text::tr("The plugin recursed too deeply in a background job (%1).").arg(exception);
    case Stage::Stop:
        return Text::tr("The plugin recursed too deeply in stop (%1).",
                        "stop is the plugin's stop() method")
            .arg(exception);
    case Stage::Unknown:
        break;
    }
    return {};
}

// %1: the Python exception on one line ("ValueError: bad input").
QString raised(Stage stage, const QString &exception)
{
    switch (stage) {
    case Stage::Load:
        return Text::tr("The plugin raised an error while loading: %1").arg(exception);
    case Stage::Create:
        return Text::tr("The plugin raised an error while creating the Plugin instance: %1")
            .arg(exception);
    case Stage::Run:
        return Text::tr("The plugin raised an error in run: %1", "run is the plugin's run() method")
            .arg(exception);
    case Stage::Background:
        return Text::tr("The plugin raised an error in a background job: %1").arg(exception);
    case Stage::Stop:
        return Text::tr("The plugin raised an error in stop: %1",
                        "stop is the plugin's stop() method")
            .arg(exception);
    case Stage::Unknown:
        break;
    }
    return {};
}

} // namespace

QString errorSentence(const ErrorDescription &error)
{
    const QString &kind = error.kind;
    const QString a1 = error.args.value(0);
    const QString a2 = error.args.value(1);
    const QString a3 = error.args.value(2);
    const Stage stage = stageOf(error.stage);
    QString sentence;
    // Raised by the plugin's code, at any stage.
    if (kind == QLatin1String("server_module"))
        sentence = Text::tr("This plugin needs Dispatcharr's server modules (it imports '%1'), "
                            "which a desktop host does not have.")
                       .arg(a1);
    else if (kind == QLatin1String("missing_module_package"))
        sentence = Text::tr("This plugin needs the Python module '%1', which is not installed. "
                            "Install the Debian package %2 (sudo apt install %2), then restart "
                            "the plugin.")
                       .arg(a1, a2);
    else if (kind == QLatin1String("missing_module"))
        sentence = Text::tr("This plugin needs the Python module '%1', which Plugboard's Python "
                            "does not have.")
                       .arg(a1);
    else if (kind == QLatin1String("syntax_error"))
        sentence = Text::tr("The plugin's code has a syntax error in %1 at line %2: %3.",
                            "%1 is a file name, %3 Python's own description of the error")
                       .arg(a1, a2, a3);
    else if (kind == QLatin1String("sys_exit"))
        sentence = sysExit(stage, a1);
    else if (kind == QLatin1String("keyboard_interrupt"))
        sentence = keyboardInterrupt(stage);
    else if (kind == QLatin1String("recursion"))
        sentence = recursion(stage, a1);
    else if (kind == QLatin1String("raised"))
        sentence = raised(stage, a1);
    // A plugin that cannot be loaded (LoadProblem); %1 is a path or the entry file's name.
    else if (kind == QLatin1String("cannot_import"))
        sentence = Text::tr("Python cannot import %1.").arg(a1);
    else if (kind == QLatin1String("no_plugin_class"))
        sentence = Text::tr("%1 does not define a Plugin class.").arg(a1);
    else if (kind == QLatin1String("plugin_not_class"))
        sentence = Text::tr("Plugin in %1 is not a class.").arg(a1);
    else if (kind == QLatin1String("no_run_method"))
        sentence = Text::tr("The Plugin class has no run(action, params, context) method.");
    return sentence.isEmpty() ? error.text : sentence;
}

} // namespace plugboard::python
