// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/pluginmodules.h"

namespace plugboard::PluginModules {

const QList<Module> &known()
{
    // From the imports of the public plugins (the official repository and their authors' own):
    // what Dispatcharr's environment gives them. rapidfuzz has no Debian 12 package; thefuzz
    // (python3-thefuzz) covers the same ground for most plugins.
    static const QList<Module> modules = {
        {QStringLiteral("pytz"), QStringLiteral("python3-tz"), true},
        {QStringLiteral("requests"), QStringLiteral("python3-requests"), true},
        {QStringLiteral("dateutil"), QStringLiteral("python3-dateutil"), true},
        {QStringLiteral("yaml"), QStringLiteral("python3-yaml"), true},
        {QStringLiteral("jinja2"), QStringLiteral("python3-jinja2"), true},
        {QStringLiteral("PIL"), QStringLiteral("python3-pil"), true},
        {QStringLiteral("numpy"), QStringLiteral("python3-numpy"), true},
        {QStringLiteral("thefuzz"), QStringLiteral("python3-thefuzz"), true},
        {QStringLiteral("m3u8"), QStringLiteral("python3-m3u8"), true},
        {QStringLiteral("streamlink"), QStringLiteral("python3-streamlink"), true},
        {QStringLiteral("dacite"), QStringLiteral("python3-dacite"), true},
        {QStringLiteral("fuzzywuzzy"), QStringLiteral("python3-fuzzywuzzy"), false},
        {QStringLiteral("Levenshtein"), QStringLiteral("python3-levenshtein"), false},
        {QStringLiteral("lxml"), QStringLiteral("python3-lxml"), false},
        {QStringLiteral("bs4"), QStringLiteral("python3-bs4"), false},
        {QStringLiteral("xmltodict"), QStringLiteral("python3-xmltodict"), false},
        {QStringLiteral("tzlocal"), QStringLiteral("python3-tzlocal"), false},
        {QStringLiteral("httpx"), QStringLiteral("python3-httpx"), false},
        {QStringLiteral("aiohttp"), QStringLiteral("python3-aiohttp"), false},
        {QStringLiteral("unidecode"), QStringLiteral("python3-unidecode"), false},
        {QStringLiteral("rapidfuzz"), QString(), false},
    };
    return modules;
}

QString debianPackageFor(const QString &topLevelName)
{
    for (const Module &m : known()) {
        if (m.name == topLevelName)
            return m.debianPackage;
    }
    return {};
}

const QStringList &serverOnly()
{
    // redis is Dispatcharr's own Redis server, gevent its monkey-patched workers: a plugin that
    // uses them expects Dispatcharr's processes around it.
    static const QStringList modules = {QStringLiteral("django"),
                                        QStringLiteral("apps"),
                                        QStringLiteral("core"),
                                        QStringLiteral("celery"),
                                        QStringLiteral("django_celery_beat"),
                                        QStringLiteral("rest_framework"),
                                        QStringLiteral("dispatcharr"),
                                        QStringLiteral("redis"),
                                        QStringLiteral("gevent")};
    return modules;
}

} // namespace plugboard::PluginModules
