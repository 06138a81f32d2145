// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repos/repositorymanifestreader.h"

#include "repos/canonicalwriter.h"
#include "repos/repofields.h"
#include "repos/repojson.h"
#include <QCoreApplication>

#include <QSet>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

using repojson::FieldReader;
using repojson::Member;
using simdjson::dom::element;

const QUrl &metadataBase(const RepositoryBases &bases)
{
    return bases.metadataBaseUrl.isEmpty() ? bases.rootUrl : bases.metadataBaseUrl;
}

const QUrl &downloadBase(const RepositoryBases &bases)
{
    return bases.downloadBaseUrl.isEmpty() ? bases.rootUrl : bases.downloadBaseUrl;
}

// A slug as a diagnostic may quote it: control and format characters shown as U+FFFD.
QString shown(QStringView slug)
{
    QString out = slug.left(RepositoryManifestReader::MaxSlugLength).toString();
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

// Reads the base keys of an object into `bases` (keeping what is already there when a key is
// absent); true when the member was one of them.
bool readBase(const Member &member, const FieldReader &fields, RepositoryBases &bases)
{
    if (member.key == "root_url")
        bases.rootUrl = fields.base(member.key, member.value);
    else if (member.key == "download_base_url")
        bases.downloadBaseUrl = fields.base(member.key, member.value);
    else if (member.key == "metadata_base_url")
        bases.metadataBaseUrl = fields.base(member.key, member.value);
    else
        return false;
    return true;
}

// One member of a plugin entry (root list item, or the top of a per-plugin manifest); false
// when the key is not one of an entry's.
bool readEntryMember(const Member &member, const FieldReader &fields, const RepositoryBases &bases,
                     RepositoryPluginEntry &entry)
{
    const std::string_view key = member.key;
    const element value = member.value;
    if (key == "slug")
        entry.slug = fields.text(key, value);
    else if (key == "name")
        entry.name = fields.text(key, value);
    else if (key == "description")
        entry.description = fields.text(key, value);
    else if (key == "author")
        entry.author = fields.text(key, value);
    else if (key == "license")
        entry.license = fields.text(key, value);
    else if (key == "deprecated")
        entry.deprecated = fields.flag(key, value);
    else if (key == "last_updated")
        entry.lastUpdated = fields.text(key, value);
    else if (key == "latest_version")
        entry.latestVersion = fields.text(key, value);
    else if (key == "latest_sha256")
        entry.latestSha256 = fields.text(key, value);
    else if (key == "latest_md5")
        entry.latestMd5 = fields.text(key, value);
    else if (key == "latest_url")
        entry.latestUrl = fields.url(key, value, downloadBase(bases));
    else if (key == "latest_size")
        entry.latestSize = fields.size(key, value);
    else if (key == "manifest_url")
        entry.manifestUrl = fields.url(key, value, metadataBase(bases));
    else if (key == "icon_url")
        entry.iconUrl = fields.url(key, value, metadataBase(bases));
    else if (key == "min_dispatcharr_version")
        entry.minDispatcharrVersion = fields.text(key, value);
    else if (key == "max_dispatcharr_version")
        entry.maxDispatcharrVersion = fields.text(key, value);
    else if (key == "repo_url")
        entry.repoUrl = fields.text(key, value);
    else if (key == "discord_thread")
        entry.discordThread = fields.text(key, value);
    else
        return false;
    return true;
}

// Why an entry cannot be used (no valid slug, no name), or empty when it can.
QString entryProblem(const RepositoryPluginEntry &entry)
{
    const QString problem = RepositoryManifestReader::slugProblem(entry.slug);
    if (!problem.isEmpty())
        return problem;
    if (entry.name.trimmed().isEmpty())
        return Text::tr("The plugin \"%1\" has no name.").arg(entry.slug);
    return {};
}

std::optional<RepositoryPluginVersion> readVersion(element value, const QString &where,
                                                   const RepositoryBases &bases,
                                                   Diagnostics &diagnostics)
{
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) {
        diagnostics.append(
            Diagnostic::warning(where, Text::tr("It is %1, not a version object; it is left out.")
                                           .arg(repojson::kindName(value))));
        return std::nullopt;
    }
    const FieldReader fields(diagnostics, where);
    RepositoryPluginVersion version;
    for (const Member &member : repojson::uniqueMembers(object)) {
        const std::string_view key = member.key;
        if (key == "version")
            version.version = fields.text(key, member.value);
        else if (key == "url")
            version.url = fields.url(key, member.value, downloadBase(bases));
        else if (key == "latest_url")
            version.latestUrl = fields.url(key, member.value, downloadBase(bases));
        else if (key == "checksum_sha256")
            version.checksumSha256 = fields.text(key, member.value);
        else if (key == "checksum_md5")
            version.checksumMd5 = fields.text(key, member.value);
        else if (key == "size")
            version.size = fields.size(key, member.value);
        else if (key == "min_dispatcharr_version")
            version.minDispatcharrVersion = fields.text(key, member.value);
        else if (key == "max_dispatcharr_version")
            version.maxDispatcharrVersion = fields.text(key, member.value);
        else if (key == "build_timestamp")
            version.buildTimestamp = fields.text(key, member.value);
        else if (key == "commit_sha")
            version.commitSha = fields.text(key, member.value);
        else if (key == "prerelease")
            version.prerelease = fields.flag(key, member.value);
        else
            version.extras.insert(repojson::toQString(key), repojson::toJsonValue(member.value));
    }
    if (version.version.trimmed().isEmpty()) {
        diagnostics.append(Diagnostic::error(
            where, Text::tr("The version has no version number; it is left out.")));
        return std::nullopt;
    }
    return version;
}

