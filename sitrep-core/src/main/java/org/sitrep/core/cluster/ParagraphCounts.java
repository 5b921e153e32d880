package org.sitrep.core.cluster;

/**
 * In how many documents each paragraph hash was seen, over a sliding memory: counts live in a current and a
 * previous generation (primitive open-addressing tables); every {@code generationDocs} documents the previous one is
 * dropped, so a paragraph not seen again within one to two generations is forgotten while repeated site furniture
 * keeps being carried forward. Not thread-safe.
 */
final class ParagraphCounts {
    private final int generationDocs;
    private Table current = new Table();
    private Table previous = new Table();
    private int docs;

    ParagraphCounts(int generationDocs) {
        this.generationDocs = generationDocs;
    }

    /** Documents seen so far that carried paragraph {@code h}. */
    int get(long h) {
        int c = current.get(h);
        return c >= 0 ? c : Math.max(0, previous.get(h));
    }

    /** Counts one more document carrying {@code h}. */
    void increment(long h) {
        int c = current.get(h);
        if (c < 0) c = Math.max(0, previous.get(h));
        current.put(h, c + 1);
    }

    /** Ends a document; rotates the generations when one is full. */
    void endDocument() {
        if (++docs % generationDocs == 0) {
            previous = current;
            current = new Table();
        }
    }

    int size() {
        return current.size + previous.size;
    }

    private static final class Table {
        private static final long FREE = 0;
        long[] keys = new long[64];
        int[] vals = new int[64];
        int size;
        boolean hasZero;
        int zeroVal;

        int get(long k) {
            if (k == FREE) return hasZero ? zeroVal : -1;
            int mask = keys.length - 1;
            for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == k) return vals[i];
                if (keys[i] == FREE) return -1;
            }
        }

        void put(long k, int v) {
            if (k == FREE) {
                if (!hasZero) size++;
                hasZero = true;
                zeroVal = v;
                return;
            }
            if ((size + 1) * 2 > keys.length) grow();
            int mask = keys.length - 1;
            int i = mix(k) & mask;
            while (keys[i] != FREE && keys[i] != k) i = (i + 1) & mask;
            if (keys[i] == FREE) size++;
            keys[i] = k;
            vals[i] = v;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = vals;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < ok.length; j++) {
                if (ok[j] == FREE) continue;
                int i = mix(ok[j]) & mask;
                while (keys[i] != FREE) i = (i + 1) & mask;
                keys[i] = ok[j];
                vals[i] = ov[j];
            }
        }

        private static int mix(long x) {
            long h = x * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
