package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * Weapons, targets and perpetrators named in an article, each once (first mention as evidence).
 * Targets and perpetrators are read only from sentences that speak of the attack itself (an attack verb or
 * noun in the sentence), weapons from every sentence. A TARGET carries its kind ("shopping mall") in
 * {@code role} and, as its value, the target as the text names or places it when it does ("Amstor shopping
 * mall", "low-rise apartment building on Shevchenko Street", "apartment building in the centre of Kramatorsk"),
 * else the kind; a named mention of a kind found in an attack sentence is looked for in the other sentences too.
 * A PERPETRATOR is a force ("Russian forces"), a named group ("Wagner Group", "Crips gang") or a role noun
 * ("gunman"). Thread-safe (immutable).
 */
final class Entities {
    private static final int F = Pattern.CASE_INSENSITIVE;
    /** Model designations ("Kh-22", "Tu-22M3 bombers", "AS-4 'Kitchen'", "AR-15") and common weapon nouns. */
    private static final Pattern WEAPON = Pattern.compile("\\b(?<model>(?:Kh|Tu|Su|Mi|AS|SS|S|Iskander|Kalibr|AR|AK|Shahed|Grad|HIMARS)"
            + "-?\\d{1,3}[A-Z0-9]*(?:\\s+['‘’\"][A-Z][a-z]+['’\"])?(?:\\s+(?:long-range\\s+)?(?:bombers?|missiles?|rifles?|drones?|jets?))?)"
            + "|\\b(?<noun>(?:cruise|ballistic|guided|anti-ship|surface-to-air)\\s+missiles?|missiles?|rockets?|cluster\\s+munitions"
            + "|artillery|mortars?|drones?|grenades?|improvised\\s+explosive\\s+devices?|IEDs?|car\\s+bombs?|landmines?"
            + "|handguns?|pistols?|revolvers?|(?:assault\\s+|semi-automatic\\s+|hunting\\s+)?rifles?|shotguns?"
            + "|machine\\s+guns?|knife|knives|machetes?|firearms?)\\b");
    private static final Pattern WEAPON_CI = Pattern.compile(WEAPON.pattern(), F);
    /** A model designation needs a digit; a noun, one of the noun words. */
    private static final Prefilter WEAPON_NOUN_FILTER = Prefilter.of(WEAPON.pattern().substring(WEAPON.pattern().indexOf("|\\b(?<noun>") + 1));
    private static final Pattern NO_MATCH = Pattern.compile("(?!)");
    /** Target kinds: regex to canonical label. */
    private static final Map<Pattern, String> TARGETS = new LinkedHashMap<>();
    private static final Map<Pattern, Prefilter> TARGET_FILTERS = new LinkedHashMap<>();

    static {
        target("shopping (?:mall|cent(?:re|er))|mall", "shopping mall");
        target("(?:apartment|residential|high-rise|tower) (?:building|block)s?|apartment complex|apartments?", "apartment building");
        target("schools?|kindergarten|university|college campus", "school");
        target("hospitals?|clinic|maternity", "hospital");
        target("(?:train|railway|rail) station|(?<!(?:gas|petrol|police|fire|service|filling|bus|power|radio|TV) )station",
                "train station");
        target("theat(?:re|er)", "theatre");
        target("markets?|bazaar", "market");
        target("church|mosque|synagogue|temple", "place of worship");
        target("factory|plant|warehouses?|depot", "industrial site");
        target("bar|nightclub|club|restaurant|night club", "bar or restaurant");
        target("(?:car|vehicle|bus|truck|suv|van)", "vehicle");
        target("homes?|house|residence|apartment|home", "residence");
        target("(?:gas|petrol) station|convenience store|store|shop", "store");
        target("park|playground|street|parking lot", "public space");
    }

    private static final Pattern ATTACK = Pattern.compile("\\b(?:struck|strike|strikes|hit|hits|attack(?:ed|s)?|shell(?:ed|ing)"
            + "|bomb(?:ed|ing)|fired|shot|shooting|opened fire|exploded|blast|targeted|slammed)\\b", F);
    private static final Prefilter ATTACK_FILTER = Prefilter.of(ATTACK.pattern());
    private static final String DEMONYM = "(?:Russian|Ukrainian|Israeli|Syrian|Iraqi|Afghan|Iranian|Turkish|Saudi|American|US|U\\.S\\."
            + "|Chinese|Pakistani|Indian|Nigerian|Sudanese|Ethiopian|Houthi|Taliban|Hamas|Hezbollah|Kurdish|Yemeni|Lebanese"
            + "|Palestinian|Burmese|Myanmar|Malian|Somali|Libyan)";
    private static final Pattern FORCES = Pattern.compile("\\b(?-i:(?<who>" + DEMONYM + "))\\s+(?:(?:forces|troops|army|military|armed\\s+forces|"
            + "soldiers|warplanes|jets|bombers)\\b|(?:(?:missile|rocket|air|drone|artillery)\\s+)?(?:strike|attack|shelling|"
            + "missiles?|rockets?|bombardment)s?\\b)", F);
    private static final Pattern SAYS = Pattern.compile("\\s+(?:said|says|told|reported|claimed|stated)\\b", F);
    private static final Pattern FIRED_BY = Pattern.compile("\\b(?:fired|launched|carried\\s+out)\\s+by\\s+(?-i:(?<who>" + DEMONYM
            + "))", F);
    /** "the Wagner Group", "a Crips gang", "Islamic State militants": a named armed group. */
    private static final Pattern GROUP = Pattern.compile("(?<who>(?-i:(?:[A-Z][\\p{L}'’-]+|al-[A-Z][\\p{L}'’-]+)(?:\\s+(?:[A-Z][\\p{L}'’-]+"
            + "|al-[A-Z][\\p{L}'’-]+)){0,3}))\\s+(?<kind>(?-i:[Gg]roup|[Gg]ang|[Mm]ilitia|[Cc]artel|[Bb]rigade|[Bb]attalion|[Rr]egiment"
            + "|militants|insurgents|rebels|fighters|jihadists))\\b");
    private static final Prefilter GROUP_FILTER = Prefilter.of(GROUP.pattern().substring(GROUP.pattern().indexOf("(?<kind>")));
    private static final Set<String> NOT_GROUP = Set.of("the", "a", "an", "this", "that", "one", "another", "police", "rescue",
            "support", "advocacy", "rights", "human", "civic", "community", "neighborhood", "neighbourhood", "church", "youth",
            "parent", "parents", "family", "facebook", "whatsapp", "telegram", "media", "news", "research", "working", "study",
            "age", "ethnic", "armed", "local", "street", "task", "focus", "interest", "pressure", "victims", "victim");
    private static final Pattern ACTOR = Pattern.compile("\\b(?:the\\s+)?(?<who>gunman|gunmen|shooter|suspect|suspects|attacker"
            + "|assailant|bomber|killer)\\b", F);

    private static final Prefilter FORCES_FILTER = Prefilter.of(FORCES.pattern());
    private static final Prefilter FIRED_BY_FILTER = Prefilter.of(FIRED_BY.pattern());
    private static final Prefilter ACTOR_FILTER = Prefilter.of(ACTOR.pattern());

    private Entities() {
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') return true;
        }
        return false;
    }

    private static void target(String rx, String label) {
        Pattern p = Pattern.compile("\\b(?:" + rx + ")\\b", F);
        TARGETS.put(p, label);
        TARGET_FILTERS.put(p, Prefilter.of(p.pattern()));
    }

    static List<Fact> find(Doc doc, int lead) {
        Map<String, Fact> weapons = new LinkedHashMap<>();
        Map<String, Fact> targets = new LinkedHashMap<>();
        Map<String, Fact> perpetrators = new LinkedHashMap<>();
        int titleEnd = doc.article().title().length();
        int body = 0;
        String[] lowers = new String[doc.sentences().size()];
        int at = 0;
        for (Sentence s : doc.sentences()) {
            boolean inLead = s.end() <= titleEnd || body < lead;
            if (s.end() > titleEnd) body++;
            String t = s.text();
            String lower = Prefilter.lower(t);
            lowers[at++] = lower;
            Matcher m = hasDigit(t) || WEAPON_NOUN_FILTER.mayMatch(lower) ? WEAPON_CI.matcher(t) : NO_MATCH.matcher("");
            while (m.find()) {
                boolean model = m.group("model") != null;
                if (model && !WEAPON.matcher(m.group()).lookingAt()) continue;
                String value = model ? m.group("model").replaceAll("\\s+", " ") : singular(m.group("noun"));
                if (model && weapons.keySet().stream().anyMatch(k -> k.startsWith(value.toLowerCase(Locale.ROOT)))) continue;
                add(weapons, FactKind.WEAPON, value, null, doc, s, m.start(), m.end(), model ? 0.9 : inLead ? 0.8 : 0.6);
            }
            if (!ATTACK_FILTER.mayMatch(lower) || !ATTACK.matcher(t).find()) continue;
            int targetsHere = 0;
            int[] taken = new int[4]; // the targets found here: "apartment" in "apartment building" or "X Street" in "... on X Street"
            for (var e : TARGETS.entrySet()) {
                if (targetsHere >= 2) break;
                if (!TARGET_FILTERS.get(e.getKey()).mayMatch(lower)) continue;
                Matcher tm = e.getKey().matcher(t);
                boolean found = false;
                while (!found && tm.find()) {
                    found = true;
                    for (int k = 0; k < targetsHere && k < 2; k++) {
                        if (tm.start() < taken[2 * k + 1] && tm.end() > taken[2 * k]) found = false;
                    }
                }
                if (found && targetsHere < 2) {
                    Targets.Named n = Targets.describe(t, tm.start(), tm.end(), e.getValue());
                    taken[2 * targetsHere] = n.start();
                    taken[2 * targetsHere + 1] = n.end();
                    targetsHere++;
                    addTarget(targets, e.getValue(), n, doc, s, inLead ? 0.75 : 0.5);
                }
            }
            m = GROUP_FILTER.mayMatch(lower) ? GROUP.matcher(t) : NO_MATCH.matcher("");
            while (m.find()) {
                String who = m.group("who");
                if (NOT_GROUP.contains(who.split("\\s+")[0].toLowerCase(Locale.ROOT)) || SAYS.matcher(t).region(m.end(), t.length())
                        .lookingAt() || Speakers.COUNTRY.containsKey(who.toLowerCase(Locale.ROOT))) continue;
                String kind = m.group("kind");
                String value = kind.matches("[Gg]roup|[Gg]ang|[Mm]ilitia|[Cc]artel") ? who + " " + kind : who;
                add(perpetrators, FactKind.PERPETRATOR, value, "perpetrator", doc, s, m.start(), m.end(), inLead ? 0.8 : 0.6);
            }
            m = FORCES_FILTER.mayMatch(lower) ? FORCES.matcher(t) : NO_MATCH.matcher("");
            while (m.find()) {
                if (SAYS.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
                add(perpetrators, FactKind.PERPETRATOR, forces(m.group("who")), "perpetrator", doc, s, m.start(), m.end(),
                        inLead ? 0.8 : 0.6);
            }
            m = FIRED_BY_FILTER.mayMatch(lower) ? FIRED_BY.matcher(t) : NO_MATCH.matcher("");
            while (m.find()) {
                add(perpetrators, FactKind.PERPETRATOR, forces(m.group("who")), "perpetrator", doc, s, m.start(), m.end(), 0.8);
            }
            m = ACTOR_FILTER.mayMatch(lower) ? ACTOR.matcher(t) : NO_MATCH.matcher("");
            while (m.find()) {
                add(perpetrators, FactKind.PERPETRATOR, singular(m.group("who")), "perpetrator", doc, s, m.start(), m.end(),
                        inLead ? 0.7 : 0.5);
            }
        }
        Targets.nameFromOtherSentences(targets, TARGETS, TARGET_FILTERS, doc, lowers);
        List<Fact> out = new ArrayList<>(weapons.values());
        out.addAll(targets.values());
        out.addAll(perpetrators.values());
        return out;
    }

    private static String forces(String demonym) {
        String d = demonym.replace(".", "");
        return (d.equals("US") ? "US" : d) + " forces";
    }

    private static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.equals("knives")) return "knife";
        if (n.equals("gunmen")) return "gunman";
        if (n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("munitions")) return n.substring(0, n.length() - 1);
        return n;
    }

    /** Keeps per kind the first mention, replaced by a later one that names the target when the first did not. */
    private static void addTarget(Map<String, Fact> into, String kind, Targets.Named n, Doc doc, Sentence s, double confidence) {
        Fact old = into.get(kind);
        if (old == null || n.rank() > Targets.rank(old)) {
            double c = old == null ? confidence : Math.max(confidence, old.confidence());
            into.put(kind, new Fact(FactKind.TARGET, n.value(), kind, null, doc.evidence(s.start() + n.start(), s.start() + n.end()), c));
        } else if (confidence > old.confidence()) {
            into.put(kind, new Fact(FactKind.TARGET, old.value(), kind, null, old.evidence(), confidence));
        }
    }

    private static void add(Map<String, Fact> into, FactKind kind, String value, String role, Doc doc, Sentence s, int a, int b,
                            double confidence) {
        String key = value.toLowerCase(Locale.ROOT);
        Fact old = into.get(key);
        if (old == null) {
            into.put(key, new Fact(kind, value, role, null, doc.evidence(s.start() + a, s.start() + b), confidence));
        } else if (confidence > old.confidence()) {
            into.put(key, new Fact(kind, old.value(), role, null, old.evidence(), confidence));
        }
    }
}
