package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.DateExtractor;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/** The standard {@link DateExtractor}; see {@link IncidentDates#standard()}. Thread-safe and stateless. */
final class IncidentDateExtractor implements DateExtractor {
    /*
     * Design. News reports the incident early (title, first paragraph) and with an event word next to
     * the date ("was shot Sunday night", "Monday's missile strike"); later sentences carry statement
     * dates ("police said Tuesday"), follow-ups ("was charged Wednesday") and other incidents ("a strike
     * on the train station last April", "in March 2022"). So every DATE/TIME expression that reads as a
     * day, week or month is a candidate, scored by position, by an event word in its sentence and next
     * to it, and penalised when a statement or follow-up verb governs it, when its sentence points to
     * the past ("last year", "ago", "earlier this"), or when it lies long before the anchor. Scores add
     * up per date, and DateModel weighs the dates against each other and against the publication date
     * and the day before it (which win, at low confidence, when no expression names the day). The anchor
     * is the publication date, or an earlier date in the article's URL path or its own "Posted:" stamp;
     * an undated article gets one from a dateline, its URL, or the latest absolute day in the text (an
     * embedded "14 March 2023"), bounded by the day a web archive captured it (or that day alone when
     * nothing else dates it), against which its weekdays then resolve ("Tuesday" is the latest Tuesday
     * on or before it).
     */
    private static final Pattern EVENT = Pattern.compile("(?i)\\b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|ings|s)?"
            + "|gunfire|gunman|gunmen|gunshots?|fired|struck|strikes?|attack(?:ed|s)?|explosions?|exploded|blast"
            + "|bomb(?:ing|ed|s)?|fire|crash(?:ed|es)?|died|dead|deaths?|wounded|wounding|injur(?:ed|ies|ing|y)"
            + "|stabb(?:ed|ing)|murder(?:ed|s)?|homicide|slain|slaying|robbery|robbed|missiles?|shelling"
            + "|collapsed|victims?|rampage|massacre|hit|happened|occurred|incident|carjacking)\\b");
    /** Event words that date the incident itself when next to a date (a death may come days later). */
    private static final Pattern ATTACHED = Pattern.compile("(?i)\\b(?:kill(?:ed|ing)|shot|shoot(?:ing|ings)?"
            + "|gunfire|gunman|gunshots?|fired|struck|strikes?|attack(?:ed|s)?|explosions?|exploded|blast|bomb(?:ing|ed)?"
            + "|fire|crash(?:ed)?|wounded|wounding|injured|stabb(?:ed|ing)|murder(?:ed)?|homicide|slain|slaying"
            + "|robbery|robbed|missiles?|shelling|collapsed|rampage|massacre|hit|happened|occurred|incident"
            + "|carjacking|gunned down|executed|opened fire|discharged|went off|murdered|responded|melee)\\b");
    /**
     * A month name and a day number: a calendar date written out, which follow-ups use for the incident ("Aug. 9",
     * "9th of August"; not a clock time with a weekday, "8 a.m. Tuesday", "Sunday at 9").
     */
    static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + Lexicon.MONTH + "\\s*\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Lexicon.MONTH + "(?![a-z])");
    /** An hour on the clock in a day expression ("8 a.m. Tuesday", "9:30 p.m. Thursday"): as exact as a calendar date. */
    static final Pattern CLOCK_TIME = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b");
    /** A video teaser line ("0:33 Festival-goers brave the cold"). */
    private static final Pattern TEASER = Pattern.compile("^\\d{1,2}:\\d{2}\\s");
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("(?i)\\b(?:said|says|say|told|tells"
            + "|announced|reported|stated|added|confirmed|according to|released|identified|charged|arraigned|arrested"
            + "|appeared|pleaded|sentenced|indicted|held|vigil|funerals?|court|hearing|updated|posted|published|filed"
            + "|booked|jailed|convicted|arrest|charges|appearance|trial|testified|ruled|released|surrendered"
            + "|remained|remains|custody|condition|hospitalized|upgraded|continued|search|autopsy|rallied|memorial"
            + "|plea|pleaded|guilty|sentencing|admitted|warrant|judge|mourned|confident|as of|jury|verdict|bond|bail"
            + "|last updated|statement|briefing|interview|wrote|tweeted|spoke|dismissed|extradited|turned (?:himself|herself)"
            + "|ordered|unsealed|returned|identified|denied|set at|sentenced|shared|investigating|underway"
            + "|booked|apprehended|captured|caught|detained|released|honored|gathered|buried|laid to rest|searching|learned"
            + "|life support)"
            + "\\s+(?:on\\s+|late\\s+|early\\s+)?$");
    private static final Pattern STATEMENT_AFTER = Pattern.compile("(?i)^(?:'s)?,?\\s*(?:(?:morning|afternoon"
            + "|evening|night)\\s+)?(?:that\\s+)?(?:said|says|told|announced|statement|news conference"
            + "|press conference|court|hearing|arraignment|funeral|vigil)\\b");
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(?:last year|years? ago|months ago"
            + "|earlier this (?:year|month)|anniversary|previous(?:ly)?|in the past|since|earlier incident"
            + "|another (?:shooting|incident)|similar|prior|history|record)\\b");
    /**
     * The date belongs to another incident the story recalls: "the site of a Dec. 3 shooting", "a previous shooting
     * on Aug. 2", "the same corner where ... on May 4", "linked to Sept. 24 killing", "in retaliation for an Oct. 13
     * shooting" (not "a separate shooting": round-ups tell their incidents so; not "the scene of the shooting", which
     * is this one).
     */
    private static final Pattern OTHER_INCIDENT = Pattern.compile("(?i)\\b(?:site of (?:a|an|another) $"
            + "|(?:linked|retaliation) (?:to|for) (?:the |a |an )?$"
            + "|(?:unrelated|previous|prior|earlier|similar) (?:[\\w-]+ ){0,2}?"
            + "(?:shooting|incident|homicide|killing|attack|stabbing|slaying|robbery|case)s?\\b"
            + "|(?:same|that) (?:[\\w-]+ )?(?:spot|location|place|corner|intersection|block|address|home|house|bar"
            + "|apartment|complex|street) (?:where|that)\\b)");
    /**
     * An update stamp in the text ("UPDATE 12/1/2015:", "Update: On Aug. 6", "[UPDATE 4:15 p.m. Friday]"): the time of a
     * later report, never the incident's; unlike a "Posted:" stamp it does not anchor the article either.
     */
    private static final Pattern UPDATE_STAMP = Pattern.compile("(?i)\\bupdate\\b[\\s:,(\\[-]*(?:on\\s*)?$");
    private static final Pattern DATELINE_BEFORE = Pattern.compile("(?i)(?:^|\\b(?:date|posted|updated|published"
            + "|last updated|created|modified|copyright|©))[\\s:,]*(?:on\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
            + "day,?\\s*)?$");
    /** A wire dateline's place before its date: "SAVANNAH, GA (October 16, 2015):", "RICHMOND, Ind. (April 11, 2014) -". */
    private static final Pattern PLACE_DATELINE = Pattern.compile("\\b[A-Z][A-Z. '-]{2,30},\\s*[A-Z][A-Za-z.]{1,14}\\s*\\(\\s*$");
    /** How far into the text (title included) a wire dateline can start. */
    private static final int PLACE_DATELINE_CHARS = 400;
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*[(/]?\\s*(?:Reuters|AP|AFP|UPI|Xinhua"
            + "|Bloomberg|CNN)\\b|^,? \\d{4} \\d{1,2}:\\d{2}");
    private static final Pattern MORNING = Pattern.compile("(?i)\\bmorning\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    /** A web-archive snapshot's capture time: {@code web.archive.org/web/20150506123456/http://...}. */
    private static final Pattern ARCHIVE_SNAPSHOT = Pattern.compile(
            "(?i)^https?://(?:web\\.|wayback\\.)?archive\\.org/web/((?:19|20)\\d{2})(\\d{2})(\\d{2})");

    private static final int MAX_SENTENCES = 40;

    @Override
    public IncidentDate extract(Doc doc) {
        Analysis a = analyse(doc);
        DateModel.Option best = DateModel.best(a.options);
        if (best != null && best.best() != null && a.anchor == null && best.precision() != Precision.DAY
                && unresolvedDayBefore(a.found, best.best().timex().start())) {
            // "struck on Tuesday" with no date to anchor it: a month named later is background, not the day
            best = null;
        }
        if (best == null) return null;
        double conf = Math.min(0.95, best.probability() * (a.inferred ? 0.75 : 1.0));
        if (best.best() == null) {
            // no expression names the day: the publication date or the day before, as the model weighs them,
            // at half the confidence (a guess from the date line, not from the text)
            String t = doc.text();
            int end = doc.sentences().isEmpty() ? Math.min(t.length(), 1) : doc.sentences().get(0).end();
            return new IncidentDate(best.date(), Precision.DAY, doc.evidence(0, Math.max(0, end)), 0.5 * conf,
                    best.date().equals(a.anchor) && capturedSoonAfter(doc.article(), a.anchor)
                            ? IncidentDate.Basis.UNNAMED_AT_CAPTURE : IncidentDate.Basis.UNNAMED);
        }
        Timex t = best.best().timex();
        LocalDate date = best.date();
        if (best.statement() && best.precision() == Precision.DAY && date.equals(doc.article().published())
                && MORNING.matcher(t.text()).find() && saidAt(doc.text(), t)) {
            // "officials said on Tuesday morning": reported in the morning, so it happened the day before (not "in
            // critical condition Saturday morning", "hospitalized early Monday morning": those are the incident's)
            date = date.minusDays(1);
            conf *= 0.6;
        }
        return new IncidentDate(date, best.precision(), doc.evidence(t.start(), t.end()), conf);
    }

    /** A saying verb governs the date: "officials said on Tuesday morning", "Tuesday morning, police said". */
    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|announced|reported"
            + "|stated|confirmed|according to)\\s+(?:on\\s+|late\\s+|early\\s+)?$");
    private static final Pattern SAID_AFTER = Pattern.compile("(?i)^(?:'s)?,?\\s*(?:that\\s+)?(?:\\w+\\s+){0,2}?"
            + "(?:said|says|told|announced)\\b");

    private static boolean saidAt(String text, Timex t) {
        return SAID_BEFORE.matcher(text).region(Math.max(0, t.start() - 30), t.start()).find()
                || SAID_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 40)).lookingAt();
    }

    /** The date options of one article, with the anchor they were resolved against. */
    record Analysis(List<DateModel.Option> options, LocalDate anchor, boolean inferred, List<Timex> found) {
    }

    static Analysis analyse(Doc doc) {
        List<Sentence> sentences = doc.sentences();
        String text = sentences.size() > MAX_SENTENCES
                ? doc.text().substring(0, sentences.get(MAX_SENTENCES).start()) : doc.text();
        LocalDate published = doc.article().published();
        LocalDate anchor = published;
        boolean inferred = false;
        List<Timex> found = null;
        if (anchor == null) {
            found = TimeExpressions.find(text, null);
            anchor = inferAnchor(doc, found);
            LocalDate captured = snapshotDate(doc.article().url());
            if (captured != null && (anchor == null || anchor.isAfter(captured))) {
                // an archived copy without a date line was filed by the day it was captured at the latest
                anchor = captured;
            }
            inferred = anchor != null;
        }
        LocalDate filed = filed(doc.article());
        if (published != null && filed.isBefore(published)) {
            // a date in the article's own path is when it was filed, and an archive's capture day bounds it; a
            // crawler's date can only be later (archived copies are stamped months or years after the story)
            anchor = filed;
        }
        if (anchor != null) found = TimeExpressions.find(text, anchor);
        LocalDate stamped = anchor == null ? null : datelineDate(text, found, published);
        if (stamped != null && !stamped.equals(anchor)) {
            // the article's own "Posted: ..." stamp beats a crawler's guess of the publication date
            anchor = stamped;
            found = TimeExpressions.find(text, anchor);
        }
        List<DateModel.Option> options = options(doc, found, anchor, published, inferred ? null : anchor);
        return new Analysis(options, anchor, inferred, found);
    }

    /** Every date the text offers for the incident, with the evidence that the model weighs. */
    static List<DateModel.Option> options(Doc doc, List<Timex> found, LocalDate anchor, LocalDate published,
                                          LocalDate filed) {
        String text = doc.text();
        Map<LocalDate, DateModel.Builder> byDate = new LinkedHashMap<>();
        byte[] sentenceFlags = new byte[MAX_SENTENCES];
        // the day before a day named in the small hours ("2 a.m. Sunday") or its morning: records may date the night
        Map<LocalDate, Boolean> next = new LinkedHashMap<>();
        for (Timex t : found) {
            Candidate c = Candidate.of(t);
            if (c == null) continue;
            if (anchor != null && c.date().isAfter(anchor)) continue;
            // decades before the story is history ("the 1966 tower shooting"), not the incident it reports
            if (anchor != null && c.date().isBefore(anchor.minusYears(MAX_YEARS_BACK))) continue;
            if (isDateline(text, t, published)) continue;
            // an embedded post's time stamp ("— Jane Doe (@janedoe) May 3, 2016") dates the post, not the incident
            if (TWEET_SIGNATURE.matcher(text).region(Math.max(0, t.start() - 40), t.start()).find()) continue;
            if (BIRTH.matcher(text).region(Math.max(0, t.start() - 24), t.start()).find()) continue;
            if (diedDaysAfter(text, t)) continue;
            if (weekdayContradicts(c)) continue;
            Scored scored = score(doc, c, anchor, sentenceFlags);
            if (scored.score <= 0) continue;
            if (tomorrowsWeekday(c, anchor) && !POSSESSIVE_EVENT.matcher(text).region(t.end(),
                    Math.min(text.length(), t.end() + 50)).lookingAt()) {
                continue;
            }
            DateModel.Builder b = byDate.computeIfAbsent(c.date(), DateModel.Builder::new);
            b.add(c, scored.score, scored.statement, scored.sentence,
                    DEATH.matcher(text).region(Math.max(0, t.start() - 40), t.start()).find());
            if (!scored.statement) {
                b.attached |= scored.attached;
                b.namesEvent |= NAMES_EVENT.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 60)).lookingAt();
            }
            b.firstOffset = Math.min(b.firstOffset, t.start());
            if (c.precision() == Precision.DAY && !scored.statement) {
                if (SMALL_HOURS.matcher(t.text()).find()) next.put(c.date().minusDays(1), Boolean.TRUE);
                else if (MORNING.matcher(t.text()).find()) next.putIfAbsent(c.date().minusDays(1), Boolean.FALSE);
            }
        }
        for (var e : next.entrySet()) {
            if (anchor != null && e.getKey().isBefore(anchor.minusDays(31))) continue;
            DateModel.Builder b = byDate.computeIfAbsent(e.getKey(), DateModel.Builder::new);
            if (e.getValue()) b.smallHoursNext = true;
            else b.morningNext = true;
        }
        // the hours the text tells, not those of its own posting stamps
        String told = withoutStamps(text);
        int lead = Math.min(told.length(), CLOCK_CHARS);
        DateModel.Clock clock = new DateModel.Clock(LATE_CUE.matcher(told).region(0, Math.min(told.length(), 1500)).find(),
                SMALL_HOURS_CLOCK.matcher(told).region(0, lead).find(), EVENING_CLOCK.matcher(told).region(0, lead).find());
        return DateModel.options(byDate.values(), anchor, filed, clock);
    }

    private static final Pattern NAMED_WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /**
     * "Monday, Aug. 9" read as a day that is no Monday: the writer meant another year (or misdated it), so the
     * day is not this story's incident.
     */
    static boolean weekdayContradicts(Candidate c) {
        if (c.precision() != Precision.DAY || !MONTH_DAY.matcher(c.timex().text()).find()) return false;
        Matcher m = NAMED_WEEKDAY.matcher(c.timex().text());
        if (!m.find()) return false;
        return Lexicon.weekday(m.group()).getValue() != c.date().getDayOfWeek().getValue();
    }

    /**
     * The weekday owns the incident ("Friday's drive-by shooting", "Thursday's fatal stabbing"): a day that has
     * passed, so a six-day-old weekday written so is kept (gva-dev: such a six-day-old weekday is the gold day 2
     * times of 3, the publication date never).
     */
    private static final Pattern POSSESSIVE_EVENT = Pattern.compile("(?i)^(?:'s|\u2019s)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:shootings?|killings?|homicides?|slayings?|attacks?|stabbings?|murders?|shootout|rampage|massacre"
            + "|robbery|carjacking|ambush)\\b");

    /** A week back pointer that makes a six-day-old weekday deliberate: "last Saturday", "this past Saturday". */
    private static final Pattern PAST_WEEK = Pattern.compile("(?i)\\b(?:last|past|previous|a week ago)\\b");

    /**
     * A bare weekday that resolves six days before the anchor, so it names the day after the publication date: a
     * story dated a day early by its feed ("in stable condition Saturday morning" on a Friday date) or a day to come
     * ("an autopsy is set for Wednesday"), seldom a day almost a week back, which reports call "last Saturday"
     * (gva-dev: of 248 such mentions the gold day is the six-day-old day 11 times and the publication date itself
     * 134 times, 23 of those with an event word next to the weekday).
     */
    static boolean tomorrowsWeekday(Candidate c, LocalDate anchor) {
        if (anchor == null || c.precision() != Precision.DAY || c.absolute()) return false;
        if (anchor.toEpochDay() - c.date().toEpochDay() != 6) return false;
        String text = c.timex().text();
        return NAMED_WEEKDAY.matcher(text).find() && !MONTH_DAY.matcher(text).find() && !PAST_WEEK.matcher(text).find();
    }

    /** The signature of an embedded post before its date: "— Jane Doe (@janedoe) May 3, 2016". */
    private static final Pattern TWEET_SIGNATURE = Pattern.compile("\\(@\\w{1,30}\\)\\s*$");

    /** A date of birth ("Date of Birth: 01/6/1992", "DOB 3/4/90", "was born on May 2, 1999"). */
    private static final Pattern BIRTH = Pattern.compile("(?i)\\b(?:date of birth|d\\.?o\\.?b\\.?|born(?: on| in)?)[\\s:,-]*$");
    /** How far before the anchor an incident can lie; older dates in a story are its background. */
    private static final int MAX_YEARS_BACK = 5;
    /** The earliest year a date in a URL path can be a filing date rather than an id (/19170726-...). */
    private static final int FIRST_WEB_YEAR = 1994;

    /** A later death dates the death, not the shooting ("died Sunday"). */
    private static final Pattern DEATH = Pattern.compile("(?i)\\b(?:died|dies|death|succumbed|passed away)\\b[^.]{0,30}$");
    /** A span of days after which a death came: ", two days after she was shot", " a week after the shooting". */
    private static final Pattern DAYS_AFTER = Pattern.compile("(?i)^,?\\s*(?:(?:a|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|several|a few|\\d{1,2})\\s+(?:days?|weeks?|months?))\\s+after\\b");

    /**
     * The day of a death that the sentence itself puts days after the incident ("died April 18, two days after she was
     * shot", "died Saturday, a week after the drive-by"): never the incident's day.
     */
    static boolean diedDaysAfter(String text, Timex t) {
        return DEATH.matcher(text).region(Math.max(0, t.start() - 40), t.start()).find()
                && DAYS_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 40)).lookingAt();
    }

    /** Words that put an incident in the small hours, which papers often date by the previous evening. */
    private static final Pattern LATE_CUE = Pattern.compile("(?i)\\b(?:overnight|early morning|late-night|late night"
            + "|last night|early hours)\\b");

    /** How much of the text is read for an hour of the day (the lead and the first paragraphs). */
    private static final int CLOCK_CHARS = 2500;
    /**
     * An hour after midnight, which stories filed the same morning tell without a day ("around 2 a.m."); never the
     * minutes of another hour ("10:12 a.m.", nor "1:11 p.m." for the evening hour below).
     */
    private static final Pattern SMALL_HOURS_CLOCK = Pattern.compile("(?i)\\b(?:(?<![\\d:.])(?:12|[1-4])(?::\\d{2})?\\s*a\\.?m\\b"
            + "|midnight|overnight|early[- ]morning hours|wee hours)");
    /** An evening hour ("about 9:30 p.m."), which a story filed the next day tells without a day as often as with. */
    private static final Pattern EVENING_CLOCK = Pattern.compile("(?i)\\b(?<![\\d:.])(?:[6-9]|1[01])(?::\\d{2})?\\s*p\\.?m\\b");

    /**
     * When the page was posted or updated, with its hour ("Posted: Tuesday, March 10, 2020 6:20 PM EDT", "Updated 9:54 PM",
     * "Feb 11, 2015 9:54 PM"): the hour of a report, never the incident's.
     */
    private static final Pattern STAMP_CLOCK = Pattern.compile("(?i)\\b(?:posted|updated|published|created|modified)\\b"
            + "[^\\n]{0,60}?\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b|\\b" + Lexicon.MONTH + "\\s*\\d{1,2},?\\s*\\d{4},?\\s*(?:at\\s*|@\\s*)?"
            + "\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b");

    /** The text with its posting stamps blanked out (same length), for reading the hours it tells. */
    static String withoutStamps(String text) {
        Matcher m = STAMP_CLOCK.matcher(text);
        if (!m.find()) return text;
        StringBuilder b = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
        } while (m.find());
        return b.toString();
    }

    /** The date names the incident itself: "Monday's shooting", "the Dec. 12 shooting". */
    private static final Pattern NAMES_EVENT = Pattern.compile("(?i)(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:shootings?|killings?"
            + "|homicides?|slayings?|incident|attacks?|stabbing|gunfire|gun battle|murders?|shootout|rampage|massacre"
            + "|robbery|carjacking|ambush|standoff)\\b");
    /** An hour after midnight or a word for the small hours. */
    private static final Pattern SMALL_HOURS = Pattern.compile("(?i)\\b(?:(?<![\\d:.])(?:12|[1-4])(?::\\d{2})?\\s*a\\.?m\\b|midnight"
            + "|overnight|early)");

    record Scored(double score, boolean statement, int sentence, boolean attached) {
    }

    private static final byte KNOWN = 1;
    private static final byte EVENTFUL = 2;
    private static final byte RETROSPECTIVE = 4;

    /** Scores one candidate; {@code flags} caches what each sentence holds (event word, past pointer). */
    private static Scored score(Doc doc, Candidate c, LocalDate anchor, byte[] flags) {
        String text = doc.text();
        Timex t = c.timex();
        Sentence sentence = sentenceAt(doc.sentences(), t.start());
        if (sentence == null || sentence.index() >= MAX_SENTENCES) return new Scored(0, false, -1, false);
        int index = sentence.index();
        if (TEASER.matcher(sentence.text()).lookingAt()) return new Scored(0, false, index, false);
        if (UPDATE_STAMP.matcher(text).region(Math.max(0, t.start() - 24), t.start()).find()) {
            // when the story was updated, not when its incident happened
            return new Scored(0, false, index, false);
        }
        if (OTHER_INCIDENT.matcher(text).region(Math.max(sentence.start(), t.start() - 70), t.start()).find()) {
            // another incident's date is no option for this one
            return new Scored(0, false, index, false);
        }
        int sStart = Math.min(sentence.start(), t.start());
        int sEnd = Math.max(sentence.end(), t.end());
        if (flags[index] == 0) {
            flags[index] = (byte) (KNOWN | (EVENT.matcher(text).region(sStart, sEnd).find() ? EVENTFUL : 0)
                    | (OTHER_TIME.matcher(text).region(sStart, sEnd).find() ? RETROSPECTIVE : 0));
        }
        double s = 1.0 / (1.0 + 0.15 * index);
        s *= (flags[index] & EVENTFUL) != 0 ? 2.0 : 0.5;
        boolean attached = ATTACHED.matcher(text).region(Math.max(sStart, t.start() - 80), t.start()).find()
                || ATTACHED.matcher(text).region(t.end(), Math.min(sEnd, t.end() + 30)).find();
        if (attached) s *= 1.8;
        boolean statement = STATEMENT_BEFORE.matcher(text).region(Math.max(sStart, t.start() - 30), t.start()).find()
                || STATEMENT_AFTER.matcher(text).region(t.end(), Math.min(sEnd, t.end() + 40)).lookingAt();
        if (statement) s *= 0.1;
        else if ((flags[index] & EVENTFUL) != 0 && c.precision() == Precision.DAY
                && (MONTH_DAY.matcher(t.text()).find() || CLOCK_TIME.matcher(t.text()).find())) {
            s *= 2.5;
        }
        if ((flags[index] & RETROSPECTIVE) != 0) s *= 0.4;
        // an old day with its own event word is a follow-up's incident ("the Aug. 28 shooting"); other old dates
        // are background
        boolean dated = attached && !statement && c.precision() == Precision.DAY;
        if (anchor != null && c.date().isBefore(anchor.minusDays(31)) && !dated) s *= 0.5;
        if (c.precision() == Precision.WEEK) s *= 0.3;
        if (c.precision() == Precision.MONTH) s *= 0.25;
        return new Scored(s, statement, index, attached);
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /** A publication stamp ("date 2022-06-28", "Posted: Jan 12, 2014") rather than a reported date. */
    private static boolean isDateline(String text, Timex t, LocalDate published) {
        Candidate c = Candidate.of(t);
        if (c == null) return false;
        if (c.absolute() && published != null && c.date().equals(published) && t.start() < 60) return true;
        if (DATELINE_BEFORE.matcher(text).region(Math.max(0, t.start() - 36), t.start()).find()) return true;
        if (c.absolute() && t.start() < PLACE_DATELINE_CHARS
                && PLACE_DATELINE.matcher(text).region(Math.max(0, t.start() - 48), t.start()).find()) {
            return true;
        }
        return DATELINE_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 16)).lookingAt();
    }

    private static LocalDate datelineDate(String text, List<Timex> found, LocalDate published) {
        for (Timex t : found) {
            Candidate c = Candidate.of(t);
            if (c != null && c.absolute() && isDateline(text, t, published)) return c.date();
        }
        return null;
    }

    private static boolean unresolvedDayBefore(List<Timex> found, int offset) {
        for (Timex t : found) {
            if (t.start() >= offset) return false;
            if (t.value().startsWith("XXXX-XX-XX")) return true;
        }
        return false;
    }

    /** A date to resolve relative expressions against when the article has none: dateline, URL, text. */
    private static LocalDate inferAnchor(Doc doc, List<Timex> absolute) {
        LocalDate latest = null;
        for (Timex t : absolute) {
            Candidate c = Candidate.of(t);
            if (c == null || !c.absolute()) continue;
            if (isDateline(doc.text(), t, null)) return c.date();
            if (latest == null || c.date().isAfter(latest)) latest = c.date();
        }
        LocalDate fromUrl = urlDate(doc.article().url());
        if (fromUrl != null && (latest == null || fromUrl.isAfter(latest))) return fromUrl;
        return latest;
    }

    /**
     * A web-archive capture 0 or 1 days after the anchor: the crawler's date is then as likely the capture's bound
     * as the story's day (gva-dev, articles naming no day whose pick is the anchor's day: the day before right 18
     * times, the anchor's day 10; for captures months later the anchor's day is right 111 of 266).
     */
    static boolean capturedSoonAfter(org.sitrep.model.Article article, LocalDate anchor) {
        LocalDate captured = snapshotDate(article.url());
        if (captured == null || anchor == null) return false;
        long days = captured.toEpochDay() - anchor.toEpochDay();
        return days >= 0 && days <= 1;
    }

    /** See {@link IncidentDates#filed}. */
    static LocalDate filed(org.sitrep.model.Article article) {
        LocalDate published = article.published();
        if (published == null) return null;
        LocalDate fromUrl = urlDate(article.canonicalUrl() != null ? article.canonicalUrl() : article.url());
        LocalDate filed = fromUrl != null && fromUrl.isBefore(published) ? fromUrl : published;
        LocalDate captured = snapshotDate(article.url());
        return captured != null && captured.isBefore(filed) ? captured : filed;
    }

    /**
     * The day a web-archive snapshot URL was captured, or null: the page existed then, so the story was published
     * that day or earlier, whatever date a crawler later gave it. The capture clock is UTC: west of it the day is
     * a bound as it stands (gva-dev, gold clusters: taking the day of the capture time five hours earlier changes
     * nothing, a day earlier loses 0.866 -> 0.8627).
     */
    static LocalDate snapshotDate(String url) {
        if (url == null) return null;
        Matcher m = ARCHIVE_SNAPSHOT.matcher(url);
        if (!m.find()) return null;
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_WEB_YEAR) return null;
        return Anchoring.safeDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The last date written in a URL's path (/2015/03/14/, -20150314), or null. */
    private static LocalDate urlDate(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url.toLowerCase(Locale.ROOT));
        LocalDate fromUrl = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year < FIRST_WEB_YEAR) continue;
            fromUrl = Anchoring.safeDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return fromUrl;
    }
}
