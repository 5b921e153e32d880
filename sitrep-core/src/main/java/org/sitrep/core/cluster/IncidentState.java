package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running state of one incident: summed member vectors (compared by cosine, as centroids), dates, the last
 * members' vectors, and tallies of extracted places, event types and figures. Mutable; owned by the clusterer.
 */
final class IncidentState {
    /** Members whose own vectors are kept for the nearest-member feature. */
    static final int RECENT = 6;

    final String id;
    final long seq;
    int size;
    final SparseSum full = new SparseSum();
    final SparseSum head = new SparseSum();
    final SparseSum ents = new SparseSum();
    long daySum;
    int dated;
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    final List<ArticleRep> recent = new ArrayList<>();
    /** Distinct extracted places, event types and figures of the members. */
    final Names places = new Names();
    final Names types = new Names();
    final Longs killed = new Longs();
    final Longs injured = new Longs();
    /** Latest years written in the members' texts ({@link ArticleRep#year}), with counts. */
    final Map<Integer, Integer> years = new HashMap<>();
    /** Names in the members' titles and leads ({@link ArticleRep#leadNames}), with the number of members naming each. */
    final Map<Integer, Integer> leadNames = new HashMap<>();
    /** The members' protagonists ({@link ArticleRep#protagonists}), with the number of members writing each most. */
    final Map<Integer, Integer> protagonists = new HashMap<>();
    /** Members naming each weekday in their title and lead ({@link LeadEvent#weekdays}), and members naming any. */
    final int[] weekdays = new int[7];
    int weekdayMembers;
    /** Members naming each month in their title and lead ({@link LeadEvent#months}), and members naming any. */
    final int[] months = new int[12];
    int monthMembers;
    /** Figures of the members' titles and leads ({@link LeadEvent#figures}), and members writing any. */
    final Longs leadFigures = new Longs();
    int figureMembers;
    /** Members whose title reports a step of the legal process ({@link ArticleRep#followUp}). */
    int followUps;
    /** (place, extracted incident day) of members that have both, as {@link #placeDay} keys. */
    final Longs placeDays = new Longs();
    /** Lead figures kept per incident at most (a scan per undated candidate). */
    static final int MAX_FIGURES = 64;
    /** Street keys kept per incident at most (a scan per candidate; the first members' streets are the incident's). */
    static final int MAX_STREETS = 64;
    /** Street keys of the members ({@link ArticleRep#streets}), at most {@link #MAX_STREETS}. */
    final Longs streets = new Longs();
    /** Person keys kept per incident at most (a scan per candidate whose article names a rare person). */
    static final int MAX_PERSONS = 64;
    /** Victims and suspects named in full by the members ({@link ArticleRep#persons}), at most {@link #MAX_PERSONS}. */
    final Longs persons = new Longs();
    /** Places kept with coordinates per incident at most (a scan per candidate whose place is none of the incident's). */
    static final int MAX_COORDS = 16;
    /**
     * Coordinates of the members' extracted places, one per place name as it first arrived, at most {@link #MAX_COORDS}:
     * how far the article's place lies from the incident's ({@link #nearestKm}). {@link #COORD} cells each: latitude and
     * longitude in degrees, then the latitude in radians and its cosine, which {@link #nearestKm} would otherwise
     * compute again for every candidate pair (the same values).
     */
    double[] coords = new double[2 * COORD];
    /** Cells of {@link #coords} per place. */
    private static final int COORD = 4;
    int coordCount;
    /** Extracted incident days of the members that have one, with counts, and the most frequent (earliest on ties). */
    final Map<Integer, Integer> factDays = new HashMap<>();
    /** The keys of {@link #factDays} in ascending order, in a primitive array ({@link #hasFactDayNear} reads them per candidate). */
    private int[] factDayKeys = new int[4];
    private int factDayCount;
    int modeFactDay = ArticleRep.UNDATED;

