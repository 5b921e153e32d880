package org.sitrep.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * Checks every assertion of a seeds-style gold.json against a store: clusters, duplicate groups,
 * publication dates, incident dates, places with coordinates, figures as of each article, best current
 * figures, claims, references, and that no "not_this_incident" figure leaked into an article's facts.
 */
public final class SeedChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MAX_COORD_ERROR_DEG = 0.25;

    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int passed;

    private SeedChecks() {
    }

    public int passed() {
        return passed;
    }

    public int total() {
        return lines.size();
    }

    public List<String> failures() {
        return failures;
    }

    /** "PASS name" / "FAIL name: detail", one per check. */
    public List<String> lines() {
        return lines;
    }

    /**
     * @param storedId gold article name -> stored article id
     */
    public static SeedChecks run(Path goldJson, Store store, Map<String, String> storedId) throws IOException {
        SeedChecks c = new SeedChecks();
        JsonNode gold = JSON.readTree(goldJson.toFile());
        c.articles(gold.path("articles"), store, storedId);
        c.duplicates(gold.path("duplicates"), store, storedId);
        List<String> incidentIds = new ArrayList<>();
        for (JsonNode inc : gold.path("incidents")) {
            incidentIds.add(c.incident(inc, store, storedId));
        }
        for (int i = 0; i < incidentIds.size(); i++) {
            for (int j = i + 1; j < incidentIds.size(); j++) {
                String a = incidentIds.get(i);
                String b = incidentIds.get(j);
                c.check("incidents " + i + " and " + j + " are separate", a != null && b != null && !a.equals(b),
                        a + " vs " + b);
            }
        }
        return c;
    }

    private void articles(JsonNode articles, Store store, Map<String, String> storedId) {
        for (var it = articles.fields(); it.hasNext(); ) {
            var e = it.next();
            Optional<Article> a = article(e.getKey(), store, storedId);
            String want = e.getValue().path("published").isNull() ? null : e.getValue().path("published").asText(null);
            String got = a.map(Article::published).map(LocalDate::toString).orElse(null);
            check(e.getKey() + " published " + want, a.isPresent() && java.util.Objects.equals(want, got), "got " + got);
            check(e.getKey() + " text is free of mojibake", a.isPresent() && !Mojibake.looksBroken(a.get().text()),
                    "suspicious character sequences remain");
        }
    }

    private void duplicates(JsonNode dups, Store store, Map<String, String> storedId) {
        for (JsonNode d : dups) {
            List<String> names = new ArrayList<>();
            d.path("articles").forEach(n -> names.add(n.asText()));
            List<Optional<DedupDecision>> decisions = names.stream()
                    .map(n -> Optional.ofNullable(storedId.get(n)).flatMap(store::dedup)).toList();
            boolean same = decisions.stream().allMatch(Optional::isPresent)
                    && decisions.stream().map(o -> o.get().groupId()).distinct().count() == 1;
            check("duplicate group " + names, same, "groups " + decisions.stream()
                    .map(o -> o.map(DedupDecision::groupId).orElse("none")).toList());
            if (d.path("kind").asText("").toLowerCase(Locale.ROOT).contains("translat")) {
                boolean translation = decisions.stream().anyMatch(o -> o.isPresent()
                        && o.get().kind() == DuplicateKind.TRANSLATION);
                check("duplicate group " + names + " is a translation", translation, "kinds " + decisions.stream()
                        .map(o -> o.map(x -> String.valueOf(x.kind())).orElse("none")).toList());
            }
        }
    }

    /** Checks one gold incident and returns the predicted incident id of its first article. */
    private String incident(JsonNode inc, Store store, Map<String, String> storedId) {
        String name = inc.path("id").asText();
        List<String> articles = new ArrayList<>();
        inc.path("articles").forEach(n -> articles.add(n.asText()));
        List<String> predicted = articles.stream()
                .map(a -> Optional.ofNullable(storedId.get(a)).flatMap(store::incidentOf).orElse(null)).toList();
        String first = predicted.isEmpty() ? null : predicted.getFirst();
        check(name + " articles form one incident", first != null && predicted.stream().allMatch(first::equals),
                "predicted " + predicted);
        Optional<Incident> incident = first == null ? Optional.empty() : store.incident(first);

        String wantDate = inc.path("date").asText(null);
        String gotDate = incident.map(Incident::day).map(LocalDate::toString).orElse(null);
        check(name + " date " + wantDate, wantDate != null && wantDate.equals(gotDate), "got " + gotDate);

        JsonNode place = inc.path("place");
        Place p = incident.map(Incident::place).orElse(null);
        boolean placeOk = p != null && p.name().equalsIgnoreCase(place.path("name").asText())
                && p.lat() != null && p.lon() != null
                && Math.abs(p.lat() - place.path("lat").asDouble()) <= MAX_COORD_ERROR_DEG
                && Math.abs(p.lon() - place.path("lon").asDouble()) <= MAX_COORD_ERROR_DEG;
        check(name + " place " + place.path("name").asText() + " with coordinates", placeOk, "got " + describe(p));
        check(name + " admin1 " + place.path("admin1").asText(), p != null && p.admin1() != null
                && p.admin1().equalsIgnoreCase(place.path("admin1").asText()), "got " + (p == null ? null : p.admin1()));

        for (JsonNode fig : inc.path("figures")) {
            String article = fig.path("article").asText();
            ArticleFacts facts = Optional.ofNullable(storedId.get(article)).flatMap(store::facts).orElse(null);
            for (FigureKind kind : List.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.MISSING)) {
                JsonNode want = fig.path(kind.label());
                if (want.isMissingNode()) continue;
                Figure got = facts == null ? null : facts.figures().stream().filter(f -> f.kind() == kind).findFirst()
                        .orElse(null);
                check(article + " " + kind.label() + " " + want.path("qualifier").asText() + " "
                        + want.path("value").asInt(), matches(got, want), "got " + describe(got));
                // as-of dates: the gold gives the day the figure was current; a report is allowed one day of lag
                LocalDate wantAsOf = LocalDate.parse(fig.path("as_of").asText());
                String sid = storedId.get(article);
                LocalDate gotAsOf = incident.flatMap(i -> i.history().stream()
                        .filter(f -> f.kind() == kind && f.evidence().articleId().equals(sid)).findFirst())
                        .map(Figure::asOf).orElse(null);
                check(article + " " + kind.label() + " in the incident's history as of " + wantAsOf, gotAsOf != null
                        && Math.abs(gotAsOf.toEpochDay() - wantAsOf.toEpochDay()) <= 1, "got " + gotAsOf);
            }
        }
        JsonNode best = inc.path("best_current");
        for (FigureKind kind : List.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.MISSING)) {
            JsonNode want = best.path(kind.label());
            if (want.isMissingNode()) continue;
            Figure got = incident.map(i -> i.best().get(kind)).orElse(null);
            check(name + " best " + kind.label() + " " + want.path("qualifier").asText() + " "
                    + want.path("value").asInt(), matches(got, want), "got " + describe(got));
        }
        for (JsonNode trap : inc.path("not_this_incident")) {
            String article = trap.path("article").asText();
            String fragment = trap.path("text").asText().split("\\s*\\.\\.\\.\\s*")[0];
            ArticleFacts facts = Optional.ofNullable(storedId.get(article)).flatMap(store::facts).orElse(null);
            List<Figure> leaks = facts == null ? List.of() : facts.figures().stream()
                    .filter(f -> squash(f.evidence().sentence()).contains(squash(fragment))).toList();
            check(article + " does not count '" + fragment + "'", facts != null && leaks.isEmpty(),
                    "leaked " + leaks.stream().map(SeedChecks::describe).toList());
        }
        List<Fact> facts = incident.map(Incident::facts).orElse(List.of());
        for (JsonNode claim : inc.path("claims")) {
            String by = claim.path("by").asText();
            String stem = by.split("[\\s(/]")[0];
            stem = stem.substring(0, Math.min(5, stem.length())).toLowerCase(Locale.ROOT);
            String s = stem;
            boolean found = facts.stream().anyMatch(f -> f.kind() == FactKind.CLAIM
                    && ((f.attributedTo() != null && f.attributedTo().toLowerCase(Locale.ROOT).contains(s))
                    || f.evidence().sentence().toLowerCase(Locale.ROOT).contains(s)));
            check(name + " has a claim by " + by, found, "no claim mentioning '" + s + "'");
        }
        for (JsonNode ref : inc.path("references")) {
            String label = ref.asText();
            String key = label.split("\\s")[0].toLowerCase(Locale.ROOT);
            boolean found = facts.stream().anyMatch(f -> f.kind() == FactKind.REFERENCE
                    && (f.value().toLowerCase(Locale.ROOT).contains(key)
                    || f.evidence().sentence().toLowerCase(Locale.ROOT).contains(key)));
            check(name + " refers to " + label, found, "no reference mentioning '" + key + "'");
        }
        return first;
    }

    private static boolean matches(Figure got, JsonNode want) {
        return got != null && got.value() == want.path("value").asInt()
                && got.qualifier().label().equals(want.path("qualifier").asText());
    }

    private static Optional<Article> article(String name, Store store, Map<String, String> storedId) {
        return Optional.ofNullable(storedId.get(name)).flatMap(store::article);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String describe(Figure f) {
        return f == null ? "nothing" : f.kind().label() + " " + f.qualifier().label() + " " + f.value();
    }

    private static String describe(Place p) {
        return p == null ? "nothing" : p.name() + " (" + p.admin1() + ", " + p.country() + ", " + p.lat() + ", "
                + p.lon() + ")";
    }

    private void check(String name, boolean ok, String detail) {
        if (ok) {
            passed++;
            lines.add("PASS " + name);
        } else {
            lines.add("FAIL " + name + ": " + detail);
            failures.add(name + ": " + detail);
        }
    }

    /** A generic detector of undecoded byte sequences: the checks must not rely on the one seed's string. */
    static final class Mojibake {
        private Mojibake() {
        }

        static boolean looksBroken(String text) {
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                // UTF-8 lead byte decoded as Latin-1/cp1252 followed by a continuation-range character
                if ((a == 'Ã' || a == 'Â' || a == 'â') && (b >= '\u0080' && b <= '\u00BF' || b == '€' || b == '‚')) return true;
                // UTF-8 lead byte decoded as TIS-620 (Thai) directly before Latin-1 punctuation
                if (a >= '\u0E00' && a <= '\u0E7F' && b >= '\u00A0' && b <= '\u00BF') return true;
            }
            return false;
        }
    }
}
