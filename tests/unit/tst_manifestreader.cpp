// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// plugin.json as a document: reading files, BOM, JSON errors with line and column, top-level shape,
// metadata.
#include "manifesttesthelpers.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace plugboard;
using namespace manifesttest;

class TestManifestReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fieldTypeNames_data();
    void fieldTypeNames();
    void seedExampleParsesCleanly();
    void byteOrderMark();
    void invalidJsonReportsLineAndColumn_data();
    void invalidJsonReportsLineAndColumn();
    void emptyFileIsLegacy_data();
    void emptyFileIsLegacy();
    void topLevelMustBeObject_data();
    void topLevelMustBeObject();
    void missingFileIsLegacy();
    void readFolderReadsPluginJson();
    void readFileNamesItsOwnSource();
    void oversizeFileIsLegacy();
    void notARegularFileIsLegacy();
    void unreadableFileIsLegacy();
    void deepNestingDoesNotCrash();
    void metadataMustBeText_data();
    void metadataMustBeText();
    void nullMetadataIsAbsent();
    void helpUrlMustBeHttp_data();
    void helpUrlMustBeHttp();
    void unicodeTextRoundTrips();
    void repeatedKeysLastWins();
    void lenientJsonAsQtReadsIt();
    void numberTooSmallIsInvalid();
};

void TestManifestReader::fieldTypeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::newRow("boolean") << "boolean" << true << int(FieldType::Boolean);
    QTest::newRow("number") << "number" << true << int(FieldType::Number);
    QTest::newRow("string") << "string" << true << int(FieldType::String);
    QTest::newRow("text") << "text" << true << int(FieldType::Text);
    QTest::newRow("select") << "select" << true << int(FieldType::Select);
    QTest::newRow("info") << "info" << true << int(FieldType::Info);
    QTest::newRow("capitalised") << "Boolean" << false << 0;
    QTest::newRow("float") << "float" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void TestManifestReader::fieldTypeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, type);
    const std::optional<FieldType> parsed = fieldTypeFromString(name);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(int(*parsed), type);
        QCOMPARE(fieldTypeName(*parsed), name);
    }
}

void TestManifestReader::seedExampleParsesCleanly()
{
    // The manifest of the contract's Quick Start, verbatim.
    const PluginManifest m = ManifestReader::parse(R"({
  "name": "My Plugin",
  "version": "0.1.0",
  "description": "Does something useful",
  "author": "Acme Labs",
  "help_url": "https://example.com/docs/my-plugin",
  "fields": [
    { "id": "enabled", "label": "Enabled", "type": "boolean", "default": true },
    { "id": "limit", "label": "Item limit", "type": "number", "default": 5 },
    {
      "id": "mode",
      "label": "Mode",
      "type": "select",
      "default": "safe",
      "options": [
        { "value": "safe", "label": "Safe" },
        { "value": "fast", "label": "Fast" }
      ]
    },
    { "id": "note", "label": "Note", "type": "string", "default": "" }
  ],
  "actions": [
    {
      "id": "do_work",
      "label": "Do Work",
      "description": "Process items",
      "button_label": "Run Job",
      "button_variant": "filled",
      "button_color": "blue"
    }
  ]
})");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QVERIFY(m.present);
    QVERIFY(!m.isLegacy());
    QCOMPARE(m.name, QStringLiteral("My Plugin"));
    QCOMPARE(m.version, QStringLiteral("0.1.0"));
    QCOMPARE(m.description, QStringLiteral("Does something useful"));
    QCOMPARE(m.author, QStringLiteral("Acme Labs"));
    QCOMPARE(m.helpUrl, QStringLiteral("https://example.com/docs/my-plugin"));
    QCOMPARE(m.fields.size(), 4);
    QCOMPARE(m.fields[0].id, QStringLiteral("enabled"));
    QCOMPARE(m.fields[0].type, FieldType::Boolean);
    QCOMPARE(m.fields[0].defaultValue, QJsonValue(true));
    QCOMPARE(m.fields[1].type, FieldType::Number);
    QCOMPARE(m.fields[1].defaultValue.toDouble(), 5.0);
    QCOMPARE(m.fields[2].type, FieldType::Select);
    QCOMPARE(m.fields[2].options,
             (QList<SelectOption>{{QJsonValue(QStringLiteral("safe")), QStringLiteral("Safe")},
                                  {QJsonValue(QStringLiteral("fast")), QStringLiteral("Fast")}}));
    QCOMPARE(m.fields[3].defaultValue, QJsonValue(QString()));
    QVERIFY(m.fields[3].hasDefault()); // "" is a real default for a string
    QCOMPARE(m.actions.size(), 1);
    const ActionSpec &a = m.actions[0];
    QCOMPARE(a.id, QStringLiteral("do_work"));
    QCOMPARE(a.label, QStringLiteral("Do Work"));
    QCOMPARE(a.description, QStringLiteral("Process items"));
    QCOMPARE(a.buttonLabel, QStringLiteral("Run Job"));
    QCOMPARE(a.buttonVariant, QStringLiteral("filled"));
    QCOMPARE(a.buttonColor, QStringLiteral("blue"));
    QVERIFY(!a.confirm.has_value());
}

