package org.sitrep.core.dedup;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.embed.Embedder;

/**
 * Ordered sentence alignment on sentence embeddings, for copies reworded too far for the stem test (a
 * machine translation back into English, a rewrite of a wire story). Not thread-safe.
 *
 * <p>Cost is bounded three ways: only candidates that already share enough anchors and failed the cheaper
 * tests are embedded; each side contributes at most {@link #MAX_SENTENCES} sentences; vectors are cached per
 * article (an LRU of {@link #CACHED_ARTICLES}). Texts are kept for the last {@link #TEXT_BUDGET} characters of
 * indexed articles only, so an original older than that cannot be embedded and is left to the stem test.
 */
final class SemanticAlignment {
    /** Cosine at which two sentence vectors are taken as the same sentence (all-MiniLM-L6-v2). */
    static final double COSINE = 0.8;
    static final int MAX_SENTENCES = 12;
    static final int CACHED_ARTICLES = 256;
    static final long TEXT_BUDGET = 8_000_000;
    private static final int MIN_SENTENCE_CHARS = 25;

    private final Embedder embedder;
    private final LinkedHashMap<Integer, String> texts = new LinkedHashMap<>();
    private long textChars;
    private final LinkedHashMap<Integer, float[][]> vectors = new LinkedHashMap<>(16, 0.75f, true);
    private String currentText;
    private float[][] current;
    long sentencesEmbedded;
    long nanos;
    long comparisons;
    long cpuNanos;

    SemanticAlignment(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Starts the comparisons of an arriving text; its sentences are embedded on first need. */
    void begin(String text) {
        currentText = text;
        current = null;
    }

    /** Keeps the text of the arriving article, now in {@code slot}, dropping the oldest texts past the budget. */
    void remember(int slot, String text) {
        if (current != null && text == currentText) cache(slot, current);
        current = null;
        currentText = null;
        String old = texts.put(slot, text);
        if (old != null) textChars -= old.length();
        textChars += text.length();
        for (Iterator<Map.Entry<Integer, String>> it = texts.entrySet().iterator(); textChars > TEXT_BUDGET && it.hasNext(); ) {
            textChars -= it.next().getValue().length();
            it.remove();
        }
    }

    void forget(int slot) {
        String old = texts.remove(slot);
        if (old != null) textChars -= old.length();
        vectors.remove(slot);
    }

    /** Whether the earlier article in {@code slot} can still be compared. */
    boolean canCompare(int slot) {
        return texts.containsKey(slot) || vectors.containsKey(slot);
    }

    /** Smaller of the two ordered coverages of the arriving text and the article in {@code slot}. */
    double coverage(int slot) {
        if (current == null) current = embed(currentText);
        float[][] a = current;
        float[][] b = vectors.get(slot);
        if (b == null) {
            String t = texts.get(slot);
            if (t == null) return 0;
            b = embed(t);
            cache(slot, b);
        }
        comparisons++;
        float[][] x = a;
        float[][] y = b;
        return Alignment.coverage(x.length, y.length, (i, j) -> Embedder.cosine(x[i], y[j]) >= COSINE);
    }

    private void cache(int slot, float[][] v) {
        vectors.put(slot, v);
        if (vectors.size() > CACHED_ARTICLES) {
            Iterator<Integer> it = vectors.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    /** CPU time of the whole process (the model may use native threads besides the caller's). */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private float[][] embed(String text) {
        List<String> sentences = new ArrayList<>();
        for (String s : TextSketch.splitSentences(text)) {
            String t = s.strip();
            if (t.length() >= MIN_SENTENCE_CHARS) sentences.add(t);
            if (sentences.size() == MAX_SENTENCES) break;
        }
        long t0 = System.nanoTime();
        long c0 = processCpu();
        List<float[]> v = embedder.embed(sentences);
        nanos += System.nanoTime() - t0;
        cpuNanos += processCpu() - c0;
        sentencesEmbedded += sentences.size();
        return v.toArray(new float[0][]);
    }
}
