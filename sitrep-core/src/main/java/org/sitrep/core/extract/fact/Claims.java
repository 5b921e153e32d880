package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * Attributed statements as structured claims: who said it (a normalised speaker), the stance (assertion,
 * denial, accusation, responsibility), what was said (the content span) and the sentence it stands in.
 *
 * <p>Attribution comes in four shapes, tried in this order: "X said (that) C", "C, X said" / "C, said X",
 * and "C, according to X". A pronoun speaker ("it said", "he added") is the previous sentence's speaker.
 * A {@link Fact} of kind CLAIM carries the content as its value and its evidence span, the whole sentence as
 * the evidence sentence, the speaker in {@code attributedTo} and the stance in {@code role}; only statements
 * on the incident's topic become claims (see docs/TAXONOMY.md). Thread-safe (immutable).
 */
final class Claims {
    /** One attributed statement: speaker, stance and the content span [start, end) of the sentence. */
    record Attribution(String speaker, String rawSpeaker, String stance, Sentence sentence, int start, int end) {
        String content() {
            return sentence.text().substring(start, end);
        }
    }

    static final String ASSERTION = "assertion";
    static final String DENIAL = "denial";
    static final String ACCUSATION = "accusation";
    static final String RESPONSIBILITY = "responsibility";

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String VERB = "(?:said|says|told|claimed|claims|insisted|insists|denied|denies|accused|accuses"
            + "|admitted|admits|stated|added|wrote|announced|alleged|argued|maintained|confirmed|reported|explained|noted"
            + "|warned|blamed|blames|rejected|dismissed|acknowledged|testified)";
    private static final String NAME = "(?:[A-Z][\\p{L}.'’-]*|of|the|for|'s|’s|de|al|van|von)";
    /** Lower-case heads of a speaker phrase ("the regional governor", "a police spokesman", "witnesses"). */
    private static final String HEAD = "(?:police|officials?|chief|authorities|ministry|military|governor|mayor|office"
            + "|department|service|council|agency|spokes(?:man|woman|person)|prosecutors?|investigators?|detectives?"
            + "|deputies|sheriff|witness(?:es)?|neighbou?rs?|residents?|sources|troopers?|army|government|president"
            + "|minister|commander|officers?|statement|report|administration|family|relatives|lawyer|attorney|coroner"
            + "|medical\\s+examiner|district\\s+attorney|paramedics|firefighters|group|forces|media)";
    private static final String MODIFIER = "(?:defen[cs]e|foreign|interior|health|regional|local|state|city|county|fire"
            + "|police|military|government|senior|top|federal|presidential|district|news|emergency|public|the|a|an|one"
            + "|another|two|several|some|other|[a-z]+['’]s|[A-Z][\\p{L}.'’-]*)";
    private static final String WHO = "(?:(?:(?:" + NAME + ")\\s+){0,6}?[A-Z][\\p{L}.'’-]*|(?:(?:" + MODIFIER + ")\\s+){0,4}?"
            + HEAD + "(?:\\s+(?:" + NAME + ")){0,4}?|\\b(?:It|He|She|They|it|he|she|they))";
    private static final String ADVERB = "(?:\\s+(?:also|later|previously|initially|first|has|had|have|had\\s+earlier|earlier"
            + "|then|repeatedly|again|would|will|has\\s+also))?";
    /** "X said", "Governor Ana Lis told reporters". */
    private static final Pattern SPEAKER_FIRST = Pattern.compile("(?<who>" + WHO + ")" + ADVERB + "\\s+(?<verb>" + VERB + ")\\b");
    /** "..., said Police Chief John Smith." at the end of a sentence. */
    private static final Pattern VERB_FIRST = Pattern.compile("[,\"”’']\\s*(?<verb>said|says|added|wrote)\\s+"
            + "(?<who>(?:(?:" + MODIFIER + ")\\s+){0,4}?(?:" + HEAD + "|[A-Z][\\p{L}.'’-]*)(?:\\s+(?:" + NAME + ")){0,5}?)"
            + "(?:\\s*,[^,]{0,60})?\\s*[.!]?$");
    /** What may follow a trailing "..., X said": nothing, or when, where or to whom. */
    private static final Pattern ADJUNCT = Pattern.compile("(?s)^\\s*(?:[.!?]|(?:on|in|at|during|late|early|last|this|to|via"
            + "|after|before|while|from|through|reporters|journalists|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|today|yesterday|tonight)\\b.*|,.*)?\\s*$");
    /** ", Jens Stoltenberg." after "according to the secretary-general": the named speaker. */
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*(?<name>[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’.-]+){1,3})"
            + "\\s*[.,;]?\\s*$");
    private static final Pattern HAS_VERB = Pattern.compile("\\b" + VERB + "\\b");
    /** HAS_VERB is case-sensitive and its verbs are lower-case: the sentence itself is searched for them. */
    private static final Prefilter HAS_VERB_FILTER = Prefilter.of(HAS_VERB.pattern());
    private static final Pattern ACCORDING = Pattern.compile("\\baccording\\s+to\\s+(?<who>[^,.;:]{2,60})", F);
    /** What may follow the verb before the content: "on Tuesday", "in a statement", "that", "told reporters". */
    private static final Pattern CONTENT_LEAD = Pattern.compile("^(?:\\s*,?\\s*(?:on|in|late|early|during|at|via|through|after"
            + "|last)\\s+(?:a\\s+|an\\s+|the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,3}(?:statement|post|message"
            + "|conference|briefing|interview|address|video|speech|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|morning|afternoon|evening|night|week|television|TV|Telegram|Facebook|Twitter|X|radio|report)\\b"
            + "|\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\\b)*\\s*,?\\s*(?:that\\b)?\\s*");
    private static final Pattern TOLD_OBJECT = Pattern.compile("^\\s+(?:the\\s+)?(?:reporters|journalists|[A-Z][\\p{L}.'’-]*"
            + "(?:\\s+(?:[A-Z][\\p{L}.'’-]*|family|parents|mother|father|wife|husband))*|\\w+)(?=\\s|,)");
    /** A speaker that reads as a person's name ("Ann Rowe"), which "he" or "she" may stand for. */
    private static final Pattern PERSON_NAME = Pattern.compile("^[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’.-]+)+$");
    private static final Pattern BODY_WORD = Pattern.compile("\\b(?:Office|Department|Police|Bureau|Agency|Ministry|News|Times"
            + "|Post|Tribune|Press|Coroner|Court|County|City|Council|Service|Patrol)\\b");
    private static final Pattern HE_SHE = Pattern.compile("^(?i:he|she)$");
    /** Statements that are never claims: a trailing ", X said" that only dates or places the quote. */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:strik\\w*|struck|attack\\w*|target\\w*|market|hospital|school|building"
            + "|missile|rocket|mall|civilians?|weapons?|depot|military|shelling|bomb\\w*|shoot\\w*|shot|gun\\w*|fired|killed|kill"
            + "|died|dead|death|wounded|injur\\w*|victims?|suspects?|fire|deliberate|terroris\\w+|war\\s+crimes?|responsib\\w+"
            + "|casualties|arrest\\w*|charged|murder\\w*|homicide|crime|police)\\b", F);
    private static final Pattern DENIAL_VERB = Pattern.compile("^(?:denied|denies|rejected|dismissed)$", F);
    private static final Pattern DENIAL_CONTENT = Pattern.compile("\\b(?:not\\s+operat\\w+|non-?functioning|not\\s+in\\s+operation"
            + "|(?:was|were|is|are)\\s+not\\s+(?:operating|functioning|open|responsible|involved|behind|targeted)|did\\s+not\\s+"
            + "(?:strike|target|attack|fire|hit|shoot|carry)|does\\s+not\\s+(?:attack|target|strike)|has\\s+not\\s+targeted"
            + "|never\\s+(?:targets?|attacks?|strikes?)|not\\s+targeted|no\\s+involvement|nothing\\s+to\\s+do\\s+with|fake|staged"
            + "|(?:denied|denies|deny)\\b)", F);
    private static final Pattern ACCUSE_VERB = Pattern.compile("^(?:accused|accuses|blamed|blames|alleged)$", F);
    private static final Pattern ACCUSE_CONTENT = Pattern.compile("\\b(?:war\\s+crimes?|terroris[tm]\\w*|deliberate(?:ly)?"
            + "|genocide|atrocit\\w+|accus\\w+|blam\\w+|cynical|barbar\\w+)\\b", F);
    private static final Pattern TAKES_RESPONSIBILITY = Pattern.compile("\\b(?:claimed|claims|took|takes|accepted)\\s+responsibility"
            + "|\\b(?:admitted|acknowledged|confirmed)\\s+(?:(?:being|it\\s+was|that\\s+it\\s+was)\\s+)?(?:behind|responsible|"
            + "carrying\\s+out|striking|to\\s+striking)|\\b(?:we|it|they)\\s+(?:struck|carried\\s+out|hit)\\b", F);
    private static final int MAX_CLAIMS = 12;
    private static final Prefilter RESPONSIBILITY_FILTER = Prefilter.of(TAKES_RESPONSIBILITY.pattern());
    private static final Prefilter DENIAL_FILTER = Prefilter.of(DENIAL_CONTENT.pattern());
    private static final Prefilter ACCUSE_FILTER = Prefilter.of(ACCUSE_CONTENT.pattern());

    private Claims() {
    }

    /** Every attributed statement of {@code doc}, in text order (no topic filter: for measuring). */
    static List<Attribution> attributions(Doc doc) {
        List<Attribution> out = new ArrayList<>();
        Speakers speakers = new Speakers(doc.text());
        String[] last = new String[2]; // the previous speaker; the previous person speaker
        for (Sentence s : doc.sentences()) {
            String t = s.text();
            boolean verb = HAS_VERB_FILTER.mayMatch(t) && HAS_VERB.matcher(t).find();
            boolean according = t.contains("ccording to");
            if (!verb && !according) continue;
            Attribution a = verb ? speakerFirst(s, speakers, last) : null;
            if (a == null && verb) a = verbFirst(s, speakers);
            if (a == null && according) a = according(s, speakers);
            if (a == null) continue;
            last[0] = a.speaker();
            if (PERSON_NAME.matcher(a.speaker()).matches() && !BODY_WORD.matcher(a.speaker()).find()) last[1] = a.speaker();
            out.add(a);
        }
        return out;
    }

    /** The CLAIM facts: attributed statements on the incident's topic, at most twelve per article. */
    static List<Fact> claims(Doc doc) {
        List<Fact> out = new ArrayList<>();
        for (Attribution a : attributions(doc)) {
            if (out.size() >= MAX_CLAIMS) break;
            if (!TOPIC.matcher(a.content()).find()) continue;
            Sentence s = a.sentence();
            String value = a.content().length() > 300 ? a.content().substring(0, 300) : a.content();
            var e = doc.evidence(s.start() + a.start(), s.start() + a.end());
            double confidence = a.stance().equals(ASSERTION) ? 0.6 : 0.7;
            out.add(new Fact(FactKind.CLAIM, value, a.stance(), a.speaker(), e, confidence));
        }
        return out;
    }

    private static Attribution speakerFirst(Sentence s, Speakers speakers, String[] last) {
        String t = s.text();
        Matcher m = SPEAKER_FIRST.matcher(t);
        while (m.find()) {
            String raw = m.group("who").trim();
            String who = speakers.normalise(raw, HE_SHE.matcher(raw).matches() ? last[1] : last[0]);
            if (who == null) continue;
            String verb = m.group("verb").toLowerCase(Locale.ROOT);
            int cs;
            int ce;
            String before = t.substring(0, m.start()).strip();
            String after = t.substring(m.end());
            if (verb.equals("told")) {
                Matcher o = TOLD_OBJECT.matcher(after);
                if (o.lookingAt()) after = after.substring(o.end());
            }
            boolean trailing = before.length() > 20 && (before.endsWith(",") || before.endsWith("\"") || before.endsWith("”")
                    || before.endsWith("’") || before.endsWith("'"))
                    && (after.strip().startsWith(",") || after.strip().length() < 60 && ADJUNCT.matcher(after).matches()
                    || before.length() > 60 && after.strip().length() < 35);
            if (trailing) {
                cs = 0;
                ce = before.length();
            } else {
                cs = m.end();
                if (verb.equals("told")) {
                    Matcher o = TOLD_OBJECT.matcher(t).region(cs, t.length());
                    if (o.lookingAt()) cs = o.end();
                }
                Matcher lead = CONTENT_LEAD.matcher(t).region(cs, t.length());
                if (lead.lookingAt()) cs = lead.end();
                ce = t.length();
            }
            int[] span = trim(t, cs, ce);
            if (span[1] - span[0] < 8) continue;
            String stance = stance(verb, t.substring(span[0], span[1]), t);
            return new Attribution(who, raw, stance, s, span[0], span[1]);
        }
        return null;
    }

    private static Attribution verbFirst(Sentence s, Speakers speakers) {
        String t = s.text();
        Matcher m = VERB_FIRST.matcher(t);
        if (!m.find()) return null;
        String raw = m.group("who").trim();
        String who = speakers.normalise(raw, null);
        if (who == null) return null;
        int[] span = trim(t, 0, m.start() + 1);
        if (span[1] - span[0] < 8) return null;
        String verb = m.group("verb").toLowerCase(Locale.ROOT).split("\\s")[0];
        return new Attribution(who, raw, stance(verb, t.substring(span[0], span[1]), t), s, span[0], span[1]);
    }

    private static Attribution according(Sentence s, Speakers speakers) {
        String t = s.text();
        Matcher a = ACCORDING.matcher(t);
        if (!a.find()) return null;
        String raw = a.group("who").trim();
        Matcher named = APPOSITION.matcher(t).region(a.end(), t.length());
        if (named.matches()) raw = named.group("name").replaceAll("\\.$", "");
        String who = speakers.normalise(raw.replaceFirst("^(?i:the)\\s+", ""), null);
        if (who == null) return null;
        int cs = 0;
        int ce = a.start();
        if (t.substring(0, a.start()).strip().length() < 8) { // "According to X, C."
            cs = a.end();
            ce = t.length();
        }
        int[] span = trim(t, cs, ce);
        if (span[1] - span[0] < 8) return null;
        return new Attribution(who, raw, stance("said", t.substring(span[0], span[1]), t), s, span[0], span[1]);
    }

    /** The stance from the verb, then from the content. */
    static String stance(String verb, String content, String sentence) {
        String lowerSentence = Prefilter.lower(sentence);
        if (RESPONSIBILITY_FILTER.mayMatch(lowerSentence) && TAKES_RESPONSIBILITY.matcher(sentence).find()) return RESPONSIBILITY;
        String lowerContent = Prefilter.lower(content);
        if (DENIAL_VERB.matcher(verb).matches()
                || DENIAL_FILTER.mayMatch(lowerContent) && DENIAL_CONTENT.matcher(content).find()) return DENIAL;
        if (ACCUSE_VERB.matcher(verb).matches()
                || ACCUSE_FILTER.mayMatch(lowerContent) && ACCUSE_CONTENT.matcher(content).find()) return ACCUSATION;
        return ASSERTION;
    }

    /** Shrinks [a, b) past spaces, commas and quotes on both sides. */
    private static int[] trim(String t, int a, int b) {
        while (a < b && " ,;:\"'“”‘’—-".indexOf(t.charAt(a)) >= 0) a++;
        while (b > a && " ,;:\"'“”‘’—-.".indexOf(t.charAt(b - 1)) >= 0) b--;
        return new int[] {a, b};
    }
}
