package org.sitrep.core.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;
import org.sitrep.core.internal.UrlPaths;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

/**
 * The incident place read from the article's URL when its text names none: local outlets put the town in the
 * headline slug ("/two-hospitalized-after-late-night-shooting-in-kinloch") or in a section ("/rome/news/local/",
 * "/community/fort-worth/"). Stateless but for the gazetteer; thread-safe.
 */
final class UrlPlaces {
    /*
     * The path of the last embedded URL (archive snapshots wrap the original) is split on everything but letters,
     * and runs of one to three words are looked up, longest first, as towns or counties under their own names.
     * A single word that is also a common English word counts only right after "in" and as a town of 50,000 or more
     * ("shooting-in-mobile", not "appears-in-court"). Of a name's readings the best is the most populous after the
     * region and country votes of the outlet (host name and domain, title, URL sections); a small town needs a
     * region vote unless it follows "in". The place found right after "in" wins over others; else the
     * first. The evidence is an empty span at the start of the text whose sentence is the URL.
     */
    private static final double CONFIDENCE = 0.3;

    private final Gazetteer gazetteer;
    private final RegionSignals signals;

    UrlPlaces(Gazetteer gazetteer, RegionSignals signals) {
        this.gazetteer = gazetteer;
        this.signals = signals;
    }