// The wrapper: {"generated_at", "manifest", "signature"} gives the inner object and what is
// needed to verify it; any other object is the flat, unsigned form and is its own manifest.
Result<element> unwrap(element root, RepositorySignedPart &signedPart, Diagnostics &diagnostics)
{
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        return Error::make(ErrorCode::InvalidInput,
                           Text::tr("The repository manifest is %1, not an object; check the "
                                    "repository's address.")
                               .arg(repojson::kindName(root)));
    }
    element ignored;
    if (!repojson::lastMember(object, "manifest", &ignored))
        return root;
    Result<element> inner = repojson::innerManifest(root);
    if (!inner)
        return inner;
    const FieldReader fields(diagnostics, QString());
    for (const Member &member : repojson::uniqueMembers(object)) {
        if (member.key == "generated_at")
            signedPart.generatedAt = fields.text(member.key, member.value);
        else if (member.key == "signature")
            signedPart.signature = fields.text(member.key, member.value);
    }
    signedPart.isSigned = !signedPart.signature.trimmed().isEmpty();
    if (signedPart.isSigned)
        signedPart.forms = repojson::signedFormsOf(inner.value());
    return inner;
}

Error notAManifest(const QString &why)
{
    return Error::make(ErrorCode::InvalidInput, why);
}

} // namespace

QString RepositoryManifestReader::slugProblem(QStringView slug)
{
    if (slug.trimmed().isEmpty())
        return Text::tr("The plugin has no slug.");
    const QString quoted = shown(slug);
    if (slug.size() > MaxSlugLength)
        return Text::tr("The slug \"%1…\" is longer than %2 characters.")
            .arg(quoted)
            .arg(MaxSlugLength);
    if (slug.trimmed().size() != slug.size())
        return Text::tr("The slug \"%1\" starts or ends with a space.").arg(quoted);
    if (slug == u"." || slug.contains(u".."))
        return Text::tr("The slug \"%1\" contains \"..\" or is \".\".").arg(quoted);
    if (slug.contains(u'/') || slug.contains(u'\\'))
        return Text::tr("The slug \"%1\" contains a slash.").arg(quoted);
    for (const QChar c : slug) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
            category == QChar::Other_Surrogate) {
            return Text::tr("The slug \"%1\" contains a control character.").arg(quoted);
        }
    }
    return {};
}