void TestManifestReader::byteOrderMark()
{
    const PluginManifest m = ManifestReader::parse("\xEF\xBB\xBF{\"name\": \"Bom\"}");
    QVERIFY(m.present);
    QCOMPARE(m.name, QStringLiteral("Bom"));
    QCOMPARE(lines(m.diagnostics), QStringList());

    // Positions are counted after the BOM, as an editor shows them.
    const PluginManifest bad = ManifestReader::parse("\xEF\xBB\xBF{,}");
    QVERIFY(!bad.present);
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics[0].source, QStringLiteral("plugin.json:1:2"));
}

void TestManifestReader::invalidJsonReportsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing comma between keys")
        << QByteArray("{\n  \"name\": \"x\"\n  \"version\": \"1\"\n}") << "3:3"
        << "an object is not closed, or a comma is missing";
    QTest::newRow("trailing comma in list") << QByteArray("{\"fields\": [1,]}") << "1:15"
                                            << "a value is missing after a comma";
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("{\"name\": \"h\xC3\xA9llo w\xC3\xB6rld\" \"x\": 1}") << "1:24"
        << "an object is not closed, or a comma is missing";
    QTest::newRow("bad literal on second line, tab is one column")
        << QByteArray("{\"name\": \"x\",\n\t\"version\": tru}") << "2:13"
        << "a value is not valid JSON";
    QTest::newRow("missing comma in list") << QByteArray("{\"a\": [1 2]}") << "1:10"
                                           << "a comma is missing";
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << "1:6"
                                   << "a colon is missing after a key";
    QTest::newRow("unterminated string at end") << QByteArray("{\"name\": \"abc") << "1:14"
                                                << "a string is not closed";
    QTest::newRow("garbage after document") << QByteArray("{}x") << "1:3"
                                            << "there is more text after the end of the document";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xFF\"}") << "1:8"
                                   << "a string is not valid UTF-8";
    QTest::newRow("windows line endings") << QByteArray("{\r\n\"a\": 1\r\n\"b\": 2\r\n}") << "3:1"
                                          << "an object is not closed, or a comma is missing";
}

void TestManifestReader::invalidJsonReportsLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, position);
    QFETCH(QString, reason);
    const PluginManifest m = ManifestReader::parse(json);
    QVERIFY(!m.present);
    QVERIFY(m.isLegacy());
    const QStringList at = position.split(QLatin1Char(':'));
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("E plugin.json:%1 | plugin.json is not valid JSON (%2) at "
                                        "line %3, column %4")
                             .arg(position, reason, at[0], at[1]) +
                         legacy});
    QVERIFY(m.fields.isEmpty());
    QVERIFY(m.rawJson.isEmpty());
    QVERIFY(m.rawObject().isEmpty());
}

void TestManifestReader::emptyFileIsLegacy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
}

void TestManifestReader::emptyFileIsLegacy()
{
    QFETCH(QByteArray, bytes);
    const PluginManifest m = ManifestReader::parse(bytes);
    QVERIFY(!m.present);
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("E plugin.json | plugin.json is empty") + legacy});
}

void TestManifestReader::topLevelMustBeObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("found");
    QTest::newRow("array") << QByteArray("[{\"name\": \"x\"}]") << "a list";
    QTest::newRow("string") << QByteArray("\"My Plugin\"") << "text";
    QTest::newRow("number") << QByteArray(" 42\n") << "a number";
    QTest::newRow("boolean") << QByteArray("true") << "a boolean";
    QTest::newRow("null") << QByteArray("null") << "null";
}

