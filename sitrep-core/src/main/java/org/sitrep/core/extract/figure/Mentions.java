package org.sitrep.core.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.figure.Quantities.Quantity;
import org.sitrep.model.Qualifier;

/**
 * Finds casualty mentions in one sentence: a quantity bound to a casualty word, with the span it came from.
 * Knows nothing about scope or attribution. Thread-safe (immutable, precompiled patterns).
 */
final class Mentions {
    /** What a mention counts. SHOT is internal: people hit by gunfire, fatal or not (see {@link Figures}). */
    enum Count { KILLED, INJURED, SHOT, MISSING, TRAPPED, EVACUATED, ARRESTED }

    /**
     * One casualty mention. {@code start}/{@code end} are offsets into the sentence; {@code suspect} marks the
     * perpetrator's own death ("killed himself"); {@code hedged} a feared or unconfirmed number.
     */
    record Mention(Count count, Quantity quantity, int start, int end, boolean suspect, boolean hedged,
                   boolean singular, String name) {
        Mention(Count count, Quantity quantity, int start, int end, boolean suspect, boolean hedged, boolean singular) {
            this(count, quantity, start, end, suspect, hedged, singular, null);
        }
    }

    /*
     * Every pattern is anchored on a fixed vocabulary and uses bounded repetition only, so a sentence costs a
     * few linear scans. The number phrase is always group "q"; the casualty word group "cue" (or "cue2").
     */
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String NB = "(?<![\\w$£€.,:/#-])";
    private static final String NA = "(?![\\w%]|-\\w|[.,:]\\d|\\s*(?:years?|yrs?|months?|weeks?)[- ]old\\b|\\s+yo\\b"
            + "|\\s+(?:of|out\\s+of)\\s+\\d)";
    /** "father of 5 killed": a count of someone's children, not of victims. */
    private static final String NOT_PARENT = "(?<!\\b(?:father|mother|mom|dad|parent|grandmother|grandfather|grandparent)s?\\s+of\\s+)";
    static final String PLURAL = "(?:people|persons|civilians|others|men|women|children|kids|teens|teenagers"
            + "|adults|students|victims|officers|policemen|police\\s+officers|soldiers|troops|servicemen|residents"
            + "|members|individuals|bystanders|passengers|workers|miners|firefighters|pedestrians|relatives|tourists"
            + "|worshippers|shoppers|employees|patients|suspects|gunmen|militants|fighters|insurgents|boys|girls"
            + "|babies|infants|toddlers|juveniles|youths|friends|customers|guests|inmates|prisoners|occupants"
            + "|motorists|drivers|riders|deputies|troopers|agents|protesters|protestors|demonstrators|rioters|journalists"
            + "|staff|crew|family\\s+members|siblings|brothers|sisters|males|females|victim|partygoers|concertgoers|revelers"
            + "|revellers|hunters|neighbors|neighbours|pupils|clubgoers|fans|spectators|attendees|guards|sons|daughters|cousins)";
    static final String SINGULAR = "(?:person|man|woman|child|kid|teen|teenager|boy|girl|baby|infant|toddler"
            + "|student|victim|officer|policeman|soldier|resident|bystander|passenger|worker|driver|motorist"
            + "|pedestrian|juvenile|youth|suspect|gunman|shooter|attacker|assailant|customer|clerk|employee|guard"
            + "|homeowner|relative|mother|father|son|daughter|wife|husband|brother|sister|girlfriend|boyfriend|friend"
            + "|neighbou?r|cousin|uncle|aunt|grandmother|grandfather|civilian|firefighter|deputy|trooper|inmate|rider"
            + "|cyclist|bicyclist|jogger|teacher|male|female|individual|adult|senior|journalist|protester|patient)";
    /**
     * Up to three modifiers between a number and its noun; never a clause word or a casualty word ("4 wounded, gunman
     * dead"), nor "calls" or "reports" ("five reports of people shot" counts reports).
     */
    private static final String MODS = "(?:(?!\\d+,?\\s|(?:that|which|who|whom|was|were|is|are|told|said|says|to|from|by|for|wounded|injured"
            + "|killed|dead|hurt|shot|after|before|at|in|on|with|as|when|while|than|saying|call|calls|called|rounds|shots|bullets|times"
            + "|and|or|reported|reporting|reports"
            + "|questioned|arrested|charged)\\b)[\\w'’-]+,?\\s+){0,3}?";
    /** "October 27 has died": a day of the month is not a count. */
    private static final String NOT_DAY = "(?<!(?-i:\\b(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.?\\s)";
    private static final String PERP = "(?:gunman|gunmen|shooter|suspect|attacker|assailant|bomber|perpetrator)";
    static final String FILLER = "(?:were|was|have|has|had|been|being|are|is|be|reportedly|reported|confirmed"
            + "|believed|feared|thought\\s+to\\s+be|also|later|all|both|still|now|initially|critically|seriously"
            + "|severely|badly|slightly|accidentally|apparently|found|then|who|that|of\\s+them|of\\s+whom|of\\s+which"
            + "|of\\s+the\\s+(?:victims|wounded|injured)|in\\s+total|in\\s+all|so\\s+far"
            + "|people|others|men|women|more|in\\s+the\\s+attack|allegedly|officially|listed(?:\\s+as)?|remain(?:s|ed)?|survived\\s+(?:but|and))";
    private static final String KILL_PASSIVE = "(?:shot\\s+(?:and\\s+)?killed|shot\\s+dead|shot\\s+to\\s+death|gunned\\s+down"
            + "|stabbed\\s+to\\s+death|beaten\\s+to\\s+death|burned\\s+to\\s+death|killed|dead|died|dies|slain|murdered"
            + "|pronounced\\s+dead|deaths?|fatalities|perished|passed\\s+away|lost\\s+their\\s+lives|fatally\\s+(?:shot|wounded|injured|stabbed))";
    /** How people hit reach a hospital: "taken", "rushed", "transported", "sent", "airlifted" (some may die there). */
    private static final String TRANSPORTED = "(?:taken|rushed|transported|sent|brought|driven|airlifted|flown)";
    /**
     * "Four people were rushed to the hospital": a counted group moved to hospital is people hit. Only for a number of two or
     * more (a subject count): one person "flown to a trauma center" is as often the one who died there.
     */
    private static final String MOVED = "(?:rushed|transported|sent|brought|driven|airlifted|flown)\\s+to\\s+(?:a\\s+|the\\s+)?"
            + "(?:[\\w'’.-]+\\s+){0,3}?hospitals?";
    private static final Pattern MOVED_RX = Pattern.compile(MOVED, Pattern.CASE_INSENSITIVE);
    private static final String INJ_PASSIVE = "(?:wounded|injured|hurt|grazed|hospitali[sz]ed|injuries|taken\\s+to\\s+(?:a\\s+|the\\s+)?(?:[\\w'’.-]+\\s+){0,3}?hospitals?"
            + "|in\\s+(?:critical|serious|stable|fair|good|grave)(?:\\s+but\\s+stable)?\\s+condition"
            + "|treated\\s+for\\s+(?:[\\w-]+\\s+){0,2}?(?:wounds?|injuries)|treated\\s+and\\s+released"
            + "|released\\s+from\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w'’.-]+\\s+){0,3}?hospitals?"
            + "|treated\\s+at\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w'’.-]+\\s+){0,3}?(?:hospitals?|medical\\s+cent(?:er|re)s?|scene\\s+and\\s+released)"
            + "|recovering\\s+(?:from|after|at|in)"
            + "|fighting\\s+for\\s+(?:his|her|their)\\s+li(?:fe|ves)|clinging\\s+to\\s+li(?:fe|ves)"
            + "|(?:suffered|sustained)\\s+(?:[\\w-]+\\s+){0,3}?(?:injuries|injury))";
    /** After a counted subject only: "three others with serious injuries" (a name or place before it is too loose a subject). */
    private static final String WITH_INJURIES = "with\\s+(?:[\\w-]+\\s+){0,3}?injuries";
    private static final String SHOT_PASSIVE = "(?:shot(?!\\s+(?:at\\s+(?:by|but|him|her|them|us|police|officers|deputies|least)"
            + "|at\\s*[,.;]|and\\s+killed|dead|to\\s+death|down|(?:being\\s+|was\\s+|were\\s+|had\\s+been\\s+)?fired|rang|hit|struck|went\\s+off)\\b)"
            + "|(?:suffered|sustained|suffering\\s+from|with)\\s+(?:[\\w-]+\\s+){0,3}?(?:gunshot|gun\\s+shot|bullet|graze)\\s+wounds?"
            + "|struck\\s+by\\s+(?:a\\s+)?(?:stray\\s+)?(?:bullets?|gunfire)|hit\\s+by\\s+(?:a\\s+)?(?:stray\\s+)?(?:bullets?|gunfire)"
            + "|(?:struck|hit)(?!\\s+(?:by|with)\\s+(?:(?:a|an|the)\\s+)?(?:\\w+\\s+)?(?:car|vehicle|truck|train|bus|suv|van|pickup|object))"
            + "(?!\\s*-?\\s*and\\s*-?\\s*run))";
    private static final String OTHER_PASSIVE = "(?:missing|unaccounted\\s+for|trapped|evacuated|arrested|detained"
            + "|taken\\s+into\\s+custody|in\\s+custody)";
    static final String CUE = "(?:" + KILL_PASSIVE + "|" + INJ_PASSIVE + "|" + OTHER_PASSIVE + "|" + SHOT_PASSIVE + ")";
    /** "killed or wounded": a combined count that names no single kind. */
    private static final String COMBINED = "(?:\\s+(?:or|and/or)\\s+(?:" + CUE + "))";

