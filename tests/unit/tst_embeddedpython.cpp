// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedPythonRuntime: loading (SPEC §4), results (§7), logs and the host module (§14),
// against real CPython and real plugin files.
#include "helpers/pythonharness.h"

#include <QDirIterator>
#include <QJsonArray>

using namespace plugboard;
using harness::RuntimeHarness;

class TestEmbeddedPython : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void runsWithContext();
    void loadFailures_data();
    void loadFailures();
    void readsClassAttributes();
    void runFailures_data();
    void runFailures();
    void resultConversions_data();
    void resultConversions();
    void relativeImportsOfSiblings();
    void packageEntryWithRelativeImports();
    void pluginsKeepTheirOwnUtils();
    void aliasRule();
    void isolatedInterpreter();
    void writesNoPycache();
    void unloadRemovesModules();
    void unknownPluginFails();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RuntimeHarness> m_h;
};

void TestEmbeddedPython::initTestCase()
{
    // Lazy start: nothing Python happens until the first load.
    QVERIFY(!EmbeddedPythonRuntime::isStarted());
    QTemporaryDir dir;
    {
        RuntimeHarness h(dir.path());
        QVERIFY(!EmbeddedPythonRuntime::isStarted());
        h.plugin(QStringLiteral("first"), "class Plugin:\n    def run(self, a, p, c):\n"
                                          "        return {'status': 'ok'}\n");
        QVERIFY(!EmbeddedPythonRuntime::isStarted());
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = h.load(QStringLiteral("first"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(EmbeddedPythonRuntime::isStarted());
        qInfo("interpreter start + first load: %.1f ms (load itself %.2f ms)",
              timer.nsecsElapsed() / 1e6, r.loadMs);
    }
}

void TestEmbeddedPython::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_h = std::make_unique<RuntimeHarness>(m_dir->path());
}

void TestEmbeddedPython::cleanup()
{
    m_h.reset();
    m_dir.reset();
}

void TestEmbeddedPython::runsWithContext()
{
    m_h->plugin(QStringLiteral("ctx"), R"PY(
import os
class Plugin:
    def run(self, action, params, context):
        s = context["settings"]
        return {
            "status": "ok",
            "action": action,
            "params": params,
            "limit_is_int": isinstance(s["limit"], int),
            "ratio_is_float": isinstance(s["ratio"], float),
            "key": context["plugin_key"],
            "data_dir": context["data_dir"],
            "data_dir_exists": os.path.isdir(context["data_dir"]),
            "actions": sorted(context["actions"]),
            "logger": context["logger"].name,
            "propagate": context["logger"].propagate,
            "job_id": context["job"].id,
            "cancelled": context["job"].cancelled(),
        }
)PY");
    const LoadResult loaded = m_h->load(QStringLiteral("ctx"));
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(m_h->runtime->isLoaded(QStringLiteral("ctx")));
    RunRequest req;
    req.jobId = nextJobId();
    req.key = QStringLiteral("ctx");
    req.action = QStringLiteral("do_work");
    req.params = QJsonObject{{"n", 3}};
    req.settings = QJsonObject{{"limit", 5}, {"ratio", 0.5}};
    req.actions = QJsonObject{{"do_work", QJsonObject{{"label", "Do"}}}};
    m_h->runtime->run(req);
    QVERIFY(m_h->wait(req.jobId));
    const JobResult r = m_h->finished.value(req.jobId);
    QCOMPARE(outcomeName(r.outcome), QStringLiteral("ok"));
    QCOMPARE(r.result.value("action").toString(), QStringLiteral("do_work"));
    QCOMPARE(r.result.value("params").toObject().value("n").toInt(), 3);
    QVERIFY(r.result.value("limit_is_int").toBool());
    QVERIFY(r.result.value("ratio_is_float").toBool());
    QCOMPARE(r.result.value("key").toString(), QStringLiteral("ctx"));
    QCOMPARE(r.result.value("data_dir").toString(), m_h->request("ctx").dataDir);
    QVERIFY(r.result.value("data_dir_exists").toBool());
    QCOMPARE(r.result.value("actions").toArray(), QJsonArray{"do_work"});
    QCOMPARE(r.result.value("logger").toString(), QStringLiteral("plugboard.plugin.ctx"));
    QCOMPARE(r.result.value("propagate").toBool(true), false);
    QCOMPARE(quint64(r.result.value("job_id").toInteger()), req.jobId);
    QVERIFY(m_h->started.contains(req.jobId));
    QVERIFY(r.startedAtMs > 0 && r.finishedAtMs >= r.startedAtMs);
}

void TestEmbeddedPython::loadFailures_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<bool>("traceback");
    QTest::newRow("raises in Plugin()")
        << QByteArray("class Plugin:\n    def __init__(self):\n        raise ValueError('nope')\n"
                      "    def run(self, a, p, c): pass\n")
        << "while creating the Plugin instance: ValueError: nope" << true;
    QTest::newRow("syntax error") << QByteArray("class Plugin:\n    def run(self, a, p, c)\n")
                                  << "syntax error in plugin.py at line 2" << true;
    QTest::newRow("imports apps.channels.models")
        << QByteArray("from apps.channels.models import Channel\nclass Plugin:\n"
                      "    def run(self, a, p, c): pass\n")
        << "needs Dispatcharr's server modules (it imports 'apps')" << true;
    QTest::newRow("imports django")
        << QByteArray("import django.db\nclass Plugin:\n    def run(self, a, p, c): pass\n")
        << "which a desktop host does not have" << true;
    QTest::newRow("no Plugin class")
        << QByteArray("x = 1\n") << "plugin.py does not define a Plugin class." << false;
    QTest::newRow("no run method") << QByteArray("class Plugin:\n    pass\n")
                                   << "has no run(action, params, context) method" << false;
    QTest::newRow("missing module") << QByteArray("import no_such_module_xyz\n")
                                    << "needs the Python module 'no_such_module_xyz', which "
                                       "Plugboard's Python does not have."
                                    << true;
    // A module Debian packages: which package to install (python3-levenshtein is not part of
    // the environment scripts/setup installs).
    QTest::newRow("missing module Debian has")
        << QByteArray("import Levenshtein\nclass Plugin:\n    def run(self, a, p, c): pass\n")
        << "Install the Debian package python3-levenshtein (sudo apt install "
           "python3-levenshtein)"
        << true;
    // Dispatcharr's task queue lives in its server.
    QTest::newRow("imports celery")
        << QByteArray("from celery import shared_task\nclass Plugin:\n"
                      "    def run(self, a, p, c): pass\n")
        << "needs Dispatcharr's server modules (it imports 'celery')" << true;
    QTest::newRow("a failed import inside the stdlib is no missing module")
        << QByteArray("import os\nimport os.nonexistent_child\n") << "ModuleNotFoundError" << true;
    QTest::newRow("sys.exit at import")
        << QByteArray("import sys\nsys.exit(3)\n") << "sys.exit(3)" << true;
}

