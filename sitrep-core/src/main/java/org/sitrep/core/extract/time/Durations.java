package org.sitrep.core.extract.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.time.TimeExpressions.Ctx;
import org.sitrep.core.extract.time.Timex.Type;

/** Resolvers for durations ("three years", "the past 24 hours") and sets ("every week", "daily"). */
final class Durations {
    private Durations() {
    }

    /** TIMEX3 duration for an amount of a unit; amount null means vague (X). */
    static String duration(String amount, String unit) {
        String code = Lexicon.unitCode(unit);
        String n = amount == null ? "X" : amount;
        if (amount == null && code.equals("DE")) return "PXY"; // "decades": some number of years
        if (amount != null && (code.equals("DE") || code.equals("C")) && amount.chars().allMatch(Character::isDigit)) {
            return "P" + Integer.parseInt(amount) * (code.equals("DE") ? 10 : 100) + "Y";
        }
        return Lexicon.clockUnit(unit) ? "PT" + n + code : "P" + n + code;
    }

    static Timex count(Matcher m, Ctx c) {
        String num = m.group(2);
        String unit = m.group(3);
        String lower = num.toLowerCase(Locale.ROOT);
        // "a day" / "a week" alone are mostly not expressions ("once a week" is a set, found elsewhere)
        if ((lower.equals("a") || lower.equals("an") || lower.equals("some") || lower.equals("many"))
                && m.start(2) == m.start() && !followsDurationCue(c.text, m.start())) {
            return null;
        }
        if (fraction(m, c.text)) return null;
        if (Character.isDigit(num.charAt(0)) && Character.isUpperCase(unit.charAt(0))) return null; // "60 Minutes", a title
        String amount;
        if (Character.isDigit(num.charAt(0))) {
            amount = num.replace(",", "");
            if (amount.length() > 4) return null;
        } else {
            int n = Lexicon.number(num);
            amount = n < 0 ? null : String.valueOf(n);
        }
        int start = m.start();
        Timex from = fromNow(m, c, amount, unit);
        if (from != null) return from;
        String value = duration(amount, unit);
        if (unit.equalsIgnoreCase("night") || unit.equalsIgnoreCase("nights")) value = duration(amount, "day");
        return c.make(Type.DURATION, value, start, m.end());
    }

    private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\bin $");

    /**
     * "the stock will be redeemed in five years": in a clause about the future, "in" and a count is the time that far
     * after the anchor (TimeML's date), not an amount; "within five years", "in two weeks" told in the past stay amounts.
     */
    private static Timex fromNow(Matcher m, Ctx c, String amount, String unit) {
        if (c.anchor == null || amount == null || !amount.chars().allMatch(Character::isDigit) || m.start(2) != m.start()
                || !IN_BEFORE.matcher(c.text).region(Math.max(0, m.start() - 3), m.start()).find()
                || !c.future(m.start(), m.end())) {
            return null;
        }
        long n = Long.parseLong(amount);
        java.time.LocalDate a = c.anchor;
        String value = switch (Lexicon.unitCode(unit)) {
            case "Y" -> String.valueOf(a.getYear() + n);
            case "M" -> Lexicon.clockUnit(unit) ? null : a.plusMonths(n).toString().substring(0, 7);
            case "W" -> Anchoring.week(a.plusWeeks(n));
            case "D" -> a.plusDays(n).toString();
            default -> null;
        };
        return value == null ? null : c.make(Type.DATE, value, m.start(), m.end());
    }

    /** "three-quarters of its food", "more than a quarter of the votes": a fraction, not a span of time. */
    private static boolean fraction(Matcher m, String text) {
        if (!m.group(3).toLowerCase(Locale.ROOT).startsWith("quarter")) return false;
        boolean plural = m.end(3) < text.length() && Character.toLowerCase(text.charAt(m.end(3))) == 's';
        if (plural && text.charAt(m.start(3) - 1) == '-') return true;
        boolean determiner = text.substring(m.start(), m.start(2)).toLowerCase(Locale.ROOT).contains("the ");
        String num = m.group(2).toLowerCase(Locale.ROOT);
        boolean part = num.equals("a") || num.equals("one") || num.equals("three");
        return part && !determiner && text.startsWith(" of ", m.end());
    }

    /** "2 1/2 years", "an hour and a half": the whole units plus half of one, for years, hours and minutes. */
    static Timex half(Matcher m, Ctx c) {
        String num = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        int n = num.equals("a") || num.equals("an") ? 1
                : Character.isDigit(num.charAt(0)) ? (num.matches("\\d{1,3}") ? Integer.parseInt(num) : -1)
                : Lexicon.number(num);
        if (n < 0) return null;
        String value = switch (Lexicon.unitCode(unit) + (Lexicon.clockUnit(unit) ? "T" : "")) {
            case "Y" -> "P" + n + "Y6M";
            case "HT" -> "PT" + n + "H30M";
            case "MT" -> "PT" + n + "M30S";
            case "D" -> "P" + n + "DT12H";
            default -> null;
        };
        return value == null ? null : c.make(Type.DURATION, value, m.start(), m.end());
    }