void TestManifestReader::topLevelMustBeObject()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, found);
    const PluginManifest m = ManifestReader::parse(json);
    QVERIFY(!m.present);
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("E plugin.json | plugin.json must hold a JSON object at "
                                        "the top level, not ") +
                         found + legacy});
}

void TestManifestReader::missingFileIsLegacy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PluginManifest m = ManifestReader::readFolder(dir.path());
    QVERIFY(!m.present);
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral(
                 "W plugin.json | No plugin.json: the plugin is listed as legacy; add a "
                 "plugin.json so Plugboard can show its name, settings and actions without "
                 "running its code.")});
}

void TestManifestReader::readFolderReadsPluginJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder =
        fixtures::makePlugin(dir.path(), QStringLiteral("demo"),
                             fixtures::manifest(QStringLiteral("Demo"), QStringLiteral("2.0")));
    const PluginManifest m = ManifestReader::readFolder(folder);
    QVERIFY(m.present);
    QCOMPARE(m.name, QStringLiteral("Demo"));
    QCOMPARE(m.version, QStringLiteral("2.0"));
    QCOMPARE(lines(m.diagnostics), QStringList());
}

void TestManifestReader::readFileNamesItsOwnSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.json"));
    QVERIFY(fixtures::writeFile(path, "{\"fields\": [1]}"));
    const PluginManifest m = ManifestReader::readFile(path);
    QVERIFY(m.present);
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("W other.json fields[0] | The entry fields[0] was skipped: "
                                        "it must be an object, not a number.")});
}

void TestManifestReader::oversizeFileIsLegacy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plugin.json"));

    // Valid JSON padded to exactly the limit is read…
    QByteArray json("{\"name\": \"Big\"}");
    json.append(QByteArray(ManifestReader::MaxManifestBytes - json.size(), ' '));
    QVERIFY(fixtures::writeFile(path, json));
    PluginManifest m = ManifestReader::readFolder(dir.path());
    QVERIFY(m.present);
    QCOMPARE(m.name, QStringLiteral("Big"));

    // …one byte more is refused without parsing, from a file and from bytes alike.
    json.append(' ');
    QVERIFY(fixtures::writeFile(path, json));
    m = ManifestReader::readFolder(dir.path());
    QVERIFY(!m.present);
    const QStringList expected{QStringLiteral("E plugin.json | plugin.json is 1048577 bytes, more "
                                              "than the 1048576 bytes Plugboard reads") +
                               legacy};
    QCOMPARE(lines(m.diagnostics), expected);
    QCOMPARE(lines(ManifestReader::parse(json).diagnostics), expected);
}

void TestManifestReader::notARegularFileIsLegacy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("plugin.json")));
    const PluginManifest m = ManifestReader::readFolder(dir.path());
    QVERIFY(!m.present);
    QCOMPARE(
        lines(m.diagnostics),
        QStringList{QStringLiteral("E plugin.json | plugin.json is not a regular file") + legacy});