void TestEmbeddedPython::loadFailures()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, sentence);
    QFETCH(bool, traceback);
    m_h->plugin(QStringLiteral("bad"), code);
    const LoadResult r = m_h->load(QStringLiteral("bad"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(sentence), qPrintable(r.error));
    QCOMPARE(!r.traceback.isEmpty(), traceback);
    QVERIFY(!m_h->runtime->isLoaded(QStringLiteral("bad")));
    const JobResult run = m_h->call(QStringLiteral("bad"), QStringLiteral("x"));
    QCOMPARE(run.outcome, JobResult::Outcome::Failed);
    // The failed module is gone: fixing the file and loading again works.
    m_h->plugin(QStringLiteral("bad"), "class Plugin:\n    def run(self, a, p, c):\n"
                                       "        return 7\n");
    const LoadResult fixed = m_h->load(QStringLiteral("bad"));
    QVERIFY2(fixed.ok, qPrintable(fixed.error));
    QCOMPARE(m_h->call(QStringLiteral("bad"), QStringLiteral("x")).result.value("result").toInt(),
             7);
}

void TestEmbeddedPython::readsClassAttributes()
{
    m_h->plugin(QStringLiteral("attrs"), R"PY(
class Plugin:
    name = "Attr Plugin"
    version = 2
    description = "Described"
    author = "Someone"
    help_url = "https://example.com"
    fields = [{"id": "limit", "type": "number", "default": 5}, {"label": "no id"}]
    actions = [{"id": "go", "label": "Go"}, {"id": "stop", "label": "Stop"}]
    def run(self, a, p, c):
        return {}
)PY");
    const LoadResult r = m_h->load(QStringLiteral("attrs"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.name, QStringLiteral("Attr Plugin"));
    QVERIFY(r.version.isEmpty()); // not a string: ignored with a diagnostic
    QCOMPARE(r.description, QStringLiteral("Described"));
    QCOMPARE(r.author, QStringLiteral("Someone"));
    QCOMPARE(r.helpUrl, QStringLiteral("https://example.com"));
    QCOMPARE(r.fields.size(), 1);
    QCOMPARE(r.fields.first().id, QStringLiteral("limit"));
    QVERIFY(r.fieldsDeclared);
    QCOMPARE(r.actions.size(), 2);
    QVERIFY(r.actionsDeclared);
    QVERIFY(!r.hasStop);
    QVERIFY(r.diagnostics.size() >= 2); // version type + the field without id
    bool versionNoted = false;
    for (const Diagnostic &d : r.diagnostics)
        versionNoted = versionNoted || d.message.contains(QStringLiteral("Plugin.version"));
    QVERIFY(versionNoted);
}

void TestEmbeddedPython::runFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("raises") << QByteArray("raise ValueError('bad input')")
                            << "The plugin raised an error in run: ValueError: bad input";
    QTest::newRow("sys.exit") << QByteArray("import sys; sys.exit(2)") << "sys.exit(2)";
    QTest::newRow("KeyboardInterrupt")
        << QByteArray("raise KeyboardInterrupt") << "KeyboardInterrupt";
    QTest::newRow("recursion") << QByteArray("def f(n): return f(n + 1)\n        f(0)")
                               << "recursed too deeply";
    QTest::newRow("needs Dispatcharr in run")
        << QByteArray("from apps.m3u.tasks import refresh_m3u_accounts")
        << "needs Dispatcharr's server modules";
}

