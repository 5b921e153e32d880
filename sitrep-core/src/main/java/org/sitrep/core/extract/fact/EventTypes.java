package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * Chooses the event type of an article from weighted cue words in its title and lead. The taxonomy is ACLED's
 * event / sub-event types where ACLED has one, extended with Shooting, Accident and Disaster for news that
 * ACLED does not code; values read "Event|Sub-event". docs/TAXONOMY.md lists every type with its cues.
 * Thread-safe (immutable).
 */
final class EventTypes {
    /** One sub-event type: its "Event|Sub-event" value and its cues with weights. */
    record Type(String value, List<Cue> cues) {
    }

    /** A cue: a case-insensitive regex, its weight, and the words it starts with (to skip the regex cheaply). */
    record Cue(Pattern pattern, double weight, Prefilter filter) {
        Cue(Pattern pattern, double weight) {
            this(pattern, weight, Prefilter.of(pattern.pattern()));
        }
    }

    static final List<Type> TAXONOMY = List.of(
            type("Explosions/Remote violence|Shelling/artillery/missile attack", "missile strikes?|missile attack", 3,
                    "missiles?|rockets?|shelling|shelled|artillery|mortars?|cruise missile|ballistic|kh-\\d+|salvo"
                            + "|multiple rocket launchers?|himars|grad", 2),
            type("Explosions/Remote violence|Air/drone strike", "air ?strikes?|air raids?|drone strikes?|drone attack", 3,
                    "warplanes?|fighter jets?|bombers?|bombed|bombing raid|drones?|helicopter gunships?", 1),
            type("Explosions/Remote violence|Suicide bomb", "suicide bomb(?:er|ing)s?|suicide vest", 4, "blew himself up", 3),
            type("Explosions/Remote violence|Remote explosive/landmine/IED",
                    "roadside bombs?|car bombs?|landmines?|improvised explosive|ieds?|explosive device", 3,
                    "bomb exploded|booby[- ]trap|detonated", 2),
            type("Explosions/Remote violence|Grenade", "grenade attack|grenades?", 2, "", 0),
            type("Battles|Armed clash", "clash(?:es|ed)?|gun ?battle|firefight|fighting between", 3,
                    "exchange of fire|ambush(?:ed)?|insurgents|militants", 1),
            type("Violence against civilians|Attack", "stabb(?:ing|ed)|knife attack|massacre|hacked to death", 3,
                    "beheaded|lynch(?:ed|ing)|machete", 2),
            type("Violence against civilians|Abduction/forced disappearance", "kidnapp(?:ed|ing)|abduct(?:ed|ion)", 3,
                    "hostages?", 1),
            type("Violence against civilians|Sexual violence", "rap(?:ed|e)|sexual assault", 3, "", 0),
            type("Riots|Violent demonstration", "riots?|rioters|rioting", 3, "looting|looted|set fire to", 1),
            type("Riots|Mob violence", "mob attack|mob violence|vigilantes", 3, "mob(?!\\s+(?:boss|bosses|boss's|family|families|figure|figures"
                    + "|ties|informant|hit|leader|lawyer|trial|killer|killers|don|kingpin|associates?|underboss|captain|soldier))", 1),
            type("Protests|Protest with intervention", "tear gas|dispersed (?:the )?protesters", 3, "rubber bullets|water cannon", 2),
            type("Protests|Peaceful protest", "protests?|protesters|demonstrat(?:ion|ors)|rall(?:y|ies)", 2, "march(?:ed|ers)", 1),
            type("Shooting|Mass shooting", "mass shooting", 4, "", 0),
            type("Shooting|Accidental shooting", "accidental(?:ly)? (?:shooting|shot|discharge)|shot (?:himself|herself)", 4,
                    "hunting accident|accidentally(?=.{0,60}\\b(?:shot|shoot|shooting|gun|rifle|pistol|handgun|shotgun|firearm|weapon"
                            + "|discharg\\w*|fired|went off)\\b)|(?<=\\b(?:gun|rifle|pistol|handgun|shotgun|firearm|weapon)\\b.{0,60})accidentally", 2),
            type("Shooting|Officer-involved shooting", "officer-involved shooting|police shooting|shot by (?:police|an officer|officers|deputies)", 4,
                    "officers? (?:shot|fired)", 2),
            type("Shooting|Gun violence", "shootings?|gunman|gunmen|gunfire|opened fire|shot (?:and killed|dead|to death)|gunned down", 2.5,
                    "shot|handguns?|pistol|rifle|shotgun|firearm|gunshots?|bullets?", 1),
            type("Accident|Plane crash", "plane crash|(?:plane|aircraft|airliner|jet|helicopter) crash(?:ed)?", 4, "", 0),
            type("Accident|Train accident", "derail(?:ed|ment)|train crash|trains? collided", 4, "", 0),
            type("Accident|Traffic accident", "car crash|bus crash|road accident|traffic accident|hit[- ]and[- ]run|hit-run|collision|crash(?:ed)?"
                    + "|(?:struck|hit|run over)(?: and killed)? by (?:a|an) (?:car|vehicle|truck|motorist|driver|bus|van|suv)", 2.5,
                    "overturned|vehicle|truck|motorcycle", 0.5),
            type("Accident|Industrial accident", "industrial accident|mine collapse|gas explosion|(?:factory|plant|mine) (?:explosion|blast)", 4,
                    "explosion|blast", 0.5),
            type("Disaster|Earthquake", "earthquakes?|quake|magnitude \\d", 4, "tremors?|aftershocks?", 2),
            type("Disaster|Flood", "floods?|flooding|flash floods?", 3, "heavy rains?|torrential", 1),
            type("Disaster|Storm", "hurricanes?|tornado(?:es)?|cyclones?|typhoons?|storms?", 3, "winds", 0.5),
            type("Disaster|Landslide", "landslides?|mudslides?", 4, "", 0),
            type("Disaster|Fire", "wildfires?|blaze|forest fire|house fire|arson(?:ist|ists)?|caught fire|catch(?:es)? fire"
                    + "|went up in flames|burn(?:ed|s|t)? down|(?:destroyed|damaged|gutted) (?:by|in) (?:an? |the )?(?:\\w+ )?fire"
                    + "|(?<!opened |open |opening |returned |return |exchanged |under |cease-)fire (?:destroy\\w*|devastat\\w*|gutted"
                    + "|ripped|swept|tore|engulfed|damag\\w*|broke out|at (?:a|an|the) \\w+)", 3,
                    "fire|flames|inferno|firefighters|fire crews", 0.5));