#ifdef Q_OS_UNIX
    // A FIFO would block a naive reader forever.
    QTemporaryDir fifoDir;
    const QByteArray fifo = QFile::encodeName(fifoDir.filePath(QStringLiteral("plugin.json")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const PluginManifest f = ManifestReader::readFolder(fifoDir.path());
    QVERIFY(!f.present);
    QCOMPARE(lines(f.diagnostics), lines(m.diagnostics));
#endif
}

namespace {

// What readFile() must make of a plugin.json that exists but cannot be opened. Empty when it is
// right, else what is wrong: the forked child below reports it through a pipe.
QString unreadableVerdict(const QString &path)
{
    const PluginManifest m = ManifestReader::readFile(path);
    if (m.present)
        return QStringLiteral("the unreadable manifest counts as present");
    if (m.diagnostics.size() != 1)
        return QStringLiteral("%1 diagnostics instead of 1: %2")
            .arg(m.diagnostics.size())
            .arg(lines(m.diagnostics).join(QStringLiteral("; ")));
    const Diagnostic &d = m.diagnostics[0];
    if (d.severity != Diagnostic::Severity::Error)
        return QStringLiteral("not an error: ") + line(d);
    // The sentence names the file and the system's reason (not "missing", not "not a file").
    const QString expected =
        QStringLiteral("plugin.json could not be read (%1)").arg(qt_error_string(EACCES));
    if (!d.message.startsWith(expected))
        return QStringLiteral("expected a message starting \"%1\": %2").arg(expected, line(d));
    return {};
}

// Runs unreadableVerdict() in a child that has dropped to `uid`/`gid` with no supplementary
// groups: root reads any file, so only an unprivileged process meets a refused open(). Returns
// the child's report ("ok", or what went wrong).
QByteArray verdictAsUser(const QString &path, uid_t uid, gid_t gid)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return QByteArray("pipe() failed: ") + std::strerror(errno);
    const pid_t pid = ::fork();
    if (pid < 0)
        return QByteArray("fork() failed: ") + std::strerror(errno);
    if (pid == 0) {
        ::close(fds[0]);
        QByteArray report;
        const QByteArray name = QFile::encodeName(path);
        struct stat st;
        // Groups first: once the uid is dropped, setgroups() and setgid() are refused.
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
            report = QByteArray("could not drop to uid ") + QByteArray::number(uid) + ": " +
                     std::strerror(errno);
        } else if (::geteuid() != uid || ::setuid(0) == 0) {
            report = "still privileged after setuid()";
        } else if (::stat(name.constData(), &st) != 0) {
            // The reader would call this "missing", which is another test.
            report = QByteArray("precondition: the unprivileged user cannot reach the file: ") +
                     std::strerror(errno);
        } else if (const int fd = ::open(name.constData(), O_RDONLY); fd >= 0) {
            ::close(fd);
            report = "precondition: the unprivileged user can open the file";
        } else if (errno != EACCES) {
            report = QByteArray("precondition: open() failed otherwise: ") + std::strerror(errno);
        } else {
            const QString verdict = unreadableVerdict(path);
            report = verdict.isEmpty() ? QByteArray("ok") : verdict.toUtf8();
        }
        for (qsizetype done = 0; done < report.size();) {
            const ssize_t n =
                ::write(fds[1], report.constData() + done, size_t(report.size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        ::_exit(0); // no atexit handlers, no Qt Test output from the child
    }
    ::close(fds[1]);
    QByteArray report;
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n > 0)
            report.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return QByteArray("the child failed (status ") + QByteArray::number(status) +
               "): " + report;
    return report;
}

} // namespace

void TestManifestReader::unreadableFileIsLegacy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder stays reachable for everyone, so only the file's own mode refuses the read.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
    const QString path = dir.filePath(QStringLiteral("plugin.json"));
    QVERIFY(fixtures::writeFile(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    if (::geteuid() == 0) {
        // Root (CI) ignores the mode: read as nobody (65534) in a child process instead.
        const QByteArray report = verdictAsUser(path, 65534, 65534);
        QVERIFY2(report == "ok", report.constData());
        return;
    }
    QFile probe(path);
    QVERIFY2(!probe.open(QIODevice::ReadOnly),
             "this user reads a file of mode 000 without being root (a capability?)");
    const QString verdict = unreadableVerdict(path);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestManifestReader::deepNestingDoesNotCrash()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const PluginManifest m = ManifestReader::parse(deep);
    QVERIFY(!m.present);
    QCOMPARE(m.diagnostics.size(), 1);
    QVERIFY2(m.diagnostics[0].message.contains(QStringLiteral("nested too deeply")),
             qPrintable(m.diagnostics[0].message));

    // Deep but legal nesting inside an entry is kept raw and not walked.
    const QByteArray nested =
        "{\"fields\": [{\"id\": \"a\", \"type\": \"string\", \"x\": " + QByteArray(500, '[') +
        QByteArray(500, ']') + "}]}";
    const PluginManifest ok = ManifestReader::parse(nested);
    QVERIFY(ok.present);
    QCOMPARE(ok.fields.size(), 1);
    QVERIFY(ok.rawField(ok.fields[0].declaredIndex).value(QLatin1String("x")).isArray());
}

void TestManifestReader::metadataMustBeText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("found");
    QTest::newRow("name bool") << "name" << QByteArray("true") << "a boolean";
    QTest::newRow("version number") << "version" << QByteArray("1.2") << "a number";
    QTest::newRow("description object") << "description" << QByteArray("{}") << "an object";
    QTest::newRow("author list") << "author" << QByteArray("[\"a\"]") << "a list";
    QTest::newRow("help_url number") << "help_url" << QByteArray("0") << "a number";
}

void TestManifestReader::metadataMustBeText()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, found);
    const PluginManifest m = ManifestReader::parse("{\"" + key.toUtf8() + "\": " + value + "}");
    QVERIFY(m.present);
    QCOMPARE(lines(m.diagnostics),
             QStringList{QStringLiteral("W plugin.json | \"%1\" must be text, not %2; it was "
                                        "ignored.")
                             .arg(key, found)});
    QCOMPARE(m.name, QString());
    QCOMPARE(m.version, QString());
    QCOMPARE(m.description, QString());
    QCOMPARE(m.author, QString());
    QCOMPARE(m.helpUrl, QString());
}

