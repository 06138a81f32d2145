// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REST router: patterns with captures, optional trailing slash, percent-decoding per
// segment, and the 404/405 distinction.
#include "api/apirouter.h"
#include "api/httpserver.h"

#include <QTest>

using namespace plugboard;

class TestApiRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesAndCaptures();
    void methodNotAllowedListsTheOthers();
    void literalRoutesWinOverCaptures();

private:
    ApiRouter router()
    {
        ApiRouter r;
        const auto noop = [](const HttpRequest &, const QStringList &, HttpResponder) {
        };
        r.add("GET", "/api/plugins/plugins/", noop);
        r.add("POST", "/api/plugins/plugins/reload/", noop);
        r.add("GET", "/api/plugins/plugins/<key>/", noop);
        r.add("POST", "/api/plugins/plugins/<key>/run/", noop);
        r.add("DELETE", "/api/plugins/plugins/<key>/delete/", noop);
        return r;
    }
};

void TestApiRouter::matchesAndCaptures()
{
    const ApiRouter r = router();
    ApiRouter::Lookup hit = r.find("POST", "/api/plugins/plugins/epg_fixer/run/");
    QVERIFY(hit.route);
    QCOMPARE(hit.captures, QStringList{"epg_fixer"});
    QVERIFY(r.find("POST", "/api/plugins/plugins/epg_fixer/run").route); // no trailing slash
    // Segments are decoded one by one, so an encoded slash stays inside its segment.
    hit = r.find("GET", "/api/plugins/plugins/My%20Plugin%2Fx%C3%A9/");
    QVERIFY(hit.route);
    QCOMPARE(hit.captures, QStringList{QStringLiteral("My Plugin/xé")});
    QVERIFY(!r.find("GET", "/api/plugins/plugins//").route);
    QVERIFY(!r.find("GET", "/api/plugins/plugins/a/b/c/").route);
    QVERIFY(r.find("GET", "/api/plugins/other/").allowed.isEmpty());
}

void TestApiRouter::methodNotAllowedListsTheOthers()
{
    const ApiRouter::Lookup miss = router().find("PUT", "/api/plugins/plugins/x/");
    QVERIFY(!miss.route);
    QCOMPARE(miss.allowed, QByteArrayList{"GET"});
    QCOMPARE(router().find("GET", "/api/plugins/plugins/x/delete/").allowed,
             QByteArrayList{"DELETE"});
}

void TestApiRouter::literalRoutesWinOverCaptures()
{
    const ApiRouter r = router();
    const ApiRouter::Lookup reload = r.find("POST", "/api/plugins/plugins/reload/");
    QVERIFY(reload.route);
    QCOMPARE(reload.route->pattern, QStringLiteral("/api/plugins/plugins/reload/"));
    // GET of the same path reads as a plugin key.
    const ApiRouter::Lookup get = r.find("GET", "/api/plugins/plugins/reload/");
    QVERIFY(get.route);
    QCOMPARE(get.captures, QStringList{"reload"});
}

QTEST_GUILESS_MAIN(TestApiRouter)
#include "tst_apirouter.moc"
