package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Named people with their role in the incident: {@code victim}, {@code suspect}, {@code official} or
 * {@code witness}. A name is two to four capitalised words (a middle initial and "Jr." allowed) that the
 * article treats as a person: it carries an age ("John Doe, 25,"), a title ("Sgt. Ann Rowe"), speaks
 * ("..., Rowe said") or stands next to a role cue. The role is voted over every mention of the full name or
 * its surname: passive harm ("Doe was shot", "the victim, John Doe", "the death of Doe") votes victim;
 * arrest, charge and active harm ("Doe was charged", "Doe shot his wife", "suspect John Doe") vote suspect;
 * a title makes an official; a speaker with no other cue is a witness. Names with no role are dropped.
 * Thread-safe (immutable).
 */
public final class People {
    private static final String WORD = "(?:[A-Z][a-z]*[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+|[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?![\\p{L}])";
    /** Between two words of a name: spaces (never a line break), a quoted nickname or a lower-case particle. */
    private static final String GAP = "[ \\u00A0]+(?:[\"“][A-Z][\\p{L}.' -]{0,15}[\"”][ \\u00A0]+)?"
            + "(?:(?:de|del|della|la|le|van|von|der|den|da|di|du|dos|das|bin|ibn|al)[ \\u00A0]+){0,2}";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}.])(?:" + WORD + ")(?:" + GAP + "(?:[A-Z]\\.|" + WORD + ")){1,4}"
            + "(?:,?[ \\u00A0]+(?:Jr|Sr)\\.?(?![\\p{L}])|[ \\u00A0]+(?:II|III|IV)\\b)?(?:['’]s(?![\\p{L}]))?");
    private static final Pattern NICKNAME = Pattern.compile("[\"“][^\"”]{1,17}[\"”][ \\u00A0]+");
    /** Words that are never part of a person's name. */
    private static final Set<String> NOT_NAME = Set.copyOf(List.of("street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard",
            "blvd", "lane", "court", "highway", "county", "city", "township", "police", "department", "sheriff", "office", "hospital",
            "center", "centre", "medical", "school", "high", "university", "college", "church", "park", "news", "press", "times",
            "post", "tribune", "daily", "herald", "journal", "channel", "tv", "radio", "inc", "company", "co", "corp", "bank",
            "mall", "station", "fire", "rescue", "state", "states", "united", "north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "the", "a", "an", "and", "in", "on", "at", "of", "for", "with", "by", "from", "to", "after",
            "before", "when", "while", "if", "but", "as", "that", "this", "he", "she", "they", "it", "his", "her", "their",
            "there", "here", "we", "i", "you", "our", "facebook", "twitter", "instagram", "google", "click", "read", "watch",
            "copyright", "rights", "reserved", "associated", "weather", "sports", "video", "photo", "breaking", "home", "update",
            "updated", "district", "attorney", "court", "jail", "prison", "square", "plaza", "apartments", "apartment", "club",
            "bar", "grill", "restaurant", "store", "market", "mart", "shopping", "hotel", "motel", "inn", "airport", "bridge",
            "river", "lake", "beach", "valley", "heights", "hills", "place", "circle", "way", "trail", "parkway", "expressway",
            "interstate", "route", "memorial", "national", "international", "american", "african", "new", "san", "los", "las",
            "saint", "fort", "mount", "port", "christmas", "easter", "thanksgiving", "halloween", "day", "year", "god", "jesus",
            "lord", "man", "woman", "men", "women", "boy", "girl", "teen", "teens", "child", "baby", "killed", "shot", "injured",
            "dead", "dies", "died", "shooting", "shootings", "wounded", "others", "people", "suspect", "victim", "arrested",
            "charged", "gunman", "officer", "officers", "cops", "police", "deputies", "update", "live", "gallery", "photos",
            "highlands", "corner", "reservation", "stadium", "grocery", "general", "detention", "homicide", "juvenile",
            "tech", "sorority", "fraternity", "academy", "elementary", "middle", "county's", "regional", "hall", "tower", "gardens",
            "manor", "village", "estates", "terrace", "crossing", "ridge", "creek", "springs", "falls", "island", "harbor",
            "chevrolet", "honda", "toyota", "nissan", "jeep", "glock", "ruger", "year-old", "years-old", "month-old"));
    /** Words in front of a name that are not part of it: "Defendants Christopher Aguayo", "9-Year-Old Tyshawn Lee". */
    private static final Set<String> LEADING = Set.of("defendant", "defendants", "victim", "victims", "suspect", "suspects",
            "update", "updated", "breaking", "related", "watch", "photo", "photos", "video", "read", "year-old", "years-old",
            "month-old", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words of {@link #NOT_NAME} that are common surnames when they end a name ("Deyshaun Hall", "Reginald Street"). */
    private static final Set<String> SURNAME_WORDS = Set.of("hall", "park", "lane", "church", "street", "day", "west", "north",
            "south", "east", "mall", "court", "bridge", "rivers", "banks", "march", "may");
    /** Words of {@link #NOT_NAME} that take a place in front ("Chicago Police"): the word before them is no surname. */
    private static final Set<String> BODY_WORDS = Set.of("police", "county", "city", "sheriff", "department", "school", "high",
            "hospital", "university", "college", "fire", "state", "township", "district", "news", "medical", "memorial");
    /** An age in front of a name: "25-year-old", "Twenty-five-year-old", "six-month-old", "42 year old". */
    private static final String AGE_WORDS = "(?i:(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:years?|months?|weeks?)[- ]old)";
    /** What may stand between a name and its predicate: ", 25,", " (25)", ", of Town,", ", both 16,". */
    private static final String AFTER_NAME = "(?:\\s*,\\s*(?:aka|a\\.k\\.a\\.)\\s+[^,]{1,25}(?=,))?(?:,\\s*(?:\\d{1,2}|age\\s+\\d{1,2}|a\\s+\\d{1,2}-year-old)\\s*,?)?"
            + "(?:\\s*\\(\\d{1,2}\\))?(?:\\s*,?\\s*(?:(?:both|all)\\s+)?of\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s*,?"
            + "|\\s*,\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s*,)?";
    private static final Pattern AGE_AFTER = Pattern.compile("^(?:,\\s*(?:\\d{1,2}|age\\s+\\d{1,2})(?![\\d,.:]\\d|\\d)|\\s*\\(\\d{1,2}\\)|,\\s*a\\s+\\d{1,2}-year-old)");
    private static final Pattern OFFICIAL_TITLE = Pattern.compile("(?:\\b(?:Officer|Sgt\\.?|Sergeant|Lt\\.?|Lieutenant|Capt\\.?|Captain"
            + "|Cpl\\.?|Corporal|Detective|Det\\.|Deputy|Trooper|Chief|Sheriff|Mayor|Gov\\.?|Governor|Sen\\.?|Senator|Rep\\.?"
            + "|Commissioner|Councilman|Councilwoman|Judge|Prosecutor|Coroner|Agent|Marshal|President|Minister|spokesman"
            + "|spokeswoman|spokesperson|Spokesman|Spokeswoman|[Aa]ttorney|Superintendent|Major|Col\\.|Colonel|Gen\\.|General)"
            + "\\s+(?:[A-Z][a-z]+\\s+){0,2})$");
    private static final Pattern SPEAKS_AFTER = Pattern.compile("^\\s*(?:,\\s*(?:\\d{1,2}\\s*,\\s*)?)?(?:also\\s+|later\\s+)?"
            + "(?:said|says|told|added|explained|recalled|wrote)\\b");
    private static final Pattern SPEAKS_BEFORE = Pattern.compile("\\b(?:said|says|according\\s+to)\\s*$");
    private static final Pattern VICTIM_AFTER = Pattern.compile("^" + AFTER_NAME
            + "\\s*(?:(?:who|,)\\s*)?(?:was|were|had\\s+been|has\\s+been|is)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:shot|killed|wounded|injured|hit|struck|stabbed|found|pronounced|taken\\s+to|transported|hospitali[sz]ed|treated"
            + "|slain|murdered|rushed|airlifted|flown|listed|in\\s+(?:critical|serious|stable|fair|good)|the\\s+victim"
            + "|identified\\s+as\\s+the\\s+(?:victims?|dead|deceased))\\b|^\\s+(?:dead|deceased|lying\\s+dead|suffering)\\b"
            + "|^" + AFTER_NAME + "\\s*(?:(?:who|,)\\s*)?(?:(?:all|both|also|later)\\s+)?(?:died|suffered|sustained)\\b");
    private static final Pattern VICTIM_BEFORE = Pattern.compile("\\b(?:victims?|the\\s+(?:dead|deceased)|killed|shot|wounded"
            + "|injured|shooting\\s+of|death\\s+of|deaths\\s+of|murder\\s+of|killing\\s+of|slaying\\s+of|stabbing\\s+of"
            + "|identified\\s+(?:the\\s+)?(?:victims?|dead|man|woman|boy|girl|teen|deceased)\\s+as|body\\s+of|funeral\\s+(?:for|of)"
            + "|shot\\s+and\\s+killed|fatally\\s+shot|striking|killing|wounding|find|found|identified\\s+(?:him|her)\\s+as"
            + "|(?:man|woman|boy|girl|teen|teenager|child|person|driver|passenger|mother|father|son|daughter|wife|husband)\\s+"
            + "(?:\\w+\\s+){0,2}?(?:was|were|has\\s+been|have\\s+been)\\s+identified\\s+(?:\\w+\\s+){0,3}?as"
            + "|victims?\\s+(?:as|is|was|were)|(?:victims?|dead|deceased|killed|slain|wounded|injured)\\s+(?:\\w+\\s+){0,3}?"
            + "(?:identified|named)\\s+(?:\\w+\\s+){0,3}?as)\\s*,?\\s*(?:" + AGE_WORDS + "\\s+)?$");
    private static final Pattern SUSPECT_AFTER = Pattern.compile("^" + AFTER_NAME
            + "(?:\\s*(?:who|,)?\\s*)?(?:(?:was|were|has\\s+been|had\\s+been|is|remains|will\\s+be)"
            + "\\s+(?:\\w+\\s+){0,2}?(?:arrested|charged|booked|jailed|indicted|held|taken\\s+into\\s+custody|detained|accused"
            + "|sentenced|convicted|wanted|facing|being\\s+held|in\\s+custody|the\\s+suspect|arraigned|identified\\s+as\\s+the\\s+"
            + "(?:suspects?|shooter|gunman)|(?:named\\s+as\\s+)?(?:a\\s+)?persons?\\s+of\\s+interest)|as\\s+(?:(?:the|a|an)\\s+)?(?:suspects?"
            + "|shooters?|gunm[ae]n|killers?|persons?\\s+of\\s+interest)|(?:faces?|surrendered|turn(?:ed|s)\\s+(?:himself|herself)\\s+in|pleaded|pled|allegedly|fled|opened\\s+fire|shot"
            + "|fatally\\s+shot|killed|stabbed|fired|pulled\\s+out|is\\s+accused|was\\s+accused|confessed|admitted))\\b");
    private static final Pattern SUSPECT_BEFORE = Pattern.compile("\\b(?:suspects?|arrested|charged|booked|gunman|shooter"
            + "|accused|alleged\\s+(?:shooter|gunman|killer)|defendant|jailed|indicted|custody|identified\\s+the\\s+(?:suspect"
            + "|shooter|gunman)\\s+as|charges\\s+against|(?:defender|attorney|lawyer)\\s+for|warrants?\\s+for|arrest\\s+of|search\\s+for|persons?\\s+of\\s+interest"
            + "|(?:looking|searching)\\s+for|suspects?\\s+(?:\\w+\\s+){0,3}?(?:identified|named)\\s+(?:\\w+\\s+){0,3}?as)\\s*,?\\s*"
            + "(?:" + AGE_WORDS + "\\s+)?$");
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|at|near|from|outside|on|to|into|of|In|At|On|Near|inside"
            + "|across|between|along|toward|towards)\\s+(?:the\\s+)?$");
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b" + AGE_WORDS + "\\s+$");
    private static final Pattern WITNESS_BEFORE = Pattern.compile("\\b(?:witness(?:es)?|neighbou?rs?|resident|friend|co-worker"
            + "|coworker|bystander|saw)\\s*(?:,)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "identified as", "named as": a person whatever the role. */
    private static final Pattern NAMED_AS = Pattern.compile("\\b(?:identified|named)\\s+(?:\\w+\\s+){0,3}?as\\s*(?:" + AGE_WORDS
            + "\\s+)?$");
    /** "aka Nito": an alias, not a person of its own. */
    private static final Pattern ALIAS_BEFORE = Pattern.compile("\\b(?:aka|a\\.k\\.a\\.|alias|nicknamed|known\\s+as)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** After "Doe's": the victim's death or the suspect's arrest. */
    private static final Pattern POSSESSED_VICTIM = Pattern.compile("^\\s+(?:(?:shooting|stabbing|untimely|violent)\\s+)?(?:death"
            + "|killing|murder|slaying|funeral|body|killers?|(?:alleged|accused)\\s+killers?|memorial|vigil|homicide|remains"
            + "|casket|grave)\\b");
    private static final Pattern POSSESSED_SUSPECT = Pattern.compile("^\\s+(?:arrest|indictment|trial|conviction|sentencing"
            + "|arraignment|bond|bail|defen[cs]e\\s+(?:attorney|lawyer)|attorney|lawyer|confession|accomplice)\\b");
    /** Between two names of a list: ", 16, and", "; ", " and 63-year-old ", ", both of Town, and". */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:\\s*,\\s*(?:both\\s+|ages?\\s+)?\\d{1,2})?(?:\\s*,\\s*(?:both\\s+)?"
            + "(?:of\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?\\s*(?:[,;]\\s*(?:and\\s+)?|\\s+and\\s+)(?:" + AGE_WORDS + "\\s+)?$");
    /** A sentence about harm to people, or about an arrest: a weak vote for every person it names. */
    private static final Pattern HARM = Pattern.compile("\\b(?:killed|dead|died|shot|wounded|injured|victims?|bodies|slain"
            + "|pronounced|fatal(?:ly)?|hospital\\w*|murdered)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARREST = Pattern.compile("\\b(?:arrested|charged|custody|booked|suspects?|shooter|gunman"
            + "|arraigned|indicted|jailed|warrant|bond|bail|accused|allegedly)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INITIAL = Pattern.compile("\\s[A-Z]\\.\\s");
    private static final Pattern CUT_AT_INITIAL = Pattern.compile("(?<![\\p{L}.])[A-Z][a-z]+\\s[A-Z]\\.$");
    private static final int MAX_PEOPLE = 20;
    private static final Pattern WORD_BEFORE = Pattern.compile("(?s).*[A-Z][a-z]+\\s+$");
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(?s).*(?:Mr|Mrs|Ms|Dr)\\.?\\s+$");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LONE_INITIAL = Pattern.compile("[A-Z]\\.");
    private static final Pattern SUFFIX = Pattern.compile(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)$");

    private People() {
    }

    private static final class Votes {
        final String name;
        final int start;
        final int end;
        double victim;
        double suspect;
        double official;
        double witness;
        boolean person;

        Votes(String name, int start, int end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }

        String role() {
            if (official > 0 && official >= victim && official >= suspect) return "official";
            if (suspect > 0 && suspect >= victim) return "suspect";
            if (victim > 0) return "victim";
            if (witness > 0) return "witness";
            return null;
        }
    }

    /** One mention of a full name in a sentence: the name, its span in the sentence, and whether it is "Doe's". */
    private record Mention(String name, int start, int end, boolean titled, boolean possessive) {
    }

    static List<Fact> find(Doc doc) {
        List<Fact> out = new ArrayList<>();
        for (Votes v : votes(doc)) {
            String role = v.role();
            if (role == null || !v.person || out.size() >= MAX_PEOPLE) continue;
            double total = v.victim + v.suspect + v.official + v.witness;
            double best = Math.max(Math.max(v.victim, v.suspect), Math.max(v.official, v.witness));
            out.add(new Fact(FactKind.PERSON, v.name, role, null, doc.evidence(v.start, v.end),
                    Math.min(0.9, 0.45 + 0.4 * best / total)));
        }
        return out;
    }

    /**
     * The full names that {@code doc} treats as people, with or without a role: an age, a title, a role word or a
     * speech verb stands next to the name or its surname ("Don Tucker, 34,", "neighbor Mary Pearsall", "Tucker
     * said"). For stages that must not read a part of such a name as something else (a first name as a town).
     */
    public static Set<String> names(Doc doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Votes v : votes(doc)) {
            if (v.person) out.add(v.name);
        }
        return out;
    }

    /**
     * The last document's votes per thread: the place finder ({@link #names}) and the facts extractor ({@link #find})
     * read one article's people in turn, and counting them is a scan of the whole text.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The votes of every full name of {@code doc}, its mentions and its surname's merged, in order of first mention. */
    @SuppressWarnings("unchecked")
    private static java.util.Collection<Votes> votes(Doc doc) {
        Object[] last = LAST.get();
        if (last != null && last[0] == doc) return (java.util.Collection<Votes>) last[1];
        java.util.Collection<Votes> counted = count(doc);
        LAST.set(new Object[] {doc, counted});
        return counted;
    }

    private static java.util.Collection<Votes> count(Doc doc) {
        Map<String, Votes> byName = new LinkedHashMap<>();
        Map<String, Votes> bySurname = new LinkedHashMap<>();
        String text = doc.text();
        for (Sentence s : sentences(doc)) {
            String t = s.text();
            List<Mention> mentions = mentions(text, s);
            if (mentions.isEmpty()) continue;
            boolean harm = HARM.matcher(t).find();
            boolean arrest = ARREST.matcher(t).find();
            // a list ("X, 16, and Y, 17, were shot"; "identified as X and Y") shares the words before its first
            // name and after its last one
            int first = 0;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (i > 0 && !LIST_GAP.matcher(t.substring(mentions.get(i - 1).end(), m.start())).matches()) first = i;
                int last = i;
                while (last + 1 < mentions.size()
                        && LIST_GAP.matcher(t.substring(mentions.get(last).end(), mentions.get(last + 1).start())).matches()) {
                    last++;
                }
                String name = m.name();
                String surname = surname(name);
                Votes v = byName.get(name.toLowerCase(Locale.ROOT));
                if (v == null) v = bySurname.get(surname);
                if (v == null) {
                    v = new Votes(name, s.start() + m.start(), s.start() + m.end());
                    byName.put(name.toLowerCase(Locale.ROOT), v);
                    bySurname.putIfAbsent(surname, v);
                }
                int at = s.start() + mentions.get(first).start();
                String before = text.substring(Math.max(0, at - 60), at);
                Mention end = mentions.get(last);
                String after = t.substring(end.end(), Math.min(t.length(), end.end() + 120));
                String own = t.substring(m.end(), Math.min(t.length(), m.end() + 120));
                boolean speaks;
                if (m.possessive()) {
                    speaks = false;
                    possessive(v, own);
                } else {
                    speaks = vote(v, before, after, m.titled());
                    if (AGE_AFTER.matcher(own).lookingAt()) v.person = true;
                }
                String ownBefore = text.substring(Math.max(0, s.start() + m.start() - 60), s.start() + m.start());
                if (AGE_BEFORE.matcher(ownBefore).find() || NAMED_AS.matcher(ownBefore).find()) v.person = true;
                if (INITIAL.matcher(name).find()) v.person = true;
                if (harm != arrest && !speaks && !m.titled()) {
                    if (harm) v.victim += 0.5;
                    else v.suspect += 0.5;
                }
            }
        }
        // surnames alone ("Culver said", "Doe was charged") add votes to the full name
        for (Votes v : byName.values()) {
            String surname = surname(v.name);
            if (surname.length() < 3) continue;
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                int end = at + surname.length();
                if (!standsAlone(text, at, end)) continue;
                if (at >= v.start && at < v.end) continue;
                String before = text.substring(Math.max(0, at - 60), at);
                if (WORD_BEFORE.matcher(before).matches() && !OFFICIAL_TITLE.matcher(before).find()
                        && !HONORIFIC_BEFORE.matcher(before).matches()) continue; // part of another full name
                String after = text.substring(end, Math.min(text.length(), end + 120));
                if (Possessives.startsAt(after, 0)) possessive(v, after.substring(2));
                else vote(v, before, after, false);
            }
        }
        return byName.values();
    }

    /**
     * The names of sentence {@code s} that may be people: titles in front dropped ("Luhansk Governor Serhiy
     * Haidai"), a run of words cut at the first word that is never a name ("Tyshawn Lee Police"), a nickname
     * dropped, places ("in Elm Park") and aliases ("aka Lil Folk") skipped.
     */
    private static List<Mention> mentions(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        String t = s.text();
        Matcher m = NAME.matcher(t);
        while (m.find()) {
            String group = m.group();
            boolean possessive = Possessives.endsWithOne(group);
            String[] tokens = SPACES.split(NICKNAME.matcher(group).replaceAll("").replace(",", ""), 0);
            int a = 0;
            for (int i = 0; i < tokens.length - 2; i++) { // "Luhansk Governor Serhiy Haidai": after the last title
                if (OFFICIAL_TITLE.matcher(tokens[i] + " ").find()) a = i + 1;
            }
            while (a < tokens.length && (Speakers.TITLES.contains(tokens[a].toLowerCase(Locale.ROOT))
                    || Speakers.COUNTRY.containsKey(tokens[a].toLowerCase(Locale.ROOT))
                    || LEADING.contains(tokens[a].toLowerCase(Locale.ROOT)))) a++;
            int b = tokens.length;
            for (int i = a; i < tokens.length; i++) {
                String w = Possessives.strip(tokens[i].toLowerCase(Locale.ROOT));
                if (NOT_NAME.contains(w) && !(i == tokens.length - 1 && i - a >= 1 && SURNAME_WORDS.contains(w))) {
                    b = i;
                    break;
                }
            }
            if (b < tokens.length) {
                if (b - a >= 3 && BODY_WORDS.contains(tokens[b].toLowerCase(Locale.ROOT))) b--; // "Garry McCarthy Chicago Police"
                if (b - a < 2 || tokens[b - 1].length() < 2) continue; // a place or a body, not a name followed by one
                possessive = Possessives.endsWithOne(tokens[b - 1]);
            }
            while (b - a > 2 && LONE_INITIAL.matcher(tokens[b - 1]).matches()) b--; // "Dwayne K." cut by the sentence splitter
            if (LONE_INITIAL.matcher(tokens[b - 1]).matches()) continue;
            if (b - a < 2 || Character.isLowerCase(tokens[b - 1].charAt(0))) continue;
            if (possessive) tokens[b - 1] = tokens[b - 1].substring(0, tokens[b - 1].length() - 2);
            String name = String.join(" ", List.of(tokens).subList(a, b));
            int start = m.start() + group.indexOf(tokens[a]);
            int lastAt = group.lastIndexOf(tokens[b - 1]);
            int end = m.start() + (lastAt < 0 ? group.length() : lastAt + tokens[b - 1].length());
            String before = text.substring(Math.max(0, s.start() + start - 60), s.start() + start);
            if (LOCATIVE.matcher(before).find() && !VICTIM_BEFORE.matcher(before).find()
                    && !SUSPECT_BEFORE.matcher(before).find()) continue;
            if (ALIAS_BEFORE.matcher(before).find()) continue;
            boolean titled = OFFICIAL_TITLE.matcher(text.substring(Math.max(0, s.start() + start - 40), s.start() + start)).find()
                    || (a > 0 && OFFICIAL_TITLE.matcher(String.join(" ", List.of(tokens).subList(0, a)) + " ").find());
            out.add(new Mention(name, start, end + (possessive ? 2 : 0), titled, possessive));
        }
        return out;
    }

    /** The sentences of {@code doc}, a sentence cut after a middle initial ("Dwayne K." | "Smith, 25, ...") joined again. */
    private static List<Sentence> sentences(Doc doc) {
        List<Sentence> in = doc.sentences();
        List<Sentence> out = new ArrayList<>(in.size());
        String text = doc.text();
        for (Sentence s : in) {
            Sentence prev = out.isEmpty() ? null : out.getLast();
            if (prev != null && endsWithInitial(prev.text()) && CUT_AT_INITIAL.matcher(prev.text()).find() && s.start() - prev.end() == 1
                    && text.charAt(prev.end()) == ' ' && Character.isUpperCase(s.text().charAt(0))) {
                out.set(out.size() - 1, new Sentence(prev.index(), prev.start(), s.end(), text.substring(prev.start(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** "... K." : what {@link #CUT_AT_INITIAL} needs at the end, checked without scanning the sentence. */
    private static boolean endsWithInitial(String t) {
        int n = t.length();
        return n >= 4 && t.charAt(n - 1) == '.' && t.charAt(n - 2) >= 'A' && t.charAt(n - 2) <= 'Z' && Character.isWhitespace(t.charAt(n - 3));
    }

    /** The votes of "Doe's death" (victim) or "Doe's arrest" (suspect); nothing for "Doe's mother". */
    private static void possessive(Votes v, String after) {
        if (POSSESSED_VICTIM.matcher(after).lookingAt()) {
            v.victim += 1;
            v.person = true;
        } else if (POSSESSED_SUSPECT.matcher(after).lookingAt()) {
            v.suspect += 1;
            v.person = true;
        }
    }

    /**
     * True when {@code text[at, end)} is a whole word not preceded by another word and a single space (a surname
     * alone, as in "Culver said", not the end of "Tom Culver"). Plain scanning: this runs once per name per article.
     */
    static boolean standsAlone(String text, int at, int end) {
        if (end < text.length() && Character.isLetter(text.charAt(end))) return false;
        if (at > 0 && Character.isLetter(text.charAt(at - 1))) return false;
        if (at > 1 && text.charAt(at - 1) == ' ') {
            char c = text.charAt(at - 2);
            if (Character.isLetter(c)) return false;
            if (c == '.') { // "Sgt. Culver", "J. Culver" but not "... fled. Culver was arrested"
                int w = at - 2;
                while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
                return w < at - 2 && Character.isLowerCase(text.charAt(w)) || at - 2 - w > 4;
            }
        }
        return true;
    }

    /** Adds the votes of one mention; true when the mention is a speaker. */
    private static boolean vote(Votes v, String before, String after, boolean titled) {
        boolean victimAfter = VICTIM_AFTER.matcher(after).lookingAt();
        boolean victimBefore = VICTIM_BEFORE.matcher(before).find();
        if (titled) { // "Officer Omar Cannon was shot" is a victim
            if (!victimAfter && !victimBefore) v.official += 2;
            v.person = true;
        }
        if (AGE_AFTER.matcher(after).lookingAt() || AGE_BEFORE.matcher(before).find()) v.person = true;
        if (victimAfter) {
            v.victim += 1.5;
            v.person = true;
        }
        if (victimBefore) {
            v.victim += 1;
            v.person = true;
        }
        if (SUSPECT_AFTER.matcher(after).lookingAt()) {
            v.suspect += 1.5;
            v.person = true;
        }
        if (SUSPECT_BEFORE.matcher(before).find()) {
            v.suspect += 1;
            v.person = true;
        }
        boolean speaks = SPEAKS_AFTER.matcher(after).lookingAt() || SPEAKS_BEFORE.matcher(before).find();
        if (speaks) {
            v.witness += 0.5;
            v.person = true;
        }
        if (WITNESS_BEFORE.matcher(before).find()) {
            v.witness += 1;
            v.person = true;
        }
        return speaks;
    }

    private static String surname(String name) {
        String[] t = WHITESPACE.split(SUFFIX.matcher(name).replaceAll(""), 0);
        return t[t.length - 1];
    }
}
