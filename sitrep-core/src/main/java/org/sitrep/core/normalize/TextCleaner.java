package org.sitrep.core.normalize;

import java.text.Normalizer;

/**
 * Normalises text: mojibake repair, Unicode NFC, then whitespace. Line breaks become "\n"; zero-width
 * characters, soft hyphens and control characters (other than newline and tab) are removed; every other
 * Unicode space (NBSP, thin space, ideographic space...) and tab becomes a plain space; runs of spaces collapse
 * to one; lines are trimmed; at most one blank line separates paragraphs; the text is trimmed. Single line
 * breaks are kept (many feeds put one paragraph per line). Thread-safe, stateless.
 */
final class TextCleaner {
    private TextCleaner() {
    }

    /** The cleaned multi-line text; null becomes "". */
    static String clean(String text) {
        if (text == null) return "";
        String s = Mojibake.fix(text);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return whitespace(s, true);
    }

    /** The cleaned text as one line (for titles). */
    static String cleanLine(String text) {
        if (text == null) return "";
        String s = Mojibake.fix(text);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return whitespace(s, false);
    }

    static String whitespace(String s, boolean keepLines) {
        StringBuilder out = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (!keepLines) {
                    space = true;
                    continue;
                }
                newlines++;
                space = false;
                continue;
            }
            if (isInvisible(c)) continue;
            if (c == '\t' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (Character.isISOControl(c)) continue;
            if (!out.isEmpty()) {
                if (newlines > 0) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                } else if (space) {
                    out.append(' ');
                }
            }
            newlines = 0;
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F' || c == '\u180E';
    }
}