    /** Ids of the member articles, and of incidents merged into this one (both dropped with it on eviction). */
    final List<String> members = new ArrayList<>();
    final List<String> absorbed = new ArrayList<>();
    /** The clusterer's clock (newest day seen) when a member last arrived; the eviction horizon is measured from it. */
    int lastActive = ArticleRep.UNDATED;
    /** Arrival number of the latest member (orders incidents idle since the same day). */
    long lastSeq;
    /** Set once the incident has left the clusterer's state. */
    boolean evicted;
    /** The incident this one was merged into, or null. */
    IncidentState mergedInto;
    /** Scratch for candidate counting: the query that last touched this incident, and its hit count there. */
    int mark;
    int hits;
    /** Scratch: retrieved by the rare-name or follow-up place section alone in the current query (not checked for a remerge). */
    boolean nameOnly;

    IncidentState(String id, long seq) {
        this.id = id;
        this.seq = seq;
    }

    void add(ArticleRep a) {
        size++;
        members.add(a.id());
        full.addAll(a.full());
        head.addAll(a.head());
        ents.addAll(a.ents());
        if (a.dated()) {
            daySum += a.day();
            dated++;
            minDay = Math.min(minDay, a.day());
            maxDay = Math.max(maxDay, a.day());
        }
        recent.add(a);
        if (recent.size() > RECENT) recent.remove(0);
        if (a.place() != null) {
            if (!Double.isNaN(a.lat()) && !places.contains(a.place())) addCoord(a.lat(), a.lon());
            places.add(a.place());
        }
        if (a.eventType() != null) types.add(a.eventType());
        if (a.killed() >= 0) killed.add(a.killed());
        if (a.injured() >= 0) injured.add(a.injured());
        if (a.year() > 0) years.merge(a.year(), 1, Integer::sum);
        for (int t : a.leadNames()) leadNames.merge(t, 1, Integer::sum);
        for (int t : a.protagonists()) protagonists.merge(t, 1, Integer::sum);
        LeadEvent ev = a.event();
        if (ev.weekdays() != 0) {
            weekdayMembers++;
            for (int d = 0; d < 7; d++) if ((ev.weekdays() & 1 << d) != 0) weekdays[d]++;
        }
        if (ev.months() != 0) {
            monthMembers++;
            for (int m = 0; m < 12; m++) if ((ev.months() & 1 << m) != 0) months[m]++;
        }
        if (ev.figures().length > 0) {
            figureMembers++;
            for (long v : ev.figures()) if (leadFigures.size() < MAX_FIGURES) leadFigures.add(v);
        }
        if (a.place() != null && a.factDated()) placeDays.add(placeDay(a.place(), a.day()));
        for (int k : a.streets()) if (streets.size() < MAX_STREETS) streets.add(k);
        for (long k : a.persons()) if (persons.size() < MAX_PERSONS) persons.add(k);
        if (a.factDated()) countFactDay(a.day(), 1);
        if (a.followUp()) followUps++;
    }

    private void addCoord(double lat, double lon) {
        if (coordCount == MAX_COORDS) return;
        if (COORD * coordCount == coords.length) coords = java.util.Arrays.copyOf(coords, coords.length * 2);
        int at = COORD * coordCount;
        double phi = Math.toRadians(lat);
        coords[at] = lat;
        coords[at + 1] = lon;
        coords[at + 2] = phi;
        coords[at + 3] = Math.cos(phi);
        coordCount++;
    }

    /** Mean earth radius in km. */
    private static final double EARTH_KM = 6371.0;

    /**
     * Great-circle distance in km from ({@code lat}, {@code lon}) to the nearest of the members' places with
     * coordinates, or {@link Double#NaN} when the point or every member's place is unresolved (haversine).
     */
    double nearestKm(double lat, double lon) {
        if (Double.isNaN(lat) || coordCount == 0) return Double.NaN;
        return 2 * EARTH_KM * Math.asin(Math.sqrt(Math.min(1, nearestHaversine(lat, lon, Double.POSITIVE_INFINITY))));
    }