void TestManifestReader::nullMetadataIsAbsent()
{
    const PluginManifest m = ManifestReader::parse(
        R"({"name": null, "version": null, "description": null, "author": null,
            "help_url": null, "fields": null, "actions": null})");
    QVERIFY(m.present);
    QCOMPARE(lines(m.diagnostics), QStringList());
    QVERIFY(m.name.isEmpty());
    QVERIFY(m.helpUrl.isEmpty());
    QVERIFY(m.fields.isEmpty());
    QVERIFY(m.actions.isEmpty());
}

void TestManifestReader::helpUrlMustBeHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("warned");
    QTest::newRow("https") << "https://example.com/docs" << false;
    QTest::newRow("http upper case") << "HTTP://example.com" << false;
    QTest::newRow("file") << "file:///etc/passwd" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << true;
    QTest::newRow("no scheme") << "example.com/docs" << true;
    QTest::newRow("empty") << "" << false;
}

void TestManifestReader::helpUrlMustBeHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, warned);
    const PluginManifest m = ManifestReader::parse(
        QJsonDocument(QJsonObject{{QStringLiteral("help_url"), url}}).toJson());
    QCOMPARE(m.helpUrl, url); // kept as written; the UI decides whether to open it
    QCOMPARE(lines(m.diagnostics),
             warned ? QStringList{QStringLiteral("W plugin.json | \"help_url\" \"%1\" is not an "
                                                 "http or https address; no Docs link is shown.")
                                      .arg(url)}
                    : QStringList());
}

void TestManifestReader::unicodeTextRoundTrips()
{
    const QString name = QStringLiteral("Plugboard 🔌 插件");
    const QString description =
        QStringLiteral("説明 — ünïcödé 🎛️ (Z͑ͫ) 👩‍👩‍👧");
    const QString fieldLabel = QStringLiteral("音量 🔊");
    const QString optionLabel = QStringLiteral("😀 はい");
    const QString actionLabel = QStringLiteral("実行 ▶️");
    const QString event = QStringLiteral("ストリーム🎬");
    const QByteArray json = QStringLiteral(
                                R"({"name": "%1", "description": "%2",
        "fields": [{"id": "vol", "type": "select", "label": "%3", "options": [{"value": "y", "label": "%4"}]}],
        "actions": [{"id": "go", "label": "%5", "events": ["%6"]}]})")
                                .arg(name, description, fieldLabel, optionLabel, actionLabel, event)
                                .toUtf8();
    // With and without BOM, the text comes back code point for code point.
    for (const QByteArray &bytes : {json, QByteArray("\xEF\xBB\xBF") + json}) {
        const PluginManifest m = ManifestReader::parse(bytes);
        QCOMPARE(lines(m.diagnostics), QStringList());
        QCOMPARE(m.name, name);
        QCOMPARE(m.description, description);
        QCOMPARE(m.fields[0].label, fieldLabel);
        QCOMPARE(m.fields[0].options[0].label, optionLabel);
        QCOMPARE(m.actions[0].label, actionLabel);
        QCOMPARE(m.actions[0].events, QStringList{event});
        QCOMPARE(m.fields[0].toJson().value(QLatin1String("label")).toString(), fieldLabel);
        QCOMPARE(m.actions[0].toJson().value(QLatin1String("label")).toString(), actionLabel);
    }

    // A long emoji id is shortened in messages without splitting a surrogate pair.
    Diagnostics d;
    const QString longId = QString(59, QLatin1Char('a')) + QStringLiteral("😀😀");
    ManifestReader::normaliseFields(
        QJsonArray{QJsonObject{{QStringLiteral("id"), longId}, {QStringLiteral("type"), 1}}},
        QStringLiteral("plugin.json"), d);
    QCOMPARE(d.size(), 1);
    QVERIFY(d[0].message.startsWith(QStringLiteral("Field \"") + QString(59, QLatin1Char('a')) +
                                    QChar(0x2026) + QLatin1Char('"')));
}

