package org.sitrep.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Qualifier;

/**
 * Synthetic incidents for the server's tests: each with two to five written reports whose figures grow
 * over time, a wire copy in some, facts with evidence spans into the article text, one hostile
 * incident ({@link #HOSTILE_ID}) whose title, text, place and URL carry script injection attempts, and one
 * ({@link #UNDATED_ID}) whose reports name no day, with a cited summary.
 */
final class Fixtures {
    static final String HOSTILE_ID = "inc-hostile";
    static final String HOSTILE_ARTICLE = "art-hostile";
    static final LocalDate LATEST = LocalDate.of(2024, 6, 30);
    static final String UNDATED_ID = "inc-undated";
    /** The undated incident's first report: its date is the day before it was published. */
    static final String UNDATED_ARTICLE = "art-undated-0";
    /** The undated incident's second report: a web-archive copy captured the day after its date line. */
    static final String CAPTURED_ARTICLE = "art-undated-1";
    static final LocalDate UNDATED_PUBLISHED = LATEST.minusDays(10);
    /**
     * An incident in a dateline town the gazetteer does not list (no coordinates, only its state), dated by an archive
     * capture vote ({@link IncidentDate.Basis#UNNAMED_AT_CAPTURE}), whose reports spell the town two ways.
     */
    static final String UNLISTED_ID = "inc-unlisted";
    static final LocalDate UNLISTED_PUBLISHED = LATEST.minusDays(20);

    private record Town(String name, String admin1, String country, double lat, double lon, String geonames,
                        String alias) {
        Town(String name, String admin1, String country, double lat, double lon, String geonames) {
            this(name, admin1, country, lat, lon, geonames, null);
        }
    }