    /** "a 20-year-old", "an 18-month old", "Three-year-old": one person. */
    static final String AGE = "(?:an?\\s+)?(?:\\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)s?[- ]old";
    static final Pattern AGE_RX = Pattern.compile(AGE, F);
    private static final String Q = "(?<q>" + Quantities.QUANTITY + ")";

    /**
     * After a subject's noun, where the people were or what they did: "Another man in the home was wounded", "three troopers
     * who entered the home were wounded". Never a casualty verb ("two men who were shot").
     */
    private static final String WHERE_WHO = "(?:\\s+(?:in|at|inside|outside|near)\\s+(?:the|a|an)\\s+[a-z-]+"
            + "|\\s+of\\s+(?:the\\s+|(?-i:[A-Z])[a-z]+(?:['’]s)?\\s+)?(?:shooting|attack|gunfire)"
            + "|\\s+(?:who|that)\\s+(?!(?:killed|wounded|injured|hurt|murdered|died|shot|struck|hit|fired)\\b)[a-z]+ed\\s+(?:the|a|an|his|her|their)\\s+[a-z-]+)?";
    /** "At least 10 people were dead", "20 have been injured", "more than 40 wounded", "a man was shot and killed". */
    private static final Pattern SUBJECT = Pattern.compile("\\b" + NB + NOT_PARENT + NOT_DAY + "(?<!\\d\\sof\\s)(?<!\\bages?\\s(?:of\\s)?\\d{1,2}\\s(?:and|to)\\s)(?<!,\\s\\d{1,2},?\\s(?:and|&)\\s)(?<!\\b(?:younger|older)\\s+than\\s)(?<!\\b[Nn]o\\s)(?:the\\s+(?:other\\s+)?)?(?<q>" + Quantities.QUANTITY
            + "|" + AGE + "|both|an?|another|one\\s+more|a\\s+(?:second|third|fourth|fifth))" + NA
            + "(?:\\s+(?:" + MODS + "(?<noun>" + PLURAL + "|" + SINGULAR + "))" + WHERE_WHO + ")?"
            + "(?:\\s*,\\s*(?:aged\\s+)?\\d{1,2}\\s*,|\\s*,\\s*(?:including|ranging|among\\s+them)\\b[^,;.]{1,60}?,"
            + "|\\s+ranging\\s+(?:in\\s+age\\s+)?from\\s+[^,;.]{1,30}?\\s+to\\s+(?:(?:their|the)\\s+)?(?:(?:early|mid|late)[\\s-]+)?\\d{1,2}'?s?)?"
            + "(?<may>\\s+(?:may|might)(?=\\s+have\\s+been\\b))?"
            + "(?:\\s+" + FILLER + "){0,4}\\s+(?<cue>" + CUE + "|" + MOVED + "|" + WITH_INJURIES + ")\\b(?<comb>" + COMBINED + ")?", F);
    /** "killing at least one person", "wounded three others", "left 59 people dead", "claimed the lives of 3". */
    private static final Pattern OBJECT = Pattern.compile("\\b(?:(?=kill\\b)(?<!\\b(?:to|would|will|could|might)\\s)|(?!kill\\b))"
            + "(?<!\\b(?:nearly|almost)\\s)(?<verb>fatally\\s+(?:shot|shooting|shoots|wounded|wounding|stabbed|stabbing)|killing|killed|kills|kill"
            + "|murdered|murdering|murders|gunned\\s+down|gunning\\s+down|guns\\s+down|wounding|wounded|wounds"
            + "|injuring|injured|injures|hurting|hitting|striking|grazing|grazed|grazes|shooting|shot\\s+and\\s+killed|shot\\s+and\\s+wounded|shot|shoots|arresting"
            + "|arrested|evacuating|evacuated|trapping|trapped|claim(?:ed|ing)?\\s+the\\s+lives\\s+of|left|leaving|leaves)"
            + "\\s+(?:other\\s+|another\\s+|additional\\s+)?(?<q>" + AGE + "|" + Quantities.QUANTITY
            + "|an?|his|her|their|another|both)" + NA
            + "(?:(?<noun>\\s+" + MODS + "(?:" + PLURAL + "|" + SINGULAR + "))\\b"
            + "|(?=\\s*(?:[,.;:]|$|(?:and|at|in|on|during|inside|outside|near|early|late|when|while|before|after|including|following|of\\s+them|of\\s+whom)\\b)))"
            + "(?:\\s+(?:(?!(?:and|or)\\b)\\w+\\s+){0,2}?(?<cue2>dead|injured|wounded|hurt|missing|homeless))?", F);
    private static final Pattern TO_DEATH = Pattern.compile("\\s+to\\s+death\\b", F);
    /** A possessive object: "his", "her", "their". */
    private static final Pattern POSSESSIVE = Pattern.compile("his|her|their", F);
    /** "(his) two children", "(their) 3 sons": a number heading a possessive object counts the people. */
    private static final Pattern COUNTED_KIN = Pattern.compile("\\s+(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s", F);
    /** "taken to a hospital", "rushed to the hospital": people hit, some of whom may have died there. */
    private static final Pattern TAKEN = Pattern.compile(TRANSPORTED + "\\s+to\\s", F);
    /** After people taken to hospital: words saying they all survive ("in stable condition", "non-life-threatening"). */
    private static final Pattern ALIVE = Pattern.compile("^[^.;]{0,40}?\\b(?:in\\s+(?:stable|fair|good|serious|critical)"
            + "(?:\\s+but\\s+stable)?\\s+condition|non[\\s-]*life[\\s-]*threatening|not\\s+life[\\s-]*threatening|minor\\s+injuries"
            + "|treated\\s+and\\s+released)", F);
    /** "sent five people to the hospital", "lands four men in hospital": people hit (some may die there). */
    private static final Pattern TO_HOSPITAL = Pattern.compile("\\b(?:sen(?:t|ds?|ding)|put(?:s|ting)?|land(?:s|ed|ing)?|left|leav(?:es|ing)"
            + "|ended\\s+with)\\s+" + Q + NA + "(?:\\s+" + MODS + "(?:" + PLURAL + "|" + SINGULAR + "))?\\s+(?:to|in)\\s+(?:the\\s+|a\\s+)?"
            + "(?:[\\w'’.-]+\\s+){0,3}?hospitals?\\b", F);
    /** Headline style, a bare singular object: "drive-by shooting kills teen girl", "police kill gunman". */
    private static final Pattern KILLS_BARE = Pattern.compile("\\b(?<!\\b(?:to|would|will|could|might|not)\\s)(?:kills|kill|killing)\\s+"
            + "(?:(?!(?:a|an|the|his|her|their|one|two|three|him|them|himself|herself|self|people)\\b)[a-z-]+\\s+)?(?<noun>" + SINGULAR + ")\\b(?!['’]s|-\\w)", F);
    /** Headline style, bare singular noun: "Teen killed in crash", "Girl, 10, shot in face". */
    private static final Pattern HEADLINE = Pattern.compile("^(?:[\\w'’]+\\s*:\\s*)?(?:[A-Z][\\w'’-]*\\s+){0,2}?"
            + "(?<noun>" + SINGULAR + ")(?:\\s*,\\s*\\d{1,2}\\s*,)?(?:\\s+(?:accidentally|fatally|critically|seriously|is|was|found))?"
            + "\\s+(?<cue>" + CUE + ")\\b", F);
    private static final Pattern PERP_WORD = Pattern.compile("\\b" + PERP + "\\b", F);
    /** A later clause about one more person: "Man killed, boy injured", "... and another 5-year-old was hurt". */
    private static final Pattern CLAUSE = Pattern.compile("(?:[,;]\\s+|\\band\\s+)(?:(?<another>another)\\s+)?(?:(?:" + AGE
            + ")(?:\\s+" + SINGULAR + ")?|(?:[a-z-]+\\s+)?" + SINGULAR + ")(?:\\s*,\\s*\\d{1,2}\\s*,)?"
            + "(?:\\s+(?:accidentally|fatally|critically|seriously|is|was|also|found)){0,2}\\s+(?<cue>" + CUE + ")\\b", F);
    /** "a triple homicide", "double shooting": the multiplier is the count of people killed (or hit). */
    private static final Pattern MULTIPLE = Pattern.compile("\\b(?<n>double|triple|quadruple|quintuple)[\\s-]+(?<what>(?:fatal\\s+)?"
            + "(?:homicides?|murders?|slayings?|killings?|shootings?|stabbings?))\\b", F);
    /** "Ann Lee, 33, and Bo Ray were killed": coordinated names count one each. */
    /** "Ann Lee", "Marquise McPherson", "Bo Smith-Jones": two or three capitalised words. */
    private static final String FULL_NAME = "[A-Z][a-z'’]+(?:\\s+[A-Z][a-z'’]+(?:-?[A-Z][a-z'’]+)?){1,2}";
    private static final Pattern NAMED_PAIR = Pattern.compile("(?-i:(?<a>" + FULL_NAME + "(?:\\s*,\\s*\\d{1,2})?(?:\\s*,\\s*" + FULL_NAME
            + "(?:\\s*,\\s*\\d{1,2})?){0,3}))"
            + "(?:\\s*,\\s*\\d{1,2})?\\s*,?\\s+and\\s+(?-i:(?<b>" + FULL_NAME + "))(?:\\s*,\\s*\\d{1,2}\\s*,?)?"
            + "(?:\\s+" + FILLER + "){1,3}\\s+(?<cue>" + KILL_PASSIVE + "|" + INJ_PASSIVE + "|" + SHOT_PASSIVE + ")\\b", F);
    private static final Pattern AGE_ONLY = Pattern.compile("\\d{1,2}");
    /** "the death toll rose to 18", "a death toll of 18". */
    private static final Pattern TOLL = Pattern.compile("\\b(?<what>death|injury|casualty)?\\s*toll\\b(?:\\s+[\\w'’]+){0,4}?"
            + "\\s+(?:to|at|of|is|was|reached|hit|stood|stands)\\s+(?:at\\s+)?" + Q + NA, F);
    /** "no one was injured", "nobody was killed or hurt", "no injuries were reported". */
    private static final Pattern ZERO = Pattern.compile("\\b(?:(?<who>no\\s+one(?:\\s+else)?|nobody(?:\\s+else)?|none\\s+of\\s+the\\s+\\w+"
            + "|no\\s+other\\s+(?:people|persons|victims))(?:\\s+" + FILLER + "){0,3}\\s+(?<cue>" + CUE + ")(?<comb>" + COMBINED + ")?"
            + "|no\\s+(?:other\\s+|additional\\s+|serious\\s+)?(?<noun>injuries|deaths|fatalities|casualties)\\b)", F);
    /** "killed himself", "the gunman was killed", "turned the gun on himself". */
    private static final Pattern SUICIDE = Pattern.compile("\\b(?:(?<self>shot|shoots|wounds|wounded|injures|injured)\\s+(?:himself|herself|self)"
            + "|kill(?:ed|s|ing)\\s+(?:himself|herself|self)"
            + "|took\\s+(?:his|her)\\s+own\\s+life|turned\\s+the\\s+(?:gun|weapon)\\s+on\\s+(?:himself|herself)"
            + "|(?<died>died\\s+(?:of|from)\\s+(?:an?\\s+)?)?(?<inflicted>self-inflicted)\\s+(?:gunshot|wound)"
            + "|the\\s+(?:" + MODS + ")?" + PERP + "(?:\\s+" + FILLER + "){0,3}\\s+(?<cue>" + KILL_PASSIVE + "|" + INJ_PASSIVE
            + "|" + SHOT_PASSIVE + "|arrested|taken\\s+into\\s+custody))\\b", F);
    /** "a murder-suicide", "kills daughter, then himself": a victim and the perpetrator, two dead at least. */
    private static final Pattern MURDER_SUICIDE = Pattern.compile("\\bmurder[\\s-]+suicide\\b|\\b(?:kill(?:s|ed|ing)|shot\\s+and\\s+killed"
            + "|shoots\\s+and\\s+kills)\\s+(?!(?:himself|herself)\\b)[^.;]{1,60}?(?:,|\\band)\\s+(?:then\\s+)?(?:himself|herself)\\b", F);
    /** "he died", "she was pronounced dead", "he was shot": one person, weaker evidence. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she)(?:\\s+" + FILLER + "){0,3}\\s+(?<cue>"
            + KILL_PASSIVE + "|" + INJ_PASSIVE + "|" + SHOT_PASSIVE + "|arrested)\\b", F);
    /** "his injuries are not life-threatening": one person hurt, weak evidence (the same person may die later). */
    private static final Pattern HIS_INJURIES = Pattern.compile("\\b(?:his|her|the\\s+(?:victim|boy|girl|man|woman|teen|child)['’]s)"
            + "\\s+(?:injuries|wounds?)\\s+(?:are|were|is|was|appear(?:ed)?\\s+to\\s+be|(?:are|were)\\s+considered)\\s+(?:not\\s+life[\\s-]+threatening"
            + "|non[\\s-]+life[\\s-]+threatening|minor|serious|critical|severe)\\b", F);
    /**
     * "Three men shot, a fourth wounded", "two were killed and a third person was hurt", "3 dead, 4th person hurt": an ordinal victim hit means at
     * least that many people hit in all (the dead among them are taken off by the extractor).
     */
    private static final Pattern ORDINAL = Pattern.compile("(?:\\b(?:a|an)\\s+|\\bthe\\s+(?=\\w+\\s+(?:victim|person)\\b)|(?<=[,;]\\s))(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|\\d{1,2}(?:st|nd|rd|th))"
            + "(?<noun>\\s+(?:[a-z-]+\\s+){0,2}?" + "(?:" + SINGULAR + ")(?:\\s*,\\s*[^,.;]{2,50}?\\s*,)?)?(?<filler>(?:\\s+" + FILLER + "){0,3})\\s+(?<cue>" + INJ_PASSIVE + "|"
            + SHOT_PASSIVE + ")\\b", F);
    /** "Two other gunshot victims arrived at the hospital": people hit, counted by their noun with no casualty verb. */
    private static final Pattern GUNSHOT_VICTIMS = Pattern.compile("\\b" + NB + Q + NA + "\\s+(?<other>(?:other|more|additional)\\s+)?"
            + "(?:gunshot|shooting)\\s+victims\\s+(?:were|are|arrived|walked|showed|went|drove|was|have|had|remain(?:ed)?)\\b", F);
    /**
     * "Durham was one of five people shot", "she was one of six people who were wounded": the group is everyone hit, the
     * person named one of them (who may have died: the dead come off the group). Not "one of two men was wounded" (a
     * singular verb: only the one was hit) nor "one of three people killed".
     */
    private static final Pattern ONE_OF_GROUP = Pattern.compile("\\b(?:one|1)\\s+of\\s+(?:the\\s+)?(?<q>" + Quantities.NUMBER + ")" + NA
            + "(?:\\s+" + MODS + PLURAL + ")?(?:\\s+(?:who|that)\\s+(?:were|had\\s+been|have\\s+been))?\\s+(?<cue>" + SHOT_PASSIVE
            + "|wounded|injured|hurt)\\b", F);
    /**
     * "The two were shot, along with another woman", "Ellis was shot along with three others", "was shot along with a 16-year-old
     * boy and a 21-year-old man": the people named after "along with" were hit too and add to the subject's count.
     */
    private static final Pattern ALONG_WITH = Pattern.compile("\\b(?<hit>shot|wounded|injured|hit|struck)\\s*,?\\s+along\\s+with\\s+"
            + "(?<q>another|an?|his|her|their|" + Quantities.NUMBER + ")" + NA + "\\s+(?:" + MODS + ")?(?<noun>" + PLURAL + "|" + SINGULAR + ")\\b"
            + "(?<and>\\s+and\\s+(?:an?|his|her|their)\\s+(?:" + MODS + ")?(?:" + SINGULAR + ")\\b)?", F);
    /** "shot, one fatally", "two of them fatally". */
    private static final Pattern FATALLY = Pattern.compile("\\b(?<hit>(?:shot|wounded|hit)(?:\\s+(?:\\d{1,2}|two|three|four|five|six|seven"
            + "|eight|nine|ten)\\s+(?:[a-z-]+\\s+){0,2}?" + PLURAL + ")?)\\s*(?:,|--|[—–]|\\s-)\\s*" + Q + NA
            + "\\s+(?:of\\s+them\\s+|of\\s+whom\\s+)?(?:fatally|critically|seriously)?\\s*(?<how>fatally|mortally)\\b", F);
    /** A named person as subject: "Smith died", "Ann Lee, 23, was shot and killed". Name part is case-sensitive. */
    private static final Pattern NAMED = Pattern.compile("(?:^|(?<=[,;]\\s|\\band\\s))(?-i:(?<name>[A-Z][a-z'’]+(?:\\s+[A-Z][a-z'’]+){0,2}))"
            + "(?:\\s*,\\s*\\d{1,2}\\s*,)?(?:\\s+" + FILLER + "){0,3}\\s+(?<cue>" + KILL_PASSIVE + "|" + INJ_PASSIVE + "|"
            + SHOT_PASSIVE + ")\\b", F);
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("police", "officials", "authorities", "he",
            "she", "they", "it", "the", "a", "an", "officers", "deputies", "investigators", "witnesses", "family", "both",
            "sheriff", "chief", "detectives", "people", "victims", "others", "nobody", "none", "no", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "who", "all",
            "update", "report", "breaking", "their", "his", "her", "its", "gunfire", "bullets", "shots", "gunshots", "man", "woman", "teen", "boy", "girl", "child", "there", "this", "that",
            "gunman", "shooter", "suspect", "cops", "judge", "officer", "deputy", "mother", "father", "son", "daughter",
            "those", "these", "we", "you", "i", "anyone", "someone", "everyone", "anybody", "somebody");