    Optional<Place> find(Doc doc) {
        String path = UrlPaths.path(doc.article().url());
        if (path.isEmpty()) return Optional.empty();
        String[] words = path.split("[^a-z]+");
        Map<String, Double> regions = new HashMap<>();
        signals.outlet(doc, List.of(), regions);
        signals.vote(doc, List.of(), regions);
        Map<String, Double> countries = new HashMap<>();
        signals.hostCountry(doc, countries);
        regions.forEach((k, v) -> countries.merge(k.substring(0, Math.max(0, k.indexOf('.'))), 0.5 * v, Double::sum));
        int best = -1;
        boolean bestAfterIn = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() < 3) continue;
            boolean afterIn = i > 0 && words[i - 1].equals("in");
            for (int len = Math.min(3, words.length - i); len >= 1; len--) {
                int r = reading(words, i, len, afterIn, regions, countries);
                if (r < 0) continue;
                if (i > 0 && MentionFinder.directionOfPart(gazetteer, words[i - 1], gazetteer.lookup(gazetteer.entry(r).name()))) {
                    i += len - 1; // "in-east-germantown": a city's part, not the small town of that name elsewhere
                    break;
                }
                if (best < 0 || afterIn && !bestAfterIn) {
                    best = r;
                    bestAfterIn = afterIn;
                }
                i += len - 1;
                break;
            }
        }
        if (best < 0) return Optional.empty();
        GazetteerEntry e = gazetteer.entry(best);
        Evidence ev = new Evidence(doc.article().id(), 0, 0, doc.article().url());
        return Optional.of(new Place(e.name(), e.admin1(), e.country(), Double.isNaN(e.lat()) ? null : Math.round(e.lat() * 1e4) / 1e4,
                Double.isNaN(e.lon()) ? null : Math.round(e.lon() * 1e4) / 1e4, e.id(), Place.Role.INCIDENT, ev, CONFIDENCE));
    }

    /**
     * The town (or "X County") the outlet's host name is made of, when the URL names none: "natchezdemocrat.com",
     * "fox13memphis.com", "delrionewsherald.com", "morgancountycitizen.com", and a county's name alone where the country
     * has no town of that name ("pottawatomietimes.com": Pottawatomie County), in the host's country (the US for generic
     * domains: "nbcmontana.com" is not at Montana, Bulgaria); a four-letter name only when the rest of its label is
     * common words ("renotimes.com", not "kentucky.com"). Low confidence: the story of a local outlet that names no
     * place most likely happened in its town.
     */
    Optional<Place> fromHost(Doc doc) {
        String host = RegionSignals.outletHost(doc);
        int dot = host.lastIndexOf('.');
        if (dot <= 0) return Optional.empty();
        Map<String, Double> regions = new HashMap<>();
        signals.outlet(doc, List.of(), regions);
        Map<String, Double> countries = new HashMap<>();
        signals.hostCountry(doc, countries);
        String country = RegionSignals.hostCountry(host, dot);
        int best = -1;
        int bestLen = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String part : host.substring(0, dot).split("[^a-z]+")) {
            if (part.equals("www")) continue;
            for (int i = 0; i < part.length(); i++) {
                for (int j = part.length(); j - i >= HOST_MIN_WORD && j - i >= bestLen; j--) {
                    if (j - i < HOST_MIN && !(signals.wordsOnly(part.substring(0, i)) && signals.wordsOnly(part.substring(j)))) continue;
                    boolean written = part.startsWith("county", j);
                    for (String name : spellings(part.substring(i, j))) {
                        if (!written && gazetteer.isCommonWord(part.substring(i, j))) continue;
                        // "pottawatomietimes.com": a county's name alone, when the country has no town of that name
                        boolean bare = !written && j - i >= HOST_MIN && !townNamed(name, country);
                        boolean county = written || bare;
                        String surface = county ? name + " County" : name;
                        for (int r : gazetteer.lookup(surface)) {
                            Kind kind = gazetteer.kind(r);
                            if (!(kind == Kind.PLACE && !county && gazetteer.population(r) >= HOST_MIN_POPULATION
                                    || kind == Kind.COUNTY && county) || !gazetteer.isOwnName(r, surface)
                                    || !gazetteer.entry(r).name().equals(surface) || !gazetteer.country(r).equals(country)) {
                                continue;
                            }
                            int len = j - i + (written ? 6 : 0);
                            double sc = 0.35 * Math.log10(gazetteer.population(r) + 1.0) + 0.9 * Math.min(regions.getOrDefault(gazetteer.admin1Key(r), 0.0), 3.0)
                                    + 0.6 * Math.min(countries.getOrDefault(gazetteer.country(r), 0.0), 3.0);
                            if (len > bestLen || len == bestLen && sc > bestScore) {
                                best = r;
                                bestLen = len;
                                bestScore = sc;
                            }
                        }
                    }
                }
            }
        }
        if (best < 0) return Optional.empty();
        GazetteerEntry e = gazetteer.entry(best);
        Evidence ev = new Evidence(doc.article().id(), 0, 0, host);
        return Optional.of(new Place(e.name(), e.admin1(), e.country(), Double.isNaN(e.lat()) ? null : Math.round(e.lat() * 1e4) / 1e4,
                Double.isNaN(e.lon()) ? null : Math.round(e.lon() * 1e4) / 1e4, e.id(), Place.Role.INCIDENT, ev, HOST_CONFIDENCE));
    }

    /** True when the gazetteer lists a town of exactly that name in the country. */
    private boolean townNamed(String name, String country) {
        for (int r : gazetteer.lookup(name)) {
            if (gazetteer.kind(r) == Kind.PLACE && gazetteer.country(r).equals(country) && gazetteer.entry(r).name().equals(name)) return true;
        }
        return false;
    }

    /** Shortest run of host letters read as a town anywhere in a label. */
    private static final int HOST_MIN = 5;
    /**
     * Shortest run of host letters read as a town when the rest of its label is common words ("renotimes", "gowaco"):
     * a short name found inside other letters is mostly chance ("kent" in "kentucky").
     */
    private static final int HOST_MIN_WORD = 4;
    /** A town read from the host needs this many inhabitants ("fox13memphis", not a hamlet named "Foxb"). */
    private static final long HOST_MIN_POPULATION = 5_000;
    private static final double HOST_CONFIDENCE = 0.15;

    /** "delrio": "Delrio", "Del Rio", "Delr Io", ... (capitalised, at most one space). */
    static List<String> spellings(String letters) {
        List<String> out = new java.util.ArrayList<>(letters.length());
        out.add(Character.toUpperCase(letters.charAt(0)) + letters.substring(1));
        for (int k = 2; k <= letters.length() - 2; k++) {
            out.add(Character.toUpperCase(letters.charAt(0)) + letters.substring(1, k) + " "
                    + Character.toUpperCase(letters.charAt(k)) + letters.substring(k + 1));
        }
        return out;
    }

    private int reading(String[] words, int from, int len, boolean afterIn, Map<String, Double> regions, Map<String, Double> countries) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            if (words[k].length() < 2) return -1;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(words[k].charAt(0))).append(words[k], 1, words[k].length());
        }
        String surface = b.toString();
        if (len == 1 && Lexicon.STOP.contains(surface) && !(afterIn && Lexicon.STOP_UNLESS_CONTEXT.contains(surface))) return -1;
        boolean common = len == 1 && gazetteer.isCommonWord(words[from]);
        if (common && !afterIn) return -1;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int r : gazetteer.lookup(surface)) {
            Kind kind = gazetteer.kind(r);
            if (kind != Kind.PLACE && kind != Kind.COUNTY || !gazetteer.isOwnName(r, surface)) continue;
            double support = regions.getOrDefault(gazetteer.admin1Key(r), 0.0);
            if (gazetteer.population(r) < 50_000 && (common || support <= 0 && !afterIn)) continue; // "appears-in-court"
            double s = 0.35 * Math.log10(gazetteer.population(r) + 1.0) + 0.9 * Math.min(support, 3.0)
                    + 0.6 * Math.min(countries.getOrDefault(gazetteer.country(r), 0.0), 3.0);
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
        }
        return best;
    }
}