    /**
     * {@link #nearestKm} when it is at most {@code maxKm}, else {@link Double#MAX_VALUE} ({@link Double#NaN} where
     * {@link #nearestKm} gives it): the same value, but a place whose latitude alone lies more than {@code maxKm} away
     * is passed over without its sines (a great circle is never shorter than its north-south part, so the nearest
     * place within {@code maxKm} is never one of them). For the many points of which few are near
     * ({@link LinkModel#homonymKm}).
     */
    double nearestKmWithin(double lat, double lon, double maxKm) {
        if (Double.isNaN(lat) || coordCount == 0) return Double.NaN;
        // a hair over maxKm in radians, so that rounding never passes over a place within maxKm
        double best = nearestHaversine(lat, lon, maxKm / EARTH_KM + 1e-9);
        if (best == Double.MAX_VALUE) return Double.MAX_VALUE;
        double km = 2 * EARTH_KM * Math.asin(Math.sqrt(Math.min(1, best)));
        return km <= maxKm ? km : Double.MAX_VALUE;
    }

    /**
     * The smallest haversine term ({@code sin^2(dPhi/2) + cos phi1 cos phi2 sin^2(dLam/2)}) from the point to the
     * members' places, passing over those whose latitude differs by more than {@code maxDPhi} radians;
     * {@link Double#MAX_VALUE} when every place is passed over.
     */
    private double nearestHaversine(double lat, double lon, double maxDPhi) {
        double phi = Math.toRadians(lat);
        double best = Double.MAX_VALUE;
        double cosPhi = Double.NaN;
        double[] xy = coords;
        for (int i = 0; i < coordCount; i++) {
            int at = COORD * i;
            double dPhi = xy[at + 2] - phi;
            if (Math.abs(dPhi) > maxDPhi) continue;
            if (Double.isNaN(cosPhi)) cosPhi = Math.cos(phi);
            double dLam = Math.toRadians(xy[at + 1] - lon);
            double sPhi = Math.sin(dPhi / 2);
            double sLam = Math.sin(dLam / 2);
            double h = sPhi * sPhi + cosPhi * xy[at + 3] * sLam * sLam;
            best = Math.min(best, h);
        }
        return best;
    }

    private void countFactDay(int day, int n) {
        int at = java.util.Arrays.binarySearch(factDayKeys, 0, factDayCount, day);
        if (at < 0) {
            at = -at - 1;
            if (factDayCount == factDayKeys.length) factDayKeys = java.util.Arrays.copyOf(factDayKeys, factDayCount * 2);
            System.arraycopy(factDayKeys, at, factDayKeys, at + 1, factDayCount - at);
            factDayKeys[at] = day;
            factDayCount++;
        }
        int c = factDays.merge(day, n, Integer::sum);
        int best = modeFactDay == ArticleRep.UNDATED ? 0 : factDays.getOrDefault(modeFactDay, 0);
        if (c > best || (c == best && day < modeFactDay)) modeFactDay = day;
    }

    /** Number of {@code keys} that a member named ({@link #persons}). */
    /** True when a member's extracted incident day lies within a day of one of {@code days}. */
    boolean hasFactDayNear(int[] days) {
        if (factDayCount == 0) return false;
        for (int d : days) {
            // the first held day from d - 1 on, if it is at most d + 1
            int i = java.util.Arrays.binarySearch(factDayKeys, 0, factDayCount, d - 1);
            if (i < 0) i = -i - 1;
            if (i < factDayCount && factDayKeys[i] <= d + 1 && factDayKeys[i] >= d - 1) return true;
        }
        return false;
    }

    int sharedPersons(long[] keys) {
        int n = 0;
        for (long k : keys) if (persons.contains(k)) n++;
        return n;
    }

    /** True when a member's street key is one of {@code keys}. */
    boolean sharesStreet(int[] keys) {
        for (int k : keys) if (streets.contains(k)) return true;
        return false;
    }

    static long placeDay(String place, int day) {
        return ((long) place.hashCode() << 32) ^ (day & 0xFFFFFFFFL);
    }

    /** True when a member has the same extracted place and an extracted incident date within a day of {@code a}'s. */
    boolean samePlaceAndDay(ArticleRep a) {
        if (a.place() == null || !a.factDated() || placeDays.isEmpty()) return false;
        for (int d = -1; d <= 1; d++) if (placeDays.contains(placeDay(a.place(), a.day() + d))) return true;
        return false;
    }