    private static final Pattern DIED_AFTER = Pattern.compile("^[^.;]*?\\b(?:has\\s+died|have\\s+died|later\\s+died|died|dies"
            + "|was\\s+pronounced\\s+dead|pronounced\\s+dead|killed|succumbed|passed\\s+away|did\\s+not\\s+survive|didn['’]t\\s+survive)\\b", F);

    /** "Police originally said seven people were shot": a first report, later corrected, counts only when nothing firmer does. */
    private static final Pattern FIRST_REPORT = Pattern.compile("\\b(?:originally|initially)\\s+(?:said|reported|told|believed|thought"
            + "|stated|indicated|announced)|\\b(?:early|initial|original)\\s+reports?\\s+(?:said|indicated|suggested|stated|that)\\b", F);

    /** "one of two men was wounded": the number after "one of" is a group, the singular verb's subject is one person. */
    private static final Pattern ONE_OF = Pattern.compile("\\b(?:one|1)\\s+of\\s+(?:the\\s+)?$", F);
    private static final Pattern SINGULAR_VERB = Pattern.compile("\\s(?:was|is|has)\\s", F);

    /** A singular verb before a casualty word: "is", "was", "has". */
    private static final Pattern ONE_VERB = Pattern.compile("\\b(?:is|was|has)\\b", F);
    private static final Pattern MANY_VERB = Pattern.compile("\\b(?:are|were|have|had)\\b", F);

