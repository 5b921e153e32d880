package org.sitrep.core.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.figure.Mentions.Count;
import org.sitrep.core.extract.figure.Mentions.Mention;
import org.sitrep.core.extract.figure.Quantities.Quantity;
import org.sitrep.model.Qualifier;

/**
 * Counts coordinated victims in one sentence ("a man and his son were found dead", "Girl, 10, teen shot", "wounded
 * in a shooting that also injured a woman") for {@link Mentions}. Thread-safe (immutable, precompiled patterns).
 */
final class Coordination {
    private static final int F = Pattern.CASE_INSENSITIVE;
    /** One coordinated noun phrase: "a 59-year-old man", "his two sons", "three children", "their father". */
    private static final String NPX = "(?!including\\b)(?:(?:(?:a|an|his|her|their|one|another|" + Quantities.NUMBER + ")\\s+)?(?:" + Mentions.AGE
            + "(?:\\s+" + Mentions.SINGULAR + "|\\s+" + Mentions.PLURAL + ")?|(?:[\\w-]+\\s+)?(?:" + Mentions.SINGULAR + "|" + Mentions.PLURAL + ")))";
    private static final Pattern NPX_RX = Pattern.compile("(?:(?<n>" + Quantities.NUMBER + ")\\s+)?(?:" + Mentions.AGE + "|[\\w-]+)", F);
    /** "A man and his son were found dead", "a 59-year-old man, a woman and a teen suffered gunshot wounds". */
    /** A person named before a relative in a coordinated subject: "Gonzalez and her grandfather were wounded". */
    private static final String NAMED = "(?-i:(?!(?:Police|Officials|Authorities|Officers|Deputies|Investigators|Detectives|Witnesses"
            + "|Neighbors|Family|Friends|Both|The|He|She|They|It|This|That|One|Two|Three|Four|Five)\\b)[A-Z][a-z'’]+(?:\\s+[A-Z][a-z'’]+)?)";
    /** Where the listed people were: "a 15-year-old and a 69-year-old in the vehicle with Johnson were also hit". */
    private static final String WHERE = "(?:\\s+(?:in|inside|at|near|outside)\\s+(?:the|a|an)\\s+[a-z-]+"
            + "(?:\\s+with\\s+(?:him|her|them|(?-i:[A-Z])[a-z'’]+))?)?";
    /** "three others", "2 other men": the people besides one named before them ("Milner and three others": 4). */
    private static final String OTHERS = "(?:" + Quantities.NUMBER + ")\\s+other(?:s|\\s+(?:people|persons|victims|men|women|teens|children))\\b";
    private static final Pattern COORD = Pattern.compile("\\b(?<subj>" + NPX + "(?:\\s*,\\s*" + NPX + "){0,3}\\s*,?\\s+and\\s+" + NPX
            + "|" + NAMED + "\\s+and\\s+(?=(?:his|her|their)\\s)" + NPX
            + "|(?:" + NAMED + "|he|she)\\s+and\\s+" + OTHERS + ")"
            + "(?:\\s*,\\s*(?:both\\s+|all\\s+)?\\d{1,2}\\s*,)?" + WHERE + "(?:\\s+" + Mentions.FILLER + "){0,4}\\s+(?<cue>" + Mentions.CUE + ")\\b", F);
    private static final Pattern PLURAL_VERB = Pattern.compile("\\b(?:were|are|have|both|all|suffered|died|dead)\\b", F);
    private static final Pattern NPX_SPLIT = Pattern.compile("\\s*,\\s*and\\s+|\\s*,\\s*|\\s+and\\s+", F);
    /** Headline coordination without a plural verb: "Girl, 10, teen shot", "Mother and child wounded", "... after teen, 4-year-old shot". */
    private static final Pattern HEAD_COORD = Pattern.compile("(?:^(?:[\\w'’]+\\s*:\\s*)?|\\bafter\\s+|[,;]\\s+)(?<subj>" + NPX
            + "(?:\\s*,\\s*\\d{1,2})?(?:(?:\\s*,\\s*|\\s+and\\s+)" + NPX + "(?:\\s*,\\s*\\d{1,2})?){1,3})\\s*,?"
            + "(?:\\s+(?:accidentally|fatally|critically|seriously|both|all|found))?\\s+(?<cue>" + Mentions.CUE + "|in\\s+(?:critical|serious|stable)\\s+condition)\\b", F);
    /** One modifier before an object's noun, never a casualty word ("killed suspect, wounded officer"). */
    private static final String MOD = "(?:(?!(?:and|or|wounded|injured|killed|shot|dead|hurt|wounding|injuring|killing)\\b)[a-z-]+\\s+)?";
    /** One object of a verb: "his girlfriend", "her 9-year-old son", "a woman", "himself", "Ann Lee". */
    private static final String OBJ = "(?:(?:(?:his|her|their|a|an|the)\\s+)?(?:" + Mentions.AGE + "\\s+)?" + MOD
            + Mentions.SINGULAR + "|himself|herself|him|her|(?:" + Mentions.AGE + ")"
            + "|(?-i:[A-Z][a-z'’]+(?:\\s+(?:\"[^\"]{1,20}\"\\s+)?[A-Z][a-z'’]+){1,2}))";
    /** A headline's bare object: "child", "4-year-old daughter" (an article would make a comma an appositive). */
    private static final String BARE = "(?:(?!(?:a|an|the|his|her|their)\\b)(?:" + Mentions.AGE + "\\s+)?" + MOD
            + Mentions.SINGULAR + ")";
    /** "shot his girlfriend and her 9-year-old son", "accidental shooting of child, father": two objects, two people hit. */
    private static final Pattern OBJECT_PAIR = Pattern.compile("\\b(?<verb>shot\\s+and\\s+(?:killed|wounded)|shot|shoots|shooting(?:\\s+of)?|wounding|injuring|injured"
            + "|striking|hitting|killing|killed|murdered|(?:murders?|deaths?|killings?)\\s+of)\\s+(?:both\\s+)?(?:" + OBJ + "(?:\\s+and\\s+|\\s*&\\s*)" + OBJ + "|" + BARE + "\\s*,\\s*" + BARE + ")"
            + "\\b(?!\\s*,?\\s+(?:and|&)\\b|-)", F);
    /** A family or group noun that a killing's object list names ("kills wife, ex-mother-in-law, self"). */
    private static final String KIN = "(?:(?:ex-|step-?|grand)?(?:" + Mentions.SINGULAR + "|" + Mentions.PLURAL
            + "|children|grandchildren|nephews?|nieces?|bandmates?|classmates?|co-?workers?|roommates?|musicians?|parents?"
            + "|family\\s+members?)(?:-in-law)?)";
    /**
     * One object of a killing: "his wife", "2 sons", "her 9-year-old son", "four of his grandchildren", "two law
     * enforcement officers" (a second modifier only right after a number), "himself".
     */
    private static final String KILLED_ITEM = "(?:(?<self>himself|herself|self)\\b|(?<one>(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday)\\b)" + NAMED + ")|him|her)(?=\\s+(?-i:and)\\s)|(?:(?:his|her|their|a|an|the)\\s+)?(?:[\\w-]+['’]s\\s+)?"
            + "(?:(?<n>" + Quantities.NUMBER + ")(?:\\s+of\\s+(?:his|her|their))?\\s+)?(?:" + Mentions.AGE + "\\s+)?(?:(?<=\\b(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\s)(?!(?:and|or|then|before|after|including|of|a|an|the|his|her|their|wounded|injured|killed|shot|dead|hurt|wounding|injuring|killing|shooting)\\b)[a-z-]+\\s+)?(?:(?!(?:and|or|then|before|after|including|of|a|an|the|his|her|their|wounded|injured|killed|shot|dead|hurt|wounding|injuring|killing|shooting)\\b)[a-z-]+\\s+)?(?<noun>" + KIN + ")\\b(?:\\s*,\\s*\\d{1,2}(?=\\s*(?:,|and\\b)))?"
            + "|(?<age>" + Mentions.AGE + ")\\b|(?<bare>" + Quantities.NUMBER + ")(?=\\s*,))";
    private static final Pattern KILLED_ITEM_RX = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+)?(?:then\\s+)?|\\s+(?:and|&)\\s+(?:then\\s+)?)?"
            + KILLED_ITEM, F);
    /** After a killing's object list, the killer's own death: ", then turned the gun on himself". */
    private static final Pattern THEN_SELF = Pattern.compile("\\G(?:\\s*,\\s*|\\s+)(?:and\\s+)?(?:then|before)\\s+(?:fatally\\s+)?"
            + "(?:turn(?:ed|ing)\\s+the\\s+(?:gun|weapon|rifle|shotgun)\\s+on|kill(?:ed|ing))\\s+(?:himself|herself)\\b", F);
    /** A killing verb followed by its object list: "killed his wife, 2 sons, then himself", "killing wife and four daughters". */
    private static final Pattern KILL_VERB = Pattern.compile("\\b(?:kill(?:s|ed|ing)?|fatally\\s+sho(?:t|ots|oting)|shot\\s+and\\s+killed"
            + "|shoots\\s+and\\s+kills|murder(?:s|ed|ing)?|(?:fatal\\s+shooting|shooting\\s+deaths?|killings?|murders?|deaths?)\\s+of)"
            + "\\s+(?:both\\s+)?(?=\\S)", F);

    private static boolean isPlural(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("children") || n.endsWith("people") || n.endsWith("men") || n.endsWith("staff") || n.endsWith("s")
                && !n.endsWith("ss") && !n.endsWith("self");
    }

    /** A wounding verb followed by its object list: "shoots 2 women, young girl", "wounding his wife and two sons". */
    private static final Pattern HIT_VERB = Pattern.compile("\\b(?<!\\bfatally\\s)(?:sho(?:t|ots|oting)|wound(?:s|ing)|injur(?:es|ing)|(?<=\\b(?:gunfire|bullets?|gunshots|rounds)\\s)(?:struck|hit)|(?<=\\b(?:that|which)\\s)(?:injured|wounded))\\s+(?:both\\s+)?(?=\\S)", F);

    /**
     * The people a killing verb's object list names, one each or the stated number each ("killed his wife, 2 sons, then
     * himself": 4; "killing wife and four daughters": 5), or 0 when the list is not at least two plain items with a
     * plural or a "himself" among them (two singular objects are {@link #OBJECT_PAIR}'s). {@code end} receives the end
     * of the list. A perpetrator named in the same list as his victims is one of the dead (gun-violence data counts him).
     */
    static int killedList(String s, int from, int[] end) {
        return objectList(s, from, end, true);
    }

    /**
     * The people an object list names (see {@link #killedList}); {@code killing} counts a listed killer ("then himself"),
     * otherwise the list ends before him ("shot himself and his two daughters" is not read).
     */
    static int objectList(String s, int from, int[] end, boolean killing) {
        Matcher m = KILLED_ITEM_RX.matcher(s);
        m.region(from, s.length());
        int total = 0;
        int items = 0;
        boolean self = false;
        boolean plural = false;
        int at = from;
        while (m.find() && m.start() == at) {
            items++;
            if (m.group("self") != null) {
                if (!killing) return 0;
                self = true;
                total++;
                at = m.end();
                break;
            }
            if (m.group("bare") != null && items > 1) break; // "Brother, 3, while": an age
            if (m.group("age") != null && plural) break; // "his two sons, 17-year-old ... and 19-year-old ...": who they are
            if (m.group("one") != null && items > 1) break; // "three other people, Kendra Covey, 28; ...": who they are
            String n = m.group("n") != null ? m.group("n") : m.group("bare");
            Integer v = n == null ? null : Quantities.number(n);
            String noun = m.group("noun");
            if (v == null && noun != null && isPlural(noun)) return 0; // "his wife and children": how many is not said
            if (v != null && v > 1) plural = true;
            total += v == null || v == 0 ? 1 : v;
            at = m.end();
            if (items >= 6) break;
        }
        if (!self && killing) {
            Matcher t = THEN_SELF.matcher(s);
            t.region(at, s.length());
            if (items >= 1 && t.lookingAt()) {
                self = true;
                total++;
                items++;
                at = t.end();
            }
        }
        end[0] = at;
        if (items < 2 || !(self || plural)) return 0;
        return total;
    }

    private static final Pattern AGE_PART = Pattern.compile("\\d{1,2}");
    /** "... wounded in a shooting that also injured a woman": a second single victim of the same kind. */
    private static final Pattern ALSO = Pattern.compile("\\b(?:also|another)\\b", F);
    /** Before a count of several: only "also" marks them as besides the single victim ("another" is one person). */
    private static final Pattern ALSO_COUNT = Pattern.compile("\\balso\\b", F);

    private Coordination() {
    }

    /** Adds to {@code out} the coordinated-subject mentions of {@code s} ("a man, a woman and a teen were shot": 3). */
    static void find(String s, boolean hedged, List<Mention> out) {
        if (s.contains(" and ") && PLURAL_VERB.matcher(s).find()) {
            Matcher m = COORD.matcher(s);
            while (m.find()) {
                int total = coordinated(m.group("subj"));
                if (total < 2) continue;
                out.add(new Mention(Mentions.countOf(m.group("cue")), new Quantity(total, null, Qualifier.EXACT, false), m.start(),
                        m.end(), false, hedged, false));
            }
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        Matcher p = OBJECT_PAIR.matcher(s);
        while ((lower.contains(" and ") || s.contains(",") || s.contains("&")) && p.find()) {
            String verb = p.group("verb").toLowerCase(java.util.Locale.ROOT);
            Count c = Mentions.countOf(verb.startsWith("shooting") ? "shot" : verb.startsWith("kill") ? "killed" : verb);
            out.add(new Mention(c, new Quantity(2, null, Qualifier.EXACT, false), p.start(), p.end(), false, hedged, false));
        }
        Matcher k = KILL_VERB.matcher(s);
        int[] end = new int[1];
        while ((lower.contains("kill") || lower.contains("murder") || lower.contains("fatal") || lower.contains("death")) && k.find()) {
            int total = killedList(s, k.end(), end);
            if (total < 2) continue;
            out.add(new Mention(Count.KILLED, new Quantity(total, null, Qualifier.EXACT, false), k.start(), end[0], false, hedged, false));
        }
        Matcher h = HIT_VERB.matcher(s);
        while ((lower.contains("shoot") || lower.contains("shot") || lower.contains("wound") || lower.contains("injur")
                || lower.contains("struck") || lower.contains("hit")) && h.find()) {
            int total = objectList(s, h.end(), end, false);
            if (total < 2) continue;
            String verb = h.group().trim().toLowerCase(java.util.Locale.ROOT);
            Count c = Mentions.countOf(verb.startsWith("sho") || verb.startsWith("struck") || verb.startsWith("hit") ? "shot" : "wounded");
            out.add(new Mention(c, new Quantity(total, null, Qualifier.EXACT, false), h.start(), end[0], false, hedged, false));
        }
        Matcher m = HEAD_COORD.matcher(s);
        while (m.find()) {
            int total = coordinated(m.group("subj"));
            if (total < 2) continue;
            Count c = Mentions.countOf(m.group("cue"));
            out.add(new Mention(c, new Quantity(total, null, Qualifier.EXACT, false), m.start("subj"), m.end(), false, hedged, false));
        }
    }

    /** A plural noun with no number or determiner: in "five men and women" it shares the number before it. */
    private static final Pattern BARE_PLURAL = Pattern.compile("(?:[a-z-]+\\s+)?" + Mentions.PLURAL, F);
    private static final Pattern APPOSITIVE_HEAD = Pattern.compile("(?:the|one|a)\\s+victim\\b", F);

    /**
     * People in a coordinated subject: "a man, a woman and two boys" is 4; a bare age ("Girl, 10, teen") and an age
     * phrase ("15 year old") are one person each; an appositive ("the victim, a 2-year-old", "two more people, a man and
     * a woman") counts its head only. 0 when the phrase is an appositive of one.
     */
    private static int coordinated(String subject) {
        List<Integer> parts = new ArrayList<>();
        for (String part : NPX_SPLIT.split(subject.trim())) {
            String p = part.trim();
            if (p.isEmpty() || AGE_PART.matcher(p).matches()) continue;
            if (parts.isEmpty() && APPOSITIVE_HEAD.matcher(p).lookingAt()) return 0;
            Integer v = null;
            if (!Mentions.AGE_RX.matcher(p).lookingAt()) {
                Matcher n = NPX_RX.matcher(p);
                if (n.lookingAt() && n.group("n") != null) v = Quantities.number(n.group("n"));
            }
            if (v == null && !parts.isEmpty() && parts.getLast() > 1 && BARE_PLURAL.matcher(p).matches()) continue; // "five men and women"
            parts.add(v == null || v == 0 ? 1 : v);
        }
        int total = 0;
        for (int v : parts) total += v;
        boolean singles = parts.size() > 2 && parts.subList(1, parts.size()).stream().allMatch(v -> v == 1);
        if (singles && parts.getFirst() > 1 && total - parts.getFirst() == parts.getFirst()) return parts.getFirst();
        return total;
    }

    /**
     * Two single victims hit in one sentence, the later one marked "also" or "another": a mention of two. A single victim
     * and a later count marked "also" ("a girl remained in critical condition after a shooting that also injured two other
     * people") are added up the same way: a mention of three.
     */
    static List<Mention> alsoHit(String s, List<Mention> found) {
        Mention first = null;
        for (Mention m : found) {
            boolean hit = !m.suspect() && !m.quantity().vague() && (m.count() == Count.INJURED || m.count() == Count.SHOT);
            if (!hit || m.quantity().value() < 1) continue;
            if (first == null) {
                if (m.quantity().value() == 1) first = m;
            } else if (m.start() >= first.end() && (m.quantity().value() == 1 ? ALSO : ALSO_COUNT).matcher(s)
                    .region(Math.max(first.end(), m.start() - 30), m.end()).find()) {
                Count c = first.count() == Count.INJURED || m.count() == Count.INJURED ? Count.INJURED : Count.SHOT;
                Quantity q = m.quantity();
                List<Mention> out = new ArrayList<>(found);
                out.add(new Mention(c, new Quantity(1 + q.value(), q.upper() == null ? null : 1 + q.upper(), q.qualifier(), false),
                        first.start(), m.end(), false, m.hedged(), false));
                return out;
            }
        }
        return found;
    }
}
