package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sitrep.core.eval.DevData;
import org.sitrep.core.internal.Chars;
import org.sitrep.core.internal.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@link Terms#content} and {@link Terms#textVectors} read an article from the word tables of its title and body
 * ({@link Tokens}), each word looked up once; the reference is the way {@link ArticleRep} built them before: the kept
 * body as a string ({@link Oracle}, the earlier per-char paragraph scan), then {@link Terms#words} of the title and
 * body, of the title and lead, and of the title, each string scanned and looked up again. Both must give the same
 * text, the same vectors (ids and weights, bit for bit) and the same dictionary state, article after article.
 */
class TermsTest {
    @Test
    void textVectors_devArticles_sameAsWordsOfStrings() throws Exception {
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            Pair p = new Pair();
            int n = 0;
            for (DevData.Item it : DevData.load(file)) {
                String title = it.article().title() == null ? "" : it.article().title();
                p.assertSame(title, it.article().text(), ArticleRep.LEAD_CHARS, false);
                n++;
            }
            assertThat(n).isGreaterThan(400);
        }
    }

    @Test
    void textVectors_randomTexts_sameAsWordsOfStrings() {
        String[] pieces = {"Police", "said", "the", "2024", "3", "O'Brien", "shooting", "Main", "St.", "\u00c9lodie",
                "caf\u00e9", "a", "IN", "x1", "Mr", "killed", "wounded", "\"Quote", "\u201cOpen", "stop", "about",
                "Springfield", "\u0130stanbul", "STRASSE", "stra\u00dfe", "9mm", "Same paragraph repeated here in full"};
        String[] gaps = {" ", " ", " ", ". ", ", ", "\n", "! ", "? ", "-", ".", "  ", "\"", ": ", "\n\n"};
        Random r = new Random(11);
        Pair p = new Pair();
        for (int i = 0; i < 20_000; i++) {
            String text = random(r, pieces, gaps, r.nextInt(80));
            String title = random(r, pieces, gaps, r.nextInt(6)).replace('\n', ' ');
            // short leads cut words (ASCII and not) at every position; title-only articles have no body
            p.assertSame(title, text, 1 + r.nextInt(60), r.nextInt(20) == 0);
        }
    }

    @Test
    void content_breaksOnlyOrTrailing_sameAsParagraphScan() {
        Pair p = new Pair();
        for (String text : List.of("\n\n", "\n", "", "One paragraph without a break", "Trailing breaks\n\n\n",
                "\nLeading break", "Two\n\nparagraphs\n")) {
            p.assertSame("Title", text, ArticleRep.LEAD_CHARS, false);
        }
    }

    @Test
    void textVectors_leadCutsAWord_cutWordLookedUp() {
        Terms terms = new Terms();
        String body = "Springfield shooting";
        Terms.Content c = terms.content(new Tokens(body), true);
        Terms.Vec[] v = terms.textVectors(new Tokens("Title"), new Tokens(body), c, 15);
        // the lead is "Springfield sho": its words are "springfield" and the cut "sho", a term of its own
        assertThat(v[1].ids()).hasSize(3);
        assertThat(v[0].ids()).hasSize(3);
        assertThat(v[1].ids()).isNotEqualTo(v[0].ids());
        assertThat(v[2].ids()).hasSize(1);
    }

    @Test
    void prefixEntities_devArticles_sameAsEntitiesOfThePrefix() throws Exception {
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            EntityPair p = new EntityPair();
            for (DevData.Item it : DevData.load(file)) {
                String title = it.article().title() == null ? "" : it.article().title();
                String text = title + "\n" + it.article().text();
                p.assertSame(text, Math.min(text.length(), title.length() + 1 + ArticleRep.LEAD_CHARS));
            }
        }
    }

    @Test
    void prefixEntities_randomTextsAndCuts_sameAsEntitiesOfThePrefix() {
        String[] pieces = {"Police", "Chief", "John", "Smith", "O'Brien", "the", "The", "said", "New", "York", "Red", "Sox",
            "\u00c9lodie", "\u0130stanbul", "A", "IN", "Mr", "x", "Main", "Street"};
        String[] gaps = {" ", " ", " ", ". ", ", ", "\n", "! ", "? ", "-", " - ", ".", "  ", "\"", ": ", "\u201c"};
        Random r = new Random(17);
        EntityPair p = new EntityPair();
        for (int i = 0; i < 30_000; i++) {
            String text = random(r, pieces, gaps, r.nextInt(30));
            p.assertSame(text, r.nextInt(text.length() + 1));
        }
    }

    /** Entities of a text and then of its prefix: two calls on one dictionary, or one call and {@code prefixEntities}. */
    private static final class EntityPair {
        final Terms old = new Terms();
        final Terms fresh = new Terms();

        void assertSame(String text, int prefix) {
            String as = (text.length() > 300 ? text.substring(0, 300) : text) + " | " + prefix;
            int[] wantFrequent = new int[ArticleRep.PROTAGONISTS];
            int[] gotFrequent = new int[ArticleRep.PROTAGONISTS];
            Terms.Vec[] want = {old.entities(text, true, wantFrequent), old.entities(text.substring(0, prefix), false)};
            int[] wantFinals = old.lastRunFinals();
            Terms.Vec[] got = {fresh.entities(text, true, gotFrequent, prefix), fresh.prefixEntities()};
            assertThat(fresh.lastRunFinals()).as(as).isEqualTo(wantFinals);
            assertThat(gotFrequent).as(as).isEqualTo(wantFrequent);
            for (int k = 0; k < 2; k++) {
                assertThat(got[k].ids()).as(as).isEqualTo(want[k].ids());
                assertThat(got[k].weights()).as(as).isEqualTo(want[k].weights());
                for (int id : want[k].ids()) assertThat(fresh.lastSeen(id)).as(as).isEqualTo(old.lastSeen(id));
            }
            assertThat(fresh.vocabularySize()).as(as).isEqualTo(old.vocabularySize());
        }
    }

    private static String random(Random r, String[] pieces, String[] gaps, int k) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
        return sb.toString();
    }

    /** The reference and the word-table version, fed the same articles in the same order. */
    private static final class Pair {
        final Terms old = new Terms();
        final Oracle oracle = new Oracle();
        final Terms fresh = new Terms();

        void assertSame(String title, String text, int leadChars, boolean titleOnly) {
            String body = titleOnly ? "" : oracle.content(text, true);
            String lead = body.length() <= leadChars ? body : body.substring(0, leadChars);
            Terms.Vec[] want = {old.words(title + "\n" + body, true), old.words(title + "\n" + lead, false),
                old.words(title, false)};
            Tokens words = new Tokens(text);
            Terms.Content c = titleOnly ? Terms.Content.NONE : fresh.content(words, true);
            Terms.Vec[] got = fresh.textVectors(new Tokens(title), words, c, leadChars);
            String as = title + " | " + (text.length() > 200 ? text.substring(0, 200) : text) + " | " + leadChars;
            assertThat(c.text()).as(as).isEqualTo(body);
            for (int k = 0; k < 3; k++) {
                assertThat(got[k].ids()).as(as).isEqualTo(want[k].ids());
                assertThat(got[k].weights()).as(as).isEqualTo(want[k].weights());
                for (int id : want[k].ids()) assertThat(fresh.lastSeen(id)).as(as).isEqualTo(old.lastSeen(id));
            }
            assertThat(fresh.vocabularySize()).as(as).isEqualTo(old.vocabularySize());
            // the entity vectors share the dictionary: their ids show that new terms got the same ids
            assertThat(fresh.entities(title + "\n" + body, true).ids()).as(as)
                    .isEqualTo(old.entities(title + "\n" + body, true).ids());
        }
    }

    /** {@link Terms#content} before the word table (session 7): each paragraph's chars scanned and hashed. */
    private static final class Oracle {
        private final ParagraphCounts paragraphDocs = new ParagraphCounts(Terms.PARAGRAPH_GENERATION_DOCS);

        String content(String body, boolean count) {
            StringBuilder out = new StringBuilder(body.length());
            long[] mine = new long[8];
            int nMine = 0;
            int end = body.length();
            while (end > 0 && body.charAt(end - 1) == '\n') end--;
            int from = 0;
            while (from < end || (from == 0 && body.isEmpty())) {
                int to = body.indexOf('\n', from);
                if (to < 0 || to > end) to = end;
                int para = from;
                from = to + 1;
                long h = 0x9E3779B97F4A7C15L;
                int letters = 0;
                for (int i = para; i < to; i++) {
                    char c = body.charAt(i);
                    if (Chars.isLetterOrDigit(c)) {
                        h = (h ^ Chars.toLowerCase(c)) * 0x100000001b3L;
                        letters++;
                    }
                }
                if (letters < 30) {
                    out.append(body, para, to).append('\n');
                    continue;
                }
                boolean repeated = false;
                for (int k = 0; k < nMine && !repeated; k++) repeated = mine[k] == h;
                if (repeated) continue;
                if (nMine == mine.length) mine = Arrays.copyOf(mine, nMine * 2);
                mine[nMine++] = h;
                if (paragraphDocs.get(h) >= Terms.FURNITURE_DOCS) continue;
                out.append(body, para, to).append('\n');
            }
            if (count) {
                for (int k = 0; k < nMine; k++) paragraphDocs.increment(mine[k]);
                paragraphDocs.endDocument();
            }
            return out.toString();
        }
    }
}
