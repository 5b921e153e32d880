package org.sitrep.core.cluster;

import java.util.Locale;
import org.sitrep.core.internal.Tokens;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;

/**
 * What the clusterer keeps of one article: its TF-IDF vectors (full text, title + lead, entities), its day
 * (incident date when extracted, else publication date; {@link Integer#MIN_VALUE} when undated) and the
 * extracted place, event type and casualty figures (null or -1 when unknown); {@code factDated} says the day is
 * the extracted incident date rather than the publication date; {@code names} are the ids of its rare multi-word
 * entities (see {@link Terms#rareNames}) and {@code pubDay} the publication day ({@link #UNDATED} when unknown);
 * {@code year} is the latest year written in the text ({@link #latestYear}, 0 when none) and {@code leadNames} the
 * ids of the multi-word entities of the title and lead (who and where the story is about), for the features that
 * tell apart similar undated events ({@link LinkModel}); {@code streets} are the article's street keys
 * ({@link Streets#keys}: the streets, blocks and routes it names, first mentions first); {@code protagonists} are the
 * ids of the single-word entities it writes most often, most often first (see {@link Terms#entities(String, boolean,
 * int[])}); {@code lat} and {@code lon} are the extracted place's coordinates ({@link Double#NaN} when there is no
 * place or it was not resolved); {@code event} is what the title and lead say about the event's weekday and figures
 * ({@link LeadEvent}); {@code followUp} says the title reports a step of the legal process ({@link
 * #followUp(String)}: an arrest, a charge, a plea, a trial, a sentence), the kind of story that comes weeks or months
 * after the shooting it is about; {@code leadFinals} are the ids of the single words that end a multi-word name of the
 * title and lead ({@link Terms#lastRunFinals}: "Bush" of "Reggie Bush"), sorted, which tell a protagonist named in
 * full (a person, a team) from a lone place or product name ({@link IncidentSplitter}); {@code thin} says the body
 * says nothing of its own (boilerplate, or {@link #thin(String, String)}): the URL's headline slug stands in for it
 * ({@link UrlSlug}), and such an article may join an incident but never bridges two ({@link StandardClusterer}).
 */