void TestEmbeddedPython::runFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sentence);
    m_h->plugin(QStringLiteral("fails"),
                "class Plugin:\n    def run(self, action, params, context):\n        " + body +
                    "\n");
    QVERIFY(m_h->load(QStringLiteral("fails")).ok);
    const JobResult r = m_h->call(QStringLiteral("fails"), QStringLiteral("go"));
    QCOMPARE(outcomeName(r.outcome), QStringLiteral("error"));
    QVERIFY2(r.message.contains(sentence), qPrintable(r.message));
    QVERIFY(r.traceback.contains(QStringLiteral("Traceback")));
    // The process and the plugin survive: the next run works.
    QVERIFY(m_h->runtime->isLoaded(QStringLiteral("fails")));
}

void TestEmbeddedPython::resultConversions_data()
{
    QTest::addColumn<QByteArray>("expr");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QJsonValue>("expected"); // result["result"], or Undefined: not compared
    QTest::addColumn<int>("diagnostics");
    QTest::newRow("set") << QByteArray("{3, 1, 2}") << "ok" << QJsonValue(QJsonArray{1, 2, 3}) << 1;
    QTest::newRow("bytes") << QByteArray("b'hi'") << "ok" << QJsonValue("aGk=") << 1;
    QTest::newRow("NaN") << QByteArray("float('nan')") << "ok" << QJsonValue(QJsonValue::Null) << 1;
    QTest::newRow("object") << QByteArray("Thing()") << "ok" << QJsonValue("<Thing>") << 1;
    QTest::newRow("None") << QByteArray("None") << "ok" << QJsonValue(QJsonValue::Null) << 0;
    QTest::newRow("list") << QByteArray("[1, 'a', (2, 3)]") << "ok"
                          << QJsonValue(QJsonArray{1, "a", QJsonArray{2, 3}}) << 0;
    QTest::newRow("nested oddities") << QByteArray("{'s': {1}, 'n': float('inf'), 1: b'x'}") << "ok"
                                     << QJsonValue(QJsonValue::Undefined) << 3;
    QTest::newRow("status error") << QByteArray("{'status': 'error', 'message': 'no luck'}")
                                  << "error" << QJsonValue(QJsonValue::Undefined) << 0;
    QTest::newRow("status failed")
        << QByteArray("{'status': 'failed'}") << "error" << QJsonValue(QJsonValue::Undefined) << 0;
    QTest::newRow("success false")
        << QByteArray("{'success': False}") << "error" << QJsonValue(QJsonValue::Undefined) << 0;
}

