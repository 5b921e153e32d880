package org.sitrep.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Vocabulary with incrementally updated document frequencies, and the sparse TF-IDF vectors built from it.
 * Words are lower-cased runs of 2+ letters or digits, English stop words removed; weights are sublinear tf
 * times the stream idf {@code ln((1 + n) / (1 + df)) + 1} counted over the documents seen so far including
 * the current one (as in the peers), and vectors are L2-normalised. A vector is fixed when built. Named
 * entities (capitalised words and runs of them that do not open a sentence) live in the same vocabulary under
 * a prefix and get their own vector. Not thread-safe.
 */
final class Terms {
    /** A sparse unit vector: term ids in ascending order with their weights. */
    record Vec(int[] ids, double[] weights) {
        static final Vec EMPTY = new Vec(new int[0], new double[0]);

        double dot(Vec o) {
            int i = 0;
            int j = 0;
            double s = 0;
            while (i < ids.length && j < o.ids.length) {
                int a = ids[i];
                int b = o.ids[j];
                if (a == b) {
                    s += weights[i++] * o.weights[j++];
                } else if (a < b) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }

        /** Ids of the {@code k} heaviest terms. */
        int[] top(int k) {
            int m = Math.min(k, ids.length);
            int[] out = new int[m];
            boolean[] taken = new boolean[ids.length];
            for (int r = 0; r < m; r++) {
                int best = -1;
                for (int i = 0; i < ids.length; i++) {
                    if (!taken[i] && (best < 0 || weights[i] > weights[best])) best = i;
                }
                taken[best] = true;
                out[r] = ids[best];
            }
            return out;
        }
    }

    private static final Set<String> STOP = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
            "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says",
            "say", "told", "according", "news", "mr", "mrs", "ms", "one", "two", "new", "us", "may", "like",
            "get", "got", "went", "go", "would", "could", "many", "much", "around", "since", "still", "well",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december"));

    /** A paragraph already seen in this many earlier documents is treated as site furniture (teasers, menus). */
    static final int FURNITURE_DOCS = 2;
    private static final int MIN_PARAGRAPH_CHARS = 30;

    private final Map<Long, Integer> paragraphDocs = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private boolean[] multiword = new boolean[1024];
    private int docs;

    /**
     * The body without repeated paragraphs and without paragraphs that earlier documents already carried in
     * {@link #FURNITURE_DOCS} or more copies (an outlet's teasers and menus repeat across its unrelated stories;
     * a story's own paragraphs rarely do). Counts the body's paragraphs when {@code count} is set.
     */
    String content(String body, boolean count) {
        StringBuilder out = new StringBuilder(body.length());
        java.util.Set<Long> mine = new java.util.HashSet<>();
        for (String para : body.split("\n")) {
            long h = 0x9E3779B97F4A7C15L;
            int letters = 0;
            for (int i = 0; i < para.length(); i++) {
                char c = para.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                    letters++;
                }
            }
            if (letters < MIN_PARAGRAPH_CHARS) {
                out.append(para).append('\n');
                continue;
            }
            if (!mine.add(h)) continue;
            if (paragraphDocs.getOrDefault(h, 0) >= FURNITURE_DOCS) continue;
            out.append(para).append('\n');
        }
        if (count) for (long h : mine) paragraphDocs.merge(h, 1, Integer::sum);
        return out.toString();
    }

    /** Text vector of {@code text}; counts the document in the frequencies when {@code count} is set. */
    Vec words(String text, boolean count) {
        Map<String, Integer> tf = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) j++;
            if (j - i >= 2) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (!STOP.contains(w)) tf.merge(w, 1, Integer::sum);
            }
            i = j;
        }
        return vector(tf, count);
    }

    /** Entity vector: capitalised words not opening a sentence, and runs of them joined. */
    Vec entities(String text, boolean count) {
        Map<String, Integer> tf = new HashMap<>();
        List<String> run = new ArrayList<>();
        boolean sentenceStart = true;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (Character.isLetter(c)) {
                int j = i;
                while (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) j++;
                String w = text.substring(i, j);
                String l = w.toLowerCase(Locale.ROOT);
                boolean cap = Character.isUpperCase(c) && w.length() >= 2 && !STOP.contains(l);
                if (cap && !sentenceStart) {
                    run.add(l);
                    tf.merge("\u00a7" + l, 1, Integer::sum);
                } else {
                    flush(run, tf);
                }
                sentenceStart = false;
                i = j;
            } else {
                if (c != ' ' && c != '-') flush(run, tf);
                if (c == '.' || c == '\n' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c') {
                    sentenceStart = true;
                }
                i++;
            }
        }
        return vector(tf, count);
    }

    /** True when term {@code id} is an entity of two or more words (a name, not a lone capitalised word). */
    boolean isMultiword(int id) {
        return id < multiword.length && multiword[id];
    }

    /** Ids of the multi-word entities of {@code v} seen in at most {@code maxDocs} documents so far. */
    int[] rareNames(Vec v, int maxDocs) {
        int[] out = new int[v.ids().length];
        int k = 0;
        for (int id : v.ids()) if (isMultiword(id) && df[id] <= maxDocs) out[k++] = id;
        return Arrays.copyOf(out, k);
    }

    private static void flush(List<String> run, Map<String, Integer> tf) {
        if (run.size() >= 2) tf.merge("\u00a7" + String.join(" ", run), 1, Integer::sum);
        run.clear();
    }

    private Vec vector(Map<String, Integer> tf, boolean count) {
        if (count) docs++;
        long[] packed = new long[tf.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id == null) {
                id = ids.size();
                ids.put(e.getKey(), id);
                if (id >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                    multiword = Arrays.copyOf(multiword, df.length);
                }
                multiword[id] = e.getKey().indexOf(' ') > 0;
            }
            if (count) df[id]++;
            packed[k++] = ((long) id << 32) | e.getValue();
        }
        Arrays.sort(packed);
        int[] order = new int[packed.length];
        double[] w = new double[packed.length];
        double norm = 0;
        for (int x = 0; x < packed.length; x++) {
            int id = (int) (packed[x] >>> 32);
            order[x] = id;
            double idf = Math.log((1.0 + Math.max(docs, 1)) / (1.0 + df[id])) + 1.0;
            w[x] = (1.0 + Math.log((int) packed[x])) * idf;
            norm += w[x] * w[x];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int x = 0; x < w.length; x++) w[x] /= norm;
        return new Vec(order, w);
    }
}
