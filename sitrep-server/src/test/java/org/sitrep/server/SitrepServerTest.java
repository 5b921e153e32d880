package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Incident;
import org.sitrep.server.internal.Views;

class SitrepServerTest {
    static final String TOKEN = "test-token-0123456789";
    static final AtomicReference<String> SEEN = new AtomicReference<>();
    static MemoryStore store;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.store(60, 7);
        ArticleSink sink = (body, type) -> {
            if (body.strip().equals("garbage")) throw new IllegalArgumentException("line 1: not JSON");
            SEEN.set(type + ":" + body);
            return Map.of("accepted", body.lines().count(), "problems", List.of());
        };
        server = SitrepServer.start(store, ServerOptions.defaults().withPort(0).withToken(TOKEN).withSink(sink)
                .withMaxBodyBytes(4096));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = Http.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("type").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).contains(detailPart);
    }

    @Test
    void start_defaults_bindLoopbackOnly() {
        assertThat(ServerOptions.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServerOptions.defaults().port()).isEqualTo(8080);
        assertThat(server.port()).isPositive();
        assertThatThrownBy(() -> ServerOptions.defaults().withPort(70_000)).hasMessageContaining("70000");
        assertThat(ServerOptions.defaults().withToken("secret-secret").toString()).doesNotContain("secret-secret");
    }

    @Test
    void incidents_pagedWithCursor_returnsEveryIncidentOnceNewestFirst() {
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Http.json(http.get("/api/incidents?limit=7" + (cursor == null ? "" : "&cursor=" + Http.enc(cursor))));
            page.get("items").forEach(i -> {
                ids.add(i.get("id").asText());
                dates.add(i.get("date").asText());
            });
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(ids).hasSize((int) store.incidentCount()).doesNotHaveDuplicates();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(dates.get(0)).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void incidents_defaultLimit_is50WithSummaryFields() {
        JsonNode page = Http.json(http.get("/api/incidents"));
        assertThat(page.get("items")).hasSize(50);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(Fixtures.HOSTILE_ID);
        JsonNode second = page.get("items").get(1);
        assertThat(second.get("killed").isInt()).isTrue();
        assertThat(second.get("place").get("name").asText()).isNotBlank();
        assertThat(second.get("independentSources").asInt()).isPositive();
    }

    @Test
    void incidents_filters_narrowTheList() {
        JsonNode kharkiv = Http.json(http.get("/api/incidents?place=kharkiv&limit=500"));
        assertThat(kharkiv.get("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("place").get("name").asText()).isEqualTo("Kharkiv"));
        JsonNode killed = Http.json(http.get("/api/incidents?min_killed=10&limit=500"));
        assertThat(killed.get("items")).isNotEmpty().allSatisfy(i -> assertThat(i.get("killed").asInt()).isGreaterThanOrEqualTo(10));
        JsonNode injured = Http.json(http.get("/api/incidents?min_injured=25&limit=500"));
        assertThat(injured.get("items")).allSatisfy(i -> assertThat(i.get("injured").asInt()).isGreaterThanOrEqualTo(25));
        JsonNode range = Http.json(http.get("/api/incidents?from=2024-06-20&to=2024-06-25&limit=500"));
        assertThat(range.get("items")).isNotEmpty().allSatisfy(i -> assertThat(LocalDate.parse(i.get("date").asText()))
                .isBetween(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 25)));
        JsonNode type = Http.json(http.get("/api/incidents?limit=500&type=" + Http.enc("Battles")));
        assertThat(type.get("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("eventType").asText()).startsWith("Battles|"));
        JsonNode box = Http.json(http.get("/api/incidents?limit=500&bbox=22,44,41,53"));
        assertThat(box.get("items")).isNotEmpty().allSatisfy(i -> assertThat(i.get("place").get("country").asText()).isEqualTo("UA"));
        JsonNode text = Http.json(http.get("/api/incidents?limit=500&q=drone+market"));
        assertThat(text.get("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("eventType").asText()).contains("Air/drone strike"));
    }

    @Test
    void incidents_badParameters_problemNamesParameterAndValue() {
        assertProblem(http.get("/api/incidents?from=2022-13-01"), 400, "from: '2022-13-01' is not a date (YYYY-MM-DD)");
        assertProblem(http.get("/api/incidents?to=yesterday"), 400, "to: 'yesterday' is not a date");
        assertProblem(http.get("/api/incidents?from=2024-02-01&to=2024-01-01"), 400, "is after to");
        assertProblem(http.get("/api/incidents?limit=0"), 400, "limit: must be 1..500, got 0");
        assertProblem(http.get("/api/incidents?limit=501"), 400, "limit: must be 1..500");
        assertProblem(http.get("/api/incidents?limit=ten"), 400, "limit: 'ten' is not a whole number");
        assertProblem(http.get("/api/incidents?min_killed=-1"), 400, "min_killed: must not be negative");
        assertProblem(http.get("/api/incidents?bbox=1,2,3"), 400, "bbox: '1,2,3' needs 4 numbers");
        assertProblem(http.get("/api/incidents?bbox=1,2,x,4"), 400, "bbox: 'x' is not a number");
        assertProblem(http.get("/api/incidents?bbox=10,2,3,4"), 400, "min must not exceed max");
        assertProblem(http.get("/api/incidents?min_kiled=3"), 400, "unknown parameter 'min_kiled'");
        assertProblem(http.get("/api/incidents?cursor=no-such-incident"), 400, "no-such-incident");
        assertProblem(http.get("/api/incidents?sort=deadliest"), 400,
                "sort: 'deadliest' is not an order; known: newest, oldest, killed, injured, articles, updated");
        assertThat(http.get("/api/incidents?sort=KILLED").statusCode()).isEqualTo(200);
        assertProblem(http.get("/api/export?format=csv&sort=x"), 400, "sort: 'x' is not an order");
    }

    @Test
    void incident_byIdOrAlias_returnsEvidenceGroupsAndHistory() {
        JsonNode d = Http.json(http.get("/api/incidents/old-inc-00003"));
        assertThat(d.get("id").asText()).isEqualTo("inc-00003");
        assertThat(d.get("aliases").get(0).asText()).isEqualTo("old-inc-00003");
        assertThat(d.get("headline").asText()).contains("killed");
        assertThat(d.get("best").get("killed").get("value").asInt()).isPositive();
        assertThat(d.get("best").get("killed").get("evidence").get("sentence").asText()).contains("killed");
        List<String> asOf = new ArrayList<>();
        d.get("history").forEach(f -> asOf.add(f.get("asOf").asText()));
        assertThat(asOf).isNotEmpty().isSorted();
        assertThat(d.get("history").get(0).get("articleTitle").asText()).isNotBlank();
        assertThat(d.get("facts")).anySatisfy(f -> assertThat(f.get("kind").asText()).isEqualTo("weapon"));
        assertThat(d.get("claims")).isNotEmpty().allSatisfy(f -> assertThat(f.get("kind").asText()).isEqualTo("claim"));
        // incident 3 has a wire copy: its first two articles form one duplicate group
        JsonNode groups = d.get("groups");
        assertThat(groups.get(0).get("members")).hasSize(2);
        assertThat(groups.get(0).get("members").get(1).get("duplicateKind").asText()).isEqualTo("exact");
        assertThat(groups.size()).isEqualTo(d.get("independentSources").asInt());
        assertThat(groups.get(0).get("members").get(0).get("url").asText()).startsWith("https://");
        assertThat(d.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void incident_history_mergesAndSplitsSeenFromBothSides() {
        JsonNode h = Http.json(http.get("/api/incidents/old-inc-00003")).get("incidentHistory");
        assertThat(h.get("mergedFrom")).hasSize(1);
        JsonNode merge = h.get("mergedFrom").get(0);
        assertThat(merge.get("incident").asText()).isEqualTo("old-inc-00003");
        assertThat(merge.get("current").asText()).isEqualTo("inc-00003");
        assertThat(merge.get("articleId").asText()).isEqualTo("art-00003-1");
        assertThat(merge.get("articleTitle").asText()).isEqualTo(store.article("art-00003-1").orElseThrow().title());
        assertThat(merge.get("at").asText()).isEqualTo("2024-06-30T09:30:00Z");
        assertThat(merge.get("reasons")).isEmpty();
        assertThat(h.get("splitInto")).hasSize(1);
        JsonNode split = h.get("splitInto").get(0);
        assertThat(split.get("incident").asText()).isEqualTo("inc-00004");
        assertThat(split.get("current").asText()).isEqualTo("inc-00004");
        assertThat(split.get("reasons")).extracting(JsonNode::asText).containsExactly("day_gap", "place_mismatch");
        assertThat(split.get("moved")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(store.incident("inc-00004").orElseThrow().articleIds());
        assertThat(h.get("mergedInto")).isEmpty();
        assertThat(h.get("splitFrom")).isEmpty();

        JsonNode child = Http.json(http.get("/api/incidents/inc-00004")).get("incidentHistory");
        assertThat(child.get("splitFrom")).hasSize(1);
        assertThat(child.get("splitFrom").get(0).get("incident").asText()).isEqualTo("inc-00003");
        assertThat(child.get("splitInto")).isEmpty();
        JsonNode none = Http.json(http.get("/api/incidents/inc-00010")).get("incidentHistory");
        for (String list : List.of("mergedFrom", "mergedInto", "splitFrom", "splitInto")) assertThat(none.get(list)).isEmpty();
    }

    @Test
    void incident_dateBasis_namedOrInferredWithItsEvidence() {
        JsonNode named = Http.json(http.get("/api/incidents/inc-00003"));
        assertThat(named.get("dateBasis").asText()).isEqualTo("named");
        assertThat(named.get("datePrecision").asText()).isEqualTo("day");
        JsonNode ev = named.get("dateEvidence");
        String text = Http.json(http.get("/api/articles/" + ev.get("articleId").asText())).get("text").asText();
        assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).startsWith("on ");

        JsonNode undated = Http.json(http.get("/api/incidents/" + Fixtures.UNDATED_ID));
        assertThat(undated.get("dateBasis").asText()).isEqualTo("unnamed");
        assertThat(undated.get("date").asText()).isEqualTo(Fixtures.UNDATED_PUBLISHED.minusDays(1).toString());
        assertThat(undated.get("dateEvidence").get("articleId").asText()).isEqualTo(Fixtures.UNDATED_ARTICLE);
        JsonNode list = Http.json(http.get("/api/incidents?limit=500"));
        assertThat(list.get("items")).allSatisfy(i -> assertThat(i.get("dateBasis").asText())
                .isEqualTo(switch (i.get("id").asText()) {
                    case Fixtures.UNDATED_ID -> "unnamed";
                    case Fixtures.UNLISTED_ID -> "unnamed_at_capture";
                    default -> "named";
                }));
        // an incident dated by an archive capture vote says so; its day is already the day before the date line's
        JsonNode captured = Http.json(http.get("/api/incidents/" + Fixtures.UNLISTED_ID));
        assertThat(captured.get("dateBasis").asText()).isEqualTo("unnamed_at_capture");
        assertThat(captured.get("date").asText()).isEqualTo(Fixtures.UNLISTED_PUBLISHED.minusDays(1).toString());
    }

    @Test
    void incident_claimRepeatedByEveryReport_isOneClaimWithItsSources() {
        Incident inc = store.incident("inc-00001").orElseThrow();
        JsonNode d = Http.json(http.get("/api/incidents/inc-00001"));
        JsonNode denial = null;
        for (JsonNode c : d.get("claims")) if (c.get("role").asText().equals("denial")) denial = c;
        assertThat(denial).isNotNull();
        assertThat(d.get("claims")).filteredOn(c -> c.get("role").asText().equals("denial")).hasSize(1);
        assertThat(denial.get("sourceCount").asInt()).isEqualTo(inc.articleIds().size()).isGreaterThan(1);
        List<String> from = new ArrayList<>();
        from.add(denial.get("evidence").get("articleId").asText());
        denial.get("corroboration").forEach(e -> from.add(e.get("articleId").asText()));
        assertThat(from).containsExactlyElementsOf(inc.articleIds());
        // every repeat points at its own span of its own article
        denial.get("corroboration").forEach(e -> {
            String text = Http.json(http.get("/api/articles/" + e.get("articleId").asText())).get("text").asText();
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
                    .isEqualTo("The military denied any involvement");
        });
        // a fact stated once counts one source
        assertThat(d.get("facts")).filteredOn(f -> f.get("kind").asText().equals("weapon"))
                .allSatisfy(f -> assertThat(f.get("sourceCount").asInt()).isEqualTo(1));
    }

    @Test
    void incident_placeAliasesAndUnlistedTown_shownWithRegionCoordinatesMarkedApproximate() {
        JsonNode kharkiv = Http.json(http.get("/api/incidents/inc-00000"));
        assertThat(kharkiv.get("place").get("name").asText()).isEqualTo("Kharkiv");
        assertThat(kharkiv.get("placeAliases")).extracting(JsonNode::asText).containsExactly("Kharkov");
        assertThat(kharkiv.get("place").get("approximate").isNull()).isTrue();
        assertThat(kharkiv.get("place").get("lat").asDouble()).isEqualTo(49.99);

        JsonNode d = Http.json(http.get("/api/incidents/" + Fixtures.UNLISTED_ID));
        JsonNode p = d.get("place");
        assertThat(p.get("name").asText()).isEqualTo("Quillmont");
        assertThat(p.get("approximate").asText()).isEqualTo("region");
        // the centre of Missouri, not a point in the town
        assertThat(p.get("lat").asDouble()).isBetween(36.0, 41.0);
        assertThat(p.get("lon").asDouble()).isBetween(-96.0, -89.0);
        assertThat(d.get("placeAliases")).extracting(JsonNode::asText).containsExactly("Quilmont");
        JsonNode list = Http.json(http.get("/api/incidents?limit=500"));
        assertThat(list.get("items")).filteredOn(i -> i.get("id").asText().equals(Fixtures.UNLISTED_ID))
                .singleElement().satisfies(i -> assertThat(i.get("place").get("approximate").asText()).isEqualTo("region"));
        // the export draws it at the region too, as ACLED's geo_precision 3 (only the region is known)
        List<List<String>> rows = parseCsv(http.get("/api/export?format=csv").body());
        List<String> row = rows.stream().filter(r -> r.get(0).equals(Fixtures.UNLISTED_ID)).findFirst().orElseThrow();
        assertThat(row.get(9)).isEqualTo(Double.toString(p.get("lat").asDouble()));
        assertThat(row.get(11)).isEqualTo("3");
        assertThat(row.get(18)).isEqualTo("unnamed_at_capture");
    }

    @Test
    void article_incidentDate_basisShownAndInferredDateNotAnnotated() {
        JsonNode named = Http.json(http.get("/api/articles/art-00004-0"));
        JsonNode nd = named.get("incidentDate");
        assertThat(nd.get("basis").asText()).isEqualTo("named");
        assertThat(nd.get("precision").asText()).isEqualTo("day");
        assertThat(nd.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(named.get("annotations")).anySatisfy(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("date");
            assertThat(n.get("start").asInt()).isEqualTo(nd.get("evidence").get("start").asInt());
        });

        JsonNode captured = Http.json(http.get("/api/articles/" + Fixtures.CAPTURED_ARTICLE));
        JsonNode cd = captured.get("incidentDate");
        assertThat(cd.get("basis").asText()).isEqualTo("unnamed_at_capture");
        assertThat(cd.get("date").asText()).isEqualTo(Fixtures.UNDATED_PUBLISHED.toString());
        assertThat(cd.get("evidence").get("start").asInt()).isZero();
        // the lead sentence an inferred date cites is not marked as a date, so the figure inside it shows
        assertThat(captured.get("annotations")).noneSatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("date"))
                .anySatisfy(n -> assertThat(n.get("kind").asText()).isEqualTo("figure"));
        assertThat(Http.json(http.get("/api/articles/" + Fixtures.UNDATED_ARTICLE)).get("incidentDate").get("basis")
                .asText()).isEqualTo("unnamed");
    }

    @Test
    void incident_unknownId_404Problem() {
        assertProblem(http.get("/api/incidents/nope"), 404, "no incident with id or alias 'nope'");
    }

    @Test
    void article_known_returnsTextAndAnnotationsInsideIt() {
        JsonNode a = Http.json(http.get("/api/articles/art-00004-0"));
        String text = a.get("text").asText();
        assertThat(text).startsWith(a.get("title").asText());
        assertThat(a.get("incidentId").asText()).isEqualTo("inc-00004");
        assertThat(a.get("annotations")).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("start").asInt()).isBetween(0, text.length());
            assertThat(n.get("end").asInt()).isBetween(n.get("start").asInt() + 1, text.length());
        });
        assertThat(a.get("annotations")).anySatisfy(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("figure");
            assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).contains("people were killed");
        });
    }

    @Test
    void article_hostileUrl_isNotPassedOn() {
        JsonNode a = Http.json(http.get("/api/articles/" + Fixtures.HOSTILE_ARTICLE));
        assertThat(a.get("url").isNull()).isTrue();
        assertThat(a.get("title").asText()).contains("<script>"); // data stays data; pages escape it
    }

    @Test
    void article_unknownId_404Problem() {
        assertProblem(http.get("/api/articles/missing-article"), 404, "no article with id 'missing-article'");
    }

    @Test
    void search_words_returnsHitsWithIncidents() {
        JsonNode r = Http.json(http.get("/api/search?q=mosque&limit=5"));
        assertThat(r.get("items")).hasSizeBetween(1, 5).allSatisfy(h -> {
            assertThat(h.get("title").asText()).containsIgnoringCase("mosque");
            assertThat(h.get("incidentId").asText()).startsWith("inc-");
        });
        assertProblem(http.get("/api/search"), 400, "q: required");
        assertProblem(http.get("/api/search?q=x&limit=9999"), 400, "limit: must be 1..500");
        assertProblem(http.get("/api/search?q=%2B%2B%2B"), 400, "q: no words");
    }

    @Test
    void post_withoutOrWithWrongToken_401() {
        HttpResponse<String> none = http.send(http.request("/api/articles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(none, 401, "Authorization: Bearer");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> wrong = http.send(http.request("/api/articles").header("Content-Type", "application/json")
                .header("Authorization", "Bearer not-the-token").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertProblem(wrong, 401, "not valid");
    }

    @Test
    void post_validToken_passesBodyAndTypeToSink() {
        String body = "{\"title\":\"a\"}\n{\"title\":\"b\"}\n";
        HttpResponse<String> r = http.send(http.request("/api/articles")
                .header("Content-Type", "application/x-ndjson; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(Http.json(r).get("accepted").asInt()).isEqualTo(2);
        assertThat(SEEN.get()).isEqualTo("application/x-ndjson:" + body);
    }

    @Test
    void post_badBodies_problems() {
        HttpRequest.Builder auth = http.request("/api/articles").header("Authorization", "Bearer " + TOKEN);
        assertProblem(http.send(auth.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000))).build()), 413, "limit of 4096 bytes");
        assertProblem(http.send(auth.copy().header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()), 415, "image/png");
        assertProblem(http.send(auth.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")).build()), 400, "line 1: not JSON");
        assertProblem(http.send(auth.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("  ")).build()), 400, "body: empty");
    }

    @Test
    void post_serverWithoutSink_503() {
        try (SitrepServer bare = SitrepServer.start(store, ServerOptions.defaults().withPort(0).withToken(TOKEN))) {
            Http h = new Http(bare.url());
            assertProblem(h.send(h.request("/api/articles").header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                    503, "without an ingestion pipeline");
            assertProblem(h.send(h.request("/api/articles").header("Authorization", "Bearer ")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                    401, "not valid");
        }
        try (SitrepServer readOnly = SitrepServer.start(store, ServerOptions.defaults().withPort(0))) {
            Http h = new Http(readOnly.url());
            assertProblem(h.send(h.request("/api/articles").header("Authorization", "Bearer anything-at-all")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                    401, "writes are disabled");
        }
    }

    @Test
    void errors_unknownRouteAndWrongMethod_problems() {
        assertProblem(http.get("/api/nothing-here"), 404, "GET /api/nothing-here");
        assertProblem(http.send(http.request("/api/incidents").DELETE().build()), 405, "DELETE is not allowed");
    }

    @Test
    void headers_everyResponse_strictCspNosniffNoCors() {
        for (String path : List.of("/", "/api/incidents", "/api/nothing-here", "/js/common.js")) {
            HttpResponse<String> r = http.send(http.request(path).header("Origin", "https://evil.example").GET().build());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'").contains("script-src 'self'")
                            .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
    }

    @Test
    void static_pagesServedAndTraversalRefused() {
        HttpResponse<String> index = http.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<title>").doesNotContain("<script>"); // only <script src=...>
        assertThat(http.get("/vendor/world-atlas/countries-110m.json").statusCode()).isEqualTo(200);
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                "/org/sitrep/server/SitrepServer.class", "/%2e%2e/openapi.json", "/js/..%2f..%2fSitrepServer.class")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("CAFEBABE");
        }
    }

    @Test
    void openapi_everyRouteDocumentedAndNoMore() {
        JsonNode spec = Http.json(http.get("/openapi.json"));
        assertThat(spec.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new HashSet<>();
        spec.get("paths").properties().forEach(e -> e.getValue().properties()
                .forEach(m -> documented.add(m.getKey().toUpperCase() + " " + e.getKey())));
        Set<String> served = new HashSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(served);
        HttpResponse<String> docs = http.get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(docs.body()).contains("docs.js");
    }

    @Test
    void openapi_everySerialisedFieldDocumented() {
        JsonNode schemas = Http.json(http.get("/openapi.json")).get("components").get("schemas");
        Map<Class<?>, String> shapes = Map.ofEntries(Map.entry(Views.Summary.class, "IncidentSummary"),
                Map.entry(Views.Detail.class, "IncidentDetail"), Map.entry(Views.ArticleView.class, "Article"),
                Map.entry(Views.DateView.class, "IncidentDate"), Map.entry(Views.EvidenceView.class, "Evidence"),
                Map.entry(Views.PlaceView.class, "Place"), Map.entry(Views.FigureView.class, "Figure"),
                Map.entry(Views.FactView.class, "Fact"), Map.entry(Views.Annotation.class, "Annotation"),
                Map.entry(Views.Member.class, "Member"), Map.entry(Views.Group.class, "DuplicateGroup"),
                Map.entry(Views.HistoryEntry.class, "HistoryEntry"), Map.entry(Views.IncidentHistory.class, "IncidentHistory"));
        shapes.forEach((type, name) -> {
            Set<String> documented = new HashSet<>();
            schemas.get(name).get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> served = new HashSet<>();
            for (var c : type.getRecordComponents()) served.add(c.getName());
            assertThat(documented).as(name).isEqualTo(served);
        });
        Set<String> bases = new HashSet<>();
        for (var b : org.sitrep.model.IncidentDate.Basis.values()) bases.add(b.label());
        for (JsonNode basis : List.of(schemas.get("IncidentSummary").get("properties").get("dateBasis"),
                schemas.get("IncidentDetail").get("properties").get("dateBasis"),
                schemas.get("IncidentDate").get("properties").get("basis"))) {
            Set<String> documented = new HashSet<>();
            basis.get("enum").forEach(v -> { if (!v.isNull()) documented.add(v.asText()); });
            assertThat(documented).isEqualTo(bases);
        }
    }

    @Test
    void publish_connectedClient_receivesIncidentEvent() throws Exception {
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var future = http.client().sendAsync(http.request("/api/events").timeout(java.time.Duration.ofSeconds(30)).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> resp = future.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(resp.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                resp.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream
            }
        });
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (server.eventClients() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            Incident incident = store.incident("inc-00001").orElseThrow();
            server.publish(incident);
            String data = null;
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data: ") && line.contains("inc-00001")) {
                    data = line.substring(6);
                    break;
                }
            }
            assertThat(data).as("incident event").isNotNull();
            assertThat(Http.JSON.readTree(data).get("headline").asText()).isEqualTo(incident.headline());
        } finally {
            resp.body().close();
            reader.interrupt();
        }
    }

    @Test
    void export_csv_acledColumnsOneRowPerIncidentProperlyQuoted() {
        HttpResponse<String> r = http.get("/api/export?format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<List<String>> rows = parseCsv(r.body());
        assertThat(rows.get(0)).containsExactly("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision",
                "source", "notes", "fatalities", "injured", "missing", "date_basis");
        assertThat(rows).hasSize((int) store.incidentCount() + 1).allSatisfy(row -> assertThat(row).hasSize(19));
        List<String> hostile = rows.stream().filter(row -> row.get(0).equals(Fixtures.HOSTILE_ID)).findFirst().orElseThrow();
        assertThat(hostile.get(14)).isEqualTo("<img src=x onerror=\"window.__xss='headline'\"> 3 killed in Ruse");
        assertThat(hostile.get(2)).isEqualTo("Riots");
        List<String> some = rows.stream().filter(row -> row.get(0).equals("inc-00000")).findFirst().orElseThrow();
        assertThat(some.get(2)).isEqualTo("Explosions/Remote violence");
        assertThat(some.get(3)).isEqualTo("Shelling/artillery/missile attack");
        assertThat(some.get(4)).isEqualTo("the armed group");
        assertThat(some.get(6)).isEqualTo("UA");
        assertThat(some.get(11)).isEqualTo("1");
        assertThat(some.get(12)).isEqualTo("1");
        assertThat(some.get(13)).contains(".example");
        assertThat(Integer.parseInt(some.get(15))).isPositive();
        assertThat(some.get(18)).isEqualTo("named");
        assertThat(rows.stream().filter(row -> row.get(0).equals(Fixtures.UNDATED_ID)).findFirst().orElseThrow().get(18))
                .isEqualTo("unnamed");
        List<List<String>> goma = parseCsv(http.get("/api/export?format=csv&place=Goma").body());
        assertThat(goma).hasSizeBetween(2, rows.size() - 1);
        assertThat(goma.subList(1, goma.size())).allSatisfy(row -> assertThat(row.get(8)).isEqualTo("Goma"));
    }

    @Test
    void export_geojsonAndJsonl_oneFeatureOrLinePerIncident() {
        JsonNode geo = Http.json(http.get("/api/export?format=geojson"));
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize((int) store.incidentCount()).allSatisfy(f -> {
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
            assertThat(f.get("geometry").get("coordinates")).hasSize(2);
            assertThat(f.get("properties").get("headline").asText()).isNotBlank();
        });
        String jsonl = http.get("/api/export?format=jsonl&min_killed=5").body();
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(Http.JSON.readTree(l).get("best").get("killed")
                .get("value").asInt()).isGreaterThanOrEqualTo(5));
        assertThat(lines).allSatisfy(l -> assertThat(Http.JSON.readTree(l).get("incidentHistory").get("splitInto")).isNotNull());
        assertProblem(http.get("/api/export?format=xlsx"), 400, "format: 'xlsx' is not one of csv, geojson, jsonl");
        assertProblem(http.get("/api/export"), 400, "format: required");
    }

    /** RFC 4180 reader, strict enough to catch bad quoting. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < s.length() && s.charAt(k + 1) == '"') {
                    f.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                if (f.length() > 0) throw new IllegalStateException("quote inside unquoted field at " + k);
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                k++;
            } else {
                f.append(c);
            }
        }
        if (quoted) throw new IllegalStateException("unterminated quote");
        return rows;
    }
}