void TestEmbeddedPython::resultConversions()
{
    QFETCH(QByteArray, expr);
    QFETCH(QString, outcome);
    QFETCH(QJsonValue, expected);
    QFETCH(int, diagnostics);
    m_h->plugin(QStringLiteral("conv"), "class Thing:\n    def __repr__(self): return '<Thing>'\n"
                                        "class Plugin:\n    def run(self, a, p, c):\n"
                                        "        return " +
                                            expr + "\n");
    QVERIFY(m_h->load(QStringLiteral("conv")).ok);
    const JobResult r = m_h->call(QStringLiteral("conv"), QStringLiteral("go"));
    QCOMPARE(outcomeName(r.outcome), outcome);
    if (!expected.isUndefined()) {
        QCOMPARE(r.result.value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.result.value("result"), expected);
    }
    QCOMPARE(r.diagnostics.size(), diagnostics);
    if (outcome == QLatin1String("error"))
        QVERIFY(!r.message.isEmpty());
}

void TestEmbeddedPython::relativeImportsOfSiblings()
{
    m_h->write(QStringLiteral("rel"),
               {{"plugin.py", "from .utils import helper\nfrom . import other\n"
                              "class Plugin:\n    def run(self, a, p, c):\n"
                              "        return {'v': helper() + other.VALUE}\n"},
                {"utils.py", "def helper():\n    return 40\n"},
                {"other.py", "VALUE = 2\n"}});
    const LoadResult r = m_h->load(QStringLiteral("rel"));
    QVERIFY2(r.ok, qPrintable(r.error + r.traceback));
    QCOMPARE(m_h->call(QStringLiteral("rel"), QStringLiteral("go")).result.value("v").toInt(), 42);
}

void TestEmbeddedPython::packageEntryWithRelativeImports()
{
    m_h->write(QStringLiteral("pkg"),
               {{"__init__.py", "from .impl import Plugin\n"},
                {"impl.py", "from .utils import N\nclass Plugin:\n    def run(self, a, p, c):\n"
                            "        return {'n': N, 'mod': __name__}\n"},
                {"utils.py", "N = 5\n"}});
    const LoadResult r = m_h->load(QStringLiteral("pkg"), QStringLiteral("__init__.py"));
    QVERIFY2(r.ok, qPrintable(r.error + r.traceback));
    const JobResult run = m_h->call(QStringLiteral("pkg"), QStringLiteral("go"));
    QCOMPARE(run.result.value("n").toInt(), 5);
    QCOMPARE(run.result.value("mod").toString(), QStringLiteral("_plugboard_plugin_pkg.impl"));
}

void TestEmbeddedPython::pluginsKeepTheirOwnUtils()
{
    for (const char *name : {"one", "two"}) {
        m_h->write(QString::fromLatin1(name),
                   {{"plugin.py", "from .utils import WHO\nimport sys\nclass Plugin:\n"
                                  "    def run(self, a, p, c):\n"
                                  "        return {'who': WHO, 'utils_on_path': 'utils' in "
                                  "sys.modules}\n"},
                    {"utils.py", QByteArray("WHO = '") + name + "'\n"}});
        QVERIFY(m_h->load(QString::fromLatin1(name)).ok);
    }
    const JobResult one = m_h->call(QStringLiteral("one"), QStringLiteral("go"));
    const JobResult two = m_h->call(QStringLiteral("two"), QStringLiteral("go"));
    QCOMPARE(one.result.value("who").toString(), QStringLiteral("one"));
    QCOMPARE(two.result.value("who").toString(), QStringLiteral("two"));
    QVERIFY(!one.result.value("utils_on_path").toBool());
}

void TestEmbeddedPython::aliasRule()
{
    const QByteArray probe = "import sys, json\nclass Plugin:\n    def run(self, a, p, c):\n"
                             "        m = sys.modules.get(p['name'])\n"
                             "        return {'aliased': m is sys.modules[__name__],\n"
                             "                'json_ok': hasattr(sys.modules['json'], 'dumps'),\n"
                             "                'pkg': __name__}\n";
    for (const char *folder : {"json", "my_alias_plugin", "a-b", "a_b", "has space"})
        m_h->plugin(QString::fromLatin1(folder), probe);
    for (const char *folder : {"json", "my_alias_plugin", "a-b", "a_b", "has space"})
        QVERIFY2(m_h->load(QString::fromLatin1(folder)).ok, folder);
    auto aliased = [&](const QString &key, const QString &name) {
        return m_h->call(key, QStringLiteral("go"), QJsonObject{{"name", name}}).result;
    };
    const QJsonObject json = aliased(QStringLiteral("json"), QStringLiteral("json"));
    QVERIFY(!json.value("aliased").toBool()); // stdlib name: no alias
    QVERIFY(json.value("json_ok").toBool());
    QVERIFY(aliased(QStringLiteral("my_alias_plugin"), QStringLiteral("my_alias_plugin"))
                .value("aliased")
                .toBool());
    const QString dash =
        aliased(QStringLiteral("a-b"), QStringLiteral("a-b")).value("pkg").toString();
    const QString under =
        aliased(QStringLiteral("a_b"), QStringLiteral("a_b")).value("pkg").toString();
    QVERIFY(dash != under);
    QVERIFY(dash.startsWith(QStringLiteral("_plugboard_plugin_")));
    QVERIFY(!aliased(QStringLiteral("has_space"), QStringLiteral("has space"))
                 .value("aliased")
                 .toBool());
}

