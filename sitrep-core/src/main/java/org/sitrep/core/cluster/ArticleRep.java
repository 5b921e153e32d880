package org.sitrep.core.cluster;

import java.util.Locale;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;

/**
 * What the clusterer keeps of one article: its TF-IDF vectors (full text, title + lead, entities), its day
 * (incident date when extracted, else publication date; {@link Integer#MIN_VALUE} when undated) and the
 * extracted place, event type and casualty figures (null or -1 when unknown); {@code factDated} says the day is
 * the extracted incident date rather than the publication date; {@code names} are the ids of its rare multi-word
 * entities (see {@link Terms#rareNames}) and {@code pubDay} the publication day ({@link #UNDATED} when unknown).
 */
record ArticleRep(String id, Terms.Vec full, Terms.Vec head, Terms.Vec title, Terms.Vec ents, int day, String place,
                  String eventType, int killed, int injured, boolean titleOnly, boolean factDated,
                  int[] names, int pubDay) {
    static final int UNDATED = Integer.MIN_VALUE;
    /** Characters of body text read with the title as the article's lead. */
    static final int LEAD_CHARS = 400;
    /** A multi-word name seen in at most this many documents counts as rare (a person, a street, a venue). */
    static final int RARE_NAME_DOCS = 8;

    boolean dated() {
        return day != UNDATED;
    }

    /** Builds the representation; a boilerplate article is represented by its title alone. */
    static ArticleRep of(ClusterInput in, Terms terms, boolean titleOnly) {
        var a = in.article();
        String title = a.title();
        String body = titleOnly ? "" : terms.content(a.text(), true);
        String lead = body.length() <= LEAD_CHARS ? body : body.substring(0, LEAD_CHARS);
        String all = title + "\n" + body;
        Terms.Vec full = terms.words(all, true);
        Terms.Vec head = terms.words(title + "\n" + lead, false);
        Terms.Vec titleVec = terms.words(title, false);
        Terms.Vec ents = terms.entities(all, true);
        int day = UNDATED;
        boolean factDated = false;
        var facts = in.facts();
        if (facts != null && facts.incidentDate() != null) {
            day = (int) facts.incidentDate().date().toEpochDay();
            factDated = true;
        } else if (a.published() != null) {
            day = (int) a.published().toEpochDay();
        }
        String place = null;
        String type = null;
        int killed = -1;
        int injured = -1;
        if (facts != null) {
            place = facts.incidentPlace().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null);
            for (Fact f : facts.facts()) {
                if (f.kind() == FactKind.EVENT_TYPE) {
                    type = f.value().toLowerCase(Locale.ROOT);
                    break;
                }
            }
            for (Figure f : facts.figures()) {
                if (f.kind() == FigureKind.KILLED) killed = Math.max(killed, f.value());
                if (f.kind() == FigureKind.INJURED) injured = Math.max(injured, f.value());
            }
        }
        return new ArticleRep(a.id(), full, head, titleVec, ents, day, place, type, killed, injured, titleOnly, factDated,
                terms.rareNames(ents, RARE_NAME_DOCS), a.published() == null ? UNDATED : (int) a.published().toEpochDay());
    }
}
