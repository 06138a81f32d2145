// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace plugboard::Language {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Language)
};

const QString kResourceDir = QStringLiteral(":/plugboard/translations");
const QString kEnvironment = QStringLiteral("PLUGBOARD_LANG");

// The translators this process installed, so that a second install() replaces them.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void removeInstalled()
{
    for (std::unique_ptr<QTranslator> *slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

// English is the language of the sources: "en", "C" and "POSIX" need no translator.
bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

// Loads `base`_<language> for `locale` (its UI languages in order) from `dir` and installs it.
bool load(std::unique_ptr<QTranslator> &slot, const QLocale &locale, const QString &base,
          const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, base, QStringLiteral("_"), dir))
        return false;
    QCoreApplication::installTranslator(translator.get());
    slot = std::move(translator);
    return true;
}

// English is the sources' language, but "%n plugin(s)" needs its plural forms chosen:
// plugboard_en holds only those ("1 plugin", "2 plugins").
void loadEnglishPlurals()
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral("plugboard_en"), kResourceDir)) {
        QCoreApplication::installTranslator(translator.get());
        ownTranslator() = std::move(translator);
    }
}

} // namespace

Choice install(const QString &requested)
{
    removeInstalled();
    Choice choice;
    QString asked = requested.trimmed();
    const bool explicitRequest = !asked.isEmpty();
    if (asked.isEmpty())
        asked = qEnvironmentVariable(kEnvironment.toLatin1().constData()).trimmed();
    choice.locale = asked.isEmpty() ? QLocale::system() : QLocale(asked);

    if (!asked.isEmpty() && choice.locale.language() == QLocale::C && asked != QLatin1String("C") &&
        asked != QLatin1String("POSIX")) {
        choice.problem = Text::tr("\"%1\" is not a language name; Plugboard speaks English. "
                                  "Languages: %2.")
                             .arg(asked, available().join(QStringLiteral(", ")));
        choice.locale = QLocale(QLocale::English);
        loadEnglishPlurals();
        return choice;
    }
    if (!asked.isEmpty())
        QLocale::setDefault(choice.locale); // numbers and dates follow the asked language
    if (explicitRequest)
        qputenv(kEnvironment.toLatin1().constData(), asked.toUtf8());
    // A system whose first language is English stays English even when a later preference
    // has a translation; QTranslator would otherwise try each UI language in turn.
    const QLocale firstChoice =
        asked.isEmpty() ? QLocale(choice.locale.uiLanguages().value(0, QStringLiteral("C")))
                        : choice.locale;
    if (isEnglish(firstChoice)) {
        loadEnglishPlurals();
        return choice;
    }

    choice.translated =
        load(ownTranslator(), choice.locale, QStringLiteral("plugboard"), kResourceDir);
    if (!choice.translated) {
        if (!asked.isEmpty()) {
            choice.problem = Text::tr("Plugboard has no %1 translation yet; it speaks English. "
                                      "Languages: %2.")
                                 .arg(QLocale::languageToString(choice.locale.language()),
                                      available().join(QStringLiteral(", ")));
        }
        loadEnglishPlurals();
        return choice;
    }
    // Qt's own strings (standard dialog buttons, the --help boilerplate) come from Debian's
    // qt6-translations-l10n; without it they stay English and nothing else changes.
    load(qtTranslator(), choice.locale, QStringLiteral("qtbase"),
         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return choice;
}

QString requestedIn(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--lang");
    const QString prefix = QStringLiteral("--lang=");
    QString value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == flag && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(prefix))
            value = argument.mid(prefix.size());
    }
    return value;
}

QStringList available()
{
    QStringList names{QStringLiteral("en")};
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("plugboard_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(10, file.size() - 13); // plugboard_<name>.qm
        if (name != QLatin1String("en")) // English's own holds its plural forms only
            names.append(name);
    }
    return names;
}

} // namespace plugboard::Language