void TestManifestReader::repeatedKeysLastWins()
{
    // JSON leaves repeated keys open; Qt's parser kept the last value, and so does the reader.
    const PluginManifest m = ManifestReader::parse(R"({"name": "First", "name": "Last",
        "fields": [{"id": "a", "type": "number", "id": "b", "default": "x", "default": 3,
                    "label": 5, "label": "B"}],
        "fields": [{"id": "s", "type": "select", "options": [{"value": "v", "label": "V",
                    "value": "w"}], "default": "w"}],
        "actions": [{"id": "go", "label": "Go", "confirm": {"title": 1, "title": "Sure?"},
                     "button_color": "purple", "button_color": "red"}]})");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QCOMPARE(m.name, QStringLiteral("Last"));
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, QStringLiteral("s"));
    QCOMPARE(m.fields[0].options,
             (QList<SelectOption>{{QJsonValue(QStringLiteral("w")), QStringLiteral("V")}}));
    QCOMPARE(m.actions.size(), 1);
    QCOMPARE(m.actions[0].confirm->title, QStringLiteral("Sure?"));
    QCOMPARE(m.actions[0].buttonColor, QStringLiteral("red"));

    const PluginManifest f =
        withFields(R"([{"id": "a", "type": "number", "id": "b", "default": "x", "default": 3,
                        "label": 5, "label": "B"}])");
    QCOMPARE(lines(f.diagnostics), QStringList());
    QCOMPARE(f.fields[0].id, QStringLiteral("b"));
    QCOMPARE(f.fields[0].label, QStringLiteral("B"));
    QCOMPARE(f.fields[0].defaultValue, QJsonValue(3));
    // The raw object agrees.
    QCOMPARE(f.rawField(0).value(QLatin1String("id")).toString(), QStringLiteral("b"));
}

void TestManifestReader::lenientJsonAsQtReadsIt()
{
    // Qt's parser accepts a few things strict JSON parsers refuse: raw control characters in
    // strings, "1." and ".5", "\x" escapes, lone surrogates. A manifest that loaded before still
    // loads, with the same values.
    const PluginManifest m =
        ManifestReader::parse("{\"name\": \"tab\there\", \"version\": \"\\x31\","
                              " \"author\": \"\\ud83d\", \"fields\": [{\"id\": 1.,"
                              " \"type\": \"number\", \"default\": .5}]}");
    QCOMPARE(lines(m.diagnostics), QStringList());
    QVERIFY(m.present);
    QCOMPARE(m.name, QStringLiteral("tab\there"));
    QCOMPARE(m.version, QStringLiteral("x31")); // Qt drops the backslash
    QCOMPARE(m.author.size(), 1);               // one character stands for the lone surrogate
    QCOMPARE(m.fields.size(), 1);
    QCOMPARE(m.fields[0].id, QStringLiteral("1"));
    QCOMPARE(m.fields[0].defaultValue.toDouble(), 0.5);
    QCOMPARE(m.rawObject().value(QLatin1String("name")).toString(), QStringLiteral("tab\there"));

    // A bare scalar with a raw tab still names what the file holds.
    QCOMPARE(
        lines(ManifestReader::parse("\"a\tb\"").diagnostics),
        QStringList{QStringLiteral("E plugin.json | plugin.json must hold a JSON object at the "
                                   "top level, not text") +
                    legacy});
}

void TestManifestReader::numberTooSmallIsInvalid()
{
    // Qt refuses a number that rounds to zero though its digits are not; so does the reader,
    // with the position Qt gives. A real zero is fine.
    const PluginManifest m = ManifestReader::parse(R"({"fields": [], "x": 1e-400})");
    QVERIFY(!m.present);
    QCOMPARE(
        lines(m.diagnostics),
        QStringList{QStringLiteral("E plugin.json:1:27 | plugin.json is not valid JSON (a number "
                                   "is not valid) at line 1, column 27") +
                    legacy});
    QCOMPARE(lines(ManifestReader::parse("1e-400").diagnostics),
             QStringList{
                 QStringLiteral("E plugin.json:1:1 | plugin.json is not valid JSON (a value is not "
                                "valid JSON) at line 1, column 1") +
                 legacy});

    const PluginManifest zero = withFields(R"([{"id": 0.0, "type": "number", "default": -0.0,
                                                "min": 0e5, "max": 4.9e-324}])");
    QCOMPARE(lines(zero.diagnostics), QStringList());
    QCOMPARE(zero.fields[0].id, QStringLiteral("0"));
    QVERIFY(zero.fields[0].max && *zero.fields[0].max > 0);
}

QTEST_GUILESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