record ArticleRep(String id, Terms.Vec full, Terms.Vec head, Terms.Vec title, Terms.Vec ents, int day, String place,
                  String eventType, int killed, int injured, boolean titleOnly, boolean factDated,
                  int[] names, int pubDay, int year, int[] leadNames, int[] streets, int[] protagonists,
                  double lat, double lon, LeadEvent event, boolean followUp, int[] leadFinals, boolean thin) {
    static final int UNDATED = Integer.MIN_VALUE;
    /** Characters of body text read with the title as the article's lead. */
    static final int LEAD_CHARS = 400;
    /** A multi-word name seen in at most this many documents counts as rare (a person, a street, a venue). */
    static final int RARE_NAME_DOCS = 8;
    /** Single-word entities written most often kept as {@link #protagonists}. */
    static final int PROTAGONISTS = 3;

    /** A body shorter than this (or the title again) says nothing of its own: the article is {@link #thin}. */
    static final int THIN_CHARS = 200;

    private static final Tokens NO_WORDS = new Tokens("");

    boolean dated() {
        return day != UNDATED;
    }

    /**
     * Builds the representation; a boilerplate article is represented by its title alone, and a {@link #thin} one (a
     * boilerplate page, a body that says nothing) by its title, what body it has and its URL's headline slug
     * ({@link UrlSlug}).
     */
    static ArticleRep of(ClusterInput in, Terms terms, boolean titleOnly) {
        var a = in.article();
        String title = a.title();
        boolean thin = titleOnly || thin(a.title(), a.text());
        // a thin article's URL slug stands in for the body it lacks (its headline, often with the town)
        String slug = thin ? UrlSlug.words(a.canonicalUrl() != null ? a.canonicalUrl() : a.url()) : "";
        // the body's word table is the one dedup built for this text (Tokens.of keeps it), when it ran just before
        Tokens bodyWords = !slug.isEmpty() ? new Tokens(titleOnly ? slug : a.text() + "\n" + slug)
                : titleOnly ? NO_WORDS : Tokens.of(a.text());
        Terms.Content content = titleOnly && slug.isEmpty() ? Terms.Content.NONE : terms.content(bodyWords, true);
        String body = content.text();
        String lead = body.length() <= LEAD_CHARS ? body : body.substring(0, LEAD_CHARS);
        String all = title + "\n" + body;
        String titleAndLead = title + "\n" + lead;
        // words(all, true), words(titleAndLead, false) and words(title, false), each word looked up once
        Terms.Vec[] vecs = terms.textVectors(new Tokens(title), bodyWords, content, LEAD_CHARS);
        Terms.Vec full = vecs[0];
        Terms.Vec head = vecs[1];
        Terms.Vec titleVec = vecs[2];
        int[] protagonists = new int[PROTAGONISTS];
        Terms.Vec ents = terms.entities(all, true, protagonists);
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
        double lat = Double.NaN;
        double lon = Double.NaN;
        String type = null;
        int killed = -1;
        int injured = -1;
        if (facts != null) {
            var p = facts.incidentPlace().orElse(null);
            if (p != null) {
                place = p.name().toLowerCase(Locale.ROOT);
                if (p.lat() != null && p.lon() != null) {
                    lat = p.lat();
                    lon = p.lon();
                }
            }
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
        int year = factDated ? facts.incidentDate().date().getYear() : latestYear(all);
        int[] leadNames = multiword(terms, terms.entities(titleAndLead, false));
        int[] leadFinals = terms.lastRunFinals();
        return new ArticleRep(a.id(), full, head, titleVec, ents, day, place, type, killed, injured, titleOnly, factDated,
                terms.rareNames(ents, RARE_NAME_DOCS), a.published() == null ? UNDATED : (int) a.published().toEpochDay(),
                year, leadNames, Streets.keys(all), trimmed(protagonists), lat, lon,
                LeadEvent.of(titleAndLead), followUp(title), leadFinals, thin);
    }

    /**
     * Whether a body says nothing of its own: shorter than {@link #THIN_CHARS} (a consent or error page, a teaser, a
     * language code) or the title again (a record with no text, whose title stands in for it).
     */
    static boolean thin(String title, String text) {
        String body = text == null ? "" : text.strip();
        return body.length() < THIN_CHARS || body.equals(title == null ? "" : title.strip());
    }

    /**
     * Word stems of the legal process after a shooting (arrest, charge, plea, trial, sentence), matched at the start of
     * a title's lower-cased words, and whole words ({@link #followUp(String)}; "plea" and "court" alone would also
     * match "Mount Pleasant" and "courthouse").
     */
    private static final String[] FOLLOW_UP_STEMS = {"sentenc", "plead", "guilty", "convict", "trial", "jury", "juror",
        "indict", "arraign", "verdict", "acquit", "prosecut", "charged", "arrest", "surrender", "extradit", "testif"};
    private static final java.util.Set<String> FOLLOW_UP_WORDS = java.util.Set.of("plea", "pleas", "pled", "judge",
        "court", "courtroom", "charges", "custody");

    /**
     * Whether {@code title} reports a step of the legal process: one of its words starts with a stem of
     * {@link #FOLLOW_UP_STEMS} or is one of {@link #FOLLOW_UP_WORDS} ("Man sentenced in ...", "Jury finds ...", "Two
     * charged in ...").
     */
    static boolean followUp(String title) {
        if (title == null) return false;
        int n = title.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(title.charAt(i))) i++;
            int j = i;
            while (j < n && Character.isLetter(title.charAt(j))) j++;
            if (j > i) {
                String w = title.substring(i, j).toLowerCase(Locale.ROOT);
                if (FOLLOW_UP_WORDS.contains(w)) return true;
                for (String stem : FOLLOW_UP_STEMS) if (w.startsWith(stem)) return true;
            }
            i = j;
        }
        return false;
    }

    /** Earliest and latest year read as a year by {@link #latestYear}. */
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2049;

    /**
     * The latest year written in {@code text}: a run of exactly four digits between {@link #MIN_YEAR} and
     * {@link #MAX_YEAR} (in a dateline, a date, a URL path); 0 when there is none. A news story names its own
     * year (or a later one, rarely) more often than not, and earlier years for background.
     */
    static int latestYear(String text) {
        int best = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(text.charAt(j))) j++;
            if (j - i == 4 && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (j == n || !Character.isLetter(text.charAt(j)))) {
                int y = (text.charAt(i) - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
                        + (text.charAt(i + 3) - '0');
                if (y >= MIN_YEAR && y <= MAX_YEAR) best = Math.max(best, y);
            }
            i = j;
        }
        return best;
    }

    private static int[] trimmed(int[] ids) {
        int n = 0;
        while (n < ids.length && ids[n] >= 0) n++;
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }

    private static int[] multiword(Terms terms, Terms.Vec v) {
        int[] out = new int[v.ids().length];
        int k = 0;
        for (int id : v.ids()) if (terms.isMultiword(id)) out[k++] = id;
        return java.util.Arrays.copyOf(out, k);
    }
}
