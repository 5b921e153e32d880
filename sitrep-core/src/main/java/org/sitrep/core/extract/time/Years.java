package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.time.TimeExpressions.Ctx;
import org.sitrep.core.extract.time.Timex.Type;

/** Resolvers for spelled years, fiscal and full years, seasons and years or months named by anaphora. */
final class Years {
    private Years() {
    }

    static final String SPELLED_TENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!and\\b|in\\b|to\\b|the\\b|on\\b|at\\b|when\\b"
            + "|was\\b|is\\b|has\\b|had\\b|will\\b)[a-z]");

    /** "nineteen ninety-four", "the year two thousand", "January nineteen ninety-seven". */
    static Timex spelled(Matcher m, Ctx c) {
        boolean bare = m.group(1) == null && m.group(2) == null && m.group(3) == null;
        if (bare && NOUN_AFTER.matcher(c.text).region(m.end(), c.text.length()).lookingAt()) {
            return null; // "two thousand people"
        }
        int year;
        if (m.group(3) != null) {
            year = 1900 + Lexicon.number(m.group(3)) + (m.group(4) == null ? 0 : Lexicon.number(m.group(4)));
        } else {
            year = 2000 + (m.group(5) == null ? 0 : Lexicon.number(m.group(5)));
        }
        if (m.group(2) != null) {
            if (!c.upper(m.start(2))) return null;
            return c.make(Type.DATE, Anchoring.month(year, Lexicon.month(m.group(2))), m.start(), m.end());
        }
        int start = m.group(1) != null ? m.start()
                : m.start() + m.group().toLowerCase(Locale.ROOT).indexOf(m.group(3) != null ? "nineteen" : "two thousand");
        return c.make(Type.DATE, String.valueOf(year), start, m.end());
    }

    /**
     * "the 1990s", "the early 1980s", "the '80s": the decade, written with its first three digits (TimeML's
     * 199; the part of it goes in a modifier that the value does not carry). A bare "'80s" is taken as the
     * 1980s.
     */
    static Timex decade(Matcher m, Ctx c) {
        String value = m.group(2) != null ? m.group(2) : "19" + m.group(3);
        return c.make(Type.DATE, value, m.start(), m.end());
    }

    /**
     * "the year ended June 30" is a fiscal year, a duration (P1Y); "for the year", "the full year" is the
     * anchor's year.
     */
    static Timex theYear(Matcher m, Ctx c) {
        if (c.upper(m.start() + m.group().toLowerCase(Locale.ROOT).indexOf("year"))) return null; // "Person of the Year"
        if (m.group(2) != null) return c.make(Type.DURATION, "P1Y", m.start(), m.start(2));
        return c.make(Type.DATE, c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear()), m.start(), m.end());
    }

    /** "that year", "the following month": valued from the anchor here; {@link Anaphora} re-anchors them. */
    static Timex anaphoric(Matcher m, Ctx c) {
        String rel = m.group(1).toLowerCase(Locale.ROOT);
        int shift = rel.endsWith("following") ? 1
                : rel.endsWith("previous") || rel.endsWith("prior") ? -1 : 0;
        LocalDate a = c.anchor;
        String value = m.group(2).equalsIgnoreCase("year") ? (a == null ? "XXXX" : String.valueOf(a.getYear() + shift))
                : a == null ? "XXXX-XX" : a.plusMonths(shift).toString().substring(0, 7);
        return c.make(Type.DATE, value, m.start(), m.end());
    }

    /**
     * "into the summer", "the winter of 1994": the season of that year, or else the latest one begun on or
     * before the anchor (the coming one in a future clause).
     */
    static Timex season(Matcher m, Ctx c) {
        String code = TimeRules.season(m.group(2).toLowerCase(Locale.ROOT));
        int end = m.group(3) != null ? m.end(3) : m.end(1);
        if (m.group(3) != null) return c.make(Type.DATE, m.group(3) + "-" + code, m.start(1), end);
        if (c.anchor == null) return c.make(Type.DATE, "XXXX-" + code, m.start(1), end);
        int starts = switch (code) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
        int am = c.anchor.getMonthValue();
        int y = c.anchor.getYear();
        int year = c.future(m.start(), end) ? (starts >= am ? y : y + 1) : (starts <= am ? y : y - 1);
        return c.make(Type.DATE, year + "-" + code, m.start(1), end);
    }
}
