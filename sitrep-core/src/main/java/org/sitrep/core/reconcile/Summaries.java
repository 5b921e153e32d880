package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.internal.Sentences;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;

/**
 * Picks the two or three most informative sentences of an incident, each from a different independent
 * source where there are several, as SUMMARY facts citing their article and span.
 *
 * <p>A sentence scores by fact density: a casualty figure the extractor kept for this incident (its evidence
 * sentence) counts most (+6), then the incident's place, a date or weekday, an event word, and the article's
 * weapons, targets, perpetrators and named people. Boilerplate and teasers (subscribe, click, copyright,
 * "read more", questions, captions without a verb) are penalised, and so are very short or very long
 * sentences; earlier sentences win ties (news puts the facts first). Only the first sentences of each
 * article are read, so the cost per incident stays small. A single source gives two sentences, the second sharing
 * less than half its words with the first (not its copy or translation). Sentences about another incident (the
 * evidence of a REFERENCE fact, or naming another year or "last April") are penalised. Pure and thread-safe.
 */
final class Summaries {
    private static final int MAX = 3;
    private static final int SENTENCES_PER_ARTICLE = 12;
    private static final int CHARS_PER_ARTICLE = 4000;
    private static final Pattern DATE = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December|yesterday|today"
            + "|overnight|morning|afternoon|evening|night)\\b");
    private static final Pattern EVENT = Pattern.compile("\\b(?:strike|struck|attack\\w*|shooting|shot|killed|wounded|injured"
            + "|missile|rocket|bomb\\w*|explosion|blast|fire|gunman|shell\\w*|crash\\w*|died|dead)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?"
            + "|hundreds?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\b(?:subscribe|click|sign\\s+up|newsletter|copyright"
            + "|all\\s+rights\\s+reserved|read\\s+more|watch|video|photos?|gallery|advertisement|cookies|follow\\s+us"
            + "|download|app|related|share\\s+this|comments?|image\\s+\\d|caption|getty|reuters\\s+photo|©)\\b|[?]\\s*$");
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(?:last\\s+(?:year|month|January|February|March|April|May"
            + "|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)|years?\\s+ago"
            + "|earlier\\s+this\\s+year|previous(?:ly)?|in\\s+(?:19|20)\\d\\d)\\b");
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|said|says|\\w+ed)\\b");

    private Summaries() {
    }

    private record Candidate(Member member, Sentence sentence, int offset, double score) {
    }

    static List<Fact> pick(List<Member> members, Place place, IncidentDate date) {
        List<Candidate> all = new ArrayList<>();
        Set<String> seenArticles = new HashSet<>();
        for (Member m : members) {
            if (!seenArticles.add(m.article().id())) continue;
            all.addAll(candidates(m, place));
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> c.sentence().index()));
        List<Fact> out = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<Set<String>> picked = new ArrayList<>();
        for (Candidate c : all) { // first pass: one sentence per independent source
            if (out.size() == MAX) break;
            if (!groups.add(c.member().dedup().groupId())) continue;
            repeats(c, picked);
            out.add(fact(c));
        }
        for (Candidate c : all) { // a single source still gets two sentences
            if (out.size() >= 2 || groups.size() > 1) break;
            if (repeats(c, picked)) continue;
            out.add(fact(c));
        }
        return out;
    }

    /** True when the sentence shares half its words with one already picked (a copy or a translation); else records it. */
    private static boolean repeats(Candidate c, List<Set<String>> picked) {
        Set<String> words = new HashSet<>(List.of(c.sentence().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
        for (Set<String> p : picked) {
            long common = words.stream().filter(p::contains).count();
            if (common * 2 >= Math.min(words.size(), p.size())) return true;
        }
        picked.add(words);
        return false;
    }

    private static Fact fact(Candidate c) {
        Evidence e = new Evidence(c.member().article().id(), c.offset() + c.sentence().start(),
                c.offset() + c.sentence().end(), c.sentence().text());
        double confidence = Math.max(0.1, Math.min(0.9, 0.3 + c.score() / 20));
        return new Fact(FactKind.SUMMARY, c.sentence().text(), null, c.member().article().outlet(), e, confidence);
    }

    private static List<Candidate> candidates(Member m, Place place) {
        String full = m.article().fullText();
        int titleLen = m.article().title().isEmpty() ? 0 : m.article().title().length() + 2;
        String body = full.substring(Math.min(titleLen, full.length()), Math.min(full.length(), titleLen + CHARS_PER_ARTICLE));
        Set<String> figureSentences = new HashSet<>();
        Set<String> otherIncident = new HashSet<>();
        for (Fact f : m.facts().facts()) {
            if (f.kind() == FactKind.REFERENCE) otherIncident.add(f.evidence().sentence().strip());
        }
        for (Figure f : m.facts().figures()) figureSentences.add(f.evidence().sentence().strip());
        List<String> terms = new ArrayList<>();
        for (Fact f : m.facts().facts()) {
            switch (f.kind()) {
                case WEAPON, PERPETRATOR, PERSON -> terms.add(f.value().toLowerCase(Locale.ROOT));
                case TARGET -> terms.add(f.value().toLowerCase(Locale.ROOT).split(" ")[0]);
                default -> { }
            }
        }
        List<String> places = new ArrayList<>();
        if (place != null) {
            places.add(place.name().toLowerCase(Locale.ROOT));
        }
        m.facts().incidentPlace().ifPresent(p -> places.add(p.name().toLowerCase(Locale.ROOT)));
        List<Candidate> out = new ArrayList<>();
        List<Sentence> sentences = Sentences.split(body);
        for (Sentence s : sentences.subList(0, Math.min(SENTENCES_PER_ARTICLE, sentences.size()))) {
            String t = s.text();
            String lower = t.toLowerCase(Locale.ROOT);
            double score = 0;
            if (figureSentences.stream().anyMatch(fs -> !fs.isEmpty() && (fs.contains(t) || t.contains(fs)))) score += 6;
            else if (NUMBER.matcher(t).find() && EVENT.matcher(t).find()) score += 1;
            if (places.stream().anyMatch(lower::contains)) score += 2;
            if (DATE.matcher(t).find()) score += 1;
            if (EVENT.matcher(t).find()) score += 1;
            int hits = 0;
            for (String term : terms) if (!term.isEmpty() && lower.contains(term)) hits++;
            score += Math.min(2, hits);
            if (BOILERPLATE.matcher(t).find()) score -= 4;
            if (OTHER_TIME.matcher(t).find() || otherIncident.stream().anyMatch(o -> !o.isEmpty() && o.contains(t))) score -= 5;
            if (!VERB.matcher(t).find()) score -= 3;
            if (t.length() < 40) score -= 2;
            if (t.length() > 350) score -= 2;
            score -= 0.1 * s.index();
            if (score <= 0) continue;
            out.add(new Candidate(m, s, titleLen, score));
        }
        return out;
    }
}
