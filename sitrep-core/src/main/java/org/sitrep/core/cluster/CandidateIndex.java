package org.sitrep.core.cluster;

/**
 * The clusterer's inverted index from (term, time bucket) to the incidents that used the term in that bucket, with
 * undated sections: the undated bucket, the long-range (far) bucket, the rare-name and place sections, and the
 * (extracted place, incident day) section, which also holds (map cell of the place's coordinates, incident day) keys ({@link #geoDayKey}). Postings hold {@link IncidentState}
 * references, resolved through merges on read; a list that grew past {@code maxPostings} is a common term and is
 * skipped. Dated buckets are dropped whole once they fall behind the clusterer's horizon; the two undated sections
 * are trimmed of evicted incidents instead. Not thread-safe.
 */
final class CandidateIndex {
    /** A posting list: incidents in the order they were indexed. */
    static final class Posting {
        IncidentState[] items = new IncidentState[2];
        int size;

        void add(IncidentState s) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = s;
        }

        /** Drops evicted incidents; true when nothing is left. */
        boolean trim() {
            int k = 0;
            for (int i = 0; i < size; i++) if (!items[i].live().evicted) items[k++] = items[i];
            java.util.Arrays.fill(items, k, size, null);
            size = k;
            return size == 0;
        }
    }

    private final int maxPostings;
    private final java.util.TreeMap<Integer, IntMap<Posting>> dated = new java.util.TreeMap<>();
    private final IntMap<Posting> undated = new IntMap<>();
    private final IntMap<Posting> far = new IntMap<>();
    private final IntMap<Posting> placeDays = new IntMap<>();
    private final IntMap<Posting> names = new IntMap<>();
    private final IntMap<Posting> places = new IntMap<>();

    CandidateIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** The section of bucket {@code b} (null: the undated bucket), or null when it holds nothing. */
    IntMap<Posting> bucket(Integer b) {
        return b == null ? undated : dated.get(b);
    }

    IntMap<Posting> far() {
        return far;
    }

    /** Indexes {@code terms} of incident {@code s} in bucket {@code b} (null: undated). */
    void add(Integer b, int[] terms, IncidentState s) {
        IntMap<Posting> m;
        if (b == null) {
            m = undated;
        } else {
            m = dated.get(b);
            if (m == null) {
                m = new IntMap<>(64);
                dated.put(b, m);
            }
        }
        add(m, terms, s);
    }

    void addFar(int[] terms, IncidentState s) {
        add(far, terms, s);
    }

    /** The (extracted place, incident day) section: keys are {@link #placeDayKey} hashes. */
    IntMap<Posting> placeDays() {
        return placeDays;
    }

    /** The rare-name section: incidents by the rare multi-word names their members carry, across all time. */
    IntMap<Posting> names() {
        return names;
    }

    void addNames(int[] ids, IncidentState s) {
        add(names, ids, s);
    }

    /**
     * The place section: incidents by the extracted places of their members ({@link #placeKey}), across all time, for
     * the legal follow-ups of a shooting months later ({@link StandardClusterer}); a town's list stays short, a city's
     * grows past the cap and is skipped like a common term.
     */
    IntMap<Posting> places() {
        return places;
    }

    void addPlace(String place, IncidentState s) {
        add(places, new int[] {placeKey(place)}, s);
    }

    /** The key of an extracted place in the place section (a hash: a collision only adds a candidate). */
    static int placeKey(String place) {
        return place.hashCode();
    }

    void addPlaceDay(int key, IncidentState s) {
        add(placeDays, new int[] {key}, s);
    }

    /** The key of an extracted place on a day (a hash: collisions only add a candidate, scoring decides). */
    static int placeDayKey(String place, int day) {
        return place.hashCode() * 31 + day;
    }

    /** Degrees of latitude and longitude per cell of {@link #geoDayKey} (about 55 by 40 km in the United States). */
    static final double GEO_CELL_DEG = 0.5;

    /** The cell of a latitude or longitude (see {@link #GEO_CELL_DEG}). */
    static int geoCell(double deg) {
        return (int) Math.floor(deg / GEO_CELL_DEG);
    }

    /**
     * The key of a map cell on a day, in the (place, day) section (a hash apart from {@link #placeDayKey}'s: a
     * collision only adds a candidate).
     */
    static int geoDayKey(int latCell, int lonCell, int day) {
        int h = (latCell * 1_000_003 + lonCell) * 31 + day;
        return (h ^ 0x5bd1e995) * 0x9E3779B1;
    }

    private void add(IntMap<Posting> m, int[] terms, IncidentState s) {
        for (int t : terms) {
            Posting p = m.get(t);
            if (p == null) {
                p = new Posting();
                m.put(t, p);
            }
            if (p.size <= maxPostings && (p.size == 0 || p.items[p.size - 1].live() != s)) p.add(s);
        }
    }

    /** True when {@code p} is worth reading (present and not a common term). */
    boolean usable(Posting p) {
        return p != null && p.size <= maxPostings;
    }

    /**
     * Drops dated buckets before {@code minBucket} and evicted incidents from the undated and far sections.
     * Returns the number of posting lists removed.
     */
    int trim(int minBucket) {
        int removed = 0;
        java.util.SortedMap<Integer, IntMap<Posting>> old = dated.headMap(minBucket);
        for (IntMap<Posting> m : old.values()) removed += m.size();
        old.clear();
        int before = undated.size() + far.size() + placeDays.size() + names.size() + places.size();
        undated.removeIf(Posting::trim);
        far.removeIf(Posting::trim);
        placeDays.removeIf(Posting::trim);
        names.removeIf(Posting::trim);
        places.removeIf(Posting::trim);
        return removed + before - undated.size() - far.size() - placeDays.size() - names.size() - places.size();
    }

    /** Posting lists held (for the scale bench and tests). */
    long lists() {
        long n = undated.size() + far.size() + placeDays.size() + names.size() + places.size();
        for (IntMap<Posting> m : dated.values()) n += m.size();
        return n;
    }
}