    /**
     * "Teen who shot 4, including 2 agents, is killed", "a dozen friends, including the girl who was killed": a count of
     * several whose casualty verb is singular (read after the last comma before the cue) is not that verb's subject.
     */
    private static boolean singularVerb(String s, int qEnd, int cueStart) {
        if (cueStart <= qEnd) return false;
        String between = s.substring(qEnd, cueStart);
        String tail = between.substring(between.lastIndexOf(',') + 1);
        return ONE_VERB.matcher(tail).find() && !MANY_VERB.matcher(tail).find();
    }

    /** "This one hurt", "that one hurt": the pronoun's "one" is no person. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("\\b(?:this|that)\\s+$", F);
    /** "a child being hurt in this manner", "is hurt or passes away": hurt in general or in a hypothetical, not a victim. */
    private static final Pattern GENERIC_HURT = Pattern.compile("\\bbeing\\s+hurt$|\\bhurt$(?=\\s+or\\b)", F);

    /** "hurt" said of feelings or of anyone in general: "This one hurt, a lot", "a child being hurt in this manner". */
    private static boolean notAnInjury(String s, Matcher m) {
        if (!m.group("cue").equalsIgnoreCase("hurt")) return false;
        int q = m.start("q");
        if (m.group("q").equalsIgnoreCase("one") && DEMONSTRATIVE.matcher(s).region(Math.max(0, q - 6), q).find()) return true;
        return GENERIC_HURT.matcher(s).region(m.start(), m.end("cue")).find()
                || s.regionMatches(true, m.end("cue"), " or ", 0, 4);
    }

