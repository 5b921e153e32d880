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
 * sentence) counts most, then the incident's place, a date or weekday, an event word, and the article's
 * weapons, targets, perpetrators and named people. Boilerplate and teasers (subscribe, click, copyright,
 * "read more", questions, captions without a verb) are penalised, and so are very short or very long
 * sentences; earlier sentences win ties (news puts the facts first). Only the first sentences of each
 * article are read, so the cost per incident stays small. Pure and thread-safe.
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
        Set<String> texts = new HashSet<>();
        for (Candidate c : all) { // first pass: one sentence per independent source
            if (out.size() == MAX) break;
            if (!groups.add(c.member().dedup().groupId())) continue;
            if (!texts.add(key(c))) continue;
            out.add(fact(c));
        }
        for (Candidate c : all) { // a single source still gets two sentences
            if (out.size() >= 2 || groups.size() > 1) break;
            if (!texts.add(key(c))) continue;
            out.add(fact(c));
        }
        return out;
    }

    private static String key(Candidate c) {
        return c.sentence().text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip();
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
            if (figureSentences.stream().anyMatch(fs -> !fs.isEmpty() && (fs.contains(t) || t.contains(fs)))) score += 4;
            else if (NUMBER.matcher(t).find() && EVENT.matcher(t).find()) score += 1;
            if (places.stream().anyMatch(lower::contains)) score += 2;
            if (DATE.matcher(t).find()) score += 1;
            if (EVENT.matcher(t).find()) score += 1;
            int hits = 0;
            for (String term : terms) if (!term.isEmpty() && lower.contains(term)) hits++;
            score += Math.min(3, hits);
            if (BOILERPLATE.matcher(t).find()) score -= 4;
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
