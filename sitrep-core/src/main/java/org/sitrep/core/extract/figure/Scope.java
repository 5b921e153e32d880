package org.sitrep.core.extract.figure;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.internal.CalendarNames;
import org.sitrep.model.Place;

/**
 * Decides whether a sentence's casualty numbers can belong to the article's main incident. A sentence is
 * out of scope when it counts over a time window or a wider area (AGGREGATE), speaks of an earlier or other
 * incident (OTHER_TIME), or sits in a place that the lead never names (OTHER_PLACE). Thread-safe once built;
 * one instance per document.
 */
final class Scope {
    /** Why a sentence is out of scope; IN when it is not. */
    enum Verdict { IN, AGGREGATE, OTHER_TIME, OTHER_PLACE, OTHER_CAUSE, TEASER }

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern AGGREGATE = Pattern.compile("\\b(?:(?:over|in|during|within)\\s+(?:the\\s+)?(?:past|last|previous)\\s+"
            + "(?:\\d+|\\w+)?\\s*(?:hours?|days?|weeks?|months?|years?|decades?|weekend)"
            + "|in\\s+(?:just\\s+)?(?:24|48|72|\\d+)\\s+hours|(?:so\\s+far\\s+)?this\\s+year|so\\s+far\\s+in\\s+\\d{4}"
            + "|since\\s+(?:the\\s+(?:start|beginning)|" + MONTHS + "|\\d{4}|the\\s+war\\s+began|the\\s+invasion)"
            + "|year\\s+to\\s+date|across\\s+the\\s+(?:country|state|region|nation|city)|nationwide|countrywide"
            + "|per\\s+(?:year|month|day)|each\\s+year|every\\s+year|annually|separate\\s+(?:[\\w-]+\\s+){0,3}?(?:incidents|shootings|attacks|accidents)"
            + "|\\b(?:pair|couple|trio)\\s+of\\s+(?:\\w+\\s+)?shootings\\b"
            + "|(?:various|several|other)\\s+(?:\\w+\\s+)?(?:cities|towns|regions|incidents)|in\\s+total\\s+since"
            + "|homicides?\\s+(?:this|so\\s+far|in\\s+\\d{4})|total\\s+number\\s+of|overall\\b|altogether\\b"
            + "|(?:were|are)\\s+among\\b|\\b(?:in|across|during|after|from)\\s+(?:[\\w-]+\\s+){0,4}?(?:shootings|shooting\\s+(?:incidents|attacks))\\b"
            + "|\\b(?:series|spate|string|rash|wave)\\s+of\\s+(?:\\w+\\s+){0,2}?shooting|\\b(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|\\d+|several|multiple)\\s+(?:separate\\s+|different\\s+|overnight\\s+)?shootings\\b"
            + "|\\b(?:push|bring|brought|rais)(?:es|ed|ing|s)?\\s+(?:\\w+\\s+){0,5}?(?:(?:death|homicide|murder|annual|year['’]s|city['’]s)"
            + "\\s+(?:toll|total|tally|count)|number\\s+of\\s+(?:people|persons|homicides|murders|killings|shootings|victims))\\b"
            + "|\\b(?:within|in)\\s+(?:just\\s+|about\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+hours\\b"
            + "|\\b(?:people|persons|victims)\\s+(?:shot|killed|wounded)\\s+(?:\\w+\\s+){0,4}?since\\b"
            + "|\\b(?:people|persons|residents)\\s+(?:have\\s+been|had\\s+been|were|being)\\s+(?:shot\\s+and\\s+)?(?:killed|shot|slain"
            + "|murdered|wounded)\\s+in\\s+" + MONTHS + "(?=\\s*(?:[.,;:—–(]|-\\s|alone\\b|so\\s+far\\b|$))"
            + "|\\bdeadliest\\s+(?:weekend|day|night|month|year)|\\b(?:month|year|" + MONTHS + ")\\s+alone\\b"
            + "|\\bcrime\\s+(?:stats|statistics|figures|data)\\b|\\bin\\s+less\\s+than\\s+(?:\\d+|\\w+)\\s+(?:hours|days)"
            + "|\\bweekend\\s+(?:of\\s+)?(?:gunfire|violence|bloodshed)|\\bviolent\\s+(?:night|weekend|day|stretch|holiday)\\b"
            + "|\\bweekend\\s+of\\s+(?:violence|gunfire|bloodshed)\\b"
            + "|\\bacross\\s+(?-i:[A-Z])\\w+|one\\s+of\\s+(?:\\d+|\\w+)\\s+(?:shootings|homicides|killings|attacks)"
            + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|multiple|several)\\s+(?:separate\\s+|different\\s+)?(?:(?:overnight|shooting|gun|violent)\\s+){0,2}(?:incidents|attacks)\\b"
            + "|\\bweekend\\s+(?:[\\w-]+\\s+){0,2}?(?:death\\s+)?toll\\b"
            + "|\\bbetween\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:\\w+\\s+)?and\\s+(?:early\\s+|late\\s+)?(?:Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
            + "|\\b(?:\\d+|two|three|four|five|six|\\w+teen|twenty|\\w+ty-\\w+)-(?:hour|day)\\s+(?:span|stretch|period)\\b"
            + "|\\bcrime\\s+scenes\\b|\\bcity[\\s-]?wide\\b|\\bon\\s+the\\s+(?:\\w+\\s+){1,4}?sides\\b"
            + "|\\bover\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:days|nights|weeks)\\b"
            + "|\\bsince\\s+\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
            + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?:and|through)\\s+(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday)\\b)", F);
    private static final Pattern OTHER_TIME = Pattern.compile("\\b(?:last\\s+(?:year|month|" + MONTHS
            + "|spring|summer|fall|autumn|winter)|earlier\\s+(?:this|in\\s+the|last)\\s+(?:year|month|war|conflict)"
            + "|previous(?:ly)?\\b|a\\s+similar|similar\\s+(?:attack|strike|shooting|incident)"
            + "|(?:an|another|the)\\s+earlier\\s+(?:attack|strike|shooting|incident|bombing)"
            + "|(?:\\d+|a|one|two|three|four|five|six|several|few)\\s+(?:years?|months?)\\s+(?:ago|earlier|before)"
            + "|a\\s+year\\s+ago|in\\s+a\\s+(?:separate|different|another|unrelated)\\b|(?:separate|unrelated)\\s+"
            + "(?:incident|shooting|attack|case)|another\\s+in\\s+" + MONTHS + "|anniversary)", F);
    /** Other-incident markers that the lead may use for the incident itself ("died Friday after a shooting last week"). */
    private static final Pattern OTHER_TIME_BODY = Pattern.compile("\\b(?:last\\s+week\\b|earlier\\s+(?:that|in\\s+the|the\\s+same|this)\\s+(?:day|morning|evening|night|week)"
            + "|(?<!\\bhours\\s)earlier\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight)"
            + "|(?:\\d+|a|an|few|several|twenty|thirty|forty|\\w+teen|two|three|four|five|ten)\\s+(?:minutes|hours)\\s+earlier"
            + "|^Meanwhile\\b|(?:months|years)\\s+(?:after|before)\\b|line\\s+of\\s+duty\\s+(?:in|on)\\s+(?:19|20)\\d\\d)", F);
    /** Deaths that are not by gunfire: a crash, an overdose, natural causes (unless the sentence also shoots). */
    private static final Pattern NOT_GUN = Pattern.compile("\\b(?:crash(?:ed|es)?|collision|wreck|traffic|overdose|natural\\s+causes"
            + "|drown(?:ed|ing)?|house\\s+fire|car\\s+accident|drunk(?:en)?[\\s-]+driv\\w*|driving\\s+(?:drunk|while\\s+(?:intoxicated|impaired))|DUI|DWI|motorcycle\\s+accident|dogs?|horses?|animals?|pets?)\\b", F);
    private static final Pattern GUN = Pattern.compile("\\b(?:shot|shoot\\w*|gun\\w*|bullets?|firearms?|rifle|pistol|fired)\\b", F);
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|last|since)\\s+(" + MONTHS + ")(?!\\s*\\d{1,2}\\b)", F);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$])(19[5-9]\\d|20[0-4]\\d)(?!\\d|,\\d)");
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|near|outside|at)\\s+(?:and\\s+near\\s+|the\\s+city\\s+of\\s+)?"
            + "((?:[A-Z][\\p{L}'’.-]+)(?:\\s+[A-Z][\\p{L}'’.-]+){0,2})");
    private static final Pattern CAPITAL = Pattern.compile("\\b[A-Z][\\p{L}'’-]+");
    private static final Pattern PRONOUN_SAID = Pattern.compile("\\b(?:it|he|she|they)\\s+(?:said|added|reported)\\b"
            + "|^(?:It|He|She|They)\\s+(?:said|added|reported)\\b|^(?:Also|And|Meanwhile)\\b");
    private static final Set<String> NOT_PLACES = Set.of("The", "A", "An", "This", "That", "His", "Her", "Their",
            "Our", "Its", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Telegram", "Facebook", "Twitter", "Instagram", "Court", "Critical", "Stable", "Serious",
            "Addition", "Total", "All", "Police", "Hospital", "Medical", "Center", "Centre", "Street", "Avenue",
            "Road", "Block", "Custody", "Fact", "Response", "Turn");

    private final Set<String> known = new HashSet<>();
    private final LocalDate published;

    /**
     * @param lead      the title and first sentences: every capitalised word there names the incident's world
     * @param places    resolved places, the incident's own first; their names and regions count as known
     * @param published publication date or null
     */
    Scope(String lead, List<Place> places, LocalDate published) {
        this.published = published;
        Matcher m = CAPITAL.matcher(lead);
        while (m.find()) known.add(key(m.group()));
        for (Place p : places) {
            if (p.role() != Place.Role.INCIDENT) continue;
            for (String part : (p.name() + " " + (p.admin1() == null ? "" : p.admin1())).split("\\s+")) {
                if (!part.isEmpty()) known.add(key(part));
            }
        }
    }

    /** The verdict on one sentence; {@code inLead} sentences are never out of scope for their place. */
    Verdict judge(String sentence, boolean inLead, Verdict previous) {
        if (teaser(sentence)) return Verdict.TEASER;
        if (NOT_GUN.matcher(sentence).find() && !GUN.matcher(sentence).find()) return Verdict.OTHER_CAUSE;
        if (AGGREGATE.matcher(sentence).find()) return Verdict.AGGREGATE;
        if (OTHER_TIME.matcher(sentence).find()) return Verdict.OTHER_TIME;
        if (!inLead && (otherMonth(sentence) || otherYear(sentence) || OTHER_TIME_BODY.matcher(sentence).find())) {
            return Verdict.OTHER_TIME;
        }
        if (!inLead && otherPlace(sentence)) return Verdict.OTHER_PLACE;
        if (previous != Verdict.IN && previous != Verdict.TEASER && PRONOUN_SAID.matcher(sentence).find() && !namesKnownPlace(sentence)) return previous;
        return Verdict.IN;
    }

    /** True for crawled page furniture (playlists, related links, galleries), whose figures are other stories'. */
    static boolean teaser(String sentence) {
        return org.sitrep.core.internal.Furniture.teaser(sentence);
    }

    private boolean otherMonth(String s) {
        Matcher m = IN_MONTH.matcher(s);
        while (m.find()) {
            int named = CalendarNames.monthOfStem(m.group(1));
            if (named == 0) continue;
            Month month = Month.of(named);
            if (published == null || month != published.getMonth() && month != published.minusDays(7).getMonth()) return true;
        }
        return false;
    }

    private boolean otherYear(String s) {
        if (published == null) return false;
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < published.getYear() - (published.getMonthValue() == 1 ? 1 : 0)) return true;
        }
        return false;
    }

    private boolean otherPlace(String s) {
        Matcher m = PLACE.matcher(s);
        boolean any = false;
        while (m.find()) {
            String[] words = m.group(1).split("\\s+");
            if (NOT_PLACES.contains(words[0])) continue;
            any = true;
            for (String w : words) if (known.contains(key(w))) return false;
        }
        return any && !known.isEmpty();
    }

    private boolean namesKnownPlace(String s) {
        Matcher m = PLACE.matcher(s);
        while (m.find()) {
            for (String w : m.group(1).split("\\s+")) if (!NOT_PLACES.contains(w) && known.contains(key(w))) return true;
        }
        return false;
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int apos = w.indexOf('\'');
        if (apos < 0) apos = w.indexOf('’');
        if (apos > 0) w = w.substring(0, apos);
        while (!w.isEmpty() && !Character.isLetter(w.charAt(w.length() - 1))) w = w.substring(0, w.length() - 1);
        return w;
    }

}
