package org.sitrep.core.extract.time;

import static org.sitrep.core.extract.time.Lexicon.MONTH;
import static org.sitrep.core.extract.time.Lexicon.NUMBER;
import static org.sitrep.core.extract.time.Lexicon.PART_OF_DAY;
import static org.sitrep.core.extract.time.Lexicon.UNIT;
import static org.sitrep.core.extract.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.time.TimeExpressions.Ctx;
import org.sitrep.core.extract.time.Timex.Type;

/** The date and time rules: absolute dates, relative days and weekdays, periods, times, refs, sets. */
final class TimeRules {
    /** Turns a match into a Timex, or null to reject it. */
    interface Resolver {
        Timex resolve(Matcher m, Ctx c);
    }

    /**
     * A rule; {@code firstWords} are the lower-case words a match can start with ("#" for a number), so
     * that the regex is tried only where it can match.
     */
    record Rule(String name, Set<String> firstWords, Pattern pattern, Resolver resolver) {
    }

    private static final String MONTHS = "january february march april may june july august september october"
            + " november december jan feb mar apr jun jul aug sep sept oct nov dec";
    /** The month and day a clock time's weekday may be written out as ("11 p.m. Monday, May 23"), part of the expression. */
    private static final String WRITTEN_DAY = "(?:,? (?:the )?" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))?";
    private static final String WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday";
    private static final String NUMBERS = "# a an half several few many some couple one two three four five six seven eight"
            + " nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
            + " forty fifty sixty seventy eighty ninety";

    private TimeRules() {
    }

    private static Rule rule(String name, String firstWords, String regex, Resolver r) {
        String words = firstWords.replace("MONTHS", MONTHS).replace("WEEKDAYS", WEEKDAYS).replace("NUMBERS", NUMBERS);
        return new Rule(name, Set.copyOf(java.util.Arrays.asList(words.split(" "))), Pattern.compile(regex, Pattern.CASE_INSENSITIVE), r);
    }

    static List<Rule> all() {
        return List.of(
                rule("iso", "#", "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b(?!-\\d)", TimeRules::iso),
                rule("compact", "#", "(?<![\\d/=_-])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d/_-])",
                        TimeRules::iso),
                rule("slash", "#", "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d{2})(?![\\d/])", TimeRules::slash),
                rule("mdy", "MONTHS", "\\b(" + MONTH + ") (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d{2}))?(?!\\d|:\\d)",
                        TimeRules::mdy),
                rule("weekday-mdy", "WEEKDAYS", "\\b(?:" + WEEKDAY + "),? (?:the )?(" + MONTH + ") (\\d{1,2})(?:st|nd|rd|th)?"
                        + "(?:,? ((?:19|20)\\d{2}))?(?!\\d|:\\d)", TimeRules::mdy),
                rule("dmy", "#", "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTH + ")(?:,? ((?:19|20)\\d{2}))?(?!\\w)",
                        TimeRules::dmy),
                rule("month-year", "MONTHS early late mid the", "\\b(?:(early|late|mid|the end of|the beginning of|the start of|the middle of)"
                        + "[- ])?(" + MONTH + "),? (?:of )?((?:19|20)\\d{2})\\b", TimeRules::monthYear),
                rule("month-relative-year", "MONTHS", "\\b(" + MONTH + "),? (?:of )?(last|this|next) year\\b",
                        TimeRules::monthRelativeYear),
                rule("month", "MONTHS last this next early late mid earlier later the in since until by from during of through before after and", "(?:\\b(last|this|next|early|late|mid|earlier this|later this|the end of|the beginning of|the middle of"
                        + "|the start of|in|since|until|by|from"
                        + "|during|of|through|before|after|and)[- ])?\\b(" + MONTH + ")(?!\\w)"
                        + "(?!\\.? \\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]\\d))", TimeRules::month), // not before a day: "last Oct. 23" is a date
                rule("year", "# fiscal early late mid the calendar", "(?:\\b(fiscal|early|late|mid|the end of|the beginning of|the start of|calendar|the year)"
                        + "[- ])?(?<![$#\\d][\\d,.]{0,3})\\b((?:19|20)\\d{2})\\b(?![,.]?\\d|%| percent| block|-\\d| ?[-/]\\d"
                        + "| (?:people|persons|men|women|children|troops|soldiers|dollars|votes|residents|students"
                        + "|workers|jobs|miles|feet|acres|pounds|tons|rounds|shots|homes|units|cases|deaths)\\b)",
                        TimeRules::year),
                rule("old-year", "in since by until from before after around", "\\b(?:in|since|by|until|from|before|after|around)"
                        + " (1[0-8]\\d{2})(?=[,.;:)'\"]|\\s+(?:and|the|when|to|as|by|in|on|at|with|after|before|until|that|but|he"
                        + "|she|it|they|a|an)\\b|\\s*$)", (m, c) -> c.make(Type.DATE, m.group(1), m.start(1), m.end(1))),
                rule("decade", "# the early late mid", "\\b(?:the )?(?:(early|late|mid)[- ])?(?:((?:1[6-9]|20)\\d)0'?s|'([1-9])0s)\\b",
                        Years::decade),
                rule("century", "# the", "\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th) century\\b", (m, c) -> c.make(Type.DATE,
                        String.format("%02d", Integer.parseInt(m.group(1)) - 1), m.start(), m.end())),
                rule("spelled-year", "nineteen two the in by since until MONTHS", "\\b(?:(the year) |(" + MONTH + ") |(?:in|by"
                        + "|since|until) )?(?:nineteen[- ](" + Years.SPELLED_TENS + ")(?:[- ](" + Years.UNITS + "))?\\b(?!-)|two thousand(?: and)?"
                        + "(?:[- ](" + Years.UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?"
                        + "\\b(?!-))", Years::spelled),
                rule("spelled-decade", "the", "\\bthe (?:(early|late|mid)[- ])?(twenties|thirties|forties|fifties|sixties"
                        + "|seventies|eighties|nineties)\\b", (m, c) -> c.make(Type.DATE, "19" + (Lexicon.number(
                        m.group(2).replace("ies", "y")) / 10), m.start(), m.end())),
                rule("in-the-period", "the earlier later", "\\b(?:(?:the end|the beginning|the start|the middle|the rest) of"
                        + "|earlier in|later in) the (year|month|week)\\b", TimeRules::inThePeriod),
                rule("relday", "early late today tonight yesterday tomorrow last this", "\\b(?:(early|late) )?(today|tonight|yesterday|tomorrow|last night|this morning"
                        + "|this afternoon|this evening)(?:(?:'s)? (morning|afternoon|evening|night))?\\b",
                        TimeRules::relativeDay),
                rule("weekday", "WEEKDAYS last this next past early late the", "\\b(?:(last|this|next|past|early|late|this past|this coming"
                        + "|the previous|the prior|the following)[- ])?(" + WEEKDAY
                        + ")(?:(?:'s)? (morning|afternoon|evening|night))?\\b", TimeRules::weekday),
                rule("period", "earlier later early late the this last next past previous coming current", "\\b(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of"
                        + "|the rest of) )?(this|last|next|the past|the previous|the coming|the current|the following"
                        + "|this past|this coming|past|previous|coming|current|the last|the next)[- ](week|weekend|month"
                        + "|year|quarter|summer|winter|spring|fall|autumn|decade|century)\\b", TimeRules::period),
                rule("the-year", "the", "\\bthe (?:(full|fiscal|whole|entire) )?year\\b(?![-\\u2019']| (?:\\d|two|nineteen"
                        + "|before|after|earlier|later|ago|since|of \\d|in which|when))( end(?:ed|ing)\\b)?", Years::theYear),
                rule("anaphoric", "later earlier early late that the", "\\b(?:(?:later|earlier|early|late) (?:in )?)?"
                        + "(that|the same|that same|the following|the previous|the prior) (year|month)\\b",
                        Years::anaphoric),
                rule("weekend", "the", "\\bthe weekend\\b", TimeRules::weekend),
                rule("the-week", "the", "\\bthe week\\b(?!-| of\\b| (?:before|after|earlier|ago|later)\\b)", (m, c) ->
                        c.upper(m.start() + 4) ? null : c.make(Type.DATE, // "The Week", a title
                        (c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear())) + "-WXX", m.start(), m.end())),
                rule("ago", "NUMBERS nearly almost about roughly some just more less over only around",
                        "\\b(?:(?:nearly|almost|about|roughly|some|just|more than|less than|over|only|around) )?(" + NUMBER + ")[- ](" + UNIT + ")s? (ago|earlier|later|from now|hence|prior)\\b",
                        TimeRules::ago),
                rule("half-duration", "NUMBERS a an nearly almost about more less over only just", "\\b(?:(?:nearly|almost"
                        + "|about|more than|less than|over|only|just) )?(" + NUMBER + "|an?)(?: 1/2 (" + UNIT + ")s?| (" + UNIT
                        + ")s? and a half| and a half (" + UNIT + ")s?)\\b", Durations::half),
                rule("duration", "NUMBERS nearly almost about more less no up within over at roughly around only just the another", "\\b(?:((?:nearly|almost|about|more than|less than|no more than|up to|within|over|at least"
                        + "|roughly|around|some|only|just) )?(?:the (?:past|last|next|first|previous|coming|final|latest"
                        + "|following|same|year-earlier|year-ago) |the |another |the full |a full )?)(" + NUMBER + ")(?: more| additional| extra)?[- ]"
                        + "(?:(?:trading|business|working|school) )?(" + UNIT
                        + ")s?\\b"
                        + "(?![- ]old)(?:-long)?", Durations::count),
                rule("vague", "for in over within take takes took spent lasted", "\\b(?:(?:for|in|over|within|take|takes|took|spent|lasted) (?:the )?(?:past |last )?)("
                        + "years|months|weeks|days|hours|decades|minutes|centuries)\\b", Durations::vague),
                rule("unit-long", "day days week weeks month months year years decade decades hour hours century centuries",
                        "\\b(" + UNIT + ")(s)?-long\\b", (m, c) -> c.make(Type.DURATION, Durations.duration(
                        m.group(2) == null ? "1" : null, m.group(1)), m.start(), m.end())),
                rule("season", "over into during through since until in throughout of by for the", "\\b(?:over|into|during|through"
                        + "|since|until|in|throughout|of|by|for) (the (?:early |late )?(summer|winter|spring|fall|autumn))"
                        + "(?: of ((?:19|20)\\d{2}))?\\b(?! of\\b)", Years::season),
                rule("coming", "coming", "\\bcoming (years|weeks|days|decades)\\b", (m, c) -> c.make(Type.DURATION,
                        Durations.duration(null, m.group(1).substring(0, m.group(1).length() - 1)), m.start(), m.end())),
                rule("set", "every each per", "\\b(?:every|each|per) (?:(other|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
                        + "|twelve) )?(days?|weeks?|months?|years?|morning|afternoon|evening|night|weekend|hours?|minutes?"
                        + "|quarters?|summer|winter|spring|fall|autumn|" + WEEKDAY + "|" + MONTH + ")(?!\\w)", Durations::set),
                rule("seasons", "the", "\\bthe (?:past|last|previous) (?:" + NUMBER + ") (summer|winter|spring|fall|autumn)s\\b",
                        (m, c) -> c.make(Type.SET, "XXXX-" + season(m.group(1).toLowerCase(Locale.ROOT)), m.start(), m.end())),
                rule("latest-year", "the", "\\bthe (?:latest|most recent) (?:fiscal |full |calendar )?year\\b(?![-'\u2019])",
                        (m, c) -> c.make(Type.DATE, c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear() - 1), m.start(),
                                m.end())),
                rule("weekdays", "WEEKDAYS mondays tuesdays wednesdays thursdays fridays saturdays sundays", "\\b(" + WEEKDAY
                        + ")(?:s\\b|(?:'s)? (morning|afternoon|evening|night)s\\b)", Durations::weekdays),
                rule("set-adv", "daily weekly monthly annually yearly hourly nightly", "\\b(daily|weekly|monthly|annually|yearly|hourly|nightly)\\b",
                        Durations::setAdverb),
                rule("clock", "#", "\\b(\\d{1,2})(?:[:.](\\d{2}))? ?(a\\.m\\.?|p\\.m\\.?|am|pm)(?!\\w)(?:(?: [ECMP][SD]T| GMT| ET)?,?(?: local time)? "
                        + "(?:on )?(?:(" + WEEKDAY + ")" + WRITTEN_DAY + "|(" + MONTH + ") (\\d{1,2})(?![\\d:])))?", TimeRules::clock),
                rule("clock24", "at before after until by around about from since till to", "\\b(?:at|before|after|until|by|around|about|from|since|till|to) (?:about |around )?"
                        + "(([01]?\\d|2[0-3])[:h]([0-5]\\d))(?![:.]?\\d)", TimeRules::clock24),
                rule("noon", "noon midday midnight", "\\b(noon|midday|midnight)(?: (?:on )?(" + WEEKDAY + ")" + WRITTEN_DAY + ")?\\b", TimeRules::noon),
                rule("part-of-day", "in early late that the", "\\b(?:in |early in |late in )?((?:the|that|the next|the following) ("
                        + PART_OF_DAY + "))\\b", TimeRules::partOfDay),
                rule("recent", "in recent", "\\b(?:in )?(recent (years|months|weeks|days|quarters))\\b", (m, c) ->
                        m.group(2).equalsIgnoreCase("years") ? c.make(Type.DATE, "PAST_REF", m.start(1), m.end(1))
                        : c.make(Type.DURATION, Durations.duration(null, m.group(2).substring(0, m.group(2).length() - 1)),
                        m.start(1), m.end(1))),
                rule("current-year", "the this", "\\b(?:the current|this) (?:fiscal |calendar )year\\b|\\bthe current year\\b",
                        (m, c) -> c.make(Type.DATE, c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear()), m.start(),
                                m.end())),
                rule("present", "right now currently nowadays presently at current these", "\\b(right now|now|currently|nowadays|presently|at present|at the moment|these days|current(?! (?:account|assets|liabilities|affairs|events|law|rules|system|and|or)\\b))\\b",
                        (m, c) -> c.make(Type.DATE, "PRESENT_REF", m.start(), m.end())),
                // "until then", "by then": the time named before it (Anaphora), dropped when there is none
                rule("then", "until till by", "\\b(?:until|till|by) (then)\\b(?!-)", (m, c) -> c.make(Type.DATE, "XXXX-XX-XX",
                        m.start(1), m.end(1))),
                // "twice as high this year as last": the unit of the comparison, one back
                rule("as-last", "last", "(?<=\\bthis (year|month|week) (?:[a-z]{1,12} )?(?:as|than) )last\\b(?![- ]\\w)",
                        (m, c) -> c.anchor == null ? null : c.make(Type.DATE, switch (m.group(1).toLowerCase(Locale.ROOT)) {
                            case "year" -> String.valueOf(c.anchor.getYear() - 1);
                            case "month" -> c.anchor.minusMonths(1).toString().substring(0, 7);
                            default -> Anchoring.week(c.anchor.minusWeeks(1));
                        }, m.start(), m.end())),
                // "today is the eighth day of the operation", "it's the second day of an offensive": the day itself
                rule("nth-day-of", "today it it's this", "\\b(?:today is|it's|it is|this is) (the (?:first|second|third|fourth|fifth"
                        + "|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)) (?:straight |consecutive )?day)(?= of\\b)",
                        (m, c) -> c.make(Type.DATE, Anchoring.day(c.anchor), m.start(1), m.end(1))),
                // "in the first hours of the war", "the early years": some of the unit, vague ("the early hours of
                // Thursday morning" is part of the day named)
                rule("first-units", "the", "\\bthe (?:first|early|final|closing|opening|initial) (?:few )?(minutes|hours|days|weeks"
                        + "|months|years|decades)\\b(?! of (?:" + WEEKDAY + "|" + MONTH + "|today|yesterday|tomorrow|this|last|that|the day"
                        + "|\\d))", (m, c) -> c.make(Type.DURATION, Durations.duration(null, m.group(1).substring(0,
                        m.group(1).length() - 1)), m.start(), m.end())),
                // "at this crucial moment": the present, whatever the adjective
                rule("this-moment", "this", "\\bthis (?:(?:very|crucial|critical|particular|difficult|historic|decisive) )?moment\\b",
                        (m, c) -> c.make(Type.DATE, "PRESENT_REF", m.start(), m.end())),
                rule("past", "in recently lately formerly the", "\\b(?:in )?(recently|lately|formerly|the past)\\b",
                        (m, c) -> c.make(Type.DATE, "PAST_REF", m.start(1), m.end(1))),
                // "will one day be", "could one day replace": some day to come, not a day's length
                rule("one-day", "will would could might may can shall", "\\b(?:will|would|could|might|may|can|shall)"
                        + "(?: (?:not|never|yet|still|even|also))? (one day|someday|some day)\\b",
                        (m, c) -> c.make(Type.DATE, "FUTURE_REF", m.start(1), m.end(1))),
                rule("a-while", "for", "\\bfor (?:(?:quite |a little |a short )?)(a while)\\b",
                        (m, c) -> c.make(Type.DURATION, "PXX", m.start(1), m.end(1))),
                rule("future", "the coming a future", "\\b(the (?:near |distant )?future|the (?:near|short) term|coming (?:months"
                        + "|quarters)|a (?:later|future) date|future (?:years|months|quarters|weeks|generations))\\b(?! of\\b)",
                        (m, c) -> c.make(Type.DATE, "FUTURE_REF", m.start(), m.end())),
                rule("quarter", "# the this last next its fiscal first second third fourth latest current year final same", "\\b(?:(the|this|last|next|this year's|last year's|next year's|its|the company's|the year-earlier"
                        + "|the year-ago|the fiscal|fiscal) )?(first|second"
                        + "|third|fourth|1st|2nd|3rd|4th|latest|current|year-ago|year-earlier|final|same|last)[- ]"
                        + "(quarter|half|period)(?: of ((?:19|20)\\d{2}))?\\b", Quarters::ordinal),
                // "the first two quarters of 1990": its first half (and "the last two" its second)
                rule("two-quarters", "the at through in during", "\\b(?:(?:at least|through|in|during) )?the (first|last|final|second)"
                        + " two quarters of ((?:19|20)\\d{2})\\b", (m, c) -> c.make(Type.DATE, m.group(2) + "-H"
                        + (m.group(1).equalsIgnoreCase("first") ? 1 : 2), m.start(), m.end())),
                // "the then current price": the present of a past time
                rule("then-current", "then the", "\\b(?:the )?(then[- ]current)\\b", (m, c) -> c.make(Type.DATE, "PAST_REF",
                        m.start(1), m.end(1))),
                // "for the quarter a year ago": one expression, the reported quarter a year back (Anaphora)
                rule("quarter-year-ago", "the", "\\bthe (?:quarter|period) a year (?:ago|earlier)\\b", (m, c) -> c.make(Type.DATE,
                        c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear() - 1), m.start(), m.end())),
                rule("year-ago", "year", "\\b(year-earlier|year-ago)\\b", (m, c) -> c.make(Type.DATE,
                        c.anchor == null ? "XXXX" : String.valueOf(c.anchor.getYear() - 1), m.start(), m.end())),
                rule("year-quarter", "the", "\\bthe ((?:19|20)\\d{2}) (?:(first|second|third|fourth|fiscal) )?(quarter|period)\\b",
                        Quarters::ofYear),
                rule("the-quarter", "the", "\\bthe quarter\\b(?!-)", Quarters::latest),
                rule("holiday", "christmas new thanksgiving independence the fourth halloween valentine memorial labor veterans election easter", "\\b(Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Thanksgiving(?: Day)?"
                        + "|Independence Day|(?:the )?Fourth of July|Halloween|Valentine's Day|Memorial Day|Labor Day"
                        + "|Veterans Day|Election Day|Easter(?: Sunday)?)\\b", Quarters::holiday),
                rule("hour-of-part", "at about around until by before after from", "\\b(?:at|about|around|until|by|before|after|from)"
                        + " (?:about |around )?((\\d{1,2}) (?:o'clock )?in the (morning|afternoon|evening|night))\\b", TimeRules::hourOfPart),
                rule("mid-part", "mid", "\\bmid[- ]?(morning|afternoon)(?: (yesterday|today|tomorrow))?\\b", TimeRules::midPart));
    }

    static Timex iso(Matcher m, Ctx c) {
        LocalDate d = Anchoring.safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return d == null ? null : c.make(Type.DATE, d.toString(), m.start(), m.end());
    }

    static Timex slash(Matcher m, Ctx c) {
        int y = Integer.parseInt(m.group(3));
        if (y < 100) y += y < 50 ? 2000 : 1900;
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        // month first as US news writes it ("3/4/2013" is March 4); a first number over 12 can only be a day
        LocalDate d = first > 12 ? Anchoring.safeDate(y, second, first) : Anchoring.safeDate(y, first, second);
        return d == null ? null : c.make(Type.DATE, d.toString(), m.start(), m.end());
    }

    private static Timex dayOfMonth(Matcher m, Ctx c, int month, int day, String year, int monthStart) {
        if (!c.upper(monthStart)) return null;
        if (year != null) {
            LocalDate d = Anchoring.safeDate(Integer.parseInt(year), month, day);
            return d == null ? null : c.make(Type.DATE, d.toString(), m.start(), m.end());
        }
        if (day < 1 || day > 31) return null;
        if (c.anchor == null) return c.make(Type.DATE, String.format("XXXX-%02d-%02d", month, day), m.start(), m.end());
        int y = Anchoring.yearFor(c.anchor, month, day, c.future(m.start(), m.end()) ? 1 : 0);
        if (LAST.matcher(c.text).region(Math.max(0, m.start() - 5), m.start()).find()) {
            // "last Oct. 23": the latest such day before the anchor
            y = c.anchor.getYear();
            LocalDate same = Anchoring.safeDate(y, month, Math.min(day, 28));
            if (same != null && !same.isBefore(c.anchor)) y--;
        }
        LocalDate d = Anchoring.safeDate(y, month, day);
        DayOfWeek named = WEEKDAY_FIRST.matcher(m.group()).lookingAt() ? Lexicon.weekday(firstWord(m.group())) : null;
        if (d != null && named != null && d.getDayOfWeek() != named) {
            // "Thursday, February 6th": the year nearest the anchor's in which that day is a Thursday
            for (int k : new int[] {1, -1}) {
                LocalDate other = Anchoring.safeDate(y + k, month, day);
                if (other != null && other.getDayOfWeek() == named) {
                    d = other;
                    break;
                }
            }
        }
        return d == null ? null : c.make(Type.DATE, d.toString(), m.start(), m.end());
    }

    private static final Pattern WEEKDAY_FIRST = Pattern.compile("(?i)" + WEEKDAY + "\\b");

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        return s.substring(0, i);
    }

    private static final Pattern LAST = Pattern.compile("(?i)\\blast\\s+$");

    static Timex mdy(Matcher m, Ctx c) {
        return dayOfMonth(m, c, Lexicon.month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.start(1));
    }

    static Timex dmy(Matcher m, Ctx c) {
        return dayOfMonth(m, c, Lexicon.month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), m.start(2));
    }

    /** "June last year", "January this year": the month of the year before, of or after the anchor's. */
    static Timex monthRelativeYear(Matcher m, Ctx c) {
        if (!c.upper(m.start(1))) return null;
        int month = Lexicon.month(m.group(1));
        if (c.anchor == null) return c.make(Type.DATE, String.format("XXXX-%02d", month), m.start(), m.end());
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return c.make(Type.DATE, Anchoring.month(c.anchor.getYear() + shift, month), m.start(), m.end());
    }

    static Timex monthYear(Matcher m, Ctx c) {
        if (!c.upper(m.start(2))) return null;
        return c.make(Type.DATE, Anchoring.month(Integer.parseInt(m.group(3)), Lexicon.month(m.group(2))),
                m.start(), m.end());
    }

    static Timex month(Matcher m, Ctx c) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        if (!c.upper(m.start(2))) return null;
        boolean ambiguous = name.equalsIgnoreCase("may") || name.equalsIgnoreCase("march");
        if (ambiguous && mod.isEmpty() && !attributive(c, m.start(2), m.end())) return null;
        boolean temporal = switch (mod) {
            case "last", "this", "next", "early", "late", "mid", "earlier this", "later this", "the end of",
                 "the beginning of", "the middle of", "the start of" -> true;
            default -> false;
        };
        if (ambiguous && mod.equals("and")) return null;
        int end = m.end();
        if (!temporal && end + 2 < c.text.length() && c.text.charAt(end) == ' '
                && Character.isUpperCase(c.text.charAt(end + 1))) {
            return null; // a name: "April Jones"
        }
        int start = temporal ? m.start() : m.start(2);
        int month = Lexicon.month(name);
        if (c.anchor == null) return c.make(Type.DATE, String.format("XXXX-%02d", month), start, end);
        int am = c.anchor.getMonthValue();
        int y = c.anchor.getYear();
        int year = switch (mod) {
            case "last" -> month < am ? y : y - 1;
            case "next" -> month > am ? y : y + 1;
            case "this" -> y;
            case "until", "through", "by" -> bareMonthYear(c, month, m.start(), end, false);
            default -> bareMonthYear(c, month, m.start(), end, true);
        };
        return c.make(Type.DATE, Anchoring.month(year, month), start, end);
    }

    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe $");
    private static final Pattern NOUN_AFTER = Pattern.compile(" (?!(?:of|on|to|for|from|against|through|past|and|or|in|at|by|with"
            + "|is|was|were|are|has|had|will|would|said|says)\\b)[a-z]{3,}\\b");

    /**
     * "the March accession", "the May elections": a capitalised March or May between "the" and a lower-case noun is the
     * month (the verb or the common noun would not be capitalised mid-phrase; "the March on Washington" is a name).
     */
    private static boolean attributive(Ctx c, int start, int end) {
        return THE_BEFORE.matcher(c.text).region(Math.max(0, start - 4), start).find()
                && NOUN_AFTER.matcher(c.text).region(end, Math.min(c.text.length(), end + 30)).lookingAt();
    }

    /**
     * The year of a month named without one. Future tense looks forward; a past-tense clause ("changed to a
     * calendar year in December") takes the latest such month on or before the anchor's (but next month
     * stays next month); with neither, a month up to three months ahead is the coming one ("loans through January" in October), else the past one.
     */
    static int bareMonthYear(Ctx c, int month, int start, int end, boolean tensed) {
        if (c.future(start, end)) return Anchoring.yearFor(c.anchor, month, 0, 1);
        int am = c.anchor.getMonthValue();
        int y = c.anchor.getYear();
        if (month <= am) {
            int ahead = month + 12 - am;
            boolean past = c.past(start, end);
            return ahead <= 3 && !(tensed && past) || ahead <= 4 && !past ? y + 1 : y;
        }
        int ahead = month - am;
        return ahead <= 1 || ahead <= 2 && !(tensed && c.past(start, end)) ? y : y - 1;
    }

    static Timex year(Matcher m, Ctx c) {
        int y = Integer.parseInt(m.group(2));
        if (y > 2039) return null;
        String mod = m.group(1);
        int end = m.end();
        // "1900 Main Street", "at 2015 Elm", "2015 shares": house numbers and counts, not years
        if (mod == null && (STREET.matcher(c.text).region(end, Math.min(c.text.length(), end + 40)).lookingAt()
                || AT.matcher(c.text).region(Math.max(0, m.start() - 4), m.start()).find())) {
            return null;
        }
        return c.make(Type.DATE, String.valueOf(y), m.start(), end);
    }

    private static final Pattern STREET = Pattern.compile("\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][\\w.']*\\s+){0,2}(?:Street|St"
            + "|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy"
            + "|Circle|Terrace|Trail|Pike)\\b|\\s+(?:shares|sq|square|block|units|copies|cars|vehicles|guns)\\b");
    private static final Pattern AT = Pattern.compile("(?i)\\bat\\s$");

    /** "today's world", "today's personal computers": the present in general, not the day. */
    private static final Pattern GENERIC_TODAY = Pattern.compile("(?i)^['\u2019]s (?:[a-z]+ )?(?:world|youth|society"
            + "|generation|children|kids|families|students|teenagers|computers|economy|culture|standards|politics"
            + "|technology|women|men|parents|workers|consumers)\\b");

    static Timex relativeDay(Matcher m, Ctx c) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(2).equals("Today") && m.group(3) == null && afterAcronym(c, m.start())) {
            return null; // "USA Today", "This is VOA Today": a title, not the day (a title-case headline's "Today" stays)
        }
        if (word.equals("today") && m.group(3) == null
                && GENERIC_TODAY.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 40)).lookingAt()) {
            return null;
        }
        String part = m.group(3);
        int offset = switch (word) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String code = part != null ? Lexicon.partOfDay(part)
                : word.equals("tonight") || word.equals("last night") ? "NI"
                : word.startsWith("this ") ? Lexicon.partOfDay(word.substring(5)) : null;
        String day = Anchoring.day(c.anchor == null ? null : c.anchor.plusDays(offset));
        return code == null ? c.make(Type.DATE, day, m.start(), m.end())
                : c.make(Type.TIME, day + "T" + code, m.start(), m.end());
    }

    static Timex weekday(Matcher m, Ctx c) {
        if (!c.upper(m.start(2))) return null;
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        DayOfWeek dow = Lexicon.weekday(m.group(2));
        int dir = switch (mod) {
            case "last", "past", "this past", "the previous", "the prior" -> -1;
            case "next", "this coming", "the following" -> 1;
            default -> 0;
        };
        String day = c.anchor == null ? "XXXX-XX-XX"
                : Anchoring.weekday(c.anchor, dow, dir, c.future(m.start(), m.end()) || c.deadline(m.start(), m.end())).toString();
        String part = m.group(3);
        return part == null ? c.make(Type.DATE, day, m.start(), m.end())
                : c.make(Type.TIME, day + "T" + Lexicon.partOfDay(part), m.start(), m.end());
    }

    static Timex period(Matcher m, Ctx c) {
        String rel = m.group(2).toLowerCase(Locale.ROOT);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (c.upper(m.start(3)) && !c.upper(m.start(3) + 1) && c.upper(m.start()) && !sentenceStart(c, m.start())) {
            return null; // ABC's "This Week" (title case mid-sentence; a headline in capitals stays)
        }
        int off = switch (rel) {
            case "last", "past", "previous", "the past", "the previous", "this past", "the last" -> -1;
            case "next", "coming", "the coming", "the following", "this coming", "the next" -> 1;
            default -> 0;
        };
        LocalDate a = c.anchor;
        String value = switch (unit) {
            case "week" -> a == null ? "XXXX-WXX" : Anchoring.week(a.plusWeeks(off));
            case "weekend" -> (a == null ? "XXXX-WXX" : Anchoring.week(a.plusWeeks(off))) + "-WE";
            case "month" -> a == null ? "XXXX-XX" : a.plusMonths(off).toString().substring(0, 7);
            case "year" -> a == null ? "XXXX" : String.valueOf(a.getYear() + off);
            case "quarter" -> {
                if (a == null) yield "XXXX-QX";
                LocalDate q = a.plusMonths(3L * off);
                yield Anchoring.quarter(q.getYear(), Anchoring.quarterOf(q));
            }
            case "decade" -> a == null ? "XXX" : String.valueOf((a.getYear() + 10 * off) / 10);
            case "century" -> a == null ? "XX" : String.valueOf((a.getYear() + 100 * off) / 100);
            default -> {
                if (a == null) yield "XXXX-" + season(unit);
                // "this past spring" is the latest spring begun before the anchor; "last spring" the year before
                int starts = switch (season(unit)) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
                int year = rel.equals("this past") ? (starts < a.getMonthValue() ? a.getYear() : a.getYear() - 1)
                        : a.getYear() + off;
                yield year + "-" + season(unit);
            }
        };
        return c.make(Type.DATE, value, m.start(), m.end());
    }

    static String season(String s) {
        return switch (s) {
            case "summer" -> "SU"; case "winter" -> "WI"; case "spring" -> "SP";
            default -> "FA";
        };
    }

    static Timex weekend(Matcher m, Ctx c) {
        if (c.anchor == null) return c.make(Type.DATE, "XXXX-WXX-WE", m.start(), m.end());
        LocalDate sat = Anchoring.weekday(c.anchor, DayOfWeek.SATURDAY, 0, c.future(m.start(), m.end()));
        return c.make(Type.DATE, Anchoring.week(sat) + "-WE", m.start(), m.end());
    }

    static Timex ago(Matcher m, Ctx c) {
        int n = Lexicon.number(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        String dir = m.group(3).toLowerCase(Locale.ROOT);
        int sign = dir.equals("later") || dir.equals("from now") || dir.equals("hence") ? 1 : -1;
        if ((dir.equals("later") || dir.equals("earlier")) && !Lexicon.unitCode(unit).equals("Y")) {
            // "three days later", "a day earlier" count from the story's last event, not from the anchor: TimeML marks
            // the amount ("three days", a duration); "a year later" reads as a year and stays a date (Candidate never
            // took either as an incident date)
            int end = m.end(2) + (m.group().charAt(m.end(2) - m.start()) == 's' ? 1 : 0);
            return c.make(Type.DURATION, Durations.duration(n < 0 ? null : String.valueOf(n), unit), m.start(), end);
        }
        if (n < 0 || c.anchor == null) {
            return c.make(Type.DATE, n < 0 ? (sign < 0 ? "PAST_REF" : "FUTURE_REF") : "XXXX-XX-XX", m.start(), m.end());
        }
        LocalDate a = c.anchor;
        long k = (long) sign * n;
        String value = switch (Lexicon.unitCode(unit)) {
            case "D" -> a.plusDays(k).toString();
            case "W" -> Anchoring.week(a.plusWeeks(k));
            case "M" -> Lexicon.clockUnit(unit) ? a.toString() : a.plusMonths(k).toString().substring(0, 7);
            case "Q" -> {
                LocalDate q = a.plusMonths(3 * k);
                yield Anchoring.quarter(q.getYear(), Anchoring.quarterOf(q));
            }
            case "Y" -> String.valueOf(a.getYear() + k);
            case "DE" -> String.valueOf((a.getYear() + 10 * k) / 10);
            case "C" -> String.valueOf((a.getYear() + 100 * k) / 100);
            default -> a.toString();
        };
        return c.make(Lexicon.clockUnit(unit) ? Type.TIME : Type.DATE, value, m.start(), m.end());
    }

    /** The month and day that follow a clock time's weekday ("11 p.m. Monday, May 23"). */
    private static final Pattern DAY_AFTER_WEEKDAY = Pattern.compile("(?i),? (?:the )?(" + MONTH + ") (\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])");

    /**
     * The day a clock time's weekday is written out as ("11 p.m. Monday, May 23": May 23, not the Monday before the
     * anchor, which a report filed a week later would give), or null when no month and day follow.
     */
    private static LocalDate writtenDayAfter(int end, Ctx c) {
        Matcher d = DAY_AFTER_WEEKDAY.matcher(c.text).region(end, Math.min(c.text.length(), end + 24));
        if (!d.lookingAt() || !c.upper(d.start(1))) return null;
        int month = Lexicon.month(d.group(1));
        int dom = Integer.parseInt(d.group(2));
        return Anchoring.safeDate(Anchoring.yearFor(c.anchor, month, dom, c.future(d.start(), d.end()) ? 1 : 0), month, dom);
    }

    private static final Pattern WEEKDAY_AFTER = Pattern.compile(" \\([^()]{1,20}\\),? (?:on )?(" + WEEKDAY + ")\\b");

    static Timex clock(Matcher m, Ctx c) {
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h < 1 || h > 12 || min > 59) return null;
        boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        if (pm && h < 12) h += 12;
        if (!pm && h == 12) h = 0;
        String day = Anchoring.day(c.anchor);
        Matcher later = m.group(4) == null && m.group(5) == null && c.anchor != null
                ? WEEKDAY_AFTER.matcher(c.text).region(m.end(), Math.min(c.text.length(), m.end() + 40)) : null;
        if (later != null && later.lookingAt()) {
            // "at 10:35 a.m. (0735 GMT) Friday": the day comes after the aside, the expression stays the clock time
            day = Anchoring.weekday(c.anchor, Lexicon.weekday(later.group(1)), 0, c.future(m.start(), m.end())).toString();
        } else if (m.group(4) != null && c.anchor != null) {
            LocalDate written = writtenDayAfter(m.end(4), c);
            day = written != null ? written.toString() : Anchoring.weekday(c.anchor, Lexicon.weekday(m.group(4)), 0,
                    c.future(m.start(), m.end()) || c.deadline(m.start(), m.end())).toString();
        } else if (m.group(5) != null) {
            if (!c.upper(m.start(5))) return null;
            int month = Lexicon.month(m.group(5));
            int dom = Integer.parseInt(m.group(6));
            LocalDate d = c.anchor == null ? null : Anchoring.safeDate(Anchoring.yearFor(c.anchor, month, dom,
                    c.future(m.start(), m.end()) ? 1 : 0), month, dom);
            day = d == null ? String.format("XXXX-%02d-%02d", month, dom) : d.toString();
        }
        return c.make(Type.TIME, String.format("%sT%02d:%02d", day, h, min), m.start(), m.end());
    }

    static Timex inThePeriod(Matcher m, Ctx c) {
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate a = c.anchor;
        String value = switch (unit) {
            case "year" -> a == null ? "XXXX" : String.valueOf(a.getYear());
            case "month" -> a == null ? "XXXX-XX" : a.toString().substring(0, 7);
            default -> Anchoring.week(a);
        };
        return c.make(Type.DATE, value, m.start(), m.end());
    }

    static Timex partOfDay(Matcher m, Ctx c) {
        // "in the morning" is a time; "the night the plane went down" and "the night of Oct. 23" are not
        if (m.start() == m.start(1) && m.group(1).regionMatches(true, 0, "the ", 0, 4)
                && !m.group(1).regionMatches(true, 4, "next", 0, 4) && !m.group(1).regionMatches(true, 4, "foll", 0, 4)) {
            return null;
        }
        // "the next morning" is the morning after (Anaphora moves it after the day the text speaks of)
        boolean next = NEXT_PART.matcher(m.group(1)).lookingAt();
        String day = Anchoring.day(c.anchor == null ? null : next ? c.anchor.plusDays(1) : c.anchor);
        return c.make(Type.TIME, day + "T" + Lexicon.partOfDay(m.group(2)), m.start(1), m.end(1));
    }

    private static final Pattern NEXT_PART = Pattern.compile("(?i)the (?:next|following) ");

    private static final Pattern HIGH = Pattern.compile("(?i)\\bhigh\\s$");

    /** True when the word just before {@code at}, on the same line, is an acronym of two or more capitals ("VOA"). */
    private static boolean afterAcronym(Ctx c, int at) {
        int i = at;
        while (i > 0 && c.text.charAt(i - 1) == ' ') i--;
        int e = i;
        while (i > 0 && Character.isUpperCase(c.text.charAt(i - 1))) i--;
        return e - i >= 2 && (i == 0 || !Character.isLetter(c.text.charAt(i - 1)));
    }

    /** True when only spaces, quotes and brackets stand between {@code at} and the end of the previous sentence. */
    static boolean sentenceStart(Ctx c, int at) {
        int i = at;
        while (i > 0 && " \t\"'`(\u201c\u2018".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        return i == 0 || ".!?:\n".indexOf(c.text.charAt(i - 1)) >= 0;
    }

    static Timex noon(Matcher m, Ctx c) {
        if (HIGH.matcher(c.text).region(Math.max(0, m.start() - 5), m.start()).find()) return null; // "high noon", "High Noon"
        String day = Anchoring.day(c.anchor);
        if (m.group(2) != null) {
            if (!c.upper(m.start(2))) return null;
            if (c.anchor != null) {
                LocalDate written = writtenDayAfter(m.end(2), c);
                day = written != null ? written.toString()
                        : Anchoring.weekday(c.anchor, Lexicon.weekday(m.group(2)), 0, c.future(m.start(), m.end())).toString();
            }
        }
        return c.make(Type.TIME, day + (m.group(1).equalsIgnoreCase("midnight") ? "T24:00" : "T12:00"), m.start(),
                m.end());
    }

    /** "at 4 in the morning", "by 8 in the evening": the hour on the anchor's day. */
    static Timex hourOfPart(Matcher m, Ctx c) {
        int h = Integer.parseInt(m.group(2));
        if (h < 1 || h > 12) return null;
        String part = m.group(3).toLowerCase(Locale.ROOT);
        if (part.equals("morning")) {
            if (h == 12) h = 0;
        } else if (h < 12 && !(part.equals("night") && h < 5)) {
            h += 12;
        }
        return c.make(Type.TIME, String.format("%sT%02d:00", Anchoring.day(c.anchor), h), m.start(1), m.end(1));
    }

    /** "mid-afternoon", "mid-morning yesterday": that part of the anchor's day (or of the day named). */
    static Timex midPart(Matcher m, Ctx c) {
        int offset = m.group(2) == null ? 0 : switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String day = Anchoring.day(c.anchor == null ? null : c.anchor.plusDays(offset));
        return c.make(Type.TIME, day + "T" + Lexicon.partOfDay(m.group(1)), m.start(), m.end());
    }

    static Timex clock24(Matcher m, Ctx c) {
        return c.make(Type.TIME, Anchoring.day(c.anchor) + "T" + String.format("%02d:%s",
                Integer.parseInt(m.group(2)), m.group(3)), m.start(1), m.end(1));
    }
}
