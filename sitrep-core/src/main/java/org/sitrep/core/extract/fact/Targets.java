package org.sitrep.core.extract.fact;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Possessives;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * The target as the text names it: the words in front of a target noun that name it ("Amstor shopping mall",
 * "theKredmash factory" read "Kredmash factory") or say which one it is ("low-rise apartment building"), and
 * what places it inside its town ("on Shevchenko Street", "in the centre of Kramatorsk", "in central Kramatorsk").
 * The town alone ("in Kremenchuk") is the incident's place, not part of the target. Thread-safe (immutable).
 */
final class Targets {
    /** A described target: its value and span [start, end) in the sentence; rank 2 named, 1 described, 0 the kind. */
    record Named(String value, int start, int end, int rank) {
    }

    private static final Pattern TOKEN_BEFORE = Pattern.compile("([\\p{L}\\d'’&.-]+)\\s+$");
    private static final Pattern CAPITALISED = Pattern.compile("^(?<glued>the|a|an)?(?<word>[A-Z][\\p{L}'’&-]*|[A-Z]&[A-Z])$");
    private static final Pattern MODIFIER = Pattern.compile("(?:low|high|mid)-rise|multi-stor(?:e)?y|[\\w]+-stor(?:e)?y|residential"
            + "|private|public|children['’]s|maternity|regional|municipal|central|main|city|district|military|religious|historic");
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "In", "On", "At", "Of", "As", "After", "Before", "When",
            "While", "Its", "His", "Her", "Their", "Our", "This", "That", "Another", "Two", "Three", "Several", "One", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Police", "Local", "Nearby", "Busy",
            "Crowded", "Packed", "Popular", "Major", "Large", "Small", "Big", "New", "Old", "Former", "North", "South", "East",
            "West", "Mr", "Mrs", "Ms", "Dr", "US", "U.S.", "UK", "EU", "UN", "Kremlin", "State", "Federal", "National");
    private static final String STREET_WORD = "(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Drive|Lane|Square"
            + "|Highway|Way|Place|Court|Parkway|Pike|Circle|Terrace|Trail|Prospekt|Avenue|street|avenue|road|boulevard|square)";
    private static final Pattern WHERE_AFTER = Pattern.compile("^\\s+(?:(?:on|along|at|near|off)\\s+(?:the\\s+)?(?:\\d+\\s+(?:block\\s+of"
            + "\\s+)?)?(?:[A-Z][\\p{L}'’.-]*\\s+){1,3}" + STREET_WORD + "(?![\\p{L}])"
            + "|in\\s+(?:the\\s+)?(?:(?:city|town)\\s+cent(?:re|er)\\b|(?:centre|center|heart|outskirts|(?:north|south|east|west)"
            + "(?:ern)?\\s+part|downtown)\\s+of\\s+[A-Z][\\p{L}'’-]+|(?:central|downtown|northern|southern|eastern|western)\\s+"
            + "[A-Z][\\p{L}'’-]+))");
    private static final int MAX_WORDS_BEFORE = 4;

    private Targets() {
    }

    /** The target around the kind's match [start, end) of sentence text {@code t}. */
    static Named describe(String t, int start, int end, String kind) {
        int from = start;
        boolean named = false;
        boolean described = false;
        if (!titleCase(t)) {
            for (int words = 0; words < MAX_WORDS_BEFORE; words++) {
                Matcher b = TOKEN_BEFORE.matcher(t).region(0, from);
                if (!b.find()) break;
                String w = b.group(1);
                if (MODIFIER.matcher(w).matches()) {
                    described = true;
                    from = b.start(1);
                    continue;
                }
                Matcher c = CAPITALISED.matcher(w);
                if (!c.matches() || b.start(1) == 0 || NOT_NAME.contains(c.group("word")) || Possessives.endsWithOne(w)
                        || Speakers.COUNTRY.containsKey(c.group("word").toLowerCase(Locale.ROOT))) break;
                named = true;
                from = b.start(1) + (c.group("glued") == null ? 0 : c.group("glued").length());
                if (c.group("glued") != null) break;
            }
        }
        int to = end;
        Matcher where = WHERE_AFTER.matcher(t).region(end, t.length());
        if (where.lookingAt()) {
            to = where.end();
            described = true;
        }
        if (!named && !described) return new Named(kind, start, end, 0);
        String value = t.substring(from, to).replaceAll("\\s+", " ");
        return new Named(value, from, to, named ? 2 : 1);
    }

    /** The rank of a TARGET fact's value (see {@link Named#rank()}). */
    static int rank(Fact f) {
        if (f.value().equalsIgnoreCase(f.role())) return 0;
        return Character.isUpperCase(f.value().charAt(0)) ? 2 : 1;
    }

    /** Names the targets found only as a kind from a named mention of that kind in any sentence ("the Amstor mall"). */
    static void nameFromOtherSentences(Map<String, Fact> targets, Map<Pattern, String> kinds, Map<Pattern, Prefilter> filters,
                                       Doc doc, String[] lower) {
        if (targets.isEmpty() || targets.values().stream().allMatch(f -> rank(f) == 2)) return;
        for (var e : kinds.entrySet()) {
            Fact old = targets.get(e.getValue());
            if (old == null || rank(old) == 2) continue;
            Prefilter filter = filters.get(e.getKey());
            for (int i = 0; i < lower.length; i++) {
                if (!filter.mayMatch(lower[i])) continue;
                Sentence s = doc.sentences().get(i);
                Matcher m = e.getKey().matcher(s.text());
                if (!m.find()) continue;
                Named n = describe(s.text(), m.start(), m.end(), e.getValue());
                if (n.rank() == 2) {
                    targets.put(e.getValue(), new Fact(FactKind.TARGET, n.value(), e.getValue(), null,
                            doc.evidence(s.start() + n.start(), s.start() + n.end()), old.confidence()));
                    break;
                }
            }
        }
    }

    /** True for a headline in title case, where capitals name nothing. */
    private static boolean titleCase(String t) {
        int words = 0;
        int upper = 0;
        for (String w : t.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) upper++;
        }
        return words >= 4 && upper * 10 >= words * 7;
    }
}