    /** Absorbs another incident (a merge). */
    void absorb(IncidentState o) {
        size += o.size;
        full.addAll(o.full);
        head.addAll(o.head);
        ents.addAll(o.ents);
        daySum += o.daySum;
        dated += o.dated;
        minDay = Math.min(minDay, o.minDay);
        maxDay = Math.max(maxDay, o.maxDay);
        recent.addAll(o.recent);
        while (recent.size() > RECENT) recent.remove(0);
        places.addAll(o.places);
        for (int i = 0; i < o.coordCount; i++) addCoord(o.coords[COORD * i], o.coords[COORD * i + 1]);
        types.addAll(o.types);
        killed.addAll(o.killed);
        injured.addAll(o.injured);
        o.years.forEach((k, v) -> years.merge(k, v, Integer::sum));
        o.leadNames.forEach((k, v) -> leadNames.merge(k, v, Integer::sum));
        o.protagonists.forEach((k, v) -> protagonists.merge(k, v, Integer::sum));
        for (int d = 0; d < 7; d++) weekdays[d] += o.weekdays[d];
        weekdayMembers += o.weekdayMembers;
        for (int m = 0; m < 12; m++) months[m] += o.months[m];
        monthMembers += o.monthMembers;
        leadFigures.addAll(o.leadFigures, MAX_FIGURES);
        figureMembers += o.figureMembers;
        followUps += o.followUps;
        placeDays.addAll(o.placeDays);
        streets.addAll(o.streets, MAX_STREETS);
        persons.addAll(o.persons, MAX_PERSONS);
        o.factDays.forEach((d, n) -> countFactDay(d, n));
        members.addAll(o.members);
        absorbed.add(o.id);
        absorbed.addAll(o.absorbed);
        lastActive = Math.max(lastActive, o.lastActive);
        lastSeq = Math.max(lastSeq, o.lastSeq);
        o.mergedInto = this;
        o.release();
    }

    /** The incident this one now lives in (itself unless merged). */
    IncidentState live() {
        IncidentState s = this;
        while (s.mergedInto != null) s = s.mergedInto;
        return s;
    }

    /** Frees the vectors and tallies of an incident that was merged away or evicted (postings may still point here). */
    void release() {
        full.clear();
        head.clear();
        ents.clear();
        recent.clear();
        places.clear();
        coords = new double[2 * COORD];
        coordCount = 0;
        types.clear();
        killed.clear();
        injured.clear();
        years.clear();
        leadNames.clear();
        protagonists.clear();
        leadFigures.clear();
        placeDays.clear();
        streets.clear();
        persons.clear();
        factDays.clear();
        factDayKeys = new int[4];
        factDayCount = 0;
        members.clear();
        absorbed.clear();
    }

    double meanDay() {
        return dated == 0 ? Double.NaN : daySum / (double) dated;
    }

    /**
     * A set of distinct strings in arrival order, with their hash codes in a primitive array: an incident holds a
     * handful, so a scan of the hashes touches less memory than a hash map probe (these are read for every candidate
     * of every article).
     */
    static final class Names {
        private int[] hashes = new int[2];
        private String[] names = new String[2];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(String s) {
            int h = s.hashCode();
            for (int i = 0; i < size; i++) if (hashes[i] == h && names[i].equals(s)) return true;
            return false;
        }

        void add(String s) {
            if (contains(s)) return;
            if (size == names.length) {
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
                names = java.util.Arrays.copyOf(names, size * 2);
            }
            hashes[size] = s.hashCode();
            names[size++] = s;
        }

        void addAll(Names o) {
            for (int i = 0; i < o.size; i++) add(o.names[i]);
        }

        void clear() {
            hashes = new int[2];
            names = new String[2];
            size = 0;
        }
    }

    /** A set of distinct longs in a primitive array (see {@link Names}). */
    static final class Longs {
        private long[] values = new long[2];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        boolean contains(long v) {
            for (int i = 0; i < size; i++) if (values[i] == v) return true;
            return false;
        }

        void add(long v) {
            if (contains(v)) return;
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        void addAll(Longs o) {
            for (int i = 0; i < o.size; i++) add(o.values[i]);
        }

        /** Adds {@code o}'s values while fewer than {@code max} are held. */
        void addAll(Longs o, int max) {
            for (int i = 0; i < o.size && size < max; i++) add(o.values[i]);
        }

        int size() {
            return size;
        }

        long get(int i) {
            return values[i];
        }

        void clear() {
            values = new long[2];
            size = 0;
        }
    }
}