    /** Cheap gate: sentences without any of these stems cannot hold a casualty mention. */
    private static final Pattern GATE = Pattern.compile("kill|dead|die|wound|injur|hurt|hospital|recover|missing|unaccounted|shoot|struck|\\bhit\\b"
            + "|trapped|evacuat|arrest|detain|shot|graz|toll|custody|slain|murder|lives|death|fatal|casualt|perish|stabb|homicid|slay|triple|uple|double|passed away|gun(?:ned|ning|s)\\s+down", F);

    private Mentions() {
    }

    /** All casualty mentions of one sentence, in text order; overlapping finds are kept (the caller ranks). */
    static List<Mention> find(String s) {
        List<Mention> out = new ArrayList<>();
        if (!GATE.matcher(s).find()) return out;
        String lower = s.toLowerCase(Locale.ROOT);
        boolean hedged = lower.contains("feared") || (lower.contains("original") || lower.contains("initial") || lower.contains("early"))
                && FIRST_REPORT.matcher(s).find();
        Matcher m = SUBJECT.matcher(s);
        while (m.find()) {
            if (m.group("comb") != null) continue;
            Quantity q = quantity(m.group("q"));
            if (q != null && q.value() != 1 && m.group("cue").equalsIgnoreCase("death")) continue;
            if (q == null || !plausible(q, m.group("q")) || ageAfterName(s, m.start("q"), m.end("q"))
                    || STREET_NUMBER.matcher(s).region(m.start("q"), s.length()).lookingAt()
                    || ONE_OF.matcher(s).region(Math.max(0, m.start("q") - 12), m.start("q")).find()
                    && SINGULAR_VERB.matcher(m.group()).find()) continue;
            if (notAnInjury(s, m)) continue;
            if (q.value() > 1 && singularVerb(s, m.end("q"), m.start("cue"))) continue;
            String noun = m.group("noun");
            if (MOVED_RX.matcher(m.group("cue")).lookingAt() && (q.value() < 2 || noun != null && noun.matches("(?i)" + SINGULAR))) continue;
            if (isArticle(m.group("q")) && !AGE_RX.matcher(m.group("q")).matches() && (noun == null || !noun.matches("(?i)" + SINGULAR))) continue;
            if (noun == null && !hasDigitOrVague(m.group("q")) && wordOnlyRisky(m.group("q"))) continue;
            Count c = countOf(m.group("cue"));
            if (m.group("may") != null && c == Count.KILLED) continue; // "might have been killed": a death that did not happen
            if (c == Count.INJURED && q.value() > 1 && TAKEN.matcher(m.group("cue")).lookingAt() && !alive(s, m.end())) c = Count.SHOT;
            boolean suspect = noun != null && noun.toLowerCase(Locale.ROOT).matches(PERP);
            boolean single = noun != null ? noun.matches("(?i)" + SINGULAR) : AGE_RX.matcher(m.group("q")).matches();
            out.add(new Mention(c, q, m.start(), m.end(), suspect, hedged || m.group("may") != null, single));
        }
        m = OBJECT.matcher(s);
        while (m.find()) {
            Quantity q = quantity(m.group("q"));
            if (q == null || !plausible(q, m.group("q"))) continue;
            String noun = m.group("noun");
            Matcher counted = noun == null ? null : COUNTED_KIN.matcher(noun);
            if (counted != null && POSSESSIVE.matcher(m.group("q")).matches() && counted.lookingAt()) {
                q = Quantities.parse(counted.group("n")); // "shot his two children": two, not one
                if (q == null) continue;
            } else if (isArticle(m.group("q")) && !AGE_RX.matcher(m.group("q")).matches()
                    && (noun == null || !noun.trim().matches("(?is).*\\b" + SINGULAR))) continue;
            String verb = m.group("verb").toLowerCase(Locale.ROOT);
            Count c;
            if (verb.startsWith("left") || verb.startsWith("leav")) {
                if (m.group("cue2") == null || m.group("cue2").equalsIgnoreCase("homeless")) continue;
                c = fatally(m.group(), countOf(m.group("cue2"))); // "left one victim fatally wounded"
            } else {
                c = countOf(verb.startsWith("claim") ? "killed" : verb);
                // "shot two men dead", "shooting three people to death"
                boolean deadNext = "dead".equalsIgnoreCase(m.group("cue2"))
                        && s.substring(noun != null ? m.end("noun") : m.end("q"), m.start("cue2")).isBlank();
                if (c == Count.SHOT && (deadNext || TO_DEATH.matcher(s).region(m.end(), s.length()).lookingAt())) {
                    c = Count.KILLED;
                }
            }
            out.add(new Mention(c, q, m.start(), m.end(), false, hedged, false));
        }
        m = KILLS_BARE.matcher(s);
        while (lower.contains("kill") && m.find()) {
            boolean suspect = m.group("noun").toLowerCase(Locale.ROOT).matches(PERP);
            out.add(new Mention(Count.KILLED, new Quantity(1, null, Qualifier.EXACT, false), m.start(), m.end(), suspect, hedged, true));
        }
        m = TO_HOSPITAL.matcher(s);
        while (lower.contains("hospital") && m.find()) {
            Quantity q = quantity(m.group("q"));
            if (q == null || !plausible(q, m.group("q")) || isArticle(m.group("q"))) continue;
            out.add(new Mention(alive(s, m.end()) ? Count.INJURED : Count.SHOT, q, m.start(), m.end(), false, hedged, false));
        }
        m = HEADLINE.matcher(s);
        if (m.find()) {
            Count c = fatally(m.group(), countOf(m.group("cue")));
            boolean suspect = m.group("noun").toLowerCase(Locale.ROOT).matches(PERP);
            out.add(new Mention(c, new Quantity(1, null, Qualifier.EXACT, false), m.start(), m.end(), suspect, hedged, true));
        }
        m = CLAUSE.matcher(s);
        while ((s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.contains(" and ")) && m.find()) {
            Count c = fatally(m.group(), countOf(m.group("cue")));
            boolean suspect = c == Count.KILLED && PERP_WORD.matcher(m.group()).find();
            out.add(new Mention(c, new Quantity(1, null, Qualifier.EXACT, false), m.start(), m.end(), suspect, hedged, true));
        }
        Coordination.find(s, hedged, out);
        m = NAMED.matcher(s);
        while (m.find()) {
            String name = m.group("name");
            String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(first) || name.matches("(?i)" + SINGULAR + "|" + PLURAL)) continue;
            Count c = countOf(m.group("cue"));
            out.add(new Mention(c, new Quantity(1, null, Qualifier.EXACT, false), m.start(), m.end(), false, hedged, true,
                    name));
        }
        m = MULTIPLE.matcher(s);
        while ((lower.contains("ple") || lower.contains("double")) && m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int v = n.equals("double") ? 2 : n.equals("triple") ? 3 : n.equals("quadruple") ? 4 : 5;
            String what = m.group("what").toLowerCase(Locale.ROOT);
            Count c = what.startsWith("fatal") || what.startsWith("homicide") || what.startsWith("murder")
                    || what.startsWith("slaying") || what.startsWith("killing") ? Count.KILLED : Count.SHOT;
            out.add(new Mention(c, new Quantity(v, null, Qualifier.EXACT, false), m.start(), m.end(), false, hedged, false));
        }
        m = NAMED_PAIR.matcher(s);
        while (s.contains(" and ") && m.find()) {
            Count c = countOf(m.group("cue"));
            List<String> names = new ArrayList<>();
            for (String part : m.group("a").split("\\s*,\\s*")) if (!part.isBlank() && !AGE_ONLY.matcher(part).matches()) names.add(part.trim());
            names.add(m.group("b"));
            for (String name : names) {
                if (NOT_NAMES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) continue;
                out.add(new Mention(c, new Quantity(1, null, Qualifier.EXACT, false), m.start(), m.end(), false, hedged, true, name));
            }
        }
        m = TOLL.matcher(s);
        while (m.find()) {
            Quantity q = Quantities.parse(m.group("q"));
            if (q == null || !plausible(q, m.group("q"))) continue;
            String what = m.group("what");
            Count c = what != null && what.equalsIgnoreCase("injury") ? Count.INJURED : Count.KILLED;
            out.add(new Mention(c, q, m.start(), m.end(), false, hedged, false));
        }
        m = ZERO.matcher(s);
        Quantity zero = new Quantity(0, null, Qualifier.EXACT, false);
        while (m.find()) {
            if (m.group("noun") != null) {
                String n = m.group("noun").toLowerCase(Locale.ROOT);
                if (n.equals("injuries") || n.equals("casualties")) out.add(new Mention(Count.INJURED, zero, m.start(), m.end(), false, false, false));
                if (!n.equals("injuries")) out.add(new Mention(Count.KILLED, zero, m.start(), m.end(), false, false, false));
            } else {
                out.add(new Mention(countOf(m.group("cue")), zero, m.start(), m.end(), false, false, false));
                if (m.group("comb") != null) {
                    String other = m.group("comb").replaceFirst("(?i)^\\s+(?:or|and/or)\\s+", "");
                    out.add(new Mention(countOf(other), zero, m.start(), m.end(), false, false, false));
                }
            }
        }
        Quantity one = new Quantity(1, null, Qualifier.EXACT, false);
        m = SUICIDE.matcher(s);
        while (m.find()) {
            boolean selfHit = m.group("self") != null || m.group("inflicted") != null && m.group("died") == null;
            Count c = selfHit ? Count.SHOT : m.group("cue") == null ? Count.KILLED : countOf(m.group("cue"));
            out.add(new Mention(c, one, m.start(), m.end(), c == Count.KILLED, hedged, true));
        }
        m = MURDER_SUICIDE.matcher(s);
        while (m.find()) {
            out.add(new Mention(Count.KILLED, new Quantity(2, null, Qualifier.AT_LEAST, false), m.start(), m.end(), true, hedged,
                    false));
        }
        m = PRONOUN.matcher(s);
        while (m.find()) {
            out.add(new Mention(countOf(m.group("cue")), one, m.start(), m.end(), false, true, true));
        }
        m = HIS_INJURIES.matcher(s);
        while (m.find()) {
            out.add(new Mention(Count.INJURED, one, m.start(), m.end(), false, true, true));
        }
        m = ORDINAL.matcher(s);
        while ((lower.contains("second") || lower.contains("th") || lower.contains("rd") || lower.contains("nd")
                || lower.contains("st")) && m.find()) {
            if (m.group("noun") == null && m.group("filler").isEmpty() && m.group("cue").toLowerCase(Locale.ROOT).startsWith("shot")) {
                continue; // "fired a second shot"
            }
            int n = switch (m.group("ord").toLowerCase(Locale.ROOT)) {
                case "second" -> 2;
                case "third" -> 3;
                case "fourth" -> 4;
                case "fifth" -> 5;
                case "sixth" -> 6;
                case "seventh" -> 7;
                case "eighth" -> 8;
                default -> Integer.parseInt(m.group("ord").substring(0, m.group("ord").length() - 2));
            };
            if (n < 2 || n > 50) continue;
            out.add(new Mention(Count.SHOT, new Quantity(n, null, Qualifier.EXACT, false), m.start(), m.end(), false, hedged, false));
        }
        m = GUNSHOT_VICTIMS.matcher(s);
        while (lower.contains("victims") && m.find()) {
            Quantity q = quantity(m.group("q"));
            if (q == null || !plausible(q, m.group("q")) || isArticle(m.group("q"))) continue;
            out.add(new Mention(m.group("other") != null ? Count.INJURED : Count.SHOT, q, m.start(), m.end(), false, hedged, false));
        }
        m = ALONG_WITH.matcher(s);
        while (lower.contains("along") && m.find()) {
            Quantity q = quantity(m.group("q"));
            if (q == null || q.vague() || q.value() < 1 || !plausible(q, m.group("q"))) continue;
            int more = q.value() + (m.group("and") != null ? 1 : 0);
            int cueEnd = m.end("hit");
            Mention subject = null;
            for (Mention x : out) {
                if ((x.count() == Count.SHOT || x.count() == Count.INJURED) && x.end() == cueEnd && !x.suspect()) subject = x;
            }
            if (subject == null) continue;
            Quantity total = new Quantity(subject.quantity().value() + more, null, Qualifier.EXACT, false);
            out.add(new Mention(Count.SHOT, total, subject.start(), m.end(), false, hedged, false));
        }
        m = ONE_OF_GROUP.matcher(s);
        while (lower.contains("of") && m.find()) {
            Quantity q = Quantities.parse(m.group("q"));
            if (q == null || q.value() < 2 || !plausible(q, m.group("q"))) continue;
            int at = m.start();
            // the subject's own mention ("one of six people who were wounded": 1) is the one person, not a count of people
            // (one who died keeps its weight: "one of five people shot ... has died" is a firm death)
            if (!DIED_AFTER.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 90)).find()) {
                out.replaceAll(x -> x.start() == at && x.quantity().value() == 1 && x.name() == null
                        ? new Mention(x.count(), x.quantity(), x.start(), x.end(), x.suspect(), x.hedged(), true) : x);
            }
            out.add(new Mention(Count.SHOT, q, m.start(), m.end(), false, hedged, false));
        }
        m = FATALLY.matcher(s);
        while (m.find()) {
            Quantity q = Quantities.parse(m.group("q"));
            if (q == null) continue;
            out.add(new Mention(Count.KILLED, q, m.start(), m.end(), false, hedged, false));
            int hitEnd = m.end("hit");
            // "four people were wounded, one fatally": the wounded count holds the dead, so it counts people hit
            out.replaceAll(x -> x.count() == Count.INJURED && x.end() == hitEnd ? new Mention(Count.SHOT, x.quantity(), x.start(),
                    x.end(), x.suspect(), x.hedged(), x.singular(), x.name()) : x);
        }
        if (lower.contains("unborn")) out = unborn(s, out);
        return partialSum(s, Coordination.alsoHit(s, diedAfter(s, diedBefore(s, out))));
    }

    private static final Pattern UNBORN = Pattern.compile("\\b(?:an?|her|their|the)\\s+unborn\\s+(?:child|baby|son|daughter|infant)\\b", F);
    private static final Pattern INCLUDING_UNBORN = Pattern.compile("^\\s*,?\\s*(?:including|among\\s+them)\\s+(?:an?|her|their|the)\\s+unborn"
            + "\\s+(?:child|baby|son|daughter|infant)\\b", F);

    /**
     * "murdered four people, including an unborn child", "three people and an unborn baby killed": gun-violence counts are of
     * people born, so a count of the dead that holds an unborn child is one less.
     */
    private static List<Mention> unborn(String s, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            int from = Math.max(0, Math.min(s.length(), m.start()));
            int to = Math.max(from, Math.min(s.length(), m.end()));
            boolean holds = m.count() == Count.KILLED && m.quantity().value() >= 2 && !m.quantity().vague()
                    && (UNBORN.matcher(s).region(from, to).find() || INCLUDING_UNBORN.matcher(s).region(to, s.length()).lookingAt());
            if (!holds) {
                out.add(m);
                continue;
            }
            Quantity q = m.quantity();
            out.add(new Mention(m.count(), new Quantity(q.value() - 1, q.upper() == null ? null : q.upper() - 1, q.qualifier(), false),
                    m.start(), m.end(), m.suspect(), m.hedged(), m.singular(), m.name()));
        }
        return out;
    }

    private static final Pattern OTHERS_IN = Pattern.compile("\\bother(?:s|\\s+(?:people|persons|victims|men|women|children|teens))\\b", F);
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:,\\s*)?(?:and|while|with|,)\\s*$|^\\s*,\\s*$", F);

    /**
     * "Two men were in critical condition and two others injured": people hit told apart from "others" hit in the next
     * clause are added up (4). Only two firm, adjacent counts of people hit, the second marked "others", are summed.
     */
    private static List<Mention> partialSum(String s, List<Mention> found) {
        if (found.size() < 2 || !OTHERS_IN.matcher(s).find()) return found;
        for (Mention b : found) {
            if (!hit(b) || !OTHERS_IN.matcher(s).region(b.start(), b.end()).find()) continue;
            for (Mention a : found) {
                if (a == b || !hit(a) || a.end() > b.start() || a.name() != null) continue;
                if (!JOIN.matcher(s.substring(a.end(), b.start())).find()) continue;
                if (OTHERS_IN.matcher(s).region(a.start(), a.end()).find()) continue;
                Count c = a.count() == Count.INJURED && b.count() == Count.INJURED ? Count.INJURED : Count.SHOT;
                List<Mention> out = new ArrayList<>(found);
                Quantity q = new Quantity(a.quantity().value() + b.quantity().value(), null, b.quantity().qualifier(), false);
                out.add(new Mention(c, q, a.start(), b.end(), false, false, false));
                return out;
            }
        }
        return found;
    }

    private static boolean hit(Mention m) {
        return (m.count() == Count.INJURED || m.count() == Count.SHOT) && !m.suspect() && !m.hedged() && m.quantity().value() > 0
                && !m.quantity().vague();
    }

    /** "A boy shot in the park has died", "taken to a hospital where he died": the person hit is among the killed. */
    private static List<Mention> diedAfter(String s, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean hit = m.count() == Count.SHOT || m.count() == Count.INJURED;
            if (hit && m.quantity().value() == 1 && DIED_AFTER.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 90)).find()
                    && !deathOfAnother(s, m, found)) {
                out.add(new Mention(Count.KILLED, m.quantity(), m.start(), m.end(), m.suspect(), m.hedged(), m.singular(), m.name()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Between a death and a pronoun's hit: "The teen died shortly[ after ]he was taken to a hospital". */
    private static final Pattern THEN_PRONOUN = Pattern.compile("^[^.;,]{0,40}?\\b(?:after|when|before|once|until)\\s+$", F);
    private static final Pattern HE_SHE = Pattern.compile("(?:he|she)\\b", F);

    /**
     * "The teen died soon after he was taken to a hospital", "A woman was killed when she was struck by a bullet": a
     * pronoun's hit told after one person's death, in the clause that says how the death came about, is that person's.
     */
    private static List<Mention> diedBefore(String s, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean hit = m.count() == Count.SHOT || m.count() == Count.INJURED;
            boolean same = false;
            if (hit && m.singular() && m.name() == null && m.quantity().value() == 1 && m.start() >= 0 && m.start() < s.length()
                    && HE_SHE.matcher(s).region(m.start(), s.length()).lookingAt()) {
                for (Mention k : found) {
                    if (k.count() != Count.KILLED || k.suspect() || k.quantity().value() != 1 || k.end() > m.start()) continue;
                    if (THEN_PRONOUN.matcher(s).region(k.end(), m.start()).find()) same = true;
                }
            }
            out.add(same ? new Mention(Count.KILLED, m.quantity(), m.start(), m.end(), false, true, true, null) : m);
        }
        return out;
    }

    private static final Pattern PRONOUN_START = Pattern.compile("^[\\s,;]*(?:and\\s+)?(?:he|she|they|who|both|all)\\b", F);

    /**
     * "Officer shot, suspect killed", "A woman was shot and her husband killed": the death after a person hit is another
     * person's when a killed mention with its own subject (not a pronoun) follows the hit.
     */
    private static boolean deathOfAnother(String s, Mention hit, List<Mention> found) {
        for (Mention k : found) {
            if (k.count() != Count.KILLED || k.start() < hit.end() || k.start() >= s.length()) continue;
            if (!PRONOUN_START.matcher(s).region(k.start(), s.length()).lookingAt()) return true;
        }
        return false;
    }

    /** "On 11700 Robertson, one person has been killed": a house number before a street name is not a count. */
    private static final Pattern STREET_NUMBER = Pattern.compile("\\d{4,5}\\s+(?!(?i:" + PLURAL + "|" + SINGULAR + ")\\b)[A-Z][a-z]+");
    private static final Pattern AFTER_AGE = Pattern.compile("\\s*(?:,|who\\b|and\\b|all\\b|both\\b|were\\b|was\\b|;)");
    private static final Pattern NAME_COMMA = Pattern.compile("(?<!\\b(?:On|on|Since|since|Until|until|By|by)\\s)(?!(?:Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday|Today|Tonight|Yesterday|However|Meanwhile|Overall|Altogether|Still|Instead|Earlier|Later|Now|Then|Also)\\b)"
            + "(?-i:[A-Z][a-z'’]+)\\s*,\\s*$");

    /** "Darrell Hawkins, 34 who were shot": a bare number right after a name and a comma is an age. */
    private static boolean alive(String s, int from) {
        return ALIVE.matcher(s).region(from, s.length()).lookingAt();
    }

    private static boolean ageAfterName(String s, int qStart, int qEnd) {
        if (qStart < 3 || !Character.isDigit(s.charAt(qStart)) || !AFTER_AGE.matcher(s).region(qEnd, s.length()).lookingAt()) {
            return false;
        }
        return NAME_COMMA.matcher(s).region(Math.max(0, qStart - 30), qStart).find();
    }

    /** "Teen fatally shot": the adverb makes a hit a death. */
    private static Count fatally(String span, Count c) {
        return (c == Count.SHOT || c == Count.INJURED) && span.toLowerCase(Locale.ROOT).contains("fatally") ? Count.KILLED : c;
    }

    private static Quantity quantity(String q) {
        if (AGE_RX.matcher(q).matches()) return new Quantity(1, null, Qualifier.EXACT, false);
        String t = q.trim().toLowerCase(Locale.ROOT);
        if (t.equals("both")) return new Quantity(2, null, Qualifier.EXACT, false);
        if (t.equals("his") || t.equals("her") || t.equals("their")) return new Quantity(1, null, Qualifier.EXACT, false);
        return Quantities.parse(q);
    }

    private static boolean isArticle(String q) {
        String t = q.trim().toLowerCase(Locale.ROOT);
        if (t.equals("another")) return false;
        if (t.equals("his") || t.equals("her") || t.equals("their")) return true;
        return t.equals("a") || t.equals("an") || t.equals("single") || t.equals("another") || t.startsWith("a ")
                && !t.contains("dozen") && !t.contains("hundred") && !t.contains("thousand") && !t.contains("couple")
                && !t.contains("few") && !t.contains("handful");
    }

    private static boolean hasDigitOrVague(String q) {
        for (int i = 0; i < q.length(); i++) if (Character.isDigit(q.charAt(i))) return true;
        return false;
    }

    /** "one killed" is fine, but a bare "one" or "some" with no noun is often a pronoun ("one was shot"). */
    private static boolean wordOnlyRisky(String q) {
        String t = q.trim().toLowerCase(Locale.ROOT);
        return t.equals("some") || t.equals("several") || t.equals("multiple");
    }

    /** Years, street numbers and the like are not casualty counts. */
    private static boolean plausible(Quantity q, String text) {
        if (q.value() >= 1900 && q.value() <= 2100 && text.trim().matches("\\d{4}")) return false;
        return q.value() <= 1_000_000;
    }

    /** "fatal injuries" but not "non-fatal bullet wounds". */
    /** "with gunshot injuries": people hit, some of whom may have died. */
    private static final Pattern GUNFIRE = Pattern.compile("\\b(?:gunshot|gun\\s+shot|bullet)");
    private static final Pattern NON_FATAL = Pattern.compile("(?<!non)(?<!non[\\s-])fatal");

    static Count countOf(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.startsWith("suffer") || c.startsWith("sustain") || c.startsWith("with") && c.contains("injur") && !GUNFIRE.matcher(c).find()) {
            return NON_FATAL.matcher(c).find() ? Count.KILLED : c.contains("injur") ? Count.INJURED : Count.SHOT;
        }
        if (c.startsWith("shot") && !c.contains("kill") && !c.contains("dead") && !c.contains("death")) {
            return c.contains("wound") ? Count.INJURED : Count.SHOT;
        }
        if (c.startsWith("fatal") || c.contains("kill") || c.startsWith("gunned") || c.startsWith("gunning") || c.startsWith("guns down") || c.contains("dead") || c.contains("death")
                || c.startsWith("die") || c.startsWith("slain") || c.startsWith("murder") || c.startsWith("perish")
                || c.startsWith("lost") || c.contains("claim")) return Count.KILLED;
        if (c.startsWith("wound") || c.startsWith("injur") || c.startsWith("hurt") || c.startsWith("hospital") || c.startsWith("graz")
                || TAKEN.matcher(c).lookingAt()) return Count.INJURED;
        if (c.startsWith("shoot") || c.startsWith("suffer") || c.startsWith("struck") || c.startsWith("strik")
                || c.startsWith("hit")) return Count.SHOT;
        if (c.contains("custody")) return Count.ARRESTED;
        if (c.startsWith("in ") || c.startsWith("treated") || c.startsWith("recover") || c.startsWith("released")
                || c.startsWith("fighting") || c.startsWith("clinging")) return Count.INJURED;
        if (c.startsWith("with")) return Count.SHOT;
        if (c.startsWith("missing") || c.startsWith("unaccounted")) return Count.MISSING;
        if (c.startsWith("trap")) return Count.TRAPPED;
        if (c.startsWith("evacuat")) return Count.EVACUATED;
        return Count.ARRESTED;
    }
}