    private static boolean followsDurationCue(String text, int start) {
        int b = Math.max(0, start - 20);
        String before = text.substring(b, start).toLowerCase(Locale.ROOT);
        return before.endsWith("for ") || before.endsWith("in ") || before.endsWith("within ")
                || before.endsWith("after ") || before.endsWith("about ") || before.endsWith("than ")
                || before.endsWith("nearly ") || before.endsWith("almost ") || before.endsWith("over ")
                || before.endsWith("least ") || before.endsWith("only ") || before.endsWith("just ")
                || before.endsWith("barely ") || before.endsWith("scarcely ") || before.endsWith("hardly ")
                || DURATION_VERB.matcher(before).find();
    }

    /** "could take as long as a month", "spent a week", "offered him a week to withdraw": an amount of time. */
    private static final Pattern DURATION_VERB = Pattern.compile("(?:\\blong as|\\b(?:take|takes|took|taking|spend|spends"
            + "|spent|spending|last|lasts|lasted|lasting)|\\b(?:give|gives|gave|given|giving|offer|offers|offered|grant"
            + "|granted|allow|allowed) (?:him|her|them|us|me|it|you))\\s$");

    static Timex vague(Matcher m, Ctx c) {
        String unit = m.group(1);
        return c.make(Type.DURATION, duration(null, unit.substring(0, unit.length() - 1)), m.start(1), m.end(1));
    }

    /**
     * "every day", "each July", "every other week", "every two years": a set, valued by its period (P1D, P2W) or
     * by the calendar slot it repeats (XXXX-07, XXXX-SU, XXXX-WXX-1). A plural unit needs a count ("every two
     * weeks"); "each month" is P1M.
     */
    static Timex set(Matcher m, Ctx c) {
        String count = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        String what = m.group(2).toLowerCase(Locale.ROOT);
        boolean plural = what.endsWith("s");
        int k = count == null ? 1 : count.equals("other") ? 2 : Lexicon.number(count);
        if (k < 1 || plural != (count != null && !count.equals("other") && k > 1)) return null;
        if (plural) what = what.substring(0, what.length() - 1);
        boolean upper = Character.isUpperCase(m.group(2).charAt(0));
        if (what.matches("summer|winter|spring|fall|autumn")) {
            return c.make(Type.SET, "XXXX-" + TimeRules.season(what), m.start(), m.end());
        }
        if (!what.matches("day|week|month|year|hour|minute|quarter|weekend|morning|afternoon|evening|night")) {
            if (!upper) return null; // "each may": a month or weekday name is capitalised
            if (!what.endsWith("day")) {
                return c.make(Type.SET, String.format("XXXX-%02d", Lexicon.month(what)), m.start(), m.end());
            }
        }
        String n = String.valueOf(k);
        String value = switch (what) {
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            case "year" -> "P" + n + "Y";
            case "quarter" -> "P" + n + "Q";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            case "weekend" -> "XXXX-WXX-WE";
            case "morning", "afternoon", "evening", "night" -> "XXXX-XX-XXT" + Lexicon.partOfDay(what);
            default -> "XXXX-WXX-" + Lexicon.weekday(what).getValue();
        };
        return c.make(Type.SET, value, m.start(), m.end());
    }

    private static final Pattern SET_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|and|or|most|all|some)\\s+$");
    private static final Pattern SET_AFTER = Pattern.compile("\\s*(?:[,.;:!?)]|$)");

    /** "Mondays", "on Tuesday nights": the weekday, or its part of the day, every week. */
    static Timex weekdays(Matcher m, Ctx c) {
        if (!c.upper(m.start(1))) return null;
        // "on Tuesday nights", "Mondays." are sets; "Sunday mornings shooting" is a possessive without its apostrophe
        boolean cue = SET_BEFORE.matcher(c.text).region(Math.max(0, m.start() - 8), m.start()).find();
        if (!cue && !SET_AFTER.matcher(c.text).region(m.end(), c.text.length()).lookingAt()) return null;
        String value = "XXXX-WXX-" + Lexicon.weekday(m.group(1)).getValue();
        if (m.group(2) != null) value += "T" + Lexicon.partOfDay(m.group(2));
        return c.make(Type.SET, value, m.start(), m.end());
    }

    static Timex setAdverb(Matcher m, Ctx c) {
        String value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        };
        return c.make(Type.SET, value, m.start(), m.end());
    }
}
