package org.sitrep.core.extract.figure;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Qualifier;

/**
 * Reads the number phrases of casualty reports: digits ("1,000"), number words ("twenty-one"), vague
 * quantities ("dozens", "scores of") and their qualifiers ("at least", "more than", "between 5 and 7").
 * The vague quantities follow the table in {@link Figures}. Thread-safe (immutable).
 */
final class Quantities {
    /** A parsed quantity: value (lower bound for ranges), upper bound for RANGE, qualifier, vagueness. */
    record Quantity(int value, Integer upper, Qualifier qualifier, boolean vague) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 1),
            Map.entry("another", 1), Map.entry("more", 0), Map.entry("second", 0), Map.entry("third", 0),
            Map.entry("fourth", 0), Map.entry("fifth", 0),
            Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000));

    /** Vague quantities: the smallest value the phrase allows, and the qualifier it earns. */
    private static final Map<String, Quantity> VAGUE = Map.ofEntries(
            Map.entry("a couple of", new Quantity(2, null, Qualifier.ABOUT, true)),
            Map.entry("a couple", new Quantity(2, null, Qualifier.ABOUT, true)),
            Map.entry("a few", new Quantity(2, null, Qualifier.AT_LEAST, true)),
            Map.entry("a handful of", new Quantity(3, null, Qualifier.ABOUT, true)),
            Map.entry("several", new Quantity(3, null, Qualifier.AT_LEAST, true)),
            Map.entry("multiple", new Quantity(2, null, Qualifier.AT_LEAST, true)),
            Map.entry("a dozen", new Quantity(12, null, Qualifier.ABOUT, true)),
            Map.entry("about a dozen", new Quantity(12, null, Qualifier.ABOUT, true)),
            Map.entry("nearly a dozen", new Quantity(12, null, Qualifier.ABOUT, true)),
            Map.entry("more than a dozen", new Quantity(12, null, Qualifier.MORE_THAN, true)),
            Map.entry("dozens of", new Quantity(24, null, Qualifier.AT_LEAST, true)),
            Map.entry("dozens", new Quantity(24, null, Qualifier.AT_LEAST, true)),
            Map.entry("several dozen", new Quantity(36, null, Qualifier.AT_LEAST, true)),
            Map.entry("tens of", new Quantity(20, null, Qualifier.AT_LEAST, true)),
            Map.entry("scores of", new Quantity(40, null, Qualifier.AT_LEAST, true)),
            Map.entry("scores", new Quantity(40, null, Qualifier.AT_LEAST, true)),
            Map.entry("hundreds of", new Quantity(200, null, Qualifier.AT_LEAST, true)),
            Map.entry("hundreds", new Quantity(200, null, Qualifier.AT_LEAST, true)),
            Map.entry("several hundred", new Quantity(300, null, Qualifier.AT_LEAST, true)),
            Map.entry("thousands of", new Quantity(2000, null, Qualifier.AT_LEAST, true)),
            Map.entry("thousands", new Quantity(2000, null, Qualifier.AT_LEAST, true)));

    private static final String UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** One number: digits, words, "a dozen", "a hundred". No qualifier. */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}"
            + "|(?:" + TENS_WORDS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+(?:hundred|thousand)(?:\\s+and\\s+\\w+)?)"
            + "|" + UNIT_WORDS + "|a\\s+dozen|single)";

    /** Vague quantity phrases, longest first. */
    static final String VAGUE_RX = "(?:several\\s+dozen|several\\s+hundred|(?:about|nearly|more\\s+than)\\s+a\\s+dozen"
            + "|a\\s+couple(?:\\s+of)?|a\\s+few|a\\s+handful\\s+of|dozens(?:\\s+of)?|tens\\s+of|scores(?:\\s+of)?"
            + "|hundreds(?:\\s+of)?|thousands(?:\\s+of)?|several|multiple)";

    static final String QUALIFIER = "(?:at\\s+least|no\\s+(?:fewer|less)\\s+than|more\\s+than|over|upwards\\s+of"
            + "|in\\s+excess\\s+of|about|around|approximately|roughly|nearly|almost|some|an\\s+estimated|estimated"
            + "|up\\s+to|as\\s+many\\s+as|at\\s+most)";

    /** A full quantity phrase with qualifier or range; groups are not exposed (parse with {@link #parse}). */
    static final String QUANTITY = "(?:between\\s+" + NUMBER + "\\s+and\\s+" + NUMBER
            + "|(?:" + QUALIFIER + "\\s+)?(?:" + VAGUE_RX + "|" + NUMBER
            + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER + ")?))";

    private static final Pattern RANGE = Pattern.compile(
            "(?:between\\s+)?(" + NUMBER + ")\\s*(?:-|–|to|or|and)\\s*(" + NUMBER + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUAL = Pattern.compile("^(" + QUALIFIER + ")\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Quantities() {
    }

    /** Parses a phrase matched by {@link #QUANTITY} (or "a"/"an"/"one" before a singular noun); null if not a number. */
    static Quantity parse(String phrase) {
        String p = SPACES.matcher(phrase.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Quantity vague = VAGUE.get(p);
        if (vague != null) return vague;
        Qualifier qualifier = Qualifier.EXACT;
        Matcher q = QUAL.matcher(p);
        if (q.find()) {
            qualifier = qualifierOf(q.group(1));
            p = p.substring(q.end());
            Quantity v = VAGUE.get(p);
            if (v != null) return new Quantity(v.value(), null, qualifier == Qualifier.EXACT ? v.qualifier() : qualifier, true);
        }
        Matcher r = RANGE.matcher(p);
        if (r.matches()) {
            Integer a = number(r.group(1));
            Integer b = number(r.group(2));
            if (a == null || b == null) return null;
            if (b > a && b < a * 100 + 100) return new Quantity(a, b, Qualifier.RANGE, false);
        }
        Integer n = number(p);
        return n == null ? null : new Quantity(n, null, qualifier, false);
    }

    static Qualifier qualifierOf(String q) {
        return switch (SPACES.matcher(q.toLowerCase(Locale.ROOT)).replaceAll(" ")) {
            case "at least", "no fewer than", "no less than" -> Qualifier.AT_LEAST;
            case "more than", "over", "upwards of", "in excess of" -> Qualifier.MORE_THAN;
            case "up to", "as many as", "at most" -> Qualifier.UP_TO;
            default -> Qualifier.ABOUT;
        };
    }

    /** Digits or number words to an int, or null. */
    static Integer number(String s) {
        String p = s.trim().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) return null;
        if (Character.isDigit(p.charAt(0))) {
            try {
                return Integer.parseInt(p.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String w : p.split("[\\s-]+")) {
            if (w.equals("and")) continue;
            Integer v = UNITS.get(w);
            if (v == null) return null;
            any = true;
            if (v == 100 || v == 1000) {
                current = Math.max(current, 1) * v;
                if (v == 1000) {
                    total += current;
                    current = 0;
                }
            } else if (v == 12 && w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else {
                current += v;
            }
        }
        return any ? total + current : null;
    }
}
