package org.sitrep.core.internal;

import java.util.regex.Pattern;

/** Crawled page furniture that the extractors skip or discount: another story's teaser, a playlist entry, a gallery. */
public final class Furniture {
    private Furniture() {
    }

    /** Video playlists ("1:08 ... Pause"), related-story links, photo galleries. */
    private static final Pattern TEASER = Pattern.compile("^\\d{1,2}:\\d{2}\\s|\\bPause\\s*$|\\bautoplay\\b|\\bImage\\s+\\d+\\s+of\\s+\\d+"
            + "|\\bView\\s+as\\s+(?:list|gallery)\\b|\\bCopy\\s+this\\s+code\\b|\\bRelated\\s+(?:[Ss]tories|[Aa]rticles|[Cc]overage|[Cc]ontent|[Ll]inks|[Nn]ews)\\b");

    /** True for a sentence of crawled page furniture (a playlist entry, related links, a gallery caption). */
    public static boolean teaser(String sentence) {
        return TEASER.matcher(sentence).find();
    }
}