    private record Kind(String eventType, String weapon, String verb, String target) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23, "geonames:706483", "Kharkov"),
            new Town("Odesa", "Odesa Oblast", "UA", 46.48, 30.73, "geonames:698740", "Odessa"),
            new Town("Dnipro", "Dnipropetrovsk Oblast", "UA", 48.45, 34.98, "geonames:709930"),
            new Town("Khan Younis", "Khan Younis Governorate", "PS", 31.35, 34.31, "geonames:281133"),
            new Town("Goma", "North Kivu", "CD", -1.68, 29.22, "geonames:216281"),
            new Town("Maiduguri", "Borno", "NG", 11.85, 13.16, "geonames:2331447"),
            new Town("Uvalde", "Texas", "US", 29.21, -99.79, "geonames:4736476"),
            new Town("Khartoum", "Khartoum", "SD", 15.50, 32.56, "geonames:379252"),
            new Town("Mogadishu", "Banaadir", "SO", 2.04, 45.34, "geonames:53654"),
            new Town("Peshawar", "Khyber Pakhtunkhwa", "PK", 34.01, 71.58, "geonames:1168197"));

    private static final List<Kind> KINDS = List.of(
            new Kind("Explosions/Remote violence|Shelling/artillery/missile attack", "missile", "struck", "an apartment block"),
            new Kind("Explosions/Remote violence|Air/drone strike", "drone", "hit", "a market"),
            new Kind("Explosions/Remote violence|Suicide bomb", "suicide bomber", "attacked", "a mosque"),
            new Kind("Violence against civilians|Attack", "gunman", "opened fire at", "a school"),
            new Kind("Battles|Armed clash", "rifles", "clashed near", "a checkpoint"));

    private static final List<String> OUTLETS = List.of("dailywire.example", "globalnews.example",
            "kyivherald.example", "africareport.example", "metro-times.example", "wirefeed.example");

    private Fixtures() {
    }

    /** Fills the store with {@code count} synthetic incidents plus the hostile one. */
    static MemoryStore store(int count, long seed) {
        MemoryStore store = new MemoryStore();
        Random rnd = new Random(seed);
        for (int n = 0; n < count; n++) addIncident(store, rnd, n);
        addHostile(store);
        addUndated(store);
        addUnlisted(store);
        if (count > 4) addHistory(store);
        return store;
    }

    /**
     * A history for inc-00003: old-inc-00003 (its alias) was merged into it, and inc-00004 was split off it later
     * (the fixture's incidents are otherwise made up; these events only need to name them consistently).
     */
    private static void addHistory(MemoryStore store) {
        java.time.Instant at = LATEST.atTime(9, 30).toInstant(java.time.ZoneOffset.UTC);
        store.putIncidentEvent(IncidentEvent.merge("old-inc-00003", "inc-00003", at, "art-00003-1",
                List.of("art-00003-1")));
        store.putIncidentEvent(IncidentEvent.split("inc-00003", "inc-00004", at.plusSeconds(3600), "art-00004-1",
                store.incident("inc-00004").orElseThrow().articleIds(),
                List.of(IncidentEvent.Reason.DAY_GAP, IncidentEvent.Reason.PLACE_MISMATCH)));
    }

    static Incident addIncident(MemoryStore store, Random rnd, int n) {
        Town town = TOWNS.get(n % TOWNS.size());
        Kind kind = KINDS.get((n / TOWNS.size()) % KINDS.size());
        LocalDate day = LATEST.minusDays(n / 3 + rnd.nextInt(2));
        String incidentId = String.format("inc-%05d", n);
        int reports = 2 + rnd.nextInt(4);
        int killed = 1 + rnd.nextInt(12);
        int injured = killed + rnd.nextInt(30);
        List<String> ids = new ArrayList<>();
        List<Figure> history = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<FigureKind, Figure> best = new EnumMap<>(FigureKind.class);
        IncidentDate date = null;
        Place place = null;
        for (int r = 0; r < reports; r++) {
            String articleId = String.format("art-%05d-%d", n, r);
            LocalDate published = day.plusDays(r / 2);
            String outlet = OUTLETS.get((n + r) % OUTLETS.size());
            boolean copy = r == 1 && n % 3 == 0;
            Article original = copy ? store.article(ids.get(0)).orElseThrow() : null;
            String title = copy ? original.title() : "%s %s %s in %s".formatted(
                    cap(kind.weapon()), kind.verb(), kind.target(), town.name());
            String killedPhrase = (r == 0 ? "At least " : "Officials now say ") + killed + " people were killed";
            String weekday = day.getDayOfWeek().toString().charAt(0)
                    + day.getDayOfWeek().toString().substring(1).toLowerCase(java.util.Locale.ROOT);
            String body = copy ? original.text() : String.join(" ",
                    "%s and %d injured when a %s %s %s in %s on %s, the regional governor said."
                            .formatted(killedPhrase, injured, kind.weapon(), kind.verb(), kind.target(), town.name(),
                                    weekday),
                    "Rescue workers searched the rubble through the night.",
                    "The military denied any involvement and blamed the armed group.",
                    r % 2 == 0 ? "Two people were still missing." : "Officials said the toll could rise.");
            Article a = new Article(articleId, title, body, published, "https://" + outlet + "/news/" + articleId,
                    "https://" + outlet + "/news/" + articleId, outlet, "en", hash(articleId + outlet + title + body),
                    "fixture", Map.of());
            store.putArticle(a);
            ids.add(articleId);
            store.putDedup(copy
                    ? new DedupDecision(articleId, ids.get(0), ids.get(0), DuplicateKind.EXACT, 1.0, ids.get(0))
                    : DedupDecision.original(articleId));
            String text = a.fullText();
            Evidence killedEv = span(a, String.valueOf(killed) + " people were killed");
            Figure kf = new Figure(FigureKind.KILLED, killed, null, r == 0 ? Qualifier.AT_LEAST : Qualifier.EXACT,
                    "the regional governor", published, killedEv, 0.9);
            Figure inf = new Figure(FigureKind.INJURED, injured, null, Qualifier.EXACT, "the regional governor",
                    published, span(a, injured + " injured"), 0.85);
            List<Figure> figures = new ArrayList<>(List.of(kf, inf));
            if (text.contains("Two people were still missing")) {
                figures.add(new Figure(FigureKind.MISSING, 2, null, Qualifier.EXACT, null, published,
                        span(a, "Two people were still missing"), 0.7));
            }
            Place p = new Place(town.name(), town.admin1(), town.country(), town.lat(), town.lon(), town.geonames(),
                    Place.Role.INCIDENT, span(a, town.name()), 0.9);
            IncidentDate d = new IncidentDate(day, Precision.DAY, span(a, "on " + weekday), 0.8);
            List<Fact> articleFacts = List.of(
                    new Fact(FactKind.EVENT_TYPE, kind.eventType(), null, null, span(a, kind.verb()), 0.8),
                    new Fact(FactKind.WEAPON, kind.weapon(), null, null, span(a, kind.weapon()), 0.8),
                    new Fact(FactKind.TARGET, kind.target(), null, null, span(a, kind.target()), 0.7),
                    new Fact(FactKind.CLAIM, "denied involvement", "denial", "the military",
                            span(a, "The military denied any involvement"), 0.6),
                    new Fact(FactKind.PERPETRATOR, "the armed group", "accused", "the military",
                            span(a, "the armed group"), 0.5));
            store.putFacts(new ArticleFacts(articleId, d, List.of(p), figures, articleFacts));
            history.addAll(figures);
            if (r == 0) {
                facts.addAll(articleFacts);
                date = d;
                place = p;
            } else {
                // every report repeats the denial: the incident has it once, with each repeat's evidence
                Fact denial = articleFacts.get(3);
                for (int k = 0; k < facts.size(); k++) {
                    Fact f = facts.get(k);
                    if (f.kind() != FactKind.CLAIM) continue;
                    List<Evidence> more = new ArrayList<>(f.corroboration());
                    more.add(denial.evidence());
                    facts.set(k, f.withCorroboration(more));
                }
            }
            for (Figure f : figures) {
                Figure old = best.get(f.kind());
                if (old == null || f.value() >= old.value()) best.put(f.kind(), f);
            }
            if (r == 1) {
                killed += rnd.nextInt(4);
                injured += rnd.nextInt(6);
            }
        }
        facts.add(new Fact(FactKind.CLAIM, "the attack targeted a military post", "accusation", "the regional governor",
                history.get(0).evidence(), 0.5));
        String headline = "%s: %s %s %s, %d killed".formatted(town.name(), kind.weapon(), kind.verb(), kind.target(),
                best.get(FigureKind.KILLED).value());
        Incident incident = new Incident(incidentId, ids, (int) ids.stream().map(id -> store.dedup(id).orElseThrow().groupId())
                .distinct().count(), date, place, kind.eventType(), best, history, facts,
                n % 7 == 0 ? List.of(FigureKind.KILLED) : List.of(), headline, List.of("old-" + incidentId),
                town.alias() == null ? List.of() : List.of(town.alias()));
        store.putIncident(incident);
        return incident;
    }

    private static void addHostile(MemoryStore store) {
        String title = "<script>window.__xss='title'</script>Blast <img src=x onerror=\"window.__xss='img'\"> in Ruse";
        String body = "At least 3 people were killed in Ruse <script>window.__xss='text'</script> "
                + "<a href=\"javascript:window.__xss='link'\">details</a> on Monday, police said. "
                + "<svg onload=\"window.__xss='svg'\"></svg>";
        Article a = new Article(HOSTILE_ARTICLE, title, body, LATEST.plusDays(1), "javascript:window.__xss='url'", null,
                "evil\"><script>x</script>.example", "en", hash(title + body), "fixture", Map.of());
        store.putArticle(a);
        store.putDedup(DedupDecision.original(a.id()));
        Evidence ev = span(a, "3 people were killed");
        Figure killed = new Figure(FigureKind.KILLED, 3, null, Qualifier.AT_LEAST, "police<script>", LATEST.plusDays(1),
                ev, 0.9);
        Place place = new Place("Ruse<img src=x onerror=\"window.__xss='place'\">", "Ruse", "BG", 43.85, 25.97, null,
                Place.Role.INCIDENT, span(a, "Ruse"), 0.8);
        Fact claim = new Fact(FactKind.CLAIM, "<img src=x onerror=\"window.__xss='claim'\">", "denial",
                "<b>police</b>", span(a, "police said"), 0.5);
        store.putFacts(new ArticleFacts(a.id(), new IncidentDate(LATEST.plusDays(1), Precision.DAY, span(a, "Monday"), 0.8),
                List.of(place), List.of(killed), List.of(claim)));
        store.putIncident(new Incident(HOSTILE_ID, List.of(a.id()), 1,
                new IncidentDate(LATEST.plusDays(1), Precision.DAY, span(a, "Monday"), 0.8), place,
                "Riots|<script>window.__xss='type'</script>", Map.of(FigureKind.KILLED, killed), List.of(killed),
                List.of(claim), List.of(), "<img src=x onerror=\"window.__xss='headline'\"> 3 killed in Ruse",
                List.of()));
    }

    /**
     * Two reports of a warehouse arson that name no day: the first dated the day before its publication
     * ({@link IncidentDate.Basis#UNNAMED}), the second a web-archive capture a day after its date line
     * ({@link IncidentDate.Basis#UNNAMED_AT_CAPTURE}); the incident carries the first's date and a two-sentence summary.
     */
    private static void addUndated(MemoryStore store) {
        List<String> ids = List.of(UNDATED_ARTICLE, CAPTURED_ARTICLE);
        List<Figure> history = new ArrayList<>();
        List<Fact> summary = new ArrayList<>();
        IncidentDate first = null;
        for (int r = 0; r < ids.size(); r++) {
            String id = ids.get(r);
            String outlet = r == 0 ? "lakeside-post.example" : "web.archive.org";
            String url = r == 0 ? "https://lakeside-post.example/news/" + id
                    : "https://web.archive.org/web/" + UNDATED_PUBLISHED.plusDays(1).toString().replace("-", "")
                    + "101500/https://lakeside-courier.example/news/" + id;
            String body = (r == 0 ? "Four people were killed when gunmen set fire to a warehouse in Goma, police said."
                    : "Four people were killed in an arson attack on a warehouse in Goma, the fire service said.")
                    + " Firefighters fought the blaze for hours. No group has said it set the fire.";
            Article a = new Article(id, "Four dead in Goma warehouse arson", body, UNDATED_PUBLISHED, url, url, outlet, "en",
                    hash(id + body), "fixture", Map.of());
            store.putArticle(a);
            store.putDedup(DedupDecision.original(id));
            Evidence lead = leadSentence(a);
            IncidentDate date = r == 0
                    ? new IncidentDate(UNDATED_PUBLISHED.minusDays(1), Precision.DAY, lead, 0.3, IncidentDate.Basis.UNNAMED)
                    : new IncidentDate(UNDATED_PUBLISHED, Precision.DAY, lead, 0.3, IncidentDate.Basis.UNNAMED_AT_CAPTURE);
            Figure killed = new Figure(FigureKind.KILLED, 4, null, Qualifier.EXACT, r == 0 ? "police" : "the fire service",
                    UNDATED_PUBLISHED, span(a, "Four people were killed"), 0.9);
            Place place = new Place("Goma", "North Kivu", "CD", -1.68, 29.22, "geonames:216281", Place.Role.INCIDENT,
                    span(a, "Goma"), 0.9);
            store.putFacts(new ArticleFacts(id, date, List.of(place), List.of(killed), List.of()));
            history.add(killed);
            summary.add(new Fact(FactKind.SUMMARY, killed.evidence().sentence(), null, outlet, killed.evidence(), 0.6));
            if (first == null) first = date;
        }
        Place place = store.facts(UNDATED_ARTICLE).orElseThrow().places().getFirst();
        store.putIncident(new Incident(UNDATED_ID, ids, ids.size(), first, place, "Violence against civilians|Attack",
                Map.of(FigureKind.KILLED, history.getFirst()), history, summary, List.of(),
                "Goma: gunmen set fire to a warehouse, 4 killed", List.of()));
    }

    /** See {@link #UNLISTED_ID}. */
    private static void addUnlisted(MemoryStore store) {
        List<String> ids = List.of("art-unlisted-0", "art-unlisted-1");
        List<Figure> history = new ArrayList<>();
        IncidentDate decided = null;
        Place place = null;
        for (int r = 0; r < ids.size(); r++) {
            String id = ids.get(r);
            String town = r == 0 ? "QUILLMONT" : "Quilmont";
            String body = town + ", Mo. — Two people were killed in a shooting outside a grain store, the county sheriff said.";
            String url = "https://web.archive.org/web/" + UNLISTED_PUBLISHED.plusDays(1).toString().replace("-", "")
                    + "080000/https://prairie-" + r + ".example/news/" + id;
            Article a = new Article(id, "Two killed in Quillmont shooting", body, UNLISTED_PUBLISHED, url, url,
                    "web.archive.org", "en", hash(id + body), "fixture", Map.of());
            store.putArticle(a);
            store.putDedup(DedupDecision.original(id));
            Evidence lead = leadSentence(a);
            IncidentDate date = new IncidentDate(UNLISTED_PUBLISHED, Precision.DAY, lead, 0.3,
                    IncidentDate.Basis.UNNAMED_AT_CAPTURE);
            Figure killed = new Figure(FigureKind.KILLED, 2, null, Qualifier.EXACT, "the county sheriff",
                    UNLISTED_PUBLISHED, span(a, "Two people were killed"), 0.9);
            Place p = new Place("Quillmont", "Missouri", "US", null, null, null, Place.Role.INCIDENT, span(a, town), 0.7);
            store.putFacts(new ArticleFacts(id, date, List.of(p), List.of(killed), List.of()));
            history.add(killed);
            if (r == 0) {
                decided = date.withDate(UNLISTED_PUBLISHED.minusDays(1));
                place = p;
            }
        }
        store.putIncident(new Incident(UNLISTED_ID, ids, ids.size(), decided, place, "Violence against civilians|Attack",
                Map.of(FigureKind.KILLED, history.getFirst()), history, List.of(), List.of(),
                "Quillmont: 2 killed in a shooting", List.of(), List.of("Quilmont")));
    }

    /** The span of an article's first body sentence, from the start of its text as the date extractor cites it. */
    static Evidence leadSentence(Article a) {
        String text = a.fullText();
        int end = text.indexOf(". ", text.indexOf(a.text())) + 1;
        return Evidence.of(a.id(), 0, end, text.substring(0, end));
    }

    /** The span of the first occurrence of {@code needle} in the article's full text. */
    static Evidence span(Article a, String needle) {
        String text = a.fullText();
        int at = text.indexOf(needle);
        if (at < 0) throw new IllegalArgumentException("'" + needle + "' not in " + a.id());
        int dot = text.lastIndexOf(". ", at);
        int s = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
        if (s > at) s = 0;
        int e = text.indexOf(". ", at + needle.length());
        return Evidence.of(a.id(), at, at + needle.length(), text.substring(s, e < 0 ? text.length() : e + 1));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
