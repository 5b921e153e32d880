package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.core.eval.DevData;
import org.sitrep.core.internal.Chars;
import org.junit.jupiter.api.Test;

/**
 * {@link TextSketch} reads its shingles, anchors and sentence signatures from one table of the text's words; the
 * {@link Oracle} is the earlier version, which scanned and hashed the text once for each. Both must give the same
 * sketch, field by field, on every dev article and on seeded random texts.
 */
class TextSketchTest {
    @Test
    void of_randomTexts_sameAsRescanningVersion() {
        String[] pieces = {"Police", "said", "the", "2024", "3", "O'Brien", "shooting", "Main", "St.", "\u00c9lodie",
                "caf\u00e9", "a", "IN", "x1", "Mr", "killed", "wounded", "\"Quote", "\u201cOpen", "stop", "about", "Springfield"};
        String[] gaps = {" ", " ", " ", ". ", ", ", "\n", "! ", "? ", "-", ".", "  ", "\"", ": "};
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = r.nextInt(120);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String text = sb.toString();
            String title = pieces[r.nextInt(pieces.length)] + " - " + pieces[r.nextInt(pieces.length)];
            assertSame(text, title, r.nextInt(6));
        }
    }

    @Test
    void of_devArticles_sameAsRescanningVersion() throws Exception {
        int n = 0;
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (DevData.Item it : DevData.load(file)) {
                String title = it.article().title() == null ? "" : it.article().title();
                assertSame(it.article().text(), title, 4);
                n++;
            }
        }
        assertThat(n).isGreaterThan(1000);
    }

    @Test
    void titleHead_sameAsTheSeparatorPattern() {
        String[] titles = {"", " ", " - ", "- x", "Man shot - Daily News", "Man shot | KSL - extra", "A \u2013 B",
            "A \u2014 B \u2013 C", "A-B - C", "A  -  B", "A -B", "A- B", "x - ", " | y", "no separator at all", "A \u2012 B"};
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(" [-|\u2013\u2014] ");
        for (String t : titles) assertThat(TextSketch.titleHead(t)).as(t).isEqualTo(p.split(t, 2)[0]);
        Random r = new Random(11);
        String chars = " -|\u2013\u2014ab";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) sb.append(chars.charAt(r.nextInt(chars.length())));
            String t = sb.toString();
            assertThat(TextSketch.titleHead(t)).as(t).isEqualTo(p.split(t, 2)[0]);
        }
    }

    @Test
    void found_countsTheTitleWordsTheTextHolds() {
        Random r = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            int[] title = r.ints(r.nextInt(8), 0, 40).sorted().distinct().toArray();
            int[] text = r.ints(r.nextInt(60), 0, 40).toArray();
            int[] sorted = text.clone();
            Arrays.sort(sorted);
            int want = 0;
            for (int x : title) if (Arrays.binarySearch(sorted, x) >= 0) want++;
            assertThat(TextSketch.found(title, text, text.length)).isEqualTo(want);
        }
    }

    private static void assertSame(String text, String title, int minSentences) {
        TextSketch got = TextSketch.of(text, title, minSentences);
        Oracle.Fields want = Oracle.of(text, title, minSentences);
        String as = text.length() > 200 ? text.substring(0, 200) : text;
        assertThat(got.exactKey).as(as).isEqualTo(want.exactKey());
        assertThat(got.normalisedLength).as(as).isEqualTo(want.normalisedLength());
        assertThat(got.words).as(as).isEqualTo(want.words());
        assertThat(got.minhash).as(as).isEqualTo(want.minhash());
        assertThat(got.roughSentences).as(as).isEqualTo(want.roughSentences());
        assertThat(got.anchors).as(as).isEqualTo(want.anchors());
        assertThat(got.sentences).as(as).isEqualTo(want.sentences());
        assertThat(got.title).as(as).isEqualTo(want.title());
        assertThat(got.titleSupport).as(as).isEqualTo(want.titleSupport());
    }

    /** The version of {@link TextSketch#of} before the word table (session 6), kept as the reference. */
    private static final class Oracle {
        record Fields(long exactKey, int normalisedLength, int words, int[] minhash, int roughSentences, int[] anchors,
                      char[] sentences, int[] title, double titleSupport) {
        }

        private static final Set<Integer> STOP = Stop.WORDS.stream().map(TextSketch::wordHash).collect(Collectors.toSet());
        private static final int HASHES = TextSketch.HASHES;
        private static final int SHINGLE = TextSketch.SHINGLE;
        private static final int MAX_SENTENCES = TextSketch.MAX_SENTENCES;

        static Fields of(String text, String title, int minSentences) {
            long exact = 0xcbf29ce484222325L;
            int normLen = 0;
            long[] tokens = new long[64];
            int[] wordHashes = new int[64];
            int count = 0;
            int h = 0;
            boolean inToken = false;
            char[] t = text.toCharArray();
            int n = t.length;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? t[i] : ' ';
                if (Chars.isLetterOrDigit(c)) {
                    char l = Chars.toLowerCase(c);
                    exact = (exact ^ l) * 0x100000001b3L;
                    normLen++;
                    h = h * 31 + l;
                    inToken = true;
                } else if (inToken) {
                    if (count == tokens.length) {
                        tokens = Arrays.copyOf(tokens, count * 2);
                        wordHashes = Arrays.copyOf(wordHashes, count * 2);
                    }
                    wordHashes[count] = h;
                    tokens[count++] = TextSketch.mix(h * 0x9E3779B97F4A7C15L + 17);
                    h = 0;
                    inToken = false;
                }
            }
            int rough = countSentences(t, n);
            char[] sentences = rough >= minSentences && rough > 0 ? sentenceSignatures(t, n) : null;
            int[] body = Arrays.copyOf(wordHashes, count);
            Arrays.sort(body);
            int[] titleWords = TextSketch.titleWords(title, 3, Integer.MAX_VALUE);
            String head = title.split(" [-|\u2013\u2014] ", 2)[0];
            int[] content = TextSketch.titleWords(head, 4, 0);
            int found = 0;
            for (int w : content) if (Arrays.binarySearch(body, w) >= 0) found++;
            double support = content.length == 0 ? 1 : found / (double) content.length;
            return new Fields(TextSketch.mix(exact), normLen, count, minhash(tokens, count), rough, anchors(t, n),
                    sentences, titleWords, support);
        }

        private static int[] minhash(long[] th, int count) {
            if (count < SHINGLE) return null;
            long[] bins = new long[HASHES];
            Arrays.fill(bins, Long.MAX_VALUE);
            for (int i = 0; i + SHINGLE <= count; i++) {
                long h = 0;
                for (int k = 0; k < SHINGLE; k++) h = h * 31 + th[i + k];
                h = TextSketch.mix(h);
                int bin = (int) (h >>> 57);          // top 7 bits: 128 bins
                long v = h & 0x01FFFFFFFFFFFFFFL;
                if (v < bins[bin]) bins[bin] = v;
            }
            int[] out = new int[HASHES];
            for (int i = 0; i < HASHES; i++) {
                long v = bins[i];
                if (v == Long.MAX_VALUE) {
                    for (int d = 1; d < HASHES; d++) {
                        long o = bins[(i + d) % HASHES];
                        if (o != Long.MAX_VALUE) {
                            v = TextSketch.mix(o + d * 0x632BE59BD9B4E019L);
                            break;
                        }
                    }
                }
                out[i] = (int) (v ^ (v >>> 32));
            }
            return out;
        }

        private static char[] sentenceSignatures(char[] text, int n) {
            char[] out = new char[256];
            int len = 0;
            int kept = 0;
            char[] sig = new char[64];
            int start = 0;
            for (int e = 0; e <= n && kept < MAX_SENTENCES; e++) {
                if (e < n && !isSentenceEnd(text, n, e, start)) continue;
                int end = e < n ? e + 1 : n;
                int k = 0;
                int i = start;
                while (i < end) {
                    if (!Chars.isLetterOrDigit(text[i])) {
                        i++;
                        continue;
                    }
                    int j = i;
                    int full = 0;
                    int stem = 0;
                    while (j < end && Chars.isLetterOrDigit(text[j])) {
                        char l = Chars.toLowerCase(text[j]);
                        full = full * 31 + l;
                        if (j - i < 5) stem = stem * 31 + l;
                        j++;
                    }
                    int add;
                    boolean digit = Chars.isDigit(text[i]);
                    if (digit) add = full;
                    else if (j - i >= 4 && !STOP.contains(full)) add = stem;
                    else add = 0;
                    if (add != 0 || digit) {
                        if (k == sig.length) sig = Arrays.copyOf(sig, k * 2);
                        sig[k++] = (char) (TextSketch.mix(add) >>> 48);
                    }
                    i = j;
                }
                Arrays.sort(sig, 0, k);
                int d = 0;
                for (int x = 0; x < k; x++) if (d == 0 || sig[x] != sig[d - 1]) sig[d++] = sig[x];
                if (d >= 3) {
                    if (len + d + 1 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, len + d + 1));
                    out[len++] = (char) d;
                    System.arraycopy(sig, 0, out, len, d);
                    len += d;
                    kept++;
                }
                start = e + 1;
            }
            return Arrays.copyOf(out, len);
        }

        static int countSentences(char[] text, int n) {
            int out = 0;
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (isSentenceEnd(text, n, i, start)) {
                    if (i > start) out++;
                    start = i + 1;
                }
            }
            return start < n ? out + 1 : out;
        }

        private static boolean isSentenceEnd(char[] text, int n, int i, int start) {
            char c = text[i];
            return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < n
                    && Character.isWhitespace(text[i + 1]) && i - start > 20);
        }

        private static int[] anchors(char[] text, int n) {
            int[] out = new int[32];
            int k = 0;
            boolean sentenceStart = true;
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (Chars.isLetterOrDigit(c)) {
                    int j = i + 1;
                    while (j < n && Chars.isLetterOrDigit(text[j])) j++;
                    if (Chars.isDigit(c) || (!sentenceStart && Chars.isUpperCase(c) && j - i > 2)) {
                        // only anchors are hashed: most words are neither numbers nor capitalised
                        int h = 0;
                        for (int x = i; x < j; x++) h = h * 31 + Chars.toLowerCase(text[x]);
                        if (k == out.length) out = Arrays.copyOf(out, k * 2);
                        out[k++] = (int) TextSketch.mix(h);
                    }
                    sentenceStart = false;
                    i = j;
                } else {
                    if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '"' || c == '\u201c') sentenceStart = true;
                    i++;
                }
            }
            return distinct(out, k);
        }

        private static int[] distinct(int[] a, int k) {
            Arrays.sort(a, 0, k);
            int d = 0;
            for (int x = 0; x < k; x++) if (d == 0 || a[x] != a[d - 1]) a[d++] = a[x];
            return Arrays.copyOf(a, d);
        }
    }
}
