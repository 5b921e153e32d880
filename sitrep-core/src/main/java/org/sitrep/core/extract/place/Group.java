package org.sitrep.core.extract.place;

/** The mentions of one resolved entity and its role score. */
final class Group {
    final int entry;
    Mention first;
    Mention strongest;
    double strongestScore = Double.NEGATIVE_INFINITY;
    double score;
    double roleScore;
    double marginSum;
    int count;
    boolean title;
    boolean institution;
    boolean early;
    boolean anchored;
    boolean inText; // named outside the outlet's name
    boolean plain; // named at least once not merely as a point of reference ("suburban X")
    final java.util.List<Mention> mentions = new java.util.ArrayList<>(2);

    Group(int entry) {
        this.entry = entry;
    }

    /**
     * Adds a mention; the lead is the title's sentences and the first two of the story, which begins at sentence
     * {@code storyStart}, after the body's first sentence {@code firstBody} and any page furniture between them.
     */
    void add(Mention m, double margin, int firstBody, int storyStart, boolean capital) {
        if (first == null) first = m;
        mentions.add(m);
        if (!m.has(Mention.OUTLET)) inText = true;
        double s = count == 0 ? 1.0 : count < 5 ? 0.4 : 0.1;
        if (m.has(Mention.RELATIVE)) {
            score += s - 2.0; // "suburban Denver", "outside Denver": the event is elsewhere
            marginSum += Math.min(margin, 4.0);
            count++;
            if (strongest == null) strongest = m;
            return;
        }
        plain = true;
        if (m.has(Mention.TITLE) && !title) {
            s += 3.0;
            title = true;
        }
        if (m.has(Mention.DATELINE)) s += 2.0;
        boolean isEarly = lead(m.sentence(), firstBody, storyStart);
        if (m.has(Mention.LOCATIVE)) s += isEarly ? 2.0 : 0.6;
        if (m.has(Mention.INSTITUTION) && !institution) {
            s += 1.2;
            institution = true;
        }
        if (m.has(Mention.QUALIFIED)) s += 0.8;
        if (m.has(Mention.QUALIFIED) || m.has(Mention.DATELINE)) anchored = true;
        if (isEarly && !early) {
            s += 0.8;
            early = true;
        }
        if (m.has(Mention.NEIGHBORHOOD)) s -= 2.5;
        if (m.has(Mention.OUTLET)) s -= 0.8;
        if (capital && (m.has(Mention.SPEECH) || m.has(Mention.POSSESSIVE))) s -= 3.0;
        if (m.has(Mention.EMBEDDED) && !m.has(Mention.TITLE) && !m.has(Mention.INSTITUTION)) s -= 0.3;
        score += s;
        marginSum += Math.min(margin, 4.0);
        count++;
        if (s > strongestScore) {
            strongestScore = s;
            strongest = m;
        }
    }

    /** True for a sentence of the lead: the title's, or the story's first two (see {@link #add(Mention, double, int, int, boolean)}). */
    static boolean lead(int sentence, int firstBody, int storyStart) {
        return sentence >= 0 && (sentence < firstBody || sentence >= storyStart && sentence <= storyStart + 1);
    }

    /** How sure the reading is: the average score margin over the runner-up reading, squashed. */
    double certainty() {
        double mean = marginSum / Math.max(1, count);
        return 1.0 - 0.5 * Math.exp(-mean);
    }
}
