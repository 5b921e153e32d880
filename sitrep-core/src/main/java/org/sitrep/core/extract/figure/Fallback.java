package org.sitrep.core.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;

/**
 * Last-resort figures for articles that name the event but give no count: a "fatal shooting", "shooting death of",
 * "murder" or "slaying" in the lead means one dead; "was shot", "shot himself", "accidentally shot" or "shooting of a
 * boy" without any death means one wounded. Only the title and the lead are read, and only when the counted mentions
 * found nothing for that kind; confidence is low (0.4).
 */
final class Fallback {
    /*
     * Trial, arrest and obituary stories often never state a count; they refer back to "the fatal shooting of X".
     * Gun-violence data counts such an incident as one killed (or one wounded), so the smallest count the wording
     * allows is returned. "attempted murder" is not a death; "shot at" is not a hit.
     */
    private static final int LEAD = 6;
    /** Death words are read in fewer sentences than hits: later ones more often tell of other incidents. */
    private static final int DEADLY_LEAD = 4;
    private static final Pattern DEADLY = Pattern.compile("\\b(?:fatal(?:ly)?|deadly|shooting\\s+death|death|deaths"
            + "|murder(?:ed|s)?|homicide|slaying|slain|manslaughter|killing|killed|died|dies|dead|obituary"
            + "|shot\\s+and\\s+killed|gunned\\s+down|passed\\s+away|(?:shooting|gunfire|bullet)\\s+claims)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_DEADLY = Pattern.compile("\\b(?:attempted|attempt\\s+to\\s+commit|(?:could|would|might)\\s+have(?:\\s+been)?"
            + "|near(?:ly)?[\\s-]+(?:fatal|died|killed)|brain[\\s-]+dead|non-?fatal|not\\s+(?:life-threatening|fatal)|dead\\s+end|death\\s+penalty"
            + "|death\\s+threats?|deadly\\s+(?:weapon|force|conduct)|(?:injury|harm)\\s+or\\s+death|dead\\s+(?:shark|animal|deer|dog)"
            + "|(?:homicide|murder)\\s+(?:unit|detectives?|division|bureau|squad|investigators?|section|task\\s+force|rate|cases)"
            + "|(?:reduce|prevent|ranging\\s+from)\\s+(?:homicides?|murders?)|murder\\s+rate)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "charged with attempted manslaughter, reckless homicide": a charge named in a list that began with an
     * attempted one is another count of the same attempt, not a death (the list is read back up to 60 characters).
     */
    private static final Pattern ATTEMPT_LIST = Pattern.compile("\\battempted\\s+(?:[\\w-]+\\s+){0,2}?(?:murder|manslaughter|homicide)"
            + "(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|or)\\s+)(?:[\\w-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
    /** People a shooting may hit ("child's shooting", "shoots friend"); never the shooter himself. */
    private static final String VICTIM = "(?!(?:suspect|gunman|shooter|attacker|assailant)\\b)" + Mentions.SINGULAR;
    private static final Pattern HIT = Pattern.compile("\\b(?:(?:was|were|been|got|gets|being|accidentally)\\s+shot(?!\\s+at\\b)"
            + "|shoots?\\s+(?:him|her)self|shot\\s+(?:him|her)self|shoots\\s+(?:him|her|his|a|an|the|\\d+-year-old)\\b|shooting\\s+of\\s+(?:a|an|his|her|the|\\d+-year-old)\\b"
            + "|shot\\s+in\\s+the\\s+\\w+|gunshot\\s+wounds?|wounded|injured|injures|grazed|hospitali[sz](?:ed|es)"
            + "|accidental(?:ly)?\\s+(?:shooting|discharge|fired|shot|shoots)|shooting\\s+victim|shooting\\s+involving\\s+(?:a|an|his|her|the|two)\\b"
            + "|(?:" + VICTIM + ")['’]s\\s+shooting|(?:shoots|shooting)\\s+(?:(?:a|an|his|her|the|\\d+-year-old)\\s+)?(?:" + VICTIM + ")\\b"
            + "|(?:struck|hit|hitting|striking)\\s+(?:him|her|(?:a|an|the)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+in\\s+(?:the|his|her)\\s+\\w+"
            + "|(?:" + VICTIM + "),?\\s+(?:\\d{1,2},\\s+)?shot\\b(?!\\s+at\\b)"
            + "|(?:critical|serious|stable|grave)\\s+condition|\\bstable\\s+after|recovering|non[\\s-]*life[\\s-]*threatening"
            + "|(?:air\\s*lifted|flown|rushed)\\s+to\\s+(?:a|the)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER_TIME = Pattern.compile("\\b(?:similar|previous|last\\s+(?:year|month|week)|years?\\s+ago"
            + "|in\\s+(?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    private Fallback() {
    }

    /**
     * {@code figures} plus a KILLED or INJURED figure of one when the lead implies it and none was counted. When a
     * death is implied and {@code loneHit} says the only injured figure is one unnamed single victim, that victim is
     * taken to be the one who died and the INJURED figure is dropped; when {@code shotIncludesDead} says INJURED is a
     * count of people shot, the one who died is taken off it ("4 shot in fatal shooting": 1 killed, 3 injured).
     */
    static List<Figure> apply(Doc doc, List<Figure> figures, java.util.BitSet outOfScope, boolean loneHit,
                              boolean shotIncludesDead) {
        boolean hasKilled = false;
        boolean hasInjured = false;
        for (Figure f : figures) {
            if (f.kind() == FigureKind.KILLED) hasKilled = true;
            if (f.kind() == FigureKind.INJURED) hasInjured = true;
        }
        if (hasKilled && hasInjured) return figures;
        int titleEnd = doc.article().title().length();
        int body = 0;
        Sentence deadly = null;
        int deadlyAt = -1;
        Sentence hit = null;
        int hitAt = -1;
        for (Sentence s : doc.sentences()) {
            String t = s.text();
            if (outOfScope.get(s.index()) || OTHER_TIME.matcher(t).find() || Scope.teaser(t)) {
                if (s.start() >= titleEnd && ++body >= LEAD) break;
                continue;
            }
            if (deadly == null && body < DEADLY_LEAD) {
                Matcher m = DEADLY.matcher(t);
                while (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    if (NOT_DEADLY.matcher(t).region(from, Math.min(t.length(), m.end() + 26)).find()) continue;
                    if (ATTEMPT_LIST.matcher(t).region(Math.max(0, m.start() - 60), m.start()).find()) continue;
                    deadly = s;
                    deadlyAt = m.start();
                    break;
                }
            }
            if (hit == null) {
                Matcher m = HIT.matcher(t);
                if (m.find()) {
                    hit = s;
                    hitAt = m.start();
                }
            }
            if (s.start() >= titleEnd && ++body >= LEAD) break;
        }
        List<Figure> out = new ArrayList<>(figures);
        if (!hasKilled && deadly != null) {
            out.add(0, one(doc, FigureKind.KILLED, deadly, deadlyAt));
            if (loneHit) out.removeIf(f -> f.kind() == FigureKind.INJURED);
            if (shotIncludesDead) out.replaceAll(f -> f.kind() != FigureKind.INJURED ? f : new Figure(f.kind(), f.value() - 1,
                    null, f.qualifier(), f.reportedBy(), f.asOf(), f.evidence(), f.confidence()));
        } else if (!hasInjured && !hasKilled && hit != null) {
            out.add(one(doc, FigureKind.INJURED, hit, hitAt));
        }
        return out;
    }

    private static Figure one(Doc doc, FigureKind kind, Sentence s, int at) {
        int end = Math.min(s.text().length(), at + 40);
        return new Figure(kind, 1, null, Qualifier.AT_LEAST, null, null, doc.evidence(s.start() + at, s.start() + end), 0.4);
    }
}