QUrl RepositoryManifestReader::resolveUrl(const QString &value, const QUrl &base)
{
    QString text;
    if (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))) {
        text = value;
    } else {
        if (base.isEmpty())
            return {};
        QString prefix = base.toString(QUrl::FullyEncoded);
        while (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        text = prefix + QLatin1Char('/') + value;
    }
    // Tolerant, as a browser or Python's requests would be: a space becomes %20.
    const QUrl url(text, QUrl::TolerantMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || url.isRelative() || (web && url.host().isEmpty()))
        return {};
    return url;
}

Result<RepositoryManifestRead> RepositoryManifestReader::readRoot(QByteArrayView bytes)
{
    const Result<element> root = repojson::parse(bytes, MaxFileBytes);
    if (!root)
        return root.error();
    RepositoryManifestRead read;
    const Result<element> inner = unwrap(root.value(), read.signedPart, read.diagnostics);
    if (!inner)
        return inner.error();
    const std::vector<Member> members = repojson::uniqueMembers(repojson::objectOf(inner.value()));
    RepositoryManifest &manifest = read.manifest;
    const FieldReader fields(read.diagnostics, QString());
    for (const Member &member : members)
        readBase(member, fields, manifest.bases);

    element plugins;
    bool hasPlugins = false;
    bool hasName = false;
    for (const Member &member : members) {
        if (member.key == "root_url" || member.key == "download_base_url" ||
            member.key == "metadata_base_url") {
            continue;
        }
        if (member.key == "registry_name") {
            hasName = member.value.is_string();
            manifest.registryName = fields.text(member.key, member.value);
        } else if (member.key == "registry_url") {
            manifest.registryUrl = fields.text(member.key, member.value);
        } else if (member.key == "plugins") {
            plugins = member.value;
            hasPlugins = true;
        } else {
            manifest.extras.insert(repojson::toQString(member.key),
                                   repojson::toJsonValue(member.value));
        }
    }
    if (!hasName || manifest.registryName.trimmed().isEmpty()) {
        return notAManifest(Text::tr("The repository manifest has no registry_name; it is not a "
                                     "repository manifest, or a broken one."));
    }
    if (!hasPlugins) {
        return notAManifest(Text::tr("The repository manifest of \"%1\" has no list of plugins.")
                                .arg(manifest.registryName));
    }
    if (!plugins.is_array()) {
        return notAManifest(Text::tr("The list of plugins of \"%1\" is %2, not a list.")
                                .arg(manifest.registryName, repojson::kindName(plugins)));
    }

    QSet<QString> slugs;
    qsizetype index = 0;
    for (const element item : repojson::arrayOf(plugins)) {
        const QString where = QStringLiteral("plugins[%1]").arg(index++);
        if (manifest.plugins.size() >= MaxEntries) {
            read.diagnostics.append(Diagnostic::error(
                where, Text::tr("The repository lists more than %1 plugins; the rest are left out.")
                           .arg(MaxEntries)));
            break;
        }
        simdjson::dom::object object;
        if (item.get_object().get(object) != simdjson::SUCCESS) {
            read.diagnostics.append(Diagnostic::error(
                where,
                Text::tr("It is %1, not a plugin; it is left out.").arg(repojson::kindName(item))));
            continue;
        }
        const FieldReader entryFields(read.diagnostics, where);
        RepositoryPluginEntry entry;
        for (const Member &member : repojson::uniqueMembers(object)) {
            if (!readEntryMember(member, entryFields, manifest.bases, entry)) {
                entry.extras.insert(repojson::toQString(member.key),
                                    repojson::toJsonValue(member.value));
            }
        }
        if (const QString problem = entryProblem(entry); !problem.isEmpty()) {
            read.diagnostics.append(
                Diagnostic::error(where, problem + QLatin1Char(' ') + Text::tr("It is left out.")));
            continue;
        }
        if (slugs.contains(entry.slug)) {
            read.diagnostics.append(Diagnostic::error(
                where, Text::tr("The slug \"%1\" is listed again; only its first entry is kept.")
                           .arg(entry.slug)));
            continue;
        }
        slugs.insert(entry.slug);
        manifest.plugins.append(std::move(entry));
    }
    return read;
}