void TestEmbeddedPython::isolatedInterpreter()
{
    m_h->plugin(QStringLiteral("iso"), R"PY(
import os, sys, threading
class Plugin:
    def run(self, a, p, c):
        return {"cwd_on_path": "" in sys.path or os.getcwd() in sys.path,
                "isolated": sys.flags.isolated, "no_bytecode": sys.dont_write_bytecode,
                "ignore_env": sys.flags.ignore_environment,
                "prefix": sys.base_prefix, "main": threading.current_thread() is threading.main_thread(),
                "main_is_process": threading.main_thread().native_id == os.getpid()}
)PY");
    QVERIFY(m_h->load(QStringLiteral("iso")).ok);
    const QJsonObject r = m_h->call(QStringLiteral("iso"), QStringLiteral("go")).result;
    QVERIFY(!r.value("cwd_on_path").toBool());
    QCOMPARE(r.value("isolated").toInt(), 1);
    QVERIFY(r.value("no_bytecode").toBool());
    QCOMPARE(r.value("ignore_env").toInt(), 1);
    QCOMPARE(r.value("prefix").toString(), QStringLiteral("/usr"));
    QVERIFY(!r.value("main").toBool());           // plugin code never runs on the main thread
    QVERIFY(r.value("main_is_process").toBool()); // Python's idea of "main" is the real one
}

void TestEmbeddedPython::writesNoPycache()
{
    const QString folder = m_h->write(
        QStringLiteral("nocache"),
        {{"plugin.py", "from . import helper\nclass Plugin:\n    def run(self, a, p, c):\n"
                       "        return helper.X\n"},
         {"helper.py", "X = 1\n"}});
    QVERIFY(m_h->load(QStringLiteral("nocache")).ok);
    QCOMPARE(m_h->call(QStringLiteral("nocache"), QStringLiteral("go")).outcome,
             JobResult::Outcome::Ok);
    QDirIterator it(folder, {QStringLiteral("__pycache__"), QStringLiteral("*.pyc")},
                    QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
}

void TestEmbeddedPython::unloadRemovesModules()
{
    m_h->write(QStringLiteral("gone_plugin"),
               {{"plugin.py", "from . import utils\nclass Plugin:\n"
                              "    def run(self, a, p, c): return {}\n"},
                {"utils.py", ""}});
    m_h->plugin(QStringLiteral("watcher"),
                "import sys\nclass Plugin:\n    def run(self, a, p, c):\n"
                "        return {'mods': sorted(m for m in sys.modules if 'gone' in m)}\n");
    QVERIFY(m_h->load(QStringLiteral("gone_plugin")).ok);
    QVERIFY(m_h->load(QStringLiteral("watcher")).ok);
    const QJsonArray before =
        m_h->call(QStringLiteral("watcher"), QStringLiteral("go")).result.value("mods").toArray();
    QCOMPARE(before.size(), 3); // package, its utils, the folder-name alias
    m_h->runtime->unload(QStringLiteral("gone_plugin"), StopReason::Disable);
    QVERIFY(!m_h->runtime->isLoaded(QStringLiteral("gone_plugin")));
    QTRY_VERIFY_WITH_TIMEOUT(m_h->unloaded.contains(QStringLiteral("gone_plugin")), 20000);
    const QJsonArray after =
        m_h->call(QStringLiteral("watcher"), QStringLiteral("go")).result.value("mods").toArray();
    QVERIFY2(after.isEmpty(), qPrintable(QString::number(after.size())));
}

void TestEmbeddedPython::unknownPluginFails()
{
    const JobResult r = m_h->call(QStringLiteral("nobody"), QStringLiteral("go"));
    QCOMPARE(r.outcome, JobResult::Outcome::Failed);
    QVERIFY(r.message.contains(QStringLiteral("not loaded")));
    QVERIFY(!m_h->runtime->cancel(123456789));
}

QTEST_GUILESS_MAIN(TestEmbeddedPython)
#include "tst_embeddedpython.moc"
