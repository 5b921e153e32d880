package org.sitrep.core.dedup;

/**
 * Recognises site chrome (paywalls, consent and sign-up pages, "page not found") by how it relates to the
 * article around it, not by known strings. A news page's headline is about its text: most of the headline's
 * content words occur in the body. Chrome is the same short text served under every headline of a site, so
 * its headline finds no support in it, and it recurs under unrelated titles and dates.
 *
 * <p>On gva-dev, 92% of the texts flagged as recurring chrome have a title support under 0.2 against 5% of
 * the others (and those are mostly unflagged chrome that happens to occur once). A recurring short text is
 * therefore chrome when its copies' titles differ and the titles find little support in it; a page seen once
 * is chrome only when it is short and its headline has no support at all.
 */
final class Boilerplate {
    /** Pages longer than this many words are never chrome. */
    static final int MAX_WORDS = 400;
    /** Pages seen once are chrome only up to this many words. */
    static final int MAX_WORDS_ALONE = 100;
    /** Mean title support of a recurring pair under which the text is chrome. */
    static final double RECURRING_SUPPORT = 0.34;
    /** Title support under which a page seen once is chrome. */
    static final double ALONE_SUPPORT = 0.1;
    /** A short text that recurs under another title this many days apart is chrome whatever its support. */
    static final int RECURRING_DAYS = 30;

    private Boilerplate() {
    }

    /** True when a page seen for the first time looks like chrome. */
    static boolean looksLikeChrome(TextSketch s) {
        return s.words > 0 && s.words <= MAX_WORDS_ALONE && s.title.length >= 3 && s.titleSupport < ALONE_SUPPORT;
    }

    /**
     * True when a page that copies an earlier one under a different title looks like chrome.
     *
     * @param matchSupport title support of the earlier page
     * @param daysApart    days between the two pages' dates, or -1 when unknown
     */
    static boolean recurringChrome(TextSketch s, double matchSupport, int daysApart) {
        if (s.words > MAX_WORDS) return false;
        return (s.titleSupport + matchSupport) / 2 < RECURRING_SUPPORT || daysApart > RECURRING_DAYS;
    }
}
