package org.sitrep.core.extract.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.internal.CalendarNames;

/** Words of English time expressions: regex fragments and their meaning. Package-private. */
final class Lexicon {
    private Lexicon() {
    }

    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A count: digits, number words up to 99 and whole hundreds, or a vague quantity. */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:" + TENS + ")(?:[- ](?:one|two|three|four|five"
            + "|six|seven|eight|nine))?|" + SMALL + "|(?:a|one|two|three|four|five|six|seven|eight|nine) hundred"
            + "|a couple of|couple of|a few|several|few|many|some|a|an|half an?|a half)";
    static final String UNIT = "(?:second|minute|hour|day|night|week|month|quarter|year|decade|century|centuries)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** The value of a {@link #NUMBER} match, or -1 for a vague one ("several", "a few"). */
    static int number(String s) {
        String w = s.toLowerCase(Locale.ROOT).replace(",", "").trim();
        if (w.isEmpty()) return -1;
        if (Character.isDigit(w.charAt(0))) {
            int dot = w.indexOf('.');
            try {
                return Integer.parseInt(dot < 0 ? w : w.substring(0, dot));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (w.equals("a couple of") || w.equals("a couple") || w.equals("couple of")) return 2;
        int total = 0;
        for (String part : w.split("[- ]")) {
            if (part.equals("hundred") && total > 0) {
                total *= 100;
                continue;
            }
            Integer v = WORDS.get(part);
            if (v == null) return -1;
            total += v;
        }
        return total;
    }

    /**
     * 1..12 for a {@link #MONTH} match, any case ("Sept.", "DEC"): by its stem ({@link CalendarNames}), as the pattern
     * already decided which abbreviations stand for a month.
     */
    static int month(String s) {
        int m = CalendarNames.monthOfStem(s);
        if (m == 0) throw new IllegalArgumentException("not a month: " + s);
        return m;
    }

    /** The weekday of a {@link #WEEKDAY} match, any case. */
    static DayOfWeek weekday(String s) {
        int d = CalendarNames.weekday(s);
        if (d == 0) throw new IllegalArgumentException("not a weekday: " + s);
        return DayOfWeek.of(d);
    }

    /** TIMEX3 part-of-day code: MO, AF, EV, NI. */
    static String partOfDay(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO"; case "afternoon" -> "AF"; case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** TIMEX3 duration unit letter for a {@link #UNIT} (without plural s). */
    static String unitCode(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("centur")) return "C";
        return switch (u.endsWith("s") ? u.substring(0, u.length() - 1) : u) {
            case "second" -> "S"; case "minute" -> "M"; case "hour" -> "H"; case "day", "night" -> "D";
            case "week" -> "W"; case "month" -> "M"; case "quarter" -> "Q"; case "year" -> "Y"; case "decade" -> "DE";
            default -> throw new IllegalArgumentException("not a unit: " + unit);
        };
    }

    /** True for units below a day, whose durations read PT...: hours, minutes, seconds. */
    static boolean clockUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("hour") || u.startsWith("minute") || u.startsWith("second");
    }
}
