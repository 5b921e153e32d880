package org.sitrep.core.cluster;

/**
 * The clusterer's inverted index from (term, time bucket) to the incidents that used the term in that bucket, with
 * undated sections: the undated bucket, the long-range (far) bucket, the rare-name and place sections, and the
 * (extracted place, incident day) section, which also holds (map cell of the place's coordinates, incident day) keys ({@link #geoDayKey}). Postings hold {@link IncidentState}
 * references, resolved through merges on read; a list that grew past {@code maxPostings} is a common term and is
 * skipped. Dated buckets are dropped once they fall behind the clusterer's horizon; the two undated sections
 * are trimmed of evicted incidents instead. Not thread-safe.
 *
 * <p>The dated section is keyed by term first ({@link Buckets}: a term's buckets in ascending order, each with its
 * list), so an article's look-up around its day is one hash probe per term followed by a short scan of that term's
 * buckets, not one probe per term in each of the 17 to 34 buckets of its window (most of which miss: session 6
 * measured these probes at a fifth of the clusterer's time on gva-dev). The lists are the same either way.
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

    /** The dated posting lists of one term: its buckets in ascending order, each with its list. */
    static final class Buckets {
        int[] buckets = new int[2];
        Posting[] postings = new Posting[2];
        int size;

        /** Index of the first bucket at or after {@code b} ({@link #size} when none). */
        int from(int b) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (buckets[mid] < b) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** The list of bucket {@code b}, or null when the term has none there. */
        Posting get(int b) {
            int i = from(b);
            return i < size && buckets[i] == b ? postings[i] : null;
        }

        /** Inserts an empty list for bucket {@code b}, which the term does not have yet, and returns it. */
        Posting insert(int b) {
            int i = from(b);
            if (size == buckets.length) {
                buckets = java.util.Arrays.copyOf(buckets, size * 2);
                postings = java.util.Arrays.copyOf(postings, size * 2);
            }
            System.arraycopy(buckets, i, buckets, i + 1, size - i);
            System.arraycopy(postings, i, postings, i + 1, size - i);
            buckets[i] = b;
            postings[i] = new Posting();
            size++;
            return postings[i];
        }

        /** Drops the buckets before {@code minBucket}; returns how many. */
        int dropBefore(int minBucket) {
            int k = from(minBucket);
            if (k == 0) return 0;
            System.arraycopy(buckets, k, buckets, 0, size - k);
            System.arraycopy(postings, k, postings, 0, size - k);
            java.util.Arrays.fill(postings, size - k, size, null);
            size -= k;
            return k;
        }
    }

    private final int maxPostings;
    private final IntMap<Buckets> dated = new IntMap<>();
    /** (term, bucket) lists in {@link #dated}. */
    private long datedLists;
    /** The bucket {@link #trim} last dropped the dated lists before, and the oldest bucket indexed since then. */
    private int datedFrom = Integer.MIN_VALUE;
    private int oldestAdded = Integer.MAX_VALUE;
    private final IntMap<Posting> undated = new IntMap<>();
    private final IntMap<Posting> far = new IntMap<>();
    private final IntMap<Posting> placeDays = new IntMap<>();
    private final IntMap<Posting> names = new IntMap<>();
    private final IntMap<Posting> places = new IntMap<>();

    CandidateIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** The dated lists of {@code term}, or null when it has none. */
    Buckets dated(int term) {
        return dated.get(term);
    }

    /** The undated bucket. */
    IntMap<Posting> undated() {
        return undated;
    }

    IntMap<Posting> far() {
        return far;
    }

    /** Indexes {@code terms} of incident {@code s} in bucket {@code b} (null: undated). */
    void add(Integer b, int[] terms, IncidentState s) {
        if (b == null) {
            add(undated, terms, s);
            return;
        }
        oldestAdded = Math.min(oldestAdded, b);
        for (int t : terms) {
            Buckets tb = dated.get(t);
            if (tb == null) {
                tb = new Buckets();
                dated.put(t, tb);
            }
            Posting p = tb.get(b);
            if (p == null) {
                p = tb.insert(b);
                datedLists++;
            }
            add(p, s);
        }
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
            add(p, s);
        }
    }

    /** Appends {@code s} to {@code p} unless the list is already past the cap or ends with {@code s}. */
    private void add(Posting p, IncidentState s) {
        if (p.size <= maxPostings && (p.size == 0 || p.items[p.size - 1].live() != s)) p.add(s);
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
        long removed = 0;
        if (minBucket > datedFrom || oldestAdded < minBucket) {
            // a pass over every term, only when some bucket can lie before minBucket
            datedFrom = Math.max(datedFrom, minBucket);
            oldestAdded = Integer.MAX_VALUE;
            long[] dropped = {0};
            dated.removeIf(tb -> {
                dropped[0] += tb.dropBefore(minBucket);
                return tb.size == 0;
            });
            removed = dropped[0];
            datedLists -= removed;
        }
        int before = undated.size() + far.size() + placeDays.size() + names.size() + places.size();
        undated.removeIf(Posting::trim);
        far.removeIf(Posting::trim);
        placeDays.removeIf(Posting::trim);
        names.removeIf(Posting::trim);
        places.removeIf(Posting::trim);
        return (int) removed + before - undated.size() - far.size() - placeDays.size() - names.size() - places.size();
    }

    /** Posting lists held (for the scale bench and tests). */
    long lists() {
        return datedLists + undated.size() + far.size() + placeDays.size() + names.size() + places.size();
    }
}
