package org.sitrep.core.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.fact.People;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;
import org.sitrep.core.internal.Possessives;
import org.sitrep.core.internal.Sentences.Sentence;

/**
 * Finds toponym candidates in a document and looks them up. Thread-safe (stateless but for the gazetteer).
 */
final class MentionFinder {
    /*
     * Candidates are runs of capitalised words (lowercase connectors such as "of" or a trailing "region"
     * allowed inside), matched longest first against the case-sensitive gazetteer index. Words that are
     * common English or people's names when capitalised are dropped unless the context vouches for a place
     * (a locative preposition before, ", State" after, a dateline, or "police"/"County"/"residents" after).
     * A name right after a first name or a title ("John Austin", "Officer Paris") or right before a street
     * word ("Jackson Street") is not a place. Datelines ("KRAMATORSK, Ukraine (AP) —", "(Kyiv)") are read
     * from the first paragraphs of the body, in capitals or not.
     */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.\\p{Lu}\\p{Ll}+\\.|[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}'’\\-]*[\\p{L}\\p{M}\\p{N}])?\\.?");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\s\\p{Z}\\u200B\\uFEFF]*(?:\\((\\p{Lu}[\\p{L}.'’ -]{1,30})\\)|(\\p{Lu}[\\p{Lu}.'’ -]{1,34}[\\p{Lu}.]|\\p{Lu}[\\p{L}.'’ -]{1,34}?[\\p{L}.])"
            + "(?:,\\s*(\\p{Lu}[\\p{L}. ]{1,25}?))?\\s*(\\(\\s*[\\p{L}\\p{N} .,]{2,30}\\s*\\))?\\s*(?:(?:—|–|--|-|:)\\s|_))");
    private static final int MAX_WORDS = 5;
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "de", "la", "le", "del", "du",
            "des", "upon", "on", "the", "al", "el", "am", "an", "der", "sur", "en", "y");
    private static final java.util.Set<String> REGION_WORDS = java.util.Set.of("region", "oblast", "province");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Word(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    List<Mention> find(Doc doc) {
        String text = doc.text();
        int titleEnd = doc.article().title().isEmpty() ? 0 : doc.article().title().length();
        List<Word> words = words(text);
        List<Mention> out = new ArrayList<>();
        List<int[]> datelineSpans = datelines(doc, titleEnd, out, null);
        boolean titleCase = titleCase(words, titleEnd);
        java.util.Set<String> persons = persons(text, words);
        java.util.Set<String> given = new java.util.HashSet<>();
        java.util.Set<String> namePairs = people(People.names(doc), persons, given);
        if (!given.isEmpty()) given.removeAll(afterLocatives(text));
        java.util.Set<String> alone = aloneMidSentence(text, words);
        java.util.Set<String> vessels = vessels(text, words);
        boolean sports = sports(words);
        int outlet = outletStart(doc.article().title());
        int sentence = 0;
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.capitalised() || inside(datelineSpans, w.start())) continue;
            while (sentence < sentences.size() - 1 && sentences.get(sentence).end() <= w.start()) sentence++;
            int used = match(doc, words, i, titleEnd, titleCase, persons, namePairs, given, alone, vessels, sports, outlet, sentences.isEmpty() ? -1 : sentence, out);
            if (used > 0) i += used - 1;
        }
        return countyStems(out);
    }

    /**
     * A bare "Anson" in a text that also says "Anson County" is read in that county's state: a town there
     * of that name if there is one, else the county itself.
     */
    private List<Mention> countyStems(List<Mention> mentions) {
        java.util.Map<String, int[]> counties = new java.util.HashMap<>();
        for (Mention m : mentions) {
            int sp = m.surface().lastIndexOf(' ');
            if (sp <= 0) continue;
            int[] c = java.util.Arrays.stream(m.readings()).filter(r -> gazetteer.kind(r) == Kind.COUNTY).toArray();
            if (c.length > 0) counties.putIfAbsent(m.surface().substring(0, sp), c);
        }
        if (counties.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int[] c = counties.get(m.surface());
            if (c == null || m.has(Mention.QUALIFIED)) {
                out.add(m);
                continue;
            }
            java.util.Set<String> states = new java.util.HashSet<>();
            for (int r : c) states.add(gazetteer.admin1Key(r));
            int[] towns = java.util.Arrays.stream(m.readings())
                    .filter(r -> gazetteer.kind(r) == Kind.PLACE && states.contains(gazetteer.admin1Key(r))).toArray();
            out.add(new Mention(m.start(), m.end(), m.surface(), towns.length > 0 ? towns : c, m.qualifier(), m.cues(),
                    m.sentence()));
        }
        return out;
    }

    /** Tries the longest gazetteer name starting at word i; returns the number of words used, or 0. */
    private int match(Doc doc, List<Word> words, int i, int titleEnd, boolean titleCase, java.util.Set<String> persons,
                      java.util.Set<String> namePairs, java.util.Set<String> given, java.util.Set<String> alone, java.util.Set<String> vessels, boolean sports, int outlet, int sentence,
                      List<Mention> out) {
        String text = doc.text();
        int maxLen = 1;
        while (maxLen < MAX_WORDS && i + maxLen < words.size() && adjacent(text, words.get(i + maxLen - 1), words.get(i + maxLen))) {
            maxLen++;
        }
        for (int len = maxLen; len >= 1; len--) {
            Word last = words.get(i + len - 1);
            if (len > 1 && !(last.capitalised() || REGION_WORDS.contains(last.text()))) continue;
            boolean connectorsOnly = true;
            for (int k = i + 1; k < i + len - 1; k++) {
                Word mid = words.get(k);
                if (!mid.capitalised() && !CONNECTORS.contains(mid.text())) connectorsOnly = false;
            }
            if (!connectorsOnly) continue;
            int end = last.end();
            String surface = text.substring(words.get(i).start(), end);
            boolean possessive = false;
            if (Possessives.endsWithOne(surface)) {
                surface = surface.substring(0, surface.length() - 2);
                end -= 2;
                possessive = true;
            }
            int[] readings = readings(surface);
            boolean coDot = false;
            if (readings.length == 0 && len > 1 && (last.text().equals("Co") || last.text().equals("CO")) && end < text.length()
                    && text.charAt(end) == '.') {
                String county = surface.substring(0, surface.length() - 2) + "County"; // "Aiken Co." is Aiken County
                readings = java.util.Arrays.stream(readings(county)).filter(r -> gazetteer.kind(r) == Kind.COUNTY).toArray();
                if (readings.length > 0) surface = county;
                coDot = readings.length > 0;
            }
            if (readings.length == 0 && len == 1 && surface.indexOf('-') > 0) {
                String head = surface.substring(0, surface.indexOf('-'));
                String tail = surface.substring(surface.indexOf('-') + 1);
                int[] county = readings(surface + " County");
                if (!tail.isEmpty() && Character.isUpperCase(tail.charAt(0)) && county.length > 0) {
                    readings = county; // "Miami-Dade"
                } else if (!tail.isEmpty()) {
                    surface = head; // "Chicago-area", "Savannah-Chatham"
                    end = words.get(i).start() + head.length();
                    readings = readings(surface);
                }
            }
            if (hasKind(readings, Kind.ADMIN1) && hyphenedToNoPlace(text, end, readings)) readings = new int[0];
            if (readings.length == 0) continue;
            Word before = i > 0 && adjacent(text, words.get(i - 1), words.get(i)) ? words.get(i - 1) : null;
            Word after = i + len < words.size() && adjacent(text, last, words.get(i + len)) ? words.get(i + len) : null;
            int cues = cues(doc, words, i, i + len, end, titleEnd, titleCase, possessive);
            if (words.get(i).start() >= outlet && words.get(i).start() < titleEnd) cues = (cues & ~Mention.TITLE) | Mention.OUTLET;
            int[] qualifier = qualifier(text, coDot ? end + 1 : end, words, i + len); // "Aiken Co., S.C."
            if (qualifier.length == 0 && after != null && (after.text().equals("Township") || after.text().equals("Twp"))) {
                int past = after.end() < text.length() && text.charAt(after.end()) == '.' ? after.end() + 1 : after.end();
                qualifier = qualifier(text, past, words, i + len + 1); // "Hamilton Township, New Jersey"
            }
            if (qualifier.length > 0) cues |= Mention.QUALIFIED;
            if (len == 1 && !keepSingle(surface, cues, readings, titleCase)) return 0;
            if (len == 1 && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0
                    && (before != null && namePairs.contains(before.text() + " " + surface)
                        || after != null && namePairs.contains(surface + " " + after.text()))) {
                return 0; // "Don Tucker, 34,", "neighbor Mary Pearsall said": a part of a person's name, whatever the town
            }
            if (i >= 2 && words.get(i - 1).text().equals("of") && words.get(i - 2).text().equals("block")
                    && (cues & Mention.QUALIFIED) == 0) {
                return len; // "the 3400 block of Oxford": a street named without its type, not the town
            }
            if (len == 1 && given.contains(surface) && (cues & (Mention.QUALIFIED | Mention.DATELINE | Mention.LOCATIVE
                    | Mention.INSTITUTION)) == 0) {
                return 0; // "Austin Reyes, 18, ... when Austin pulled the trigger": the first name alone, not the city
            }
            boolean titleWords = titleCase && words.get(i).start() < titleEnd;
            if (before != null && (Lexicon.PERSON_TITLE.contains(before.text()) || (len == 1 && !titleWords
                    && before.capitalised() && !Lexicon.STOP.contains(before.text())
                    && !gazetteer.isCommonWord(lower(before.text()))
                    && !Lexicon.PLACE_PREFIX.contains(before.text()) && !regionOrCountryBefore(before.text())))) {
                return 0; // "John Austin", "Officer Paris"
            }
            if (before != null && before.capitalised() && directionOfPart(gazetteer, before.text(), readings)
                    && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0) {
                return len; // "East Germantown", "South Linden": a city's part, not the small town of that name elsewhere
            }
            if (len == 1 && !titleWords && after != null && after.capitalised()
                    && (maxPopulation(readings) < 15_000 || AGE_BEFORE.matcher(text.substring(Math.max(0, words.get(i).start() - 20), words.get(i).start())).find()
                        || maxPopulation(readings) < UNPLACED_NAME_MAX && (cues & (Mention.LOCATIVE | Mention.INSTITUTION)) == 0)
                    && !Lexicon.PLACE_INSTITUTION.contains(after.text())
                    && !Lexicon.STREET.contains(after.text()) && !regionOrCountry(after.text())) {
                return 0; // part of a longer name: "Samir Jones", "Houston Chronicle"
            }
            if (before != null && vesselBefore(before.text())) return len; // "INS Mysore", "the naval ship Mysore"
            if (sports && !possessive && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0 && teamFollows(text, words, i + len)) {
                return len; // "San Diego Chargers", "Boston Red Sox": the team, not a place
            }
            if (vessels.contains(surface) && before != null && (before.text().equals("the") || before.text().equals("The"))
                    && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0) {
                return len; // "the Mysore picked up a distress call": the ship named so before
            }
            if (len == 1 && persons.contains(surface) && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0) return 0;
            if (len == 1 && !possessive && after != null && after.capitalised() && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0
                    && surnameFollows(surface, after.text(), alone)) {
                return 0; // "Wladimir Klitschko ... said Klitschko": a first name, whatever the size of its namesake town
            }
            if (len == 1 && after != null && after.capitalised() && (cues & (Mention.QUALIFIED | Mention.DATELINE)) == 0
                    && agedName(text, words, i + 1)) {
                return 0; // "Colton Conrad, 19, is accused": a first name, whatever the size of its namesake town
            }
            if (before != null && (before.text().equals("and") || before.text().equals("&")) && i > 1
                    && adjacent(text, words.get(i - 2), before) && CROSS_STREET.contains(words.get(i - 2).text())) {
                return len; // "near Yosemite Avenue and Cleveland": the cross street
            }
            if (len == 1 && intersection(text, words, i)) return len; // "near Craig and Lamb", "at Raines and Pace"
            if (!possessive && !hasKind(readings, Kind.COUNTY) && streetFollows(text, words, i + len - 1)) return len;
            if (possessive && saint(surface) && streetFollows(text, words, i + len - 1)) return len; // "St. Mary's Hospital"
            if (len == 1 && before != null && i > 1 && before.capitalised() && COMPASS.contains(lower(before.text()))
                    && words.get(i - 2).text().equals("on") && adjacent(text, words.get(i - 2), before)
                    && !hasKind(readings, Kind.ADMIN1) && !hasKind(readings, Kind.COUNTRY)) {
                return len; // "an apartment on South Grand": a street named without its type
            }
            out.add(new Mention(words.get(i).start(), end, surface, readings, qualifier, cues, sentence));
            return len;
        }
        return 0;
    }

    /**
     * True when {@code next}, the capitalised word right after a one-word name, is written on its own elsewhere in the
     * middle of a sentence ({@code alone}: "said Klitschko", "when Raite fell") and is no place word, region or country:
     * news names a person in full once and by the surname after, so the name before it is a first name ("Wladimir
     * Klitschko", "Alice McMeekin"), not a town. A place's own two-word name ("Alice Springs") is read whole before.
     */
    private boolean surnameFollows(String surface, String next, java.util.Set<String> alone) {
        if (!alone.contains(next) || Lexicon.STREET.contains(next) || Lexicon.PLACE_INSTITUTION.contains(next)) return false;
        if (Lexicon.PLACE_PREFIX.contains(surface) || regionOrCountry(surface) || regionOrCountry(next)) return false;
        return !gazetteer.contains(surface + " " + next);
    }

    /**
     * Capitalised words written after a lower-case word of the same sentence ("said Klitschko", "the Chargers") or opening
     * a sentence before a lower-case word ("Klitschko was"), that are neither stop words nor common English words: the
     * second mentions of people and organisations.
     */
    private java.util.Set<String> aloneMidSentence(String text, List<Word> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 1; k < words.size(); k++) {
            Word a = words.get(k - 1);
            Word b = words.get(k);
            if (!b.capitalised()) continue;
            boolean mid = (!a.capitalised() || Lexicon.PERSON_TITLE.contains(a.text())) && adjacent(text, a, b)
                    && !Character.isDigit(a.text().charAt(0)); // "said Klitschko", "Mr Raite"
            boolean opensSentence = sentenceEndBefore(text, b.start()) && k + 1 < words.size()
                    && adjacent(text, b, words.get(k + 1)) && !words.get(k + 1).capitalised()
                    && readings(b.text()).length == 0; // "Klitschko was ..." (not "Chicago police said")
            if (!mid && !opensSentence) continue;
            if (Lexicon.STOP.contains(b.text()) && !(mid && Lexicon.STOP_UNLESS_CONTEXT.contains(b.text()))) continue;
            if (gazetteer.isCommonWord(lower(b.text()))) continue; // but surnames such as "Jackson" count
            if (b.text().chars().noneMatch(Character::isLowerCase)) continue; // "the FBI"
            out.add(b.text());
        }
        return out;
    }

    /**
     * Names of ships: the capitalised words right after a ship prefix or a vessel word ("INS Mysore", "the frigate
     * Tabar", "merchant vessel Gibe"). Navies and shipping lines name ships after towns and regions, so a later "the
     * Mysore" in the same text is the ship too.
     */
    private static java.util.Set<String> vessels(String text, List<Word> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 1; k < words.size(); k++) {
            if (!vesselBefore(words.get(k - 1).text()) || !words.get(k).capitalised() || !adjacent(text, words.get(k - 1), words.get(k))) continue;
            int last = k;
            while (last + 1 < words.size() && last - k < 2 && words.get(last + 1).capitalised() && adjacent(text, words.get(last), words.get(last + 1))) {
                last++;
            }
            out.add(text.substring(words.get(k).start(), words.get(last).end()));
            if (last > k) out.add(words.get(k).text());
        }
        return out;
    }

    /**
     * True when the text is about sport: two or more different words of the game ("coach", "season", "playoffs",
     * "NFL" ...). Only there is a town before a plural nickname taken for a team ({@link #teamFollows}).
     */
    private static boolean sports(List<Word> words) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Word w : words) {
            if (SPORT.contains(w.text())) {
                seen.add(w.text());
                if (seen.size() >= 2) return true;
            }
        }
        return false;
    }

    /** Words of team sport news. */
    private static final java.util.Set<String> SPORT = java.util.Set.of("coach", "season", "playoff", "playoffs",
            "quarterback", "league", "roster", "franchise", "touchdown", "pitcher", "slugger", "linebacker", "midfielder",
            "striker", "innings", "inning", "postseason", "preseason", "NFL", "NBA", "MLB", "NHL", "MLS", "N.F.L.",
            "N.B.A.", "teammate", "teammates", "halftime", "touchdowns", "goalkeeper", "defenseman", "receiver");

    /**
     * True when the one or two capitalised words from word {@code k} end in a plural nickname ("Chargers", "Red Sox",
     * "Trail Blazers"): a team named after its town. Plural words of people and places ("Residents", "Heights") are none.
     */
    private static boolean teamFollows(String text, List<Word> words, int k) {
        if (k >= words.size() || !adjacent(text, words.get(k - 1), words.get(k)) || !words.get(k).capitalised()) return false;
        int last = k;
        if (last + 1 < words.size() && adjacent(text, words.get(last), words.get(last + 1)) && words.get(last + 1).capitalised()) last++;
        if (last + 1 < words.size() && adjacent(text, words.get(last), words.get(last + 1)) && words.get(last + 1).capitalised()) {
            return false; // a longer name
        }
        String nick = words.get(last).text();
        if (nick.length() < 4 || !(nick.endsWith("s") || nick.equals("Sox")) || nick.endsWith("ss")) return false;
        for (int j = k; j <= last; j++) {
            String t = words.get(j).text();
            if (Lexicon.STREET.contains(t) || Lexicon.PLACE_INSTITUTION.contains(t) || Lexicon.STOP.contains(t) || NOT_TEAM.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Plural words after a town's name that name its people or services, not a team. */
    private static final java.util.Set<String> NOT_TEAM = java.util.Set.of("Residents", "Officials", "Authorities",
            "Democrats", "Republicans", "Schools", "Students", "Officers", "Firefighters", "Courts", "Police", "Times",
            "News", "Citizens", "Voters", "Hills", "Heights", "Springs", "Falls", "Islands", "Gardens", "Woods", "Lakes",
            "Pines", "Oaks", "Shores", "Plains", "Acres", "Estates", "Public", "Airlines", "Airways", "Transit");

    /** True for a ship prefix ("INS", "HMS", "MV") or a lower-case word for a ship ("frigate", "vessel"). */
    private static boolean vesselBefore(String word) {
        return SHIP_PREFIX.contains(word) || VESSEL.contains(word);
    }

    /** Prefixes of ships' names: navies' (INS, HMS, USS ...) and merchant ones (MV motor vessel, MT tanker ...). */
    private static final java.util.Set<String> SHIP_PREFIX = java.util.Set.of("INS", "HMS", "USS", "USNS", "HMAS", "HMCS",
            "HMNZS", "RFA", "MV", "M/V", "MT", "SS", "RMS", "FV", "MY", "HNLMS", "FGS", "ROKS", "JS", "PNS", "BNS", "KRI");

    /** Lower-case words for a ship that stand right before its name ("the destroyer Mysore"). */
    private static final java.util.Set<String> VESSEL = java.util.Set.of("ship", "warship", "vessel", "frigate", "destroyer",
            "cruiser", "corvette", "submarine", "tanker", "freighter", "trawler", "carrier", "ferry", "liner", "yacht",
            "tugboat", "dhow", "supertanker", "steamer", "gunboat", "minesweeper");

    /** True when the last non-blank character before {@code at} ends a sentence ('.', '!' or '?'). */
    private static boolean sentenceEndBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k >= 0 && k < at - 1 && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?');
    }

    /** An age right before a name: "an 18-year-old, Orlando Gonzalez," or "18-year-old Brandon Hill" is a person, whatever the town. */
    private static final Pattern AGE_BEFORE = Pattern.compile("\\d ?- ?year ?- ?old,? $");

    /**
     * A town smaller than this, named with no locative before it ("knocking out Lennox Lewis"), is taken for the first
     * word of a longer name when a capitalised word follows it (below 15,000 people that holds even after "in").
     */
    private static final long UNPLACED_NAME_MAX = 50_000;

    /**
     * True when word {@code i} is one of two lone capitalised words joined by "and" right after "near" or "at" ("shot near
     * Craig and Lamb.", "at Raines and Pace"): local news names an intersection so, without the street types.
     */
    private static boolean intersection(String text, List<Word> words, int i) {
        int first = i >= 2 && words.get(i - 1).text().equals("and") ? i - 2 : i;
        if (first < 1 || first + 2 >= words.size()) return false;
        Word pre = words.get(first - 1);
        Word a = words.get(first);
        Word and = words.get(first + 1);
        Word b = words.get(first + 2);
        if (!(pre.text().equals("near") || pre.text().equals("at")) || !and.text().equals("and")) return false;
        if (!a.capitalised() || !b.capitalised() || !adjacent(text, pre, a) || !adjacent(text, a, and) || !adjacent(text, and, b)) return false;
        return first + 3 >= words.size() || !adjacent(text, b, words.get(first + 3)) || !words.get(first + 3).capitalised();
    }

    /** Street types that make the next "and X" a cross street ("Yosemite Avenue and Cleveland"). */
    private static final java.util.Set<String> CROSS_STREET = java.util.Set.of("Street", "St", "St.", "Avenue", "Ave", "Ave.",
            "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane", "Parkway", "Pkwy", "Highway", "Hwy");

    /**
     * True when the words from {@code from} are the rest of a person's name followed by an age: one to three
     * adjacent capitalised words (a suffix like "Jr." may follow), then ", 19," or ", 19." ("Colton Conrad, 19,",
     * "Logan Evan Hinrichs, 14,"). A place is not followed by an age.
     */
    static boolean agedName(String text, int from) {
        return agedName(text, words(text), from);
    }

    private static boolean agedName(String text, List<Word> words, int from) {
        int k = from;
        int names = 0;
        while (k < words.size() && names < 4 && words.get(k).capitalised() && adjacent(text, words.get(k - 1), words.get(k))) {
            if (CALENDAR.contains(words.get(k).text())) return false; // "in Chicago Sunday, 3 people were shot"
            names++;
            k++;
        }
        if (names == 0 || names > 3) return false;
        int at = words.get(k - 1).end();
        if (at < text.length() && text.charAt(at) == '.') at++; // "Jr."
        if (at + 3 >= text.length() || text.charAt(at) != ',' || text.charAt(at + 1) != ' ') return false;
        int d = at + 2;
        int digits = 0;
        while (d < text.length() && Character.isDigit(text.charAt(d)) && digits < 3) {
            d++;
            digits++;
        }
        return digits >= 1 && digits <= 2 && d < text.length() && (text.charAt(d) == ',' || text.charAt(d) == '.' || text.charAt(d) == ')');
    }

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /** True when one of the next three adjacent capitalised words is a street word ("Orange Blossom Trail"). */
    private static boolean streetFollows(String text, List<Word> words, int last) {
        boolean and = false;
        for (int k = last + 1; k <= last + 4 && k < words.size() && adjacent(text, words.get(k - 1), words.get(k)); k++) {
            Word w = words.get(k);
            if (STREETS.contains(lower(w.text()))) return true; // "near Thompson and Colorado avenues"
            if (and) continue;
            if (Lexicon.STREET.contains(w.text())) return true;
            if (w.text().equals("and") || w.text().equals("&")) {
                and = true; // then only a plural street word tells
                continue;
            }
            if (!w.capitalised() && !Character.isDigit(w.text().charAt(0))) return false;
        }
        return false;
    }

    /** Plural street types after two names: "Thompson and Colorado avenues" are two streets. */
    private static final java.util.Set<String> STREETS = java.util.Set.of("streets", "avenues", "roads", "boulevards",
            "drives", "lanes", "highways", "parkways");

    /** "St. Mary", "Saint Joseph": a saint's name, which in the possessive names a hospital, church or school after it. */
    private static boolean saint(String surface) {
        return surface.startsWith("St. ") || surface.startsWith("Saint ") || surface.startsWith("St ");
    }

    /**
     * True when the name ending at {@code end} is joined by a hyphen to a capitalised word that names no place in the
     * countries of its {@code readings}: "the California-Kirkbride neighborhood" is a name of its own, not California
     * (unlike "the Georgia-Alabama line" or "the Texas-Mexico border").
     */
    private boolean hyphenedToNoPlace(String text, int end, int[] readings) {
        if (end + 1 >= text.length() || text.charAt(end) != '-' || !Character.isUpperCase(text.charAt(end + 1))) return false;
        int stop = end + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
        String tail = text.substring(end + 1, stop);
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (int r : readings) countries.add(gazetteer.country(r));
        for (String t : new String[] {tail, Places.titleCaseName(tail)}) {
            for (int r : readings(t)) if (gazetteer.kind(r) == Kind.COUNTRY || countries.contains(gazetteer.country(r))) return false;
        }
        return true;
    }

    private long maxPopulation(int[] readings) {
        long max = 0;
        for (int r : readings) max = Math.max(max, gazetteer.population(r));
        return max;
    }

    private boolean regionOrCountry(String surface) {
        for (int r : readings(surface)) {
            if (gazetteer.kind(r) == Kind.ADMIN1 || gazetteer.kind(r) == Kind.COUNTRY) return true;
        }
        return false;
    }

    /**
     * Like {@link #regionOrCountry} for a word before a name, but a first-level region of a few thousand people
     * ("Paul", a municipality of Cape Verde) does not count: before a surname it is a first name ("Paul Ferguson").
     */
    private boolean regionOrCountryBefore(String surface) {
        for (int r : readings(surface)) {
            if (gazetteer.kind(r) == Kind.COUNTRY) return true;
            long pop = gazetteer.population(r);
            if (gazetteer.kind(r) == Kind.ADMIN1 && (pop == 0 || pop >= SMALL_REGION)) return true;
        }
        return false;
    }

    /** Population under which a first-level region is no qualifier before a name ({@link #regionOrCountryBefore}). */
    private static final long SMALL_REGION = 20_000;

    /**
     * Surnames: the last word of "First Last" pairs not in the gazetteer ("Kenneth Harrison", "Officer
     * Smith"), also with a middle initial ("Kenneth J. Harrison") and in the possessive ("Kenneth Harrison's"),
     * so that a later "Harrison said" is not read as a place.
     */
    private java.util.Set<String> persons(String text, List<Word> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = 1; k < words.size(); k++) {
            Word a = words.get(k - 1);
            Word b = words.get(k);
            if (middleInitial(text, a, b) && k + 1 < words.size() && words.get(k + 1).start() == b.end() + 2) {
                a = new Word(a.start(), b.end() + 1, a.text()); // "Dwayne K. Martin": the initial belongs to the first name
                b = words.get(++k);
            }
            b = withoutPossessive(b);
            if (!a.capitalised() || !b.capitalised() || !adjacent(text, a, b)) continue;
            if (Lexicon.PLACE_PREFIX.contains(a.text()) || regionOrCountryBefore(a.text())) continue;
            if (a.text().chars().noneMatch(Character::isLowerCase)) continue; // "CBS Chicago", "WBTV Charlotte"
            if (regionOrCountry(b.text()) || maxPopulation(readings(b.text())) >= 100_000) continue;
            if (Lexicon.STOP.contains(a.text()) && !Lexicon.PERSON_TITLE.contains(a.text())) continue;
            if (gazetteer.isCommonWord(lower(a.text())) && !Lexicon.PERSON_TITLE.contains(a.text())) continue; // "Hospital Kissimmee"
            if (k + 1 < words.size() && adjacent(text, b, words.get(k + 1)) && words.get(k + 1).capitalised()) continue;
            if (gazetteer.contains(a.text() + " " + b.text())) continue;
            if (Lexicon.STREET.contains(b.text()) || Lexicon.PLACE_INSTITUTION.contains(b.text())) continue;
            out.add(b.text());
        }
        return out;
    }

    /**
     * The adjacent word pairs ("Don Tucker", "K. Tucker") of the full names the article treats as people
     * ({@link People#names}: an age, a title, a role word or "said" next to them); their surnames go into
     * {@code persons} unless they name a region, a country or a city of 100,000 people, as in {@link #persons}; their
     * first names go into {@code given} (news calls a young victim by the first name: "when Austin pulled the trigger")
     * unless the text also writes the name after a locative ("in Austin"): then the town is named too (a caller drops
     * them from {@code given}).
     */
    private java.util.Set<String> people(java.util.Set<String> names, java.util.Set<String> persons, java.util.Set<String> given) {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (String name : names) {
            String[] t = name.split(" ");
            for (int k = 1; k < t.length; k++) pairs.add(t[k - 1] + " " + t[k]);
            String[] full = java.util.Arrays.stream(t).filter(w -> !(w.length() == 2 && w.endsWith("."))).toArray(String[]::new);
            for (int k = 1; k < full.length; k++) pairs.add(full[k - 1] + " " + full[k]);
            if (full.length > 1 && !regionOrCountry(full[0])) given.add(full[0]);
            String surname = full[full.length - 1];
            if (full.length > 1 && surname.chars().anyMatch(Character::isLowerCase) && !regionOrCountry(surname)
                    && maxPopulation(readings(surname)) < 100_000) {
                persons.add(surname);
            }
        }
        return pairs;
    }

    private static final Pattern AFTER_LOCATIVE = Pattern.compile("\\b(?:in|at|near|of|from|outside|In|At|Near)\\s+(\\p{Lu}\\p{L}*)\\b");

    /** The capitalised words the text writes right after a locative ("in Austin", "near Mary"): a town named as one. */
    private static java.util.Set<String> afterLocatives(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = AFTER_LOCATIVE.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** True when {@code b} is a middle initial after the first name {@code a}: "Dwayne K. Martin" (a, "K", then ". "). */
    private static boolean middleInitial(String text, Word a, Word b) {
        return b.text().length() == 1 && Character.isUpperCase(b.text().charAt(0)) && adjacent(text, a, b)
                && a.text().length() > 1 && b.end() + 1 < text.length() && text.charAt(b.end()) == '.' && text.charAt(b.end() + 1) == ' ';
    }

    /** The word without a possessive ending ("Lott's", "Lott’s" give "Lott"). */
    private static Word withoutPossessive(Word w) {
        String t = w.text();
        if (t.length() > 3 && Possessives.endsWithOne(t)) return new Word(w.start(), w.end() - 2, t.substring(0, t.length() - 2));
        return w;
    }

    /** Start of an outlet name at the end of the title ("... - WSFA.com Montgomery Alabama news"), else MAX. */
    static int outletStart(String title) {
        Matcher sep = OUTLET_SEPARATOR.matcher(title);
        while (sep.find()) {
            if (OUTLET_WORDS.matcher(title).region(sep.start(), title.length()).find()) return sep.start();
            if (HOME_TAIL.matcher(title).region(sep.end(), title.length()).matches()) return sep.start(); // "... | Dayton, OH"
        }
        return Integer.MAX_VALUE;
    }

    /** A last title segment that only names a town and its state: the outlet's home, not the story's place. */
    private static final Pattern HOME_TAIL = Pattern.compile("[A-Z][A-Za-z.' -]{1,30}, (?:[A-Z]{2}|[A-Z][a-z]{1,4}\\.)\\s*\\|?\\s*");

    private static final Pattern OUTLET_SEPARATOR = Pattern.compile(" [-|–] ");
    private static final Pattern OUTLET_WORDS = Pattern.compile(
            "\\b(?:News|NEWS|news|\\.com|TV|Channel|Radio|Times|Post|Tribune|Herald|Gazette|Journal|Press|Online|Daily|"
            + "Sports|Weather|[KW][A-Z]{2,3})\\b");

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) if (offset >= s[0] && offset < s[1]) return true;
        return false;
    }

    private boolean keepSingle(String surface, int cues, int[] readings, boolean titleCase) {
        if (Lexicon.STOP.contains(surface) && !Lexicon.STOP_UNLESS_CONTEXT.contains(surface)) return false;
        boolean inTitle = (cues & Mention.TITLE) != 0;
        if (Lexicon.STREET.contains(surface)) return false;
        boolean context = (cues & Mention.QUALIFIED) != 0
                || (!(inTitle && titleCase) && (cues & (Mention.LOCATIVE | Mention.INSTITUTION)) != 0);
        boolean strongContext = (cues & Mention.QUALIFIED) != 0 || (!(inTitle && titleCase) && (cues & Mention.LOCATIVE) != 0);
        boolean common = gazetteer.isCommonWord(lower(surface)) && !hasKind(readings, Kind.COUNTRY)
                && !hasKind(readings, Kind.ADMIN1);
        if (common && !strongContext) return false;
        if (Lexicon.STOP_UNLESS_CONTEXT.contains(surface) && !context && !inTitle) return false;
        if (surface.indexOf('.') > 0 || surface.equals("DC")) return true; // "D.C.", "U.S."
        if (surface.length() <= 2) return false;
        boolean allCaps = surface.chars().noneMatch(Character::isLowerCase);
        return !allCaps || hasKind(readings, Kind.COUNTRY);
    }

    private int cues(Doc doc, List<Word> words, int from, int to, int end, int titleEnd, boolean titleCase, boolean possessive) {
        String text = doc.text();
        int cues = possessive ? Mention.POSSESSIVE : 0;
        if (words.get(from).start() < titleEnd) cues |= Mention.TITLE;
        if (from > 0) {
            Word prev = words.get(from - 1);
            boolean lowerOnly = titleCase && words.get(from).start() < titleEnd; // "Man Shot In Park": "In" says nothing
            if (Lexicon.LOCATIVE.contains(prev.text()) && adjacent(text, prev, words.get(from))
                    && !(lowerOnly && prev.capitalised())) {
                cues |= Mention.LOCATIVE;
            } else if (prev.text().equals("of") && cityOf(words, from - 1)) cues |= Mention.LOCATIVE;
            else if (from > 1 && (prev.text().equals("of") || MODIFIERS.contains(lower(prev.text())))
                    && Lexicon.LOCATIVE.contains(words.get(from - 2).text())) {
                cues |= Mention.LOCATIVE; // "in central Kramatorsk", "in the city of X" is handled by "of"
            }
        }
        if (to < words.size() && adjacent(text, words.get(to - 1), words.get(to))) {
            String next = words.get(to).text();
            boolean afterThe = from > 0 && (words.get(from - 1).text().equals("the") || words.get(from - 1).text().equals("The"));
            boolean area = next.equals("neighborhood") || next.equals("neighbourhood") || next.equals("section");
            if (area && (afterThe || from > 1 && COMPASS.contains(lower(words.get(from - 1).text())) && definite(words.get(from - 2).text())
                    || from > 0 && possessor(words.get(from - 1).text()))) {
                cues |= Mention.AREA;
            }
            if (afterThe && (area || next.equals("district"))) {
                cues |= Mention.NEIGHBORHOOD;
            } else if (Lexicon.PLACE_INSTITUTION.contains(next)) cues |= Mention.INSTITUTION;
            else if (Lexicon.SPEECH.contains(next)) cues |= Mention.SPEECH;
            else if (Character.isUpperCase(next.charAt(0))) cues |= Mention.EMBEDDED;
        }
        if (possessive && to < words.size() && Lexicon.PLACE_INSTITUTION.contains(words.get(to).text())) cues |= Mention.INSTITUTION;
        if (relative(words, from, to)) cues = (cues & ~Mention.LOCATIVE) | Mention.RELATIVE;
        return cues;
    }

    /**
     * True when the name only locates the event relative to it: "suburban Denver", "a suburb of Atlanta", "the
     * Denver suburb of", "Atlanta's northern suburbs". ("Outside X", "north of X" and "an X-area man" are not: local
     * news says so of places that still carry X's name and postal address.)
     */
    private static boolean relative(List<Word> words, int from, int to) {
        if (biographical(words, from)) return true;
        if (from > 0) {
            String prev = lower(words.get(from - 1).text());
            if (prev.equals("suburban") || prev.equals("exurban")) return true;
            if (prev.equals("of") && from > 1) {
                String before = lower(words.get(from - 2).text());
                boolean named = from > 2 && words.get(from - 3).capitalised() && !Lexicon.STOP.contains(words.get(from - 3).text());
                if (AROUND.contains(before) || (SUBURB.contains(before) && !named)) return true;
            }
        }
        int k = to;
        if (k < words.size() && MODIFIERS.contains(lower(words.get(k).text()))) k++;
        return k < words.size() && SUBURB.contains(lower(words.get(k).text()));
    }

    /**
     * True when the name is where a person was born or grew up, not the event's place: "born in X", "was raised in
     * the X", "grew up in X", "a native of X". (Where someone lives is not: local news says a victim "lived in X" of
     * the town where he was shot at home.)
     */
    private static boolean biographical(List<Word> words, int from) {
        int k = from - 1;
        if (k >= 0 && lower(words.get(k).text()).equals("the")) k--;
        if (k < 1) return false;
        String prep = lower(words.get(k).text());
        String verb = lower(words.get(k - 1).text());
        if (prep.equals("in")) {
            return HOME_VERBS.contains(verb) || verb.equals("up") && k > 1 && lower(words.get(k - 2).text()).equals("grew");
        }
        return prep.equals("of") && verb.equals("native");
    }

    private static final java.util.Set<String> HOME_VERBS = java.util.Set.of("born", "raised", "reared");

    private static final java.util.Set<String> SUBURB = java.util.Set.of("suburb", "suburbs", "exurb", "exurbs", "outskirts");
    private static final java.util.Set<String> AROUND = java.util.Set.of("outskirts");

    /** True for "in the (Ukrainian) city of" ending at word {@code of}: a settlement word after a locative. */
    private static boolean cityOf(List<Word> words, int of) {
        if (of < 2 || !SETTLEMENT.contains(words.get(of - 1).text())) return false;
        for (int k = of - 2; k >= Math.max(0, of - 5); k--) {
            if (Lexicon.LOCATIVE.contains(words.get(k).text())) return true;
        }
        return false;
    }

    /**
     * True when {@code word} is a compass direction ("East", "SOUTH") written before a name whose readings are all towns
     * or counties smaller than {@link #PART_TOWN_MAX}, the two words not being a place's own name (that was tried
     * first): "East Germantown" and "South Linden" are parts of a big city that the gazetteer does not list, not
     * Germantown, Maryland or Linden, New Jersey, while "North Philadelphia" stays in Philadelphia and "South Texas" in
     * Texas. Used for the words of the text and of the URL's headline slug.
     */
    static boolean directionOfPart(Gazetteer gazetteer, String word, int[] readings) {
        if (!DIRECTIONS.contains(lower(word)) || readings.length == 0) return false;
        for (int r : readings) {
            Kind k = gazetteer.kind(r);
            if (k != Kind.PLACE && k != Kind.COUNTY || gazetteer.population(r) >= PART_TOWN_MAX) return false;
        }
        return true;
    }

    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");
    /** A town this populous, named after a compass direction, is that town's own part ("North Austin"). */
    static final long PART_TOWN_MAX = 100_000;

    /** Compass words that may stand before a neighbourhood's name ("the South Austin neighborhood"). */
    private static final java.util.Set<String> COMPASS = java.util.Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "central", "upper", "lower");

    /** "the", or a place's possessive ("city's", "borough's"): what stands before a part of a city. */
    private static boolean definite(String word) {
        return word.equals("the") || word.equals("The") || possessor(word);
    }

    /** A lower-case possessive of a place word: "city's", "town's", "borough's" (straight or curly apostrophe). */
    private static boolean possessor(String word) {
        return word.equals("city's") || word.equals("city’s") || word.equals("borough's") || word.equals("borough’s")
                || word.equals("town's") || word.equals("town’s");
    }

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("central", "eastern", "western", "northern",
            "southern", "downtown", "suburban", "nearby", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "rural", "tiny", "neighboring", "neighbouring", "uptown", "midtown", "greater",
            "unincorporated", "small", "coastal", "occupied", "frontline", "front-line");

    private static final java.util.Set<String> SETTLEMENT = java.util.Set.of("city", "town", "village", "suburb",
            "township", "borough", "hamlet", "community", "municipality", "port", "capital", "settlement");

    /** Readings of ", Name" right after a mention: an admin1 region, a country or a US state abbreviation. */
    private int[] qualifier(String text, int end, List<Word> words, int next) {
        if (next < words.size() && text.startsWith(" in ", end) && words.get(next).start() == end + 1) {
            return regionAfterIn(text, words, next);
        }
        if (end + 3 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == ',') end++; // "Millom , Cumbria": tokenised text
        if (end + 2 >= text.length() || text.charAt(end) != ',' || next >= words.size()) return new int[0];
        Word w = words.get(next);
        if (w.start() > end + 3) return new int[0];
        String usps = Lexicon.US_STATE_ABBREVIATIONS.get(w.text());
        if (usps == null && w.text().length() == 2 && w.text().chars().allMatch(Character::isUpperCase)) {
            usps = w.text(); // ", IL"
        }
        List<Integer> out = new ArrayList<>();
        if (usps != null) {
            String state = gazetteer.admin1Name("US", usps);
            if (state != null) {
                for (int r : gazetteer.lookup(state)) {
                    if (gazetteer.kind(r) == Kind.ADMIN1 && gazetteer.country(r).equals("US")) out.add(r);
                }
            }
        }
        for (int len = Math.min(3, words.size() - next); len >= 1 && out.isEmpty(); len--) {
            String s = text.substring(w.start(), words.get(next + len - 1).end());
            if (next + len < words.size() && COUNTY_WORDS.contains(words.get(next + len).text())
                    && adjacent(text, words.get(next + len - 1), words.get(next + len))) {
                continue; // "Chester, Delaware County": a county, not the state of Delaware
            }
            for (int r : readings(s)) {
                if (gazetteer.kind(r) == Kind.ADMIN1 || gazetteer.kind(r) == Kind.COUNTRY) out.add(r);
            }
            if (!out.isEmpty() && usps == null && listGoesOn(text, words, next + len)) return new int[0];
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Words after a name that make it a county's. */
    private static final java.util.Set<String> COUNTY_WORDS = java.util.Set.of("County", "Co", "Co.", "Parish");

    /**
     * True when word {@code k} is the next item of a list of places (", Atlanta" after "San Antonio, New York"): the
     * name before is then one more item of the list, not the region of the first ("played with San Antonio, New York,
     * Atlanta and New Jersey").
     */
    private boolean listGoesOn(String text, List<Word> words, int k) {
        if (k >= words.size()) return false;
        int at = words.get(k - 1).end();
        if (text.startsWith(" ,", at)) at++;
        if (!text.startsWith(", ", at) || words.get(k).start() != at + 2 || !words.get(k).capitalised()) return false;
        for (int r : readings(words.get(k).text())) {
            if (gazetteer.kind(r) == Kind.PLACE && gazetteer.population(r) >= 100_000) return true;
        }
        return false;
    }

    /**
     * The country or first-level region named by "in (northern) Name" right after a mention ("Alexandria in northern
     * Egypt", "Kramatorsk in eastern Ukraine"), which places it as ", Name" would; {@code in} is the index of the word
     * "in". Empty when the words after it name no country or region (or a US state: "Jackson in Mississippi" is read
     * so by the region votes already, and "... in Washington" is the capital).
     */
    private int[] regionAfterIn(String text, List<Word> words, int in) {
        int k = in + 1;
        if (k < words.size() && MODIFIERS.contains(words.get(k).text()) && adjacent(text, words.get(k - 1), words.get(k))) k++;
        if (k >= words.size() || !words.get(k).capitalised() || !adjacent(text, words.get(k - 1), words.get(k))) return new int[0];
        for (int len = Math.min(3, words.size() - k); len >= 1; len--) {
            if (!words.get(k + len - 1).capitalised()) continue;
            String s = text.substring(words.get(k).start(), words.get(k + len - 1).end());
            if (k + len < words.size() && adjacent(text, words.get(k + len - 1), words.get(k + len))
                    && words.get(k + len).capitalised()) {
                continue; // "in Egypt Air": part of a longer name
            }
            List<Integer> out = new ArrayList<>();
            for (int r : readings(s)) {
                Kind kind = gazetteer.kind(r);
                if (kind == Kind.COUNTRY || kind == Kind.ADMIN1 && !gazetteer.country(r).equals("US")) out.add(r);
            }
            if (!out.isEmpty()) return out.stream().mapToInt(Integer::intValue).toArray();
        }
        return new int[0];
    }

    /** Gazetteer readings of a surface form, with country aliases. */
    int[] readings(String surface) {
        if (surface.equals("D.C.") || surface.equals("DC")) {
            return java.util.Arrays.stream(gazetteer.lookup("Washington"))
                    .filter(r -> gazetteer.kind(r) == Kind.PLACE && gazetteer.admin1Key(r).equals("US.DC")).toArray();
        }
        String cc = Lexicon.COUNTRY_ALIASES.get(surface);
        if (cc == null) cc = Lexicon.MULTIWORD_COUNTRY_ALIASES.get(surface);
        int[] hit = gazetteer.lookup(surface);
        if (hit.length == 0 && surface.indexOf('\u2019') >= 0) {
            hit = gazetteer.lookup(surface.replace('\u2019', '\'')); // "Coeur d’Alene" as the gazetteer spells it
        }
        if (cc == null) return hit;
        String name = gazetteer.countryName(cc);
        if (name == null) return hit;
        int[] country = java.util.Arrays.stream(gazetteer.lookup(name)).filter(r -> gazetteer.kind(r) == Kind.COUNTRY).toArray();
        return country.length > 0 ? country : hit;
    }

    /**
     * The first dateline naming a town the gazetteer lacks in the region named after it ("KINLOCH, Mo. —", "TYRONE, Mo.
     * —" where the gazetteer knows Tyrone only in other states): a mention without readings whose qualifier is that
     * region. Empty when the document has no such dateline.
     */
    java.util.Optional<Mention> unlistedDateline(Doc doc) {
        int titleEnd = doc.article().title().isEmpty() ? 0 : doc.article().title().length();
        List<Mention> unlisted = new ArrayList<>(1);
        datelines(doc, titleEnd, new ArrayList<>(), unlisted);
        return unlisted.stream().findFirst();
    }

    /**
     * Datelines at the start of the title and the first paragraphs of the body; returns their spans. Datelines whose
     * town has no reading in the region qualifying it go to {@code unlisted} when that is not null.
     */
    private List<int[]> datelines(Doc doc, int titleEnd, List<Mention> out, List<Mention> unlisted) {
        String text = doc.text();
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        for (int para = 0; para < 40 && pos < Math.min(text.length(), 4000); para++) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            Matcher m = DATELINE.matcher(text).region(pos, Math.min(lineEnd, pos + 90));
            m.useAnchoringBounds(true);
            if (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                String name = Places.titleCaseName(m.group(g).strip());
                int sp = name.indexOf(' ');
                if (sp > 0 && Lexicon.PLACE_PREFIX.contains(name.substring(0, sp)) && readings(name).length == 0) {
                    name = name.substring(sp + 1); // "DOWNTOWN JACKSON —"
                }
                for (String unit : MUNICIPALITY) {
                    if (name.startsWith(unit) && name.length() > unit.length() && readings(name).length == 0) {
                        name = name.substring(unit.length()); // "TOWN OF BUSTI, N.Y." is Busti
                    }
                }
                int[] readings = readings(name);
                for (String camel : readings.length == 0 ? camelCased(name) : List.<String>of()) {
                    readings = readings(camel);
                    if (readings.length > 0) {
                        name = camel; // "DEKALB COUNTY, Ga." is DeKalb County, "MCKEESPORT" McKeesport
                        break;
                    }
                }
                if (readings.length == 0) {
                    String abbreviated = abbreviatedCounty(name);
                    if (abbreviated != null) {
                        readings = java.util.Arrays.stream(readings(abbreviated)).filter(r -> gazetteer.kind(r) == Kind.COUNTY).toArray();
                        if (readings.length > 0) name = abbreviated; // "FLOYD CO., Ind. –"
                    }
                }
                boolean deep = para >= 5 && m.group(3) == null && m.group(4) == null;
                boolean stop = Lexicon.STOP.contains(name) && !Lexicon.STOP_UNLESS_CONTEXT.contains(name);
                if (unlisted != null && unlisted.isEmpty() && !stop && m.group(3) != null) {
                    String q = m.group(3).strip();
                    int region = region(qualifier(", " + q, 0, words(q), 0));
                    if (region >= 0 && !readIn(readings, region) && plainName(name) && !listedNearby(name, readings, region)) {
                        int s = m.start(g);
                        unlisted.add(new Mention(s, s + m.group(g).strip().length(), name, new int[0], new int[] {region},
                                Mention.DATELINE | Mention.QUALIFIED | (s < titleEnd ? Mention.TITLE : 0), -1));
                    }
                }
                if (readings.length > 0 && !stop && !deep) {
                    int[] qualifier = new int[0];
                    if (m.group(3) != null) {
                        String q = m.group(3).strip();
                        qualifier = qualifier(", " + q, 0, words(q), 0);
                    }
                    int s = m.start(g);
                    int cues = Mention.DATELINE | (qualifier.length > 0 ? Mention.QUALIFIED : 0) | (s < titleEnd ? Mention.TITLE : 0);
                    out.add(new Mention(s, s + m.group(g).strip().length(), name, readings, qualifier, cues, -1));
                    spans.add(new int[] {s, m.end()});
                }
            }
            if (nl < 0) break;
            while (nl + 1 < text.length() && text.charAt(nl + 1) == '\n') nl++;
            pos = nl + 1;
        }
        return spans;
    }

    /** A municipality's formal name before its common one in a dateline ("TOWN OF X", "City of X"). */
    private static final List<String> MUNICIPALITY = List.of("Town of ", "City of ", "Village of ", "Borough of ");

    /** The one first-level region among a qualifier's readings, or -1 (none, several, or a country). */
    private int region(int[] qualifier) {
        int found = -1;
        for (int q : qualifier) {
            if (gazetteer.kind(q) != Kind.ADMIN1) continue;
            if (found >= 0 && !gazetteer.admin1Key(found).equals(gazetteer.admin1Key(q))) return -1;
            found = q;
        }
        return found;
    }

    /** True when some reading is the region itself or a town or county in it. */
    private boolean readIn(int[] readings, int region) {
        for (int r : readings) {
            if (gazetteer.kind(r) != Kind.COUNTRY && gazetteer.admin1Key(r).equals(gazetteer.admin1Key(region))) return true;
        }
        return false;
    }

    /**
     * True when the dateline's name is more likely a slip than a town the gazetteer lacks: a big city's name (the
     * region after it is the slip: "CHARLOTTE, S.C."), a county of the region without its "County" ("MIAMI-DADE, Fla."),
     * or one letter off a town of the region ("Zellwodd" for Zellwood).
     */
    private boolean listedNearby(String name, int[] readings, int region) {
        for (int r : readings) if (gazetteer.kind(r) == Kind.PLACE && gazetteer.population(r) >= UNLISTED_MAX_NAMESAKE) return true;
        if (readIn(readings(name + " County"), region) || readIn(readings(name + " Parish"), region)) return true;
        for (String v : oneEditAway(name)) if (readIn(gazetteer.lookup(v), region)) return true;
        return false;
    }

    /** A dateline town named like a city this big elsewhere is taken for that city with a wrong region. */
    static final long UNLISTED_MAX_NAMESAKE = 100_000;

    /** Spellings one lowercase letter away (dropped, swapped, replaced or inserted after the first letter). */
    static List<String> oneEditAway(String name) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= name.length(); i++) {
            String head = name.substring(0, i);
            String tail = name.substring(i);
            if (!tail.isEmpty()) out.add(head + tail.substring(1));
            if (tail.length() > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
            for (char c = 'a'; c <= 'z'; c++) {
                if (!tail.isEmpty() && tail.charAt(0) != c) out.add(head + c + tail.substring(1));
                out.add(head + c + tail);
            }
        }
        return out;
    }

    /**
     * A name of one to four letter-only words, each capitalised ("Kinloch", "Camp Lejeune"), not a country or region,
     * not a township (a civil division: its incidents are filed under the towns in it), and with at most one common
     * word ("Tama Weather Forecast" is a page's heading).
     */
    private boolean plainName(String name) {
        String[] w = name.split(" ");
        if (w.length > 4 || name.endsWith(" Township") || name.endsWith(" Twp")) return false;
        int common = 0;
        for (String x : w) if (gazetteer.isCommonWord(x.toLowerCase(Locale.ROOT))) common++;
        if (common > 1) return false;
        for (String x : w) {
            if (x.length() < 2 || !Character.isUpperCase(x.charAt(0))) return false;
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') return false;
            }
        }
        for (int r : readings(name)) if (gazetteer.kind(r) == Kind.COUNTRY || gazetteer.kind(r) == Kind.ADMIN1) return false;
        return true;
    }

    /**
     * Forms of a name that a dateline in capitals lost the inner capital of: "Dekalb County" may be "DeKalb County",
     * "Mckeesport" "McKeesport", "Laplace" "LaPlace", "O'fallon" "O'Fallon" (each such word tried alone, first words first).
     */
    static List<String> camelCased(String name) {
        List<String> out = new ArrayList<>();
        String[] w = name.split(" ", -1);
        for (int k = 0; k < w.length; k++) {
            String word = w[k];
            for (String prefix : CAMEL_PREFIXES) {
                int n = prefix.length();
                if (word.length() > n + 2 && word.startsWith(prefix) && Character.isLowerCase(word.charAt(n))) {
                    String[] v = w.clone();
                    v[k] = word.substring(0, n) + Character.toUpperCase(word.charAt(n)) + word.substring(n + 1);
                    out.add(String.join(" ", v));
                }
            }
        }
        return out;
    }

    private static final List<String> CAMEL_PREFIXES = List.of("Mc", "Mac", "De", "La", "Le", "Du", "Di", "Van", "O'");

    /** "Floyd County" for a dateline's "Floyd Co." or "Floyd Co"; null for a name not ending in "Co". */
    static String abbreviatedCounty(String name) {
        String stem = name.endsWith(" Co.") ? name.substring(0, name.length() - 4) : name.endsWith(" Co") ? name.substring(0, name.length() - 3) : null;
        return stem == null || stem.isBlank() ? null : stem + " County";
    }

    /** True when most longer words of the title are capitalised ("Man Shot In Park"). */
    private static boolean titleCase(List<Word> words, int titleEnd) {
        int longer = 0;
        int caps = 0;
        for (Word w : words) {
            if (w.start() >= titleEnd) break;
            if (w.text().length() < 4) continue;
            longer++;
            if (w.capitalised()) caps++;
        }
        return longer >= 3 && caps * 10 >= longer * 7;
    }

    private boolean hasKind(int[] readings, Kind kind) {
        for (int r : readings) if (gazetteer.kind(r) == kind) return true;
        return false;
    }

    private static boolean adjacent(String text, Word a, Word b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String w = m.group();
            if (w.endsWith(".") && w.indexOf('.') == w.length() - 1 && !Lexicon.US_STATE_ABBREVIATIONS.containsKey(w)
                    && !ABBREVIATED.contains(w)) {
                e--;
                w = w.substring(0, w.length() - 1);
            }
            out.add(new Word(s, e, w));
        }
        return out;
    }

    private static final java.util.Set<String> ABBREVIATED = java.util.Set.of("St.", "Ft.", "Mt.", "Ste.", "Mr.",
            "Mrs.", "Ms.", "Dr.", "Sgt.", "Lt.", "Det.", "Capt.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "Cpl.",
            "Pvt.", "Gen.", "Col.", "Maj.", "Jr.", "Sr.");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
