package org.sitrep.core.dedup;

import java.util.regex.Pattern;

/**
 * Recognises a wire-service credit: the dateline credit that opens an agency story ({@code "KYIV (AP) — "},
 * {@code "(Reuters) -"}, {@code "(CNN)"}: a short capitalised name in parentheses near the start, followed by
 * a dash or by the text) or a credit line naming a news agency at the start or end of the text. The article
 * that carries the credit stands for the agency's story, the first source of its copies.
 */
final class Wire {
    /**
     * An agency acronym (2 to 5 capitals) or Reuters in parentheses within the first 60 characters, then a dash or
     * the text. A parenthesised place ("(Kyiv) A missile ...") is not a credit.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[^\\n]{0,60}?\\((?:[A-Z]{2,5}|Reuters)(?:/[A-Z]{2,5})?\\)\\s*(?:[-\u2013\u2014]|[A-Z])");
    /** The international agencies whose names make a credit line. */
    private static final java.util.List<String> AGENCIES = java.util.List.of("Associated Press", "Reuters",
            "Agence France-Presse", "AFP", "Deutsche Presse-Agentur", "dpa", "Xinhua", "UPI", "EFE", "ANSA",
            "Press Association", "Kyodo", "Yonhap");
    /** Credit lines of the international agencies, near the start or the end. */
    private static final Pattern CREDIT = Pattern.compile("\\b(?:" + String.join("|", AGENCIES) + ")\\b");
    private static final int EDGE = 300;

    private Wire() {
    }

    /** True when {@code text} carries a wire credit in its dateline or in a credit line at either end. */
    static boolean credited(String text) {
        if (text.isEmpty()) return false;
        if (DATELINE.matcher(text).lookingAt()) return true;
        int n = text.length();
        if (credit(text.substring(0, Math.min(n, EDGE)))) return true;
        return n > EDGE && credit(text.substring(n - EDGE));
    }

    /** The credit pattern, tried only when an agency name occurs at all (plain searches, much cheaper). */
    private static boolean credit(String edge) {
        for (String a : AGENCIES) if (edge.contains(a)) return CREDIT.matcher(edge).find();
        return false;
    }
}
