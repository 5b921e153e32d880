package org.sitrep.core.extract.fact;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap necessary condition for a regex to match: the literal words that every match starts with ("missile",
 * "air", "kh-" for {@code \b(?:missile strikes?|air ?strikes?|kh-\d+)\b}), read from the regex source, to be
 * looked for with {@link String#contains} in the ASCII-lowercased text before the regex runs. A regex whose
 * matches may start with anything (a character class, a wildcard, an optional first word with nothing after
 * it) gets no literals and always runs. The literals are a superset test only: running the regex after them
 * gives the same matches as running it alone. Thread-safe (immutable).
 */
final class Prefilter {
    private static final Prefilter ALWAYS = new Prefilter(null);
    private final String[] literals;

    private Prefilter(String[] literals) {
        this.literals = literals;
    }

    /** The prefilter of a regex source (matched case-insensitively or not: literals are lower-cased). */
    static Prefilter of(String regex) {
        Set<String> first = alternatives(regex, 0, regex.length());
        if (first == null || first.isEmpty() || first.contains("")) return ALWAYS;
        return new Prefilter(first.toArray(String[]::new));
    }

    /** False only when the regex cannot match {@code lower}, the text lower-cased by {@link #lower}. */
    boolean mayMatch(String lower) {
        if (literals == null) return true;
        for (String l : literals) {
            if (lower.contains(l)) return true;
        }
        return false;
    }

    /** ASCII letters lower-cased, every other character kept (so offsets and non-ASCII text stay as they are). */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = s.toCharArray();
                for (int j = i; j < out.length; j++) {
                    if (out[j] >= 'A' && out[j] <= 'Z') out[j] = (char) (out[j] + 32);
                }
                return new String(out);
            }
        }
        return s;
    }

    /** The literals of the alternation {@code re[from, to)}, or null when one alternative may start with anything. */
    private static Set<String> alternatives(String re, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                Set<String> s = sequence(re, start, i);
                if (s == null) return null;
                out.addAll(s);
                start = i + 1;
            }
        }
        Set<String> s = sequence(re, start, to);
        if (s == null) return null;
        out.addAll(s);
        return out;
    }

    /** The literals a sequence (no top-level '|') starts with, or null. */
    private static Set<String> sequence(String re, int from, int to) {
        StringBuilder lit = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = re.charAt(i);
            if (c == '\\') {
                if (i + 1 >= to) return done(lit);
                char e = re.charAt(i + 1);
                if (e == 'b' || e == 'B') { // zero-width
                    if (lit.length() > 0) return done(lit);
                    i += 2;
                    continue;
                }
                if (Character.isLetterOrDigit(e)) return done(lit); // \s, \d, \p{L}, ...
                if (optionalAt(re, i + 2, to)) return done(lit);
                lit.append(e);
                i += 2;
                continue;
            }
            if (c == '(') {
                int close = groupEnd(re, i);
                int inner = i + 1;
                boolean zeroWidth = false;
                if (re.startsWith("?:", inner)) {
                    inner += 2;
                } else if (re.startsWith("?<=", inner) || re.startsWith("?<!", inner) || re.startsWith("?=", inner)
                        || re.startsWith("?!", inner)) {
                    zeroWidth = true;
                } else if (re.startsWith("?<", inner)) {
                    inner = re.indexOf('>', inner) + 1;
                } else if (re.charAt(inner) == '?') { // (?i:...), (?-i:...)
                    int colon = re.indexOf(':', inner);
                    if (colon < 0 || colon > close) return done(lit);
                    inner = colon + 1;
                }
                if (zeroWidth) {
                    if (lit.length() > 0) return done(lit);
                    i = close + 1;
                    continue;
                }
                if (lit.length() > 0) return done(lit);
                Set<String> group = alternatives(re, inner, close);
                if (group == null || group.contains("")) return null;
                if (optionalAt(re, close + 1, to)) {
                    Set<String> rest = sequence(re, skipQuantifier(re, close + 1, to), to);
                    if (rest == null) return null;
                    group.addAll(rest);
                }
                return group;
            }
            if ("[.^$".indexOf(c) >= 0) return done(lit);
            if ("?*+{".indexOf(c) >= 0) return done(lit); // a quantifier after a literal was handled below
            if (optionalAt(re, i + 1, to)) return done(lit);
            lit.append(Character.toLowerCase(c));
            i++;
            if (i < to && re.charAt(i) == '+') return done(lit);
        }
        return done(lit);
    }

    private static Set<String> done(StringBuilder lit) {
        if (lit.length() == 0) return null;
        Set<String> s = new LinkedHashSet<>();
        s.add(lit.toString().toLowerCase(Locale.ROOT));
        return s;
    }

    /** True when what stands before {@code at} may be absent: a '?', '*' or '{0' quantifier follows. */
    private static boolean optionalAt(String re, int at, int to) {
        if (at >= to) return false;
        char q = re.charAt(at);
        return q == '?' || q == '*' || (q == '{' && at + 1 < to && re.charAt(at + 1) == '0');
    }

    private static int skipQuantifier(String re, int at, int to) {
        if (at >= to) return at;
        char q = re.charAt(at);
        if (q == '{') at = re.indexOf('}', at) + 1;
        else if (q == '?' || q == '*' || q == '+') at++;
        if (at < to && (re.charAt(at) == '?' || re.charAt(at) == '+')) at++; // lazy or possessive
        return at;
    }

    private static int classEnd(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') i++;
        if (i < re.length() && re.charAt(i) == ']') i++;
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(re, i);
            else if (c == ']') return i;
        }
        return re.length() - 1;
    }

    private static int groupEnd(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(re, i);
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return re.length() - 1;
    }
}
