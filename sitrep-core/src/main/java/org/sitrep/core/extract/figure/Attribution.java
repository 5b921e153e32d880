package org.sitrep.core.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statements to: "according to X", "X said", "X told", "said X".
 * Pronoun speakers ("he said") are resolved to the previous sentence's speaker by the caller. Thread-safe.
 */
final class Attribution {
    private static final String WORD = "[\\p{L}][\\p{L}.'’-]*";
    private static final Pattern ACCORDING = Pattern.compile("\\baccording\\s+to\\s+((?:" + WORD + "\\s*){1,8}?)"
            + "(?=\\s*(?:[,.;:\\n]|$|\\bwho\\b|\\bon\\b|\\bin\\s+a\\b))", Pattern.CASE_INSENSITIVE);
    /** A speaker: capitalised words, or a role noun with its modifiers, right before a reporting verb. */
    private static final String ROLE = "(?:police|officials?|officers?|authorities|governor|mayor|spokes(?:man|woman|person)"
            + "|ministry|office|department|sheriff|deputies|investigators|witnesses|prosecutors?|military|army|chief"
            + "|coroner|medical\\s+examiner|agency|service|council|government|president|minister|commander|detectives?"
            + "|sergeant|lieutenant|captain|the\\s+\\w+\\s+(?:said|told))";
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("((?:(?:[A-Z][\\p{L}.'’-]*|of|the|and|de|'s|’s)\\s+){0,6}"
            + "(?:[A-Z][\\p{L}.'’-]*|" + ROLE + ")|\\b(?:he|she|it|they))\\s+(?:(?:also|later|previously)\\s+)?"
            + "(?:said|says|told|reported|confirmed|stated|added|wrote|announced)\\b");
    private static final Pattern SPEAKER_AFTER = Pattern.compile("\\b(?:said|says|according\\s+to)\\s+((?:the\\s+)?"
            + "(?:[A-Z][\\p{L}.'’-]*\\s*){1,5}|police|officials|authorities)");
    private static final Pattern VERB = Pattern.compile("\\b(?:said|says|told|reported|confirmed|stated|added|wrote|announced)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|it|they");

    private Attribution() {
    }

    /**
     * The speaker named in {@code sentence}, "PRONOUN" when only a pronoun speaks, or null when nobody does.
     */
    static String speaker(String sentence) {
        Matcher m = ACCORDING.matcher(sentence);
        if (m.find()) return clean(m.group(1));
        String best = null;
        if (!VERB.matcher(sentence).find()) return null;
        m = SPEAKER_BEFORE.matcher(sentence);
        while (m.find()) {
            String who = clean(m.group(1));
            if (PRONOUN.matcher(who).matches()) {
                if (best == null) best = "PRONOUN";
                continue;
            }
            if (!who.isEmpty() && !who.equalsIgnoreCase("the")) return who;
        }
        m = SPEAKER_AFTER.matcher(sentence);
        if (m.find()) return clean(m.group(1));
        return best;
    }

    private static String clean(String s) {
        String t = s.trim().replaceAll("\\s+", " ");
        if (t.startsWith("The ") || t.startsWith("the ")) t = t.substring(4);
        while (t.endsWith(".") || t.endsWith(",")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