Result<RepositoryPluginManifestRead>
RepositoryManifestReader::readPlugin(QByteArrayView bytes, const RepositoryBases &rootBases,
                                     QStringView expectedSlug)
{
    const Result<element> root = repojson::parse(bytes, MaxFileBytes);
    if (!root)
        return root.error();
    RepositoryPluginManifestRead read;
    const Result<element> inner = unwrap(root.value(), read.signedPart, read.diagnostics);
    if (!inner)
        return inner.error();
    const std::vector<Member> members = repojson::uniqueMembers(repojson::objectOf(inner.value()));
    RepositoryPluginManifest &manifest = read.manifest;
    const FieldReader fields(read.diagnostics, QString());
    RepositoryBases bases = rootBases; // its own bases, where it names them, take precedence
    for (const Member &member : members)
        readBase(member, fields, bases);

    for (const Member &member : members) {
        const std::string_view key = member.key;
        if (key == "root_url" || key == "download_base_url" || key == "metadata_base_url" ||
            readEntryMember(member, fields, bases, manifest.entry)) {
            continue;
        }
        if (key == "registry_name") {
            manifest.registryName = fields.text(key, member.value);
        } else if (key == "registry_url") {
            manifest.registryUrl = fields.text(key, member.value);
        } else if (key == "maintainers") {
            manifest.maintainers = fields.textList(key, member.value, MaxVersions);
        } else if (key == "source_type") {
            manifest.sourceType = fields.text(key, member.value);
        } else if (key == "source_url") {
            manifest.sourceUrl = fields.text(key, member.value);
        } else if (key == "latest") {
            manifest.latest =
                member.value.is_null()
                    ? std::nullopt
                    : readVersion(member.value, QStringLiteral("latest"), bases, read.diagnostics);
        } else if (key == "versions") {
            if (member.value.is_null())
                continue;
            if (!member.value.is_array()) {
                fields.warn(key, Text::tr("It is %1, not a list; it is ignored.")
                                     .arg(repojson::kindName(member.value)));
                continue;
            }
            qsizetype index = 0;
            for (const element item : repojson::arrayOf(member.value)) {
                const QString where = QStringLiteral("versions[%1]").arg(index++);
                if (manifest.versions.size() >= MaxVersions) {
                    read.diagnostics.append(Diagnostic::warning(
                        where, Text::tr("Only the first %1 versions are kept.").arg(MaxVersions)));
                    break;
                }
                if (auto version = readVersion(item, where, bases, read.diagnostics))
                    manifest.versions.append(std::move(*version));
            }
        } else {
            manifest.entry.extras.insert(repojson::toQString(key),
                                         repojson::toJsonValue(member.value));
        }
    }
    if (const QString problem = entryProblem(manifest.entry); !problem.isEmpty()) {
        return notAManifest(Text::tr("The plugin's manifest cannot be used: %1").arg(problem));
    }
    read.slugMismatch = !expectedSlug.isEmpty() && manifest.entry.slug != expectedSlug;
    if (read.slugMismatch) {
        read.diagnostics.append(Diagnostic::error(
            QStringLiteral("slug"),
            Text::tr("The plugin's manifest is for \"%1\", not for \"%2\" as the repository's list "
                     "says.")
                .arg(manifest.entry.slug, shown(expectedSlug))));
    }
    return read;
}

} // namespace plugboard
