package org.sitrep.testkit.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Qualifier;

/** Small synthetic articles, facts and incidents for store tests (invented text, no real data). */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** SHA-256 hex of the article's full text, as the normaliser computes it. */
    public static String sha256(String title, String text) {
        String full = title.isEmpty() ? text : title + "\n\n" + text;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(full.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An article with a canonical URL under example.org. */
    public static Article article(String id, String title, String text, String canonicalUrl) {
        return article(id, title, text, canonicalUrl, LocalDate.of(2024, 3, 14));
    }

    public static Article article(String id, String title, String text, String canonicalUrl, LocalDate published) {
        return new Article(id, title, text, published, canonicalUrl == null ? null : canonicalUrl + "?utm_source=x",
                canonicalUrl, canonicalUrl == null ? null : "example.org", "en", sha256(title, text),
                "fixture:" + id, Map.of("feed", "synthetic"));
    }

    /** A numbered synthetic article with the unique word {@code marker<n>} in its text. */
    public static Article numbered(String prefix, int n) {
        String text = "Officials in the town of Brackenford said " + (n % 40) + " people were hurt when a storage"
                + " depot caught fire on the morning of the report. Unique marker" + n + " closes this item "
                + prefix + ".";
        return article(prefix + "-" + n, "Depot fire number " + n, text, "https://example.org/" + prefix + "/" + n);
    }

    public static Evidence evidence(String articleId, String text, String phrase) {
        int at = Math.max(0, text.indexOf(phrase));
        return Evidence.of(articleId, at, at + phrase.length(), phrase);
    }

    /** Facts with a date, an incident place, a killed and an injured figure and an event-type fact. */
    public static org.sitrep.model.ArticleFacts facts(Article a, int killed, int injured) {
        String t = a.fullText();
        Place place = new Place("Brackenford", "Northshire", "GB", 52.5, -1.5, "test:1", Place.Role.INCIDENT,
                evidence(a.id(), t, "Brackenford"), 0.9);
        List<Figure> figures = List.of(
                new Figure(FigureKind.KILLED, killed, null, Qualifier.AT_LEAST, "officials", a.published(),
                        evidence(a.id(), t, "people"), 0.8),
                new Figure(FigureKind.INJURED, injured, injured + 5, Qualifier.RANGE, null, null,
                        evidence(a.id(), t, "hurt"), 0.6));
        Fact type = new Fact(FactKind.EVENT_TYPE, "Fire|Industrial", null, null, evidence(a.id(), t, "fire"), 0.7);
        IncidentDate date = new IncidentDate(LocalDate.of(2024, 3, 13), Precision.DAY, evidence(a.id(), t, "morning"), 0.5);
        return new org.sitrep.model.ArticleFacts(a.id(), date, List.of(place), figures, List.of(type));
    }

    /** An incident with the given attributes; null date, place name or type leave those unset. */
    public static Incident incident(String id, List<String> articleIds, LocalDate day, String placeName, String admin1,
                                    String country, Double lat, Double lon, String eventType, Integer killed,
                                    Integer injured, List<String> aliases) {
        String ev = articleIds.isEmpty() ? "none" : articleIds.get(0);
        Evidence e = Evidence.of(ev, 0, 4, "Some");
        Map<FigureKind, Figure> best = new EnumMap<>(FigureKind.class);
        List<Figure> history = new ArrayList<>();
        if (killed != null) best.put(FigureKind.KILLED, new Figure(FigureKind.KILLED, killed, null, Qualifier.EXACT,
                null, day, e, 0.9));
        if (injured != null) best.put(FigureKind.INJURED, new Figure(FigureKind.INJURED, injured, null,
                Qualifier.ABOUT, "medics", day, e, 0.7));
        history.addAll(best.values());
        Place place = placeName == null ? null
                : new Place(placeName, admin1, country, lat, lon, null, Place.Role.INCIDENT, e, 0.8);
        IncidentDate date = day == null ? null : new IncidentDate(day, Precision.DAY, e, 0.9);
        return new Incident(id, articleIds, articleIds.size(), date, place, eventType, best, history,
                List.of(new Fact(FactKind.WEAPON, "fire", null, null, e, 0.5)), List.of(),
                "headline of " + id, aliases);
    }

    /** A minimal incident: members and a date only. */
    public static Incident incident(String id, List<String> articleIds, LocalDate day) {
        return incident(id, articleIds, day, null, null, null, null, null, null, null, null, List.of());
    }
}
