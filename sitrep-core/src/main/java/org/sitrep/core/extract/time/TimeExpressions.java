package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time expressions in a text and normalises them to TIMEX3 values, resolving relative
 * ones ("yesterday", "last Friday", "two days ago") against an anchor date, the document creation time.
 *
 * <p>Thread-safe and stateless: the rules are compiled once. Typical news articles take well under a
 * millisecond.
 */
public final class TimeExpressions {
    /*
     * Design. A HeidelTime-like rule tagger, written from scratch: each rule in TimeRules is one
     * precompiled regex (bounded repetition only, so no catastrophic backtracking) plus a resolver
     * that turns the match into a Timex or rejects it (a lower-case "may", a number that is not a
     * year). Rules are tried only at word starts whose word can begin a match of the rule (one hash
     * lookup per word instead of a regex attempt at every character: most words start no expression). Overlapping candidates are then settled by taking the
     * longest first, then the earliest, so "last Friday night" beats "Friday" and "the past 24 hours"
     * beats "the past". Resolution needs the tense of the clause for weekdays and bare months: news
     * uses a bare weekday for the latest such day on or before publication unless the clause speaks of
     * the future ("will", "is scheduled to"), which Ctx.future() detects in a small window around
     * the match. Expressions that point back into the text ("that year", "the following month", "a year
     * earlier" after a quarter) are re-anchored afterwards by Anaphora. With no anchor, relative expressions keep X placeholders (XXXX-XX-XX) and absolute
     * ones still resolve, which is what the incident-date extractor needs for undated articles.
     */
    private static final List<TimeRules.Rule> RULES = TimeRules.all();
    /** Rule indexes by the first word a match can start with. */
    private static final Map<String, int[]> BY_FIRST_WORD = index(RULES);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|won't|'ll|shall|going to|plans? to|planning to|planned|scheduled|expected to|set to|due to|is to|are to"
                    + "|upcoming|next(?! to\\b)|effective|payable|as soon as|as early as|no later than)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_VERB = Pattern.compile("\\b(?:was|were|had|did|said|told|met|began|came|went|saw|made|took|held|sent|left|spoke|gave|won|lost|fell"
            + "|rose|struck|shot|found|ran|got|led|brought|bought|sold|paid|wrote|became|kept|built|grew|chose|drove|fled"
            + "|[a-z]{2,}ed)\\b(?<!\\b(?:need|slated|"
            + "expected|scheduled|planned|proposed|intended|based|related|used|owned|listed|traded|priced|rated"
            + "|united|red|bed|shed|feed|seed|speed|hundred|indeed))");
    private static final Pattern INFINITIVE = Pattern.compile("\\bto (?!the\\b|a\\b|an\\b|its?\\b|their\\b|his\\b|her\\b|\\d)[a-z]+");
    private static final Pattern MODAL_FUTURE = Pattern.compile("(?i)\\b(?:will|won't|'ll|shall|(?:is|are) going to"
            + "|plans? to|is planning to|are planning to|(?:is|are) (?:scheduled|expected|set|due) to|is to|are to)\\b");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\s*(?:when|as|after|before|while|if|because|since"
            + "|although|though|until|once)\\b");
    /** What may stand before a fronted time at the start of its sentence: nothing, quotes or a preposition. */
    private static final Pattern FRONT = Pattern.compile("(?i)[\\s\"'`(]*(?:(?:on|by|until|from|starting|beginning|late|early)\\s+)?");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:until|till|by)\\s+$");
    private static final Pattern POSTPONED = Pattern.compile("(?i)\\b(?:postponed|delayed|extended|deferred|adjourned|put off)"
            + "\\b[^.;]{0,40}\\b(?:until|till)\\s+$");
    private static final Pattern PLAN = Pattern.compile("(?i)scheduled|due to|set to|expected to|planned");
    private static final Pattern PLAN_IN_PAST = Pattern.compile("(?i)\\b(?:had been|was|were)\\s+$");
    private static final Pattern WOULD = Pattern.compile("(?i)\\bwould\\b(?! have)");
    private static final Pattern PAST_BEFORE = Pattern.compile("(?i)\\b(?:[a-z]+ed|said|told|met|was|were|did|began"
            + "|came|went|saw|made|took|held|sent|left|spoke|gave|won|lost|fell|rose|struck|hit|shot|killed|died|found"
            + "|ran|got|led|put|set|began|broke|brought|caught|said that|wrote|called|reported)(?: on| late| early)?\\s*$");
    private static final Pattern PAST_AFTER = Pattern.compile("(?i)^(?:'s)?,?\\s*(?:[a-z]+ed|said|told|met|was|were"
            + "|did|began|came|went|saw|made|took|held|sent|left|spoke|gave|won|lost|fell|rose|struck|hit|shot|killed"
            + "|died|found)\\b");

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen",
            "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "St", "Co", "Corp", "Inc", "Ltd", "Jr", "Sr", "Mt", "Ft", "No", "vs", "Nos");

    private TimeExpressions() {
    }

    /**
     * Finds the time expressions in {@code text}, in text order, without overlaps.
     *
     * @param anchor the document creation time, or null when unknown (relative values keep X's)
     */
    public static List<Timex> find(String text, LocalDate anchor) {
        if (text == null || text.isEmpty()) return List.of();
        Ctx ctx = new Ctx(text, anchor);
        List<Timex> candidates = new ArrayList<>();
        int n = text.length();
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) continue;
            int[] rules = BY_FIRST_WORD.get(firstWord(text, i));
            if (rules == null) continue;
            for (int r : rules) {
                TimeRules.Rule rule = RULES.get(r);
                Matcher m = matchers[r];
                if (m == null) {
                    m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(i, n);
                if (!m.lookingAt()) continue;
                Timex t = rule.resolver().resolve(m, ctx);
                if (t != null && t.end() > t.start()) candidates.add(t);
            }
        }
        candidates.sort(Comparator.comparingInt((Timex t) -> t.start() - t.end()).thenComparingInt(Timex::start));
        List<Timex> chosen = new ArrayList<>();
        for (Timex c : candidates) {
            boolean free = true;
            for (Timex k : chosen) {
                if (k.overlaps(c)) {
                    free = false;
                    break;
                }
            }
            if (free) chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Timex::start));
        return Compounds.resolve(Anaphora.resolve(chosen, text, anchor), text);
    }

    private static Map<String, int[]> index(List<TimeRules.Rule> rules) {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String w : rules.get(r).firstWords()) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((w, list) -> out.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** The lower-case letters of the word starting at i, or "#" when it starts with a digit. */
    private static String firstWord(String text, int i) {
        if (Character.isDigit(text.charAt(i))) return "#";
        int j = i;
        int n = Math.min(text.length(), i + 16);
        while (j < n && Character.isLetter(text.charAt(j))) j++;
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** What a resolver sees: the text, the anchor and the clause tense around a match. */
    static final class Ctx {
        final String text;
        final LocalDate anchor;

        Ctx(String text, LocalDate anchor) {
            this.text = text;
            this.anchor = anchor;
        }

        /** True when the clause around [start, end) speaks of the future. */
        boolean future(int start, int end) {
            int a = clauseStart(start, 70);
            // the cue must come before the expression: "would look into Wednesday's ruling" is not future
            int b = end;
            int ceil = Math.min(text.length(), end + 12);
            while (b < ceil && ".;!?\n,".indexOf(text.charAt(b)) < 0) b++;
            if (!futureCue(a, b) && !wouldBefore(start, end) && !fronted(a, start, end)) return false;
            if (PAST_BEFORE.matcher(text).region(Math.max(0, start - 24), start).find()) return false;
            return !PAST_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt();
        }

        /**
         * True when the expression at [start, end) is a deadline still to come: "until 9 a.m. Tuesday", "by Friday" in a
         * clause without a past-tense verb, or "postponed until Tuesday" (a postponement points past its own time).
         */
        boolean deadline(int start, int end) {
            int from = Math.max(0, start - 60);
            if (!DEADLINE.matcher(text).region(from, start).find()) return false;
            if (POSTPONED.matcher(text).region(from, start).find()) return true;
            // any past-tense verb in the clause ("were not called to that location again until Wednesday")
            return !PAST_VERB.matcher(text).region(clauseStart(start, 120), start).find() && !past(start, end);
        }

        /**
         * A time fronted before its clause ("On Tuesday, the league plans to ...") takes the tense of the clause it
         * opens: a future cue in the first words after its comma, with no past-tense verb before the cue.
         */
        private boolean fronted(int clause, int start, int end) {
            if (!FRONT.matcher(text).region(clause, start).matches()) return false;
            if (end >= text.length() || text.charAt(end) != ',') return false;
            int b = clauseEnd(end + 1, 80);
            if (SUBORDINATE.matcher(text).region(end + 1, b).lookingAt()) return false; // "On Friday, when ..."
            Matcher f = MODAL_FUTURE.matcher(text).region(end + 1, b);
            return f.find() && !PAST_VERB.matcher(text).region(end + 1, f.start()).find();
        }

        /** A future cue in [a, b) that is not a plan in the past ("had been scheduled to", "was due to"). */
        private boolean futureCue(int a, int b) {
            Matcher m = FUTURE.matcher(text).region(a, b);
            while (m.find()) {
                boolean plan = PLAN.matcher(m.group()).matches();
                if (!plan || !PLAN_IN_PAST.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) return true;
            }
            return false;
        }

        /**
         * True when the clause before {@code start} (or else the rest of it after {@code end}) has a verb in the past tense that is not followed by an
         * infinitive ("was closed in", but not "agreed to buy ... in").
         */
        boolean past(int start, int end) {
            Matcher m = PAST_VERB.matcher(text).region(clauseStart(start, 120), start);
            int last = -1;
            while (m.find()) last = m.end();
            if (last >= 0) return !INFINITIVE.matcher(text).region(last, start).find();
            return PAST_VERB.matcher(text).region(end, clauseEnd(end, 150)).find();
        }

        /**
         * "would" is a weaker cue (reported future, or a conditional): it counts only shortly before the
         * expression, in the same comma-free stretch, and not for a possessive ("get around Wednesday's ruling").
         */
        private boolean wouldBefore(int start, int end) {
            if (end < text.length() && text.charAt(end) == '\'') return false;
            Matcher m = WOULD.matcher(text).region(clauseStart(start, 60), start);
            int last = -1;
            while (m.find()) last = m.end();
            if (last < 0) return false;
            int comma = text.indexOf(',', last);
            return comma < 0 || comma >= start;
        }

        /**
         * Where the sentence holding offset {@code at} starts, looking back at most {@code max} characters. A
         * period after an initial or a title ("Daniel P. Davison", "Mr. Smith", "U.S. officials") ends no
         * sentence.
         */
        int clauseStart(int at, int max) {
            int a = at;
            int floor = Math.max(0, at - max);
            while (a > floor) {
                char ch = text.charAt(a - 1);
                if (".;!?\n".indexOf(ch) >= 0 && !(ch == '.' && abbreviation(a - 1))) break;
                a--;
            }
            return a;
        }

        /** Where the sentence holding offset {@code at} ends, looking ahead at most {@code max} characters. */
        int clauseEnd(int at, int max) {
            int b = at;
            int ceil = Math.min(text.length(), at + max);
            while (b < ceil) {
                char ch = text.charAt(b);
                if (".;!?\n".indexOf(ch) >= 0 && !(ch == '.' && abbreviation(b))) break;
                b++;
            }
            return b;
        }

        private boolean abbreviation(int dot) {
            int next = dot + 1;
            while (next < text.length() && text.charAt(next) == ' ') next++;
            if (next < text.length() && next > dot + 1
                    && (Character.isLowerCase(text.charAt(next)) || text.charAt(next) == ',')) {
                return true;
            }
            if (next == dot + 1 && next < text.length() && text.charAt(next) == ',') return true;
            int w = dot;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
            int len = dot - w;
            if (len == 1 && Character.isUpperCase(text.charAt(w))) return true;
            return len > 0 && ABBREVIATIONS.contains(text.substring(w, dot));
        }

        Timex make(Timex.Type type, String value, int start, int end) {
            return new Timex(type, value, start, end, text.substring(start, end));
        }

        /** True when the character at i is an upper-case letter (month and weekday names must be). */
        boolean upper(int i) {
            return i < text.length() && Character.isUpperCase(text.charAt(i));
        }
    }
}
