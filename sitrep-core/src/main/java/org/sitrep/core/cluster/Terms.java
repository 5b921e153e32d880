package org.sitrep.core.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.internal.Chars;
import org.sitrep.core.internal.Tokens;

/**
 * Vocabulary with incrementally updated document frequencies, and the sparse TF-IDF vectors built from it.
 * Words are lower-cased runs of 2+ letters or digits, English stop words removed; weights are sublinear tf
 * times the stream idf {@code ln((1 + n) / (1 + df)) + 1} counted over the documents seen so far including
 * the current one (as in the peers), and vectors are L2-normalised. A vector is fixed when built. Named
 * entities (capitalised words and runs of them that do not open a sentence) live in the same vocabulary under
 * a prefix and get their own vector. On an endless stream the dictionary ({@link Vocabulary}) forgets terms not
 * seen for {@link #KEEP_DOCS} vectors that no live incident holds, and paragraph counts are kept over a sliding
 * window ({@link ParagraphCounts}). Not thread-safe.
 */
final class Terms {
    /** A sparse unit vector: term ids in ascending order with their weights. */
    record Vec(int[] ids, double[] weights) {
        static final Vec EMPTY = new Vec(new int[0], new double[0]);

        double dot(Vec o) {
            return SparseSum.mergeDot(ids, weights, ids.length, o.ids, o.weights, o.ids.length);
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
    /** Paragraph counts are kept over the last one to two generations of this many documents. */
    static final int PARAGRAPH_GENERATION_DOCS = 50_000;
    /** Terms not seen in this many vectors (four per article) and held by no live incident are forgotten. */
    static final int KEEP_DOCS = 200_000;
    private static final int FORGET_EVERY = 20_000;

    private final ParagraphCounts paragraphDocs = new ParagraphCounts(PARAGRAPH_GENERATION_DOCS);
    private final Vocabulary vocab = new Vocabulary(STOP);
    private int docs;
    private int seen;
    private int lastForget;
    /** Scratch: term frequencies of the vector being built, indexed by id, and the ids touched. */
    private int[] tf = new int[1024];
    private int[] touched = new int[256];
    private int nTouched;
    /** Ids of the last words of the multi-word runs of the last {@link #entities} call (repeats possible). */
    private int[] finals = new int[16];
    private int nFinals;
    private char[] buf = new char[64];
    private char[] runBuf = new char[128];
    private char[] textBuf = new char[1024];
    /** Scratch of {@link #words}: the lower-cased tokens back to back, and each one's offset, length and hash. */
    private char[] pool = new char[1024];
    private int[] tokOff = new int[256];
    private int[] tokLen = new int[256];
    private int[] tokHash = new int[256];
    /** Scratch of {@link #textVectors}: the word (index into its table) and the term id of each word looked up. */
    private int[] tokWord = new int[256];
    private int[] wordHash = new int[256];
    private int[] idScratch = new int[256];
    /** The hash of the term {@link #lower} wrote last. */
    private int lowHash;

    /**
     * What {@link #content} keeps of a body: the text (each kept paragraph followed by a line break) and
     * the kept paragraphs' offsets in the body, {@code ranges[2 * p]} to {@code ranges[2 * p + 1]} for paragraph
     * {@code p < paragraphs}, in order.
     */
    record Content(String text, int[] ranges, int paragraphs) {
        /** No paragraph kept. */
        static final Content NONE = new Content("", new int[0], 0);
    }

    /**
     * The body without repeated paragraphs and without paragraphs that earlier documents already carried in
     * {@link #FURNITURE_DOCS} or more copies (an outlet's teasers and menus repeat across its unrelated stories;
     * a story's own paragraphs rarely do), read from its word table, with the kept paragraphs' offsets. Counts the
     * body's paragraphs when {@code count} is set.
     */
    Content content(Tokens words, boolean count) {
        String body = words.text;
        long[] mine = new long[8];
        int nMine = 0;
        int[] ranges = new int[16];
        int kept = 0;
        // the paragraphs of body.split("\n"): trailing empty ones dropped, an empty body is one empty paragraph
        int end = body.length();
        while (end > 0 && body.charAt(end - 1) == '\n') end--;
        int from = 0;
        int p = 0;
        // paragraph p is line p of the word table, which has its key and its count of letters and digits
        for (; from < end || (from == 0 && body.isEmpty()); p++) {
            int to = body.indexOf('\n', from);
            if (to < 0 || to > end) to = end;
            int para = from;
            from = to + 1;
            long h = words.lineKey[p];
            if (words.lineLetters[p] >= MIN_PARAGRAPH_CHARS) {
                boolean repeated = false;
                for (int k = 0; k < nMine && !repeated; k++) repeated = mine[k] == h;
                if (repeated) continue;
                if (nMine == mine.length) mine = Arrays.copyOf(mine, nMine * 2);
                mine[nMine++] = h;
                if (paragraphDocs.get(h) >= FURNITURE_DOCS) continue;
            }
            if (2 * kept + 2 > ranges.length) ranges = Arrays.copyOf(ranges, ranges.length * 2);
            ranges[2 * kept] = para;
            ranges[2 * kept++ + 1] = to;
        }
        if (count) {
            for (int k = 0; k < nMine; k++) paragraphDocs.increment(mine[k]);
            paragraphDocs.endDocument();
        }
        // every paragraph kept (most bodies): they and their breaks are the body up to its trailing breaks, and one
        String text;
        if (kept == p && p > 0) {
            text = (end == body.length() ? body : body.substring(0, end)).concat("\n");
        } else {
            StringBuilder out = new StringBuilder(body.length());
            for (int k = 0; k < kept; k++) out.append(body, ranges[2 * k], ranges[2 * k + 1]).append('\n');
            text = out.toString();
        }
        return new Content(text, ranges, kept);
    }

    /**
     * The text, lead and title vectors of an article: exactly {@code words(title + "\n" + body, true)}, then {@code
     * words(title + "\n" + lead, false)} and {@code words(title, false)}, where {@code body} is {@code content}'s text
     * and {@code lead} its first {@code leadChars} chars, with the same dictionary updates in the same order, but read
     * from the word tables of the title and of the whole body, each word looked up once: the lead's and the title's
     * words are the first words of the text (only a word cut by the lead's end is looked up again).
     */
    Vec[] textVectors(Tokens title, Tokens body, Content content, int leadChars) {
        nTouched = 0;
        int nIds = 0;
        // the words of the title, then those of the kept paragraphs, in order
        for (int k = 0; k < title.count; k++) if (title.length(k) >= 2) nIds = addWord(title, k, nIds);
        int nTitle = nIds;
        int leadEnd = -1;
        int cutStart = -1;
        int cutLen = 0;
        int bodyLength = content.text().length();
        int at = 0;
        int[] r = content.ranges();
        for (int p = 0; p < content.paragraphs(); p++) {
            int from = r[2 * p];
            int to = r[2 * p + 1];
            for (int k = body.firstAtOrAfter(from); k < body.count && body.start[k] < to; k++) {
                int s = at + body.start[k] - from;
                int e = at + body.end[k] - from;
                if (leadEnd < 0 && bodyLength > leadChars && e > leadChars) {
                    leadEnd = nIds;
                    if (s < leadChars) {
                        cutStart = body.start[k];
                        cutLen = leadChars - s;
                    }
                }
                if (body.length(k) >= 2) nIds = addWord(body, k, nIds);
            }
            at += to - from + 1;
        }
        if (leadEnd < 0) leadEnd = nIds;
        int[] h = idScratch;
        // warm the dictionary slots of all the words, then look them up in order (new terms get ids in text order)
        vocab.warm(wordHash, nIds);
        int doc = seen;
        for (int x = 0; x < nIds; x++) {
            Tokens t = x < nTitle ? title : body;
            int k = tokWord[x];
            int id = t.ascii(k) ? vocab.id(t.lower, t.start[k], t.end[k] - t.start[k], t.hash[k], doc)
                    : vocab.id(buf, lower(t.chars, t.start[k], t.end[k], 0), lowHash, doc);
            h[x] = id;
            if (!vocab.isStop(id)) tally(id);
        }
        Vec full = vector(true);
        nTouched = 0;
        doc = seen;
        for (int x = 0; x < leadEnd; x++) {
            vocab.touch(h[x], doc);
            if (!vocab.isStop(h[x])) tally(h[x]);
        }
        if (cutLen >= 2) {
            int id = vocab.id(buf, lower(body.chars, cutStart, cutStart + cutLen, 0), lowHash, doc);
            if (!vocab.isStop(id)) tally(id);
        }
        Vec head = vector(false);
        nTouched = 0;
        doc = seen;
        for (int x = 0; x < nTitle; x++) {
            vocab.touch(h[x], doc);
            if (!vocab.isStop(h[x])) tally(h[x]);
        }
        return new Vec[] {full, head, vector(false)};
    }

    /** Appends word {@code k} of {@code t} to the scratch of {@link #textVectors}; returns the new count. */
    private int addWord(Tokens t, int k, int n) {
        if (n == tokWord.length) {
            tokWord = Arrays.copyOf(tokWord, n * 2);
            wordHash = Arrays.copyOf(wordHash, n * 2);
            idScratch = Arrays.copyOf(idScratch, n * 2);
        }
        tokWord[n] = k;
        wordHash[n] = t.hash[k];
        return n + 1;
    }

    /** Text vector of {@code text}; counts the document in the frequencies when {@code count} is set. */
    Vec words(String text, boolean count) {
        nTouched = 0;
        int n = text.length();
        char[] t = chars(text);
        // lower-case every token into a pool first, then warm their dictionary slots together, then look them up
        if (n > pool.length) pool = new char[Math.max(n, pool.length * 2)];
        int tokens = 0;
        int used = 0;
        int i = 0;
        while (i < n) {
            if (!Chars.isLetterOrDigit(t[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Chars.isLetterOrDigit(t[j])) j++;
            if (j - i >= 2) {
                int len = lower(t, i, j, 0);
                if (used + len > pool.length) pool = Arrays.copyOf(pool, Math.max(used + len, pool.length * 2));
                System.arraycopy(buf, 0, pool, used, len);
                if (tokens == tokOff.length) {
                    tokOff = Arrays.copyOf(tokOff, tokens * 2);
                    tokLen = Arrays.copyOf(tokLen, tokens * 2);
                    tokHash = Arrays.copyOf(tokHash, tokens * 2);
                }
                tokOff[tokens] = used;
                tokLen[tokens] = len;
                tokHash[tokens++] = lowHash;
                used += len;
            }
            i = j;
        }
        vocab.warm(tokHash, tokens);
        for (int k = 0; k < tokens; k++) {
            int id = vocab.id(pool, tokOff[k], tokLen[k], tokHash[k], seen);
            if (!vocab.isStop(id)) tally(id);
        }
        return vector(count);
    }

    /** Entity vector: capitalised words not opening a sentence, and runs of them joined. */
    Vec entities(String text, boolean count) {
        return entities(text, count, null);
    }

    /**
     * As {@link #entities(String, boolean)}, and fills {@code frequent} (when not null) with the ids of the
     * single-word entities written most often, most often first (ties: the first mentioned first), -1 where there are
     * fewer: the protagonists of a story (the person arrested, the team that hired), whom every report of it names
     * again and again, while another event is named once in passing.
     */
    Vec entities(String text, boolean count, int[] frequent) {
        return entities(text, count, frequent, -1);
    }

    /**
     * As {@link #entities(String, boolean, int[])}, and when {@code prefix} is not negative, keeps what {@link
     * #prefixEntities} needs to give the entity vector of {@code text.substring(0, prefix)} next.
     */
    Vec entities(String text, boolean count, int[] frequent, int prefix) {
        nTouched = 0;
        nFinals = 0;
        nLogged = 0;
        loggedText = prefix >= 0 ? text : null;
        loggedPrefix = prefix;
        restartAt = 0;
        restartSentence = true;
        restartLogged = 0;
        restartFinals = 0;
        scan(chars(text), 0, text.length(), true, prefix);
        if (frequent != null) mostFrequentSingle(frequent);
        return vector(count);
    }

    /**
     * Exactly {@code entities(text.substring(0, prefix), false)}, where {@code text} and {@code prefix} are those of the
     * {@code entities} call just before (with the same dictionary updates), but the words before the last point of that
     * call's scan at or before {@code prefix} where no multi-word run was open are not read again: their ids (all in the
     * dictionary already) are taken from that call; from that point on the prefix is scanned as usual (a word or a
     * run cut by the prefix's end is a new term). The title and lead of an article are a prefix of its text.
     */
    Vec prefixEntities() {
        if (loggedText == null) throw new IllegalStateException("no entities call with a prefix before");
        String text = loggedText;
        int prefix = loggedPrefix;
        loggedText = null;
        nTouched = 0;
        int doc = seen;
        for (int x = 0; x < restartLogged; x++) {
            vocab.touch(logged[x], doc);
            tally(logged[x]);
        }
        nFinals = restartFinals;
        if (prefix > textBuf.length) textBuf = Arrays.copyOf(textBuf, Math.max(prefix, textBuf.length * 2));
        text.getChars(restartAt, prefix, textBuf, restartAt);
        scan(textBuf, restartAt, prefix, restartSentence, -1);
        return vector(false);
    }

    /** The text and prefix of the last {@code entities} call with a prefix, until {@link #prefixEntities} reads them. */
    private String loggedText;
    private int loggedPrefix;
    /** The ids that call tallied, in order (when it had a prefix). */
    private int[] logged = new int[256];
    private int nLogged;
    /** The last point at or before the prefix where the scan had no open run, its sentence state and counts there. */
    private int restartAt;
    private boolean restartSentence;
    private int restartLogged;
    private int restartFinals;

    /**
     * Scans {@code t[i, n)} for entities (a line break read at {@code n}) from the state "no open run" with {@code
     * sentenceStart}; when {@code prefix} is not negative, logs the ids tallied and the last restart point at or before
     * {@code prefix}.
     */
    private void scan(char[] t, int i, int n, boolean sentenceStart, int prefix) {
        int lastWord = -1;
        int runWords = 0;
        int runLen = 0;
        boolean log = prefix >= 0;
        while (i <= n) {
            if (log && runWords == 0 && i <= prefix) {
                restartAt = i;
                restartSentence = sentenceStart;
                restartLogged = nLogged;
                restartFinals = nFinals;
            }
            char c = i < n ? t[i] : '\n';
            if (Chars.isLetter(c)) {
                int j = i;
                while (j < n && (Chars.isLetter(t[j]) || t[j] == '\'')) j++;
                boolean cap = Chars.isUpperCase(c) && j - i >= 2;
                int len = 0;
                if (cap) {
                    buf[0] = '\u00a7';
                    len = lower(t, i, j, 1);
                    cap = !vocab.isStopWord(buf, 1, len - 1);
                }
                if (cap && !sentenceStart) {
                    lastWord = vocab.id(buf, len, lowHash, seen);
                    tally(lastWord);
                    if (log) log(lastWord);
                    int need = runLen + len + 1;
                    if (need > runBuf.length) runBuf = Arrays.copyOf(runBuf, need * 2);
                    if (runWords == 0) {
                        System.arraycopy(buf, 0, runBuf, 0, len);
                        runLen = len;
                    } else {
                        runBuf[runLen++] = ' ';
                        System.arraycopy(buf, 1, runBuf, runLen, len - 1);
                        runLen += len - 1;
                    }
                    runWords++;
                } else {
                    if (runWords >= 2) endRun(runLen, lastWord, log);
                    runWords = 0;
                    runLen = 0;
                }
                sentenceStart = false;
                i = j;
            } else {
                if (c != ' ' && c != '-') {
                    if (runWords >= 2) endRun(runLen, lastWord, log);
                    runWords = 0;
                    runLen = 0;
                }
                if (c == '.' || c == '\n' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c') {
                    sentenceStart = true;
                }
                i++;
            }
        }
    }

    private void log(int id) {
        if (nLogged == logged.length) logged = Arrays.copyOf(logged, nLogged * 2);
        logged[nLogged++] = id;
    }

    /** Tallies the run in {@link #runBuf} as a multi-word entity and remembers its last word. */
    private void endRun(int runLen, int lastWord, boolean log) {
        int id = vocab.id(runBuf, runLen, seen);
        tally(id);
        if (log) log(id);
        if (nFinals == finals.length) finals = Arrays.copyOf(finals, nFinals * 2);
        finals[nFinals++] = lastWord;
    }

    /**
     * The distinct ids of the single words that end a multi-word entity in the text of the last {@link #entities}
     * call, in ascending order: the surnames of the people it names in full ("Reggie Bush"), the last word of
     * two-word places and teams ("New Orleans", "Red Sox").
     */
    int[] lastRunFinals() {
        int[] out = Arrays.copyOf(finals, nFinals);
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[k++] = out[i];
        return Arrays.copyOf(out, k);
    }

    /** Times a single-word entity must be written to count among the most frequent (once is in passing). */
    static final int MIN_FREQUENT = 2;

    /** Fills {@code out} with the single-word terms tallied most often, as {@link #entities(String, boolean, int[])}. */
    private void mostFrequentSingle(int[] out) {
        java.util.Arrays.fill(out, -1);
        int k = out.length;
        int[] counts = new int[k];
        for (int x = 0; x < nTouched; x++) {
            int id = touched[x];
            if (vocab.isMultiword(id)) continue;
            int c = tf[id];
            if (c < MIN_FREQUENT || c <= counts[k - 1]) continue;
            int at = k - 1;
            while (at > 0 && counts[at - 1] < c) {
                counts[at] = counts[at - 1];
                out[at] = out[at - 1];
                at--;
            }
            counts[at] = c;
            out[at] = id;
        }
    }

    /** The chars of {@code text} in a scratch array (valid until the next call). */
    private char[] chars(String text) {
        if (text.length() > textBuf.length) textBuf = new char[Math.max(text.length(), textBuf.length * 2)];
        text.getChars(0, text.length(), textBuf, 0);
        return textBuf;
    }

    /** True when term {@code id} is an entity of two or more words (a name, not a lone capitalised word). */
    boolean isMultiword(int id) {
        return vocab.isMultiword(id);
    }

    /** The term of {@code id} (for error analysis). */
    String word(int id) {
        return vocab.word(id);
    }

    /** The document count when term {@code id} was last seen (for tests). */
    int lastSeen(int id) {
        return vocab.lastSeen(id);
    }

    /** Terms in the dictionary (for the scale bench and tests). */
    int vocabularySize() {
        return vocab.size();
    }

    /** Ids of the multi-word entities of {@code v} seen in at most {@code maxDocs} documents so far. */
    int[] rareNames(Vec v, int maxDocs) {
        int[] out = new int[v.ids().length];
        int k = 0;
        for (int id : v.ids()) if (isMultiword(id) && vocab.df(id) <= maxDocs) out[k++] = id;
        return Arrays.copyOf(out, k);
    }

    /**
     * Every {@link #FORGET_EVERY} vectors, forgets the terms not seen in the last {@link #KEEP_DOCS} vectors that no
     * live incident holds ({@code inUse} sets their ids). A forgotten term that comes back starts a new document
     * frequency: by then it was rare in the recent stream anyway.
     */
    void forgetUnused(java.util.function.Consumer<java.util.BitSet> inUse) {
        if (seen - lastForget < FORGET_EVERY || seen < KEEP_DOCS) return;
        lastForget = seen;
        java.util.BitSet used = new java.util.BitSet();
        inUse.accept(used);
        vocab.forget(seen - KEEP_DOCS, used);
    }

    /**
     * Lower-cases {@code text[from, to)} into {@link #buf} at {@code at}, as {@code String.toLowerCase(Locale.ROOT)}
     * does (per character for ASCII and other one-to-one cases), and returns the length written plus {@code at};
     * sets {@link #lowHash} to the {@link Vocabulary#hash} of {@code buf[0, returned)}.
     */
    private int lower(char[] text, int from, int to, int at) {
        int len = to - from;
        boolean simple = true;
        for (int k = from; k < to && simple; k++) simple = text[k] < 0x80;
        if (simple) {
            if (at + len > buf.length) buf = Arrays.copyOf(buf, (at + len) * 2);
            int h = Vocabulary.hash(buf, 0, at);
            for (int k = 0; k < len; k++) {
                char c = text[from + k];
                char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                buf[at + k] = l;
                h = 31 * h + l;
            }
            lowHash = h;
            return at + len;
        }
        String l = new String(text, from, len).toLowerCase(Locale.ROOT);
        if (at + l.length() > buf.length) buf = Arrays.copyOf(buf, (at + l.length()) * 2);
        l.getChars(0, l.length(), buf, at);
        lowHash = Vocabulary.hash(buf, 0, at + l.length());
        return at + l.length();
    }

    private void tally(int id) {
        if (id >= tf.length) tf = Arrays.copyOf(tf, Math.max(id + 1, tf.length * 2));
        if (tf[id]++ == 0) {
            if (nTouched == touched.length) touched = Arrays.copyOf(touched, nTouched * 2);
            touched[nTouched++] = id;
        }
    }

    /** {@code 1.0 + Math.log(f)} of the small term frequencies. */
    private static final double[] ONE_PLUS_LOG = new double[64];

    static {
        for (int f = 1; f < ONE_PLUS_LOG.length; f++) ONE_PLUS_LOG[f] = 1.0 + Math.log(f);
    }

    /** Scratch of {@link #vector}: the idf of each small document frequency, 0 until computed. */
    private final double[] idfOfDf = new double[64];

    private Vec vector(boolean count) {
        seen++;
        if (count) docs++;
        int[] order = Arrays.copyOf(touched, nTouched);
        Arrays.sort(order);
        double[] w = new double[order.length];
        double norm = 0;
        double n1 = 1.0 + Math.max(docs, 1);
        // the idf of the small document frequencies (most terms) computed once per vector, the same expression
        Arrays.fill(idfOfDf, 0.0);
        for (int x = 0; x < order.length; x++) {
            int id = order[x];
            if (count) vocab.countDoc(id);
            int df = vocab.df(id);
            double idf;
            if (df < idfOfDf.length) {
                idf = idfOfDf[df];
                if (idf == 0.0) idf = idfOfDf[df] = Math.log(n1 / (1.0 + df)) + 1.0;
            } else {
                idf = Math.log(n1 / (1.0 + df)) + 1.0;
            }
            int f = tf[id];
            w[x] = (f < ONE_PLUS_LOG.length ? ONE_PLUS_LOG[f] : 1.0 + Math.log(f)) * idf;
            tf[id] = 0;
            norm += w[x] * w[x];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int x = 0; x < w.length; x++) w[x] /= norm;
        return new Vec(order, w);
    }
}
