package org.sitrep.core.cluster;

import org.sitrep.core.internal.UrlPaths;

/**
 * The headline words an outlet writes into an article's URL ("/2019/05/12/man-shot-on-elm-street-in-springfield/"
 * -> "man shot on elm street in springfield"), for articles whose body says nothing: a consent, paywall or
 * "Page Not Found" page, a crawl that kept only the headline. Stateless; thread-safe.
 */
final class UrlSlug {
    /*
     * Only the path of the last embedded http(s) address is read (an archive snapshot wraps the original), without
     * its query. Each path segment loses a file extension and is split on everything but letters and digits; its
     * words are the tokens of two or more letters only (ids, dates and hashes mix digits and fall out). The slug is
     * the segment with the most words, and a segment needs at least MIN_WORDS of them: sections ("/news/local/"),
     * ids ("/nhg9B/") and tag pages ("/tag/miguel-vazquez/") are not headlines.
     */
    /** Words a path segment needs to read as a headline slug. */
    static final int MIN_WORDS = 3;

    private UrlSlug() {
    }

    /** The words of {@code url}'s headline slug, lower-cased and separated by single spaces; empty when none. */
    static String words(String url) {
        String path = UrlPaths.path(url);
        String best = "";
        int bestWords = 0;
        for (String segment : path.split("/")) {
            int dot = segment.lastIndexOf('.');
            if (dot > 0 && segment.length() - dot <= 6) segment = segment.substring(0, dot);
            StringBuilder b = new StringBuilder();
            int n = 0;
            // the tokens of segment.split("[^a-z0-9]+"), read by hand (no pattern compiled per segment)
            int len = segment.length();
            int i = 0;
            while (i < len) {
                if (!letterOrDigit(segment.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < len && letterOrDigit(segment.charAt(j))) j++;
                if (j - i >= 2 && letters(segment, i, j)) {
                    if (b.length() > 0) b.append(' ');
                    b.append(segment, i, j);
                    n++;
                }
                i = j;
            }
            if (n >= MIN_WORDS && n > bestWords) {
                best = b.toString();
                bestWords = n;
            }
        }
        return best;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean letters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
