package org.sitrep.core.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The text analyzer of the search index and the snippet maker that uses it. */
final class Analysis {
    /** How far into an article the snippet maker looks for query terms. */
    static final int SNIPPET_SCAN_CHARS = 50_000;

    private Analysis() {
    }

    /** Standard tokens, English possessives, lower case, accents folded, English stop words, Porter stems. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * A plain-text window of about {@code width} characters of {@code text} holding as many distinct
     * query {@code terms} as possible, cut at word boundaries, with "…" where text was cut; the opening
     * of the text when no term occurs in it.
     */
    static String snippet(Analyzer analyzer, String field, String text, Set<String> terms, int width) {
        if (text.isEmpty()) return "";
        String scanned = text.length() > SNIPPET_SCAN_CHARS ? text.substring(0, SNIPPET_SCAN_CHARS) : text;
        List<int[]> matches = new ArrayList<>();
        List<String> matchTerms = new ArrayList<>();
        if (!terms.isEmpty()) {
            try (TokenStream ts = analyzer.tokenStream(field, scanned)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken() && matches.size() < 2_000) {
                    String t = term.toString();
                    if (terms.contains(t)) {
                        matches.add(new int[] {off.startOffset(), off.endOffset()});
                        matchTerms.add(t);
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int start = 0;
        if (!matches.isEmpty()) {
            int best = -1;
            for (int i = 0; i < matches.size(); i++) {
                int from = Math.max(0, matches.get(i)[0] - width / 5);
                Set<String> seen = new HashSet<>();
                int hits = 0;
                for (int j = i; j < matches.size() && matches.get(j)[1] <= from + width; j++) {
                    seen.add(matchTerms.get(j));
                    hits++;
                }
                int value = seen.size() * 1000 + hits;
                if (value > best) {
                    best = value;
                    start = from;
                }
            }
        }
        return window(text, start, width);
    }

    private static String window(String text, int start, int width) {
        int s = start;
        if (s > 0) {
            int space = text.lastIndexOf(' ', s);
            s = space < 0 || s - space > 20 ? s : space + 1;
        }
        int e = Math.min(text.length(), s + width);
        if (e < text.length()) {
            int space = text.lastIndexOf(' ', e);
            if (space > s + width / 2) e = space;
        }
        String body = text.substring(s, e).replaceAll("\\s+", " ").strip();
        return (s > 0 ? "…" : "") + body + (e < text.length() ? "…" : "");
    }
}
