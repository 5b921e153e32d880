package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * Weapons, target kinds and perpetrators named in an article, each once (first mention as evidence).
 * Targets and perpetrators are read only from sentences that speak of the attack itself (an attack verb or
 * noun in the sentence), weapons from every sentence. Thread-safe (immutable).
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
    /** Target kinds: regex to canonical label. */
    private static final Map<Pattern, String> TARGETS = new LinkedHashMap<>();

    static {
        target("shopping (?:mall|cent(?:re|er))|mall", "shopping mall");
        target("(?:apartment|residential|high-rise|tower) (?:building|block)s?|apartment complex|apartments?", "apartment building");
        target("schools?|kindergarten|university|college campus", "school");
        target("hospitals?|clinic|maternity", "hospital");
        target("(?:train|railway|rail) station|station", "train station");
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
    private static final String DEMONYM = "(?:Russian|Ukrainian|Israeli|Syrian|Iraqi|Afghan|Iranian|Turkish|Saudi|American|US|U\\.S\\."
            + "|Chinese|Pakistani|Indian|Nigerian|Sudanese|Ethiopian|Houthi|Taliban|Hamas|Hezbollah|Kurdish|Yemeni|Lebanese"
            + "|Palestinian|Burmese|Myanmar|Malian|Somali|Libyan)";
    private static final Pattern FORCES = Pattern.compile("\\b(?-i:(?<who>" + DEMONYM + "))\\s+(?:(?:forces|troops|army|military|armed\\s+forces|"
            + "soldiers|warplanes|jets|bombers)\\b|(?:(?:missile|rocket|air|drone|artillery)\\s+)?(?:strike|attack|shelling|"
            + "missiles?|rockets?|bombardment)s?\\b)", F);
    private static final Pattern SAYS = Pattern.compile("\\s+(?:said|says|told|reported|claimed|stated)\\b", F);
    private static final Pattern FIRED_BY = Pattern.compile("\\b(?:fired|launched|carried\\s+out)\\s+by\\s+(?-i:(?<who>" + DEMONYM
            + "))", F);
    private static final Pattern ACTOR = Pattern.compile("\\b(?:the\\s+)?(?<who>gunman|gunmen|shooter|suspect|suspects|attacker"
            + "|assailant|bomber|killer)\\b", F);

    private Entities() {
    }

    private static void target(String rx, String label) {
        TARGETS.put(Pattern.compile("\\b(?:" + rx + ")\\b", F), label);
    }

    static List<Fact> find(Doc doc, int lead) {
        Map<String, Fact> weapons = new LinkedHashMap<>();
        Map<String, Fact> targets = new LinkedHashMap<>();
        Map<String, Fact> perpetrators = new LinkedHashMap<>();
        int titleEnd = doc.article().title().length();
        int body = 0;
        for (Sentence s : doc.sentences()) {
            boolean inLead = s.end() <= titleEnd || body < lead;
            if (s.end() > titleEnd) body++;
            String t = s.text();
            Matcher m = WEAPON_CI.matcher(t);
            while (m.find()) {
                boolean model = m.group("model") != null;
                if (model && !WEAPON.matcher(m.group()).lookingAt()) continue;
                String value = model ? m.group("model").replaceAll("\\s+", " ") : singular(m.group("noun"));
                if (model && weapons.keySet().stream().anyMatch(k -> k.startsWith(value.toLowerCase(Locale.ROOT)))) continue;
                add(weapons, FactKind.WEAPON, value, null, doc, s, m.start(), m.end(), model ? 0.9 : inLead ? 0.8 : 0.6);
            }
            if (!ATTACK.matcher(t).find()) continue;
            int targetsHere = 0;
            for (var e : TARGETS.entrySet()) {
                Matcher tm = e.getKey().matcher(t);
                if (tm.find() && targetsHere++ < 2) {
                    add(targets, FactKind.TARGET, e.getValue(), null, doc, s, tm.start(), tm.end(), inLead ? 0.75 : 0.5);
                }
            }
            m = FORCES.matcher(t);
            while (m.find()) {
                if (SAYS.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
                add(perpetrators, FactKind.PERPETRATOR, forces(m.group("who")), "perpetrator", doc, s, m.start(), m.end(),
                        inLead ? 0.8 : 0.6);
            }
            m = FIRED_BY.matcher(t);
            while (m.find()) {
                add(perpetrators, FactKind.PERPETRATOR, forces(m.group("who")), "perpetrator", doc, s, m.start(), m.end(), 0.8);
            }
            m = ACTOR.matcher(t);
            while (m.find()) {
                add(perpetrators, FactKind.PERPETRATOR, singular(m.group("who")), "perpetrator", doc, s, m.start(), m.end(),
                        inLead ? 0.7 : 0.5);
            }
        }
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
