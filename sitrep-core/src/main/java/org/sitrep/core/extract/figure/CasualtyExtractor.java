package org.sitrep.core.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.FigureExtractor;
import org.sitrep.core.extract.figure.Mentions.Count;
import org.sitrep.core.extract.figure.Mentions.Mention;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;

/**
 * The standard {@link FigureExtractor}: one main figure per kind for the article's main incident. See
 * {@link Figures} for the rules. Thread-safe (stateless).
 */
final class CasualtyExtractor implements FigureExtractor {
    /*
     * Three steps. (1) Mentions: every sentence is scanned for a quantity bound to a casualty word.
     * (2) Scope: each sentence gets a verdict; aggregates, earlier incidents and other places are dropped, and
     * a pronoun-attributed sentence ("..., it said") inherits the verdict of the sentence before it.
     * (3) Choice: per kind, hedged mentions ("feared killed") count only when nothing firmer exists; the
     * largest value wins (a later, larger report in the same article is an update, and smaller numbers are
     * usually subsets: "nine of the wounded"); ties go to the bounded qualifier (AT_LEAST over EXACT) and
     * then to the earliest mention. The perpetrator's own death ("killed himself") is KILLED only when there
     * is no victims' count (a total usually includes the gunman already; adding it measured worse). INJURED falls back to "people shot" minus the killed when no injured figure was given, since
     * in gun-violence reports "shot" without "killed" means wounded.
     */
    static final int LEAD_SENTENCES = 3;
    private static final Pattern ACTIVE_OBJECT = Pattern.compile("\\s+(?:his|her|their|him|them|a|an|one|two|three"
            + "|four|five|six|seven|eight|nine|ten|\\d+|several|at\\s+least|another|my|our|someone|people|multiple|the|suspect)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A mention that passed scope, with where it sits and who reported it. */
    record Candidate(Count count, Mention mention, int sentence, boolean inLead, String reportedBy, Evidence evidence,
                     boolean others) {
        Candidate(Count count, Mention mention, int sentence, boolean inLead, String reportedBy, Evidence evidence) {
            this(count, mention, sentence, inLead, reportedBy, evidence, false);
        }
    }
    /**
     * "... and three others were wounded" marks people besides those already counted; in "Milner and three others were
     * shot" (a mention that starts at the name) and "Ellis was shot along with three others" the others are counted with
     * him, so the dead among them come off. "The other two victims remain hospitalized" are the people besides the dead.
     */
    private static final Pattern OTHERS = Pattern.compile("(?<!(?:(?:\\b(?:he|she)|(?-i:\\b[A-Z][a-z'’]{1,20}))\\s{1,3}and"
            + "|\\balong\\s{1,3}with)\\s{1,3}"
            + "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\\s{1,3})\\bother(?:s|\\s+(?:people|persons|victims|men|women|children|teens))\\b"
            + "|\\bthe\\s+other\\s+(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\b"
            + "|\\bmore\\b(?!\\s+than\\b)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Figure> extract(Doc doc, List<Place> places) {
        java.util.BitSet out = new java.util.BitSet();
        List<Candidate> all = candidates(doc, places, out);
        List<Figure> chosen = choose(all, doc.article().title().length());
        return Fallback.apply(doc, chosen, out, loneHit(chosen, all), shotIncludesDead(chosen, all));
    }

    /**
     * True when the INJURED figure is "people shot" with no killed count taken off ("4 shot in fatal shooting"): when
     * the Fallback then finds a death, that person is among the shot.
     */
    private static boolean shotIncludesDead(List<Figure> chosen, List<Candidate> all) {
        Figure injured = null;
        for (Figure f : chosen) {
            if (f.kind() == FigureKind.KILLED) return false;
            if (f.kind() == FigureKind.INJURED) injured = f;
        }
        if (injured == null || injured.value() < 2) return false;
        for (Candidate c : all) {
            if (c.evidence().equals(injured.evidence())) return c.count() == Count.SHOT && !c.others() && !namedAlso(c);
        }
        return false;
    }

    private static final Pattern DISTINCT = Pattern.compile("\\b(?:another|others?|also|second|both|survived|surviving|and)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * True when the only injured figure is one person known from a single-victim phrase ("a boy was shot", "he was
     * wounded") with nothing marking a second person. When the article then only speaks of a death without a count
     * (the Fallback's "fatal shooting of a boy"), that person is the one who died, not an additional injured.
     */
    private static boolean loneHit(List<Figure> chosen, List<Candidate> all) {
        Figure injured = null;
        for (Figure f : chosen) if (f.kind() == FigureKind.INJURED) injured = f;
        if (injured == null || injured.value() != 1 || DISTINCT.matcher(injured.evidence().sentence()).find()) return false;
        for (Candidate c : all) {
            if (c.count() != Count.INJURED && c.count() != Count.SHOT) continue;
            if (c.mention().quantity().value() > 1 || c.others()) return false;
            if (!c.mention().singular() && !c.mention().hedged() && c.count() == Count.INJURED) return false;
        }
        return true;
    }

    private static final Pattern SECOND_VICTIM = Pattern.compile("^(?:another|an?\\s+(?:second|third|fourth|fifth|sixth))\\b"
            + "|\\balso\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SURVIVED = Pattern.compile("^[^.;]{0,80}?\\b(?:survived|expected\\s+to\\s+(?:recover|survive)"
            + "|is\\s+recovering|non[\\s-]*life[\\s-]*threatening|not\\s+life[\\s-]*threatening)", Pattern.CASE_INSENSITIVE);

    /**
     * True when one single victim hit is marked as a person besides the dead ("her boyfriend was also shot", "a fourth
     * man suffered a gunshot wound", "... was shot but survived"): "people shot minus the killed" must not swallow them.
     */
    private static boolean distinctSurvivor(List<Candidate> all) {
        for (Candidate c : all) {
            if (c.count() != Count.SHOT || c.mention().quantity().value() != 1 || c.mention().suspect()) continue;
            String s = c.evidence().sentence();
            int from = c.mention().start();
            int to = Math.min(s.length(), c.mention().end());
            if (from < 0 || from > to) continue;
            if (SECOND_VICTIM.matcher(s).region(from, to).find() || SURVIVED.matcher(s).region(to, s.length()).find()) return true;
            if (c.mention().hedged() || !c.mention().singular()) continue;
            boolean apart = false;
            boolean inside = false;
            for (Candidate k : all) {
                if (k.count() != Count.KILLED || k.sentence() != c.sentence()) continue;
                int a = Math.max(0, k.mention().start());
                int b = Math.min(s.length(), k.mention().end());
                if (a < to && b > from) inside = true;
                if (k.mention().hedged() || a >= b || VERB_FIRST.matcher(s).region(a, b).lookingAt()) continue;
                if (a >= to && COORDINATED.matcher(s).region(to, a).matches()
                        || b <= from && COORDINATED.matcher(s).region(b, from).matches()) apart = true;
            }
            if (apart && !inside) return true;
        }
        return false;
    }

    /** Between two clauses with their own subjects: "A man was killed[ and his ]son was shot", "Woman shot[, ]baby killed". */
    private static final Pattern COORDINATED = Pattern.compile("\\s*[,;]?\\s*(?:(?:and|while|but)\\s+)?(?:(?:his|her|their|a|an|the)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** A killed mention that opens with its verb ("killed another teen") has the shooter, not a second victim, as subject. */
    private static final Pattern VERB_FIRST = Pattern.compile("[\\s,;]*(?:and\\s+)?(?:fatally\\s+)?(?:kill|killed|kills|killing|shot|shoots"
            + "|shooting|murder(?:ed|s|ing)?|claim(?:ed|s|ing)?|left|leaving|leaves)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PERPETRATOR = Pattern.compile("\\b(?:gunman|gunmen|shooter|suspects?|attacker|assailant|robber"
            + "|perpetrator|himself|herself|self-inflicted)\\b|\\bby\\s+(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+)?(?:police|officers?|deput(?:y|ies)"
            + "|troopers?|agents?|cops?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * True when the people shot may include the perpetrator ("the gunman was shot", "a man was shot by police"): only then
     * does the perpetrator's own death come off the count of people shot ("Officer shot, suspect killed": one injured).
     */
    private static final Pattern VICTIMS_WORD = Pattern.compile("\\bvictims\\b", Pattern.CASE_INSENSITIVE);

    private static boolean aboutPerpetrator(Candidate shot) {
        String s = shot.evidence().sentence();
        int from = Math.max(0, shot.mention().start());
        int to = Math.min(s.length(), Math.max(from, shot.mention().end()) + 40);
        if (from < s.length() && VICTIMS_WORD.matcher(s).region(from, Math.min(s.length(), Math.max(from, shot.mention().end()))).find()) {
            return false; // "three victims were found with gunshot wounds, and the gunman shot himself": victims are not him
        }
        Matcher p = PERPETRATOR.matcher(s).region(from, to);
        if (!p.find()) return false;
        // "Man shoots 2 women, girl before turning gun on himself": the people a verb's object list names are not its subject
        return !(SELF.matcher(p.group()).matches() && p.start() >= shot.mention().end() && HIT_OBJECT.matcher(s).region(from, to).lookingAt())
                || p.find();
    }

    private static final Pattern SELF = Pattern.compile("himself|herself", Pattern.CASE_INSENSITIVE);
    /** A mention that starts at an active hitting verb: its people are the verb's objects. */
    private static final Pattern HIT_OBJECT = Pattern.compile("(?:shoots|shot|shooting|wounds|wounding|wounded|injures|injuring|injured)\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern KILLER_LISTED = Pattern.compile("\\b(?:himself|herself|self)$", Pattern.CASE_INSENSITIVE);

    /** "shoots 4 relatives, killing 2, then himself": the killed count names the killer, who is not among the people shot. */
    private static boolean listsKiller(Candidate c) {
        String s = c.evidence().sentence();
        int from = Math.max(0, c.mention().start());
        int to = Math.min(s.length(), c.mention().end());
        return c.mention().quantity().value() >= 2 && from < to && KILLER_LISTED.matcher(s.substring(from, to)).find();
    }

    /**
     * True when a firm count of victims killed sits in sentence {@code sentence}: a count of people shot stated beside it
     * ("leaving one dead and 11 others shot") is the whole tally, whichever sentence gave the article's main death count.
     */
    private static boolean deathIn(List<Candidate> all, int sentence) {
        for (Candidate c : all) {
            if (c.count() == Count.KILLED && c.sentence() == sentence && !c.mention().suspect() && !c.mention().hedged()) return true;
        }
        return false;
    }

    /**
     * "All seven were taken to the hospital, one in critical condition", "Four people were shot and two were seriously
     * injured": an injured count after the shot one in its sentence is a part of them; the wounded are the people shot
     * less the dead (when a death is reported elsewhere).
     */
    private static boolean subsetOfShot(Candidate shot, Candidate injured, int dead) {
        return shot != null && injured != null && !shot.mention().hedged() && shot.sentence() == injured.sentence()
                && !injured.others() && shot.mention().quantity().value() - (shot.others() ? 0 : dead) > injured.mention().quantity().value()
                && injured.mention().start() > shot.mention().start()
                && injured.mention().quantity().value() < shot.mention().quantity().value();
    }

    /** "leaving several people injured ... four victims were struck": a stated number of people hit beats a vague one. */
    private static boolean shotOverVague(Candidate shot, Candidate injured, int dead) {
        return shot != null && injured != null && !shot.mention().hedged() && injured.mention().quantity().vague()
                && !shot.mention().quantity().vague()
                && shot.mention().quantity().value() - (shot.others() ? 0 : dead) > injured.mention().quantity().value();
    }

    /** A number in a mention: "three", "12" (not an age: "12-year-old"). */
    private static final Pattern STATED_NUMBER = Pattern.compile("\\b(?:\\d+(?![\\s-]*(?:years?|months?|weeks?|days?)[\\s-]*old)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|dozens?|both)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Man, teen critically injured" (2) against "a man ... shot three people": the people a list names without a number
     * are those the sentence cares about (the critically hurt, the children), so a firm larger number of people shot is
     * the tally.
     */
    private static boolean shotOverList(Candidate shot, Candidate injured, int dead) {
        if (shot == null || injured == null || shot.mention().hedged() || shot.mention().quantity().vague()
                || shot.mention().suspect() || injured.mention().name() != null) return false;
        int listed = injured.mention().quantity().value();
        if (listed < 2 || shot.mention().quantity().value() - (shot.others() ? 0 : dead) <= listed) return false;
        String s = injured.evidence().sentence();
        int from = Math.max(0, injured.mention().start());
        int to = Math.min(s.length(), injured.mention().end());
        return from < to && !STATED_NUMBER.matcher(s).region(from, to).find();
    }

    /**
     * "Five people were shot, including one who suffered critical injuries", "Five of the victims are being treated": with
     * no death reported, a firm larger count of people shot, stated first, is the whole and the injured count a part of it
     * (a larger count stated later is more often a first report corrected or a round-up's).
     */
    private static boolean shotOverSubset(Candidate shot, Candidate injured) {
        return shot != null && injured != null && !shot.mention().hedged() && !shot.mention().quantity().vague()
                && !shot.mention().suspect() && shot.mention().quantity().value() > injured.mention().quantity().value()
                && (shot.sentence() < injured.sentence() || shot.sentence() == injured.sentence()
                    && shot.mention().start() < injured.mention().start());
    }

    /**
     * "3 killed, 2 wounded in shooting at apartment" over a body's "20 people injured": a headline that states the
     * tally (a firm count of dead and a firm count of wounded) is the article's summary of its own incident, and a
     * larger injured count further down is more often another incident recalled than an update.
     */
    private static Candidate headlineTally(List<Candidate> all, Candidate injured, int titleEnd) {
        if (injured == null || injured.evidence().start() < titleEnd) return null;
        Candidate title = null;
        boolean titleDead = false;
        for (Candidate c : all) {
            if (c.evidence().start() >= titleEnd) continue;
            var m = c.mention();
            if (m.hedged() || m.quantity().vague() || m.suspect() || m.name() != null || m.quantity().qualifier() != Qualifier.EXACT) continue;
            if (c.count() == Count.KILLED && m.quantity().value() > 0) titleDead = true;
            if (c.count() == Count.INJURED && m.quantity().value() > 0 && m.quantity().value() < injured.mention().quantity().value()
                    && (title == null || m.quantity().value() > title.mention().quantity().value())) title = c;
        }
        return titleDead ? title : null;
    }

    /**
     * "Four people shot outside night club; 1 dead" over a body's "four victims were taken to hospitals": a headline with
     * a firm count of people shot and a firm count of dead states the wounded as their difference, and a larger injured
     * figure from the body yields to it (as {@link #headlineTally}).
     */
    private static void headlineShot(List<Figure> out, List<Candidate> all, int titleEnd) {
        int at = -1;
        for (int i = 0; i < out.size(); i++) if (out.get(i).kind() == FigureKind.INJURED) at = i;
        if (at < 0 || out.get(at).evidence().start() < titleEnd) return;
        Candidate shot = null;
        int dead = 0;
        for (Candidate c : all) {
            if (c.evidence().start() >= titleEnd) continue;
            var m = c.mention();
            if (m.hedged() || m.quantity().vague() || m.suspect() || m.name() != null || m.quantity().qualifier() != Qualifier.EXACT) continue;
            if (c.count() == Count.KILLED) dead = Math.max(dead, m.quantity().value());
            if (c.count() == Count.SHOT && !c.others() && statesNumber(c) && (shot == null || m.quantity().value() > shot.mention().quantity().value())) shot = c;
        }
        if (shot == null || dead == 0 || shot.mention().quantity().value() <= dead) return;
        int left = shot.mention().quantity().value() - dead;
        if (out.get(at).value() <= left) return;
        Figure f = figure(FigureKind.INJURED, shot);
        out.set(at, new Figure(FigureKind.INJURED, left, null, f.qualifier(), f.reportedBy(), null, f.evidence(), f.confidence() * 0.7));
    }

    private static final Pattern MULTIPLIER = Pattern.compile("\\b(?:double|triple|quadruple|quintuple)\\b", Pattern.CASE_INSENSITIVE);

    /** True when the mention's own words state its number ("Four people shot", "quadruple shooting"). */
    private static boolean statesNumber(Candidate c) {
        String s = c.evidence().sentence();
        int from = Math.max(0, c.mention().start());
        int to = Math.min(s.length(), c.mention().end());
        return from < to && (STATED_NUMBER.matcher(s).region(from, to).find() || MULTIPLIER.matcher(s).region(from, to).find());
    }

    /** Every scoped candidate in text order (for tests and for callers that want them all). */
    List<Candidate> candidates(Doc doc, List<Place> places) {
        return candidates(doc, places, new java.util.BitSet());
    }

    /** As {@link #candidates(Doc, List)}, also setting in {@code outOfScope} the index of every dropped sentence. */
    List<Candidate> candidates(Doc doc, List<Place> places, java.util.BitSet outOfScope) {
        List<Sentence> sentences = doc.sentences();
        int titleEnd = doc.article().title().length();
        int leadEnd = 0;
        int body = 0;
        for (Sentence s : sentences) {
            leadEnd = s.index() + 1;
            if (s.start() >= titleEnd && ++body >= LEAD_SENTENCES) break;
        }
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < leadEnd && i < sentences.size(); i++) lead.append(sentences.get(i).text()).append(' ');
        Scope scope = new Scope(lead.toString(), places == null ? List.of() : places, doc.article().published());
        List<Candidate> out = new ArrayList<>();
        Scope.Verdict previous = Scope.Verdict.IN;
        String lastSpeaker = null;
        for (Sentence s : sentences) {
            String text = s.text();
            List<Mention> found = Mentions.find(text);
            String speaker = null;
            if (!found.isEmpty() || text.contains("said") || text.contains("according")) {
                speaker = Attribution.speaker(text);
                if ("PRONOUN".equals(speaker)) speaker = lastSpeaker;
            }
            boolean inLead = s.index() < leadEnd;
            Scope.Verdict verdict = found.isEmpty() ? Scope.Verdict.IN : scope.judge(text, inLead, previous);
            if (!found.isEmpty()) previous = verdict;
            if (speaker != null) lastSpeaker = speaker;
            if (verdict != Scope.Verdict.IN) {
                outOfScope.set(s.index());
                continue;
            }
            for (Mention m : found) {
                if (activeVoice(text, m) || otherScene(text, m)) continue;
                Evidence ev = doc.evidence(s.start() + m.start(), s.start() + m.end());
                boolean others = OTHERS.matcher(text).region(m.start(), m.end()).find()
                        || alsoHit(text, m);
                out.add(new Candidate(m.count(), m, s.index(), inLead, speaker, ev, others));
            }
        }
        return out;
    }

    /**
     * A clause about what happened before at or near the scene: "just a block away from where five people were wounded in
     * a December shooting", "at the same address where three people were shot", "in two other cases where teens were
     * injured". The count in it is another incident's (it is read only up to 80 characters before the mention).
     */
    private static final Pattern OTHER_SCENE = Pattern.compile("\\b(?:same\\s+(?:[\\w'’-]+\\s+){0,3}?(?:block|address|street|road"
            + "|avenue|corner|spot|location|area|intersection|house|home|apartment|building|complex|place|site|park|neighbou?rhood"
            + "|bar|club|store|school|parking\\s+lot)|(?:blocks?|miles?|feet|yards|doors?|steps)\\s+away\\s+from"
            + "|other\\s+(?:cases|incidents|shootings|attacks))\\s+(?:where|in\\s+which)\\s+(?:[\\w-]+\\s+){0,2}?$",
            Pattern.CASE_INSENSITIVE);

    private static boolean otherScene(String text, Mention m) {
        int end = m.start();
        if (end <= 0 || end > text.length()) return false;
        return OTHER_SCENE.matcher(text).region(Math.max(0, end - 80), end).find();
    }

    /** "a man shot and killed his wife": the subject is the shooter, not a victim. */
    private static boolean activeVoice(String text, Mention m) {
        String span = text.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        if (span.contains(" was ") || span.contains(" were ") || span.contains(" been ") || span.contains(" is ")
                || span.contains(" are ")) return false;
        if (!(span.endsWith("killed") || span.endsWith("shot") || span.endsWith("wounded") || span.endsWith("injured")
                || span.endsWith("murdered") || span.endsWith("hit") || span.endsWith("struck"))) return false;
        if (m.quantity().value() > 1 && !m.suspect() && SELF_OBJECT.matcher(text).region(m.end(), text.length()).lookingAt()) return true;
        return ACTIVE_OBJECT.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * "four victims, among them a child, and the shooter fatally shot himself": a count of several whose verb's object is
     * "himself" is no subject of that verb (one person shot himself), so the span joined two clauses.
     */
    private static final Pattern SELF_OBJECT = Pattern.compile("\\s+(?:himself|herself)\\b", Pattern.CASE_INSENSITIVE);

    private static List<Figure> choose(List<Candidate> all, int titleEnd) {
        Map<Count, List<Candidate>> by = new EnumMap<>(Count.class);
        for (Candidate c : all) by.computeIfAbsent(c.count(), k -> new ArrayList<>()).add(c);
        List<Figure> out = new ArrayList<>();
        Candidate victimsKilled = best(by.getOrDefault(Count.KILLED, List.of()), false);
        Candidate suspectKilled = best(by.getOrDefault(Count.KILLED, List.of()), true);
        Figure killed = null;
        victimsKilled = atLeastNamed(victimsKilled, all, Count.KILLED);
        boolean murderSuicide = all.stream().anyMatch(c -> c.count() == Count.KILLED && c.mention().suspect()
                && c.mention().quantity().value() == 2);
        if (victimsKilled != null && murderSuicide && victimsKilled.mention().quantity().value() == 1) {
            Figure one = figure(FigureKind.KILLED, victimsKilled);
            killed = new Figure(FigureKind.KILLED, 2, null, one.qualifier(), one.reportedBy(), null, one.evidence(),
                    one.confidence());
        } else if (victimsKilled != null) {
            killed = figure(FigureKind.KILLED, victimsKilled);
        } else if (suspectKilled != null) {
            killed = figure(FigureKind.KILLED, suspectKilled);
        }
        if (killed != null) out.add(killed);
        Candidate injured = best(by.getOrDefault(Count.INJURED, List.of()), null);
        Candidate unnamedInjured = injured;
        Candidate shot = atLeastNamed(best(by.getOrDefault(Count.SHOT, List.of()), null), all, Count.SHOT);
        injured = atLeastNamed(injured, all, Count.INJURED);
        Candidate headline = headlineTally(all, injured, titleEnd);
        if (headline != null) injured = headline;
        int dead = killed == null ? 0 : killed.value() - (victimsKilled != null && killed.value() == victimsKilled.mention().quantity().value()
                && listsKiller(victimsKilled) ? 1 : 0);
        if (victimsKilled == null && shot != null && !aboutPerpetrator(shot)) dead = 0;
        boolean shotExceeds = shot != null && injured != null && !shot.mention().hedged() && victimsKilled != null
                && deathIn(all, shot.sentence())
                && shot.mention().quantity().value() - (shot.others() ? 0 : dead) > injured.mention().quantity().value();
        boolean shotOverSingle = shot != null && injured != null && !shot.mention().hedged() && injured.mention().singular()
                && injured.mention().quantity().value() == 1 && shot.mention().quantity().value() - (shot.others() ? 0 : dead) > 1
                || subsetOfShot(shot, injured, dead) || shotOverVague(shot, injured, dead) || shotOverList(shot, injured, dead)
                || killed == null && shotOverSubset(shot, injured);
        if (injured != null && !shotExceeds && !shotOverSingle && (shot == null || injured.mention().quantity().value() > 0
                || shot.mention().quantity().value() == 0)) {
            Figure f = figure(FigureKind.INJURED, injured);
            if (unnamedInjured == null && namedBesideOneDeath(injured, killed, victimsKilled)) {
                f = new Figure(f.kind(), f.value(), f.upper(), f.qualifier(), f.reportedBy(), f.asOf(), f.evidence(), f.confidence() * 0.7);
            }
            out.add(f);
        } else if (shot != null) {
            Figure f = figure(FigureKind.INJURED, shot);
            int left = shot.others() ? f.value() : Math.max(0, f.value() - dead);
            if (left == 0 && dead > 0 && distinctSurvivor(all)) left = 1;
            out.add(new Figure(FigureKind.INJURED, left, null, left == 0 ? Qualifier.EXACT : f.qualifier(), f.reportedBy(),
                    null, f.evidence(), f.confidence() * 0.7));
        }
        headlineShot(out, all, titleEnd);
        for (Count c : List.of(Count.MISSING, Count.TRAPPED, Count.EVACUATED, Count.ARRESTED)) {
            Candidate b = best(by.getOrDefault(c, List.of()), null);
            if (b != null) out.add(figure(FigureKind.valueOf(c.name()), b));
        }
        return out;
    }

    /**
     * "Teen fatally shot in head" and "Ray was wounded in the head": with one victim dead (unnamed) and one person hurt
     * known only by name, nothing marking a second person ({@link #DISTINCT}, {@link #SURVIVED}), the name is as often the
     * dead victim's as a survivor's, so the hurt figure is weak evidence (confidence lowered below the reconciler's
     * single-victim bar).
     */
    private static boolean namedBesideOneDeath(Candidate injured, Figure killed, Candidate victimsKilled) {
        if (killed == null || killed.value() != 1 || victimsKilled == null || injured.mention().quantity().value() != 1) return false;
        String s = injured.evidence().sentence();
        int to = Math.min(s.length(), Math.max(0, injured.mention().end()));
        return !DISTINCT.matcher(s).find() && !SURVIVED.matcher(s).region(to, s.length()).find()
                && !CONDITION.matcher(s).find();
    }

    private static final Pattern CONDITION = Pattern.compile("\\b(?:condition|recover\\w*|released|stable|treated|hospitali[sz]ed)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Named victims ("Smith died", "Jones was wounded") are counted once each across the article; when there
     * are more distinct names than the best number, the names win ("Ann Lee died ... Bo Lee died": 2).
     */
    private static Candidate atLeastNamed(Candidate best, List<Candidate> all, Count count) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.Set<String> dead = new java.util.HashSet<>();
        if (count != Count.KILLED) {
            for (Candidate c : all) if (c.count() == Count.KILLED && c.mention().name() != null) dead.add(c.mention().name());
        }
        Candidate first = null;
        for (Candidate c : all) {
            if (c.count() != count || c.mention().name() == null) continue;
            String n = c.mention().name();
            if (dead.stream().anyMatch(d -> sameName(d, n))) continue;
            boolean dup = false;
            for (String known : new ArrayList<>(names)) {
                if (sameName(known, n)) {
                    dup = true;
                    if (n.length() > known.length()) {
                        names.remove(known);
                        names.add(n);
                    }
                }
            }
            if (!dup) names.add(n);
            if (first == null) first = c;
        }
        if (first == null || (best != null && best.mention().quantity().value() >= names.size())) return best;
        Mention m = first.mention();
        Mention sum = new Mention(m.count(), new Quantities.Quantity(names.size(), null, Qualifier.EXACT, false),
                m.start(), m.end(), false, false, true, null);
        return new Candidate(count, sum, first.sentence(), first.inLead(), first.reportedBy(), first.evidence(),
                count != Count.KILLED && namedAlso(first));
    }

    private static final Pattern ORDINAL = Pattern.compile("\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|\\d{1,2}(?:st|nd|rd|th))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "A 15-year-old and a 69-year-old in the vehicle were also hit": people hit besides the dead, so the dead do not come
     * off them. Not an ordinal victim ("a fourth person was also shot" means four hit in all).
     */
    private static boolean alsoHit(String text, Mention m) {
        if (m.count() != Count.SHOT || m.quantity().value() < 2 || m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) {
            return false;
        }
        return ALSO.matcher(text).region(m.start(), m.end()).find() && !ORDINAL.matcher(text).region(m.start(), m.end()).find();
    }

    /** "Bo Ray and Al Lee were also shot": people hit besides the dead counted elsewhere. */
    private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);

    private static boolean namedAlso(Candidate c) {
        String s = c.evidence().sentence();
        Mention m = c.mention();
        return m.name() != null && m.start() >= 0 && m.start() <= m.end() && m.end() <= s.length()
                && ALSO.matcher(s).region(m.start(), m.end()).find();
    }

    /** "Ann Lee", "Lee" and "Ann" name one person. */
    private static boolean sameName(String a, String b) {
        return a.equals(b) || spelledApart(a, b) || a.endsWith(" " + b) || b.endsWith(" " + a) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    /** "Reshowna Hawkins" and "Reshawna Hawkins": one surname, first names one letter apart (a misspelling). */
    private static boolean spelledApart(String a, String b) {
        int i = a.lastIndexOf(' ');
        int j = b.lastIndexOf(' ');
        if (i < 0 || j < 0 || !a.substring(i).equals(b.substring(j))) return false;
        String x = a.substring(0, i);
        String y = b.substring(0, j);
        if (x.length() != y.length() || x.length() < 4) return false;
        int diff = 0;
        for (int k = 0; k < x.length(); k++) if (x.charAt(k) != y.charAt(k) && ++diff > 1) return false;
        return true;
    }

    /** The main candidate among {@code list}: see the class comment. {@code suspect} filters when non-null. */
    static Candidate best(List<Candidate> list, Boolean suspect) {
        List<Candidate> pool = new ArrayList<>();
        for (Candidate c : list) {
            if (c.mention().name() == null && (suspect == null || c.mention().suspect() == suspect)) pool.add(c);
        }
        if (pool.isEmpty()) return null;
        boolean anyFirm = pool.stream().anyMatch(c -> !c.mention().hedged());
        if (anyFirm) pool.removeIf(c -> c.mention().hedged());
        return pool.stream().max(Comparator.<Candidate>comparingInt(c -> c.mention().quantity().value())
                .thenComparingInt(c -> qualifierRank(c.mention().quantity().qualifier()))
                .thenComparingInt(c -> -c.sentence())).orElseThrow();
    }

    private static int qualifierRank(Qualifier q) {
        return switch (q) {
            case AT_LEAST -> 5;
            case MORE_THAN -> 4;
            case EXACT -> 3;
            case RANGE -> 2;
            case ABOUT -> 1;
            case UP_TO -> 0;
        };
    }

    private static Figure figure(FigureKind kind, Candidate c) {
        var q = c.mention().quantity();
        double conf = q.vague() ? 0.5 : 0.85;
        if (c.mention().hedged()) conf *= 0.6;
        if (c.mention().singular()) conf *= 0.9;
        if (c.inLead()) conf = Math.min(0.95, conf + 0.05);
        if (c.reportedBy() != null) conf = Math.min(0.97, conf + 0.03);
        return new Figure(kind, q.value(), q.upper(), q.qualifier(), c.reportedBy(), null, c.evidence(), conf);
    }
}
