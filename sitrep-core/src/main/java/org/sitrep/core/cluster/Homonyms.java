package org.sitrep.core.cluster;

import org.sitrep.core.extract.place.Gazetteer;
import org.sitrep.core.extract.place.GazetteerEntry;
import org.sitrep.core.internal.Geo;
import org.sitrep.model.Place;

/**
 * The other readings of an article's place name: the coordinates of the populated places of the same country that
 * bear the name the extractor resolved, other than the one it chose. Stateless and thread-safe.
 *
 * <p>Why. The extractor reads one article at a time, so a name that many towns bear ("Dorchester", "Antioch",
 * "Russell", "Houston") is resolved to the most likely town by that article's own clues, and a short report that
 * names only a neighbourhood ("Several people wounded in Dorchester shooting") may land in another state. Against an
 * incident whose members are placed, the clusterer can read the name again: when one of its homonyms lies next to
 * the incident's places, that is the likelier reading (toponym disambiguation by the other reports' places). {@link
 * LinkModel} then scores the pair with the distance to that homonym ({@code placeNear}, {@code placeKm}), as it does
 * a neighbouring town that another outlet named; nothing else changes (the extracted place, its retrieval keys and
 * the facts stay the extractor's).
 */
final class Homonyms {
    /** Homonyms kept per article at most (common names such as "Franklin" have dozens; the most populous first). */
    static final int MAX = 24;
    /** A homonym within this many km of the resolved place is the same place (a postal record beside a city record). */
    private static final double SAME_KM = 5;

    private static final double[] NONE = new double[0];

    /**
     * False only while a measurement times clustering without the re-reading ({@code DedupClusterSpeedMeasureTest}
     * with {@code -Dspeed.ab=homonyms} alternates passes with and without it in one JVM); the pipeline never sets it.
     */
    static boolean enabled = true;

    private Homonyms() {
    }

    /**
     * Latitude and longitude pairs (flat: lat0, lon0, lat1, lon1, ...) of the other populated places of {@code p}'s
     * country that {@code p}'s name is the own name of, most populous first; empty when {@code p} is unresolved or
     * the name is unique in its country.
     */
    static double[] of(Place p) {
        if (!enabled || p == null || p.lat() == null || p.lon() == null || p.country() == null) return NONE;
        return of(Gazetteer.standard(), p.name(), p.country(), p.lat(), p.lon());
    }

    static double[] of(Gazetteer g, String name, String country, double lat, double lon) {
        int[] hits = g.lookup(name);
        if (hits.length < 2) return NONE;
        int[] keep = new int[Math.min(hits.length, 4 * MAX)];
        int n = 0;
        for (int i : hits) {
            if (n == keep.length) break;
            if (g.kind(i) != GazetteerEntry.Kind.PLACE || !country.equals(g.country(i)) || !g.isOwnName(i, name)) continue;
            if (Geo.km(lat, lon, g.lat(i), g.lon(i)) <= SAME_KM) continue;
            keep[n++] = i;
        }
        if (n == 0) return NONE;
        // most populous first, so the cap drops hamlets
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) order[k] = keep[k];
        java.util.Arrays.sort(order, (x, y) -> Long.compare(g.population(y), g.population(x)));
        int m = Math.min(n, MAX);
        double[] out = new double[2 * m];
        for (int k = 0; k < m; k++) {
            out[2 * k] = g.lat(order[k]);
            out[2 * k + 1] = g.lon(order[k]);
        }
        return out;
    }
}