    private static final double TITLE_WEIGHT = 2.0;

    private EventTypes() {
    }

    private static Type type(String value, String strong, double sw, String weak, double ww) {
        List<Cue> cues = new ArrayList<>();
        cues.add(new Cue(Pattern.compile("\\b(?:" + strong + ")\\b", Pattern.CASE_INSENSITIVE), sw));
        if (!weak.isEmpty()) cues.add(new Cue(Pattern.compile("\\b(?:" + weak + ")\\b", Pattern.CASE_INSENSITIVE), ww));
        return new Type(value, List.copyOf(cues));
    }

    /** The best event type of {@code doc} from its title (weight x2) and first {@code lead} sentences, or null. */
    static Fact classify(Doc doc, int lead) {
        int titleEnd = doc.article().title().length();
        double[] score = new double[TAXONOMY.size()];
        int[] firstAt = new int[TAXONOMY.size()];
        int[] firstEnd = new int[TAXONOMY.size()];
        java.util.Arrays.fill(firstAt, -1);
        int body = 0;
        for (Sentence s : doc.sentences()) {
            boolean title = s.end() <= titleEnd;
            if (!title && body++ >= lead) break;
            String lower = Prefilter.lower(s.text());
            for (int t = 0; t < TAXONOMY.size(); t++) {
                for (Cue c : TAXONOMY.get(t).cues()) {
                    if (!c.filter().mayMatch(lower)) continue;
                    Matcher m = c.pattern().matcher(s.text());
                    while (m.find()) {
                        score[t] += c.weight() * (title ? TITLE_WEIGHT : 1.0);
                        if (firstAt[t] < 0) {
                            firstAt[t] = s.start() + m.start();
                            firstEnd[t] = s.start() + m.end();
                        }
                    }
                }
            }
        }
        int best = -1;
        double total = 0;
        for (int t = 0; t < score.length; t++) {
            total += score[t];
            if (score[t] > 0 && (best < 0 || score[t] > score[best])) best = t;
        }
        if (best < 0 || score[best] < 2.0) return null;
        double confidence = Math.min(0.95, 0.4 + 0.5 * score[best] / total);
        return new Fact(FactKind.EVENT_TYPE, TAXONOMY.get(best).value(), null, null,
                doc.evidence(firstAt[best], firstEnd[best]), confidence);
    }
}
