package org.sitrep.core.cluster;

import java.util.Locale;
import org.sitrep.core.internal.CalendarNames;
import org.sitrep.core.internal.Chars;
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
 * ({@link UrlSlug}), and such an article may join an incident but never bridges two ({@link StandardClusterer});
 * {@code roundUp} says the body tells several separate shootings ({@link RoundUp}), and such an article, like a thin
 * one, joins one incident but never bridges or remerges two;
 * {@code persons} are the keys of the victims and suspects the extractor named in full ({@link #personKeys}), sorted,
 * {@code leadPersons} those of them first named in the title or lead ({@link #leadPersonKeys}; both read from the facts
 * in one pass), and {@code rarePersons} those of the lead persons that at most
 * {@link #RARE_PERSON_INCIDENTS} incidents had named when the article arrived (set by the clusterer, {@link
 * #withRarePersons}; the feature {@code sharedPerson} of {@link LinkModel} reads them); {@code refDays} are the calendar
 * days the text names ("March 3", "Oct. 9, 2016"; {@link #refDays(String, int)}), on or before the publication day:
 * the day a later story (an arrest, a charge, a trial) says its shooting happened; {@code homonyms} are the
 * coordinates of the other towns of its country that bear its place's name ({@link Homonyms}: lat, lon, lat, lon, ...),
 * the other readings of a name the extractor may have resolved to the wrong town.
 */
record ArticleRep(String id, Terms.Vec full, Terms.Vec head, Terms.Vec title, Terms.Vec ents, int day, String place,
                  String eventType, int killed, int injured, boolean titleOnly, boolean factDated,
                  int[] names, int pubDay, int year, int[] leadNames, int[] streets, int[] protagonists,
                  double lat, double lon, LeadEvent event, boolean followUp, int[] leadFinals, boolean thin,
                  boolean roundUp, long[] persons, long[] leadPersons, long[] rarePersons, int[] refDays,
                  double[] homonyms) {
    static final int UNDATED = Integer.MIN_VALUE;
    /** Characters of body text read with the title as the article's lead. */
    static final int LEAD_CHARS = 400;
    /** A multi-word name seen in at most this many documents counts as rare (a person, a street, a venue). */
    static final int RARE_NAME_DOCS = 8;
    /** Single-word entities written most often kept as {@link #protagonists}. */
    static final int PROTAGONISTS = 3;

    /** A body shorter than this (or the title again) says nothing of its own: the article is {@link #thin}. */
    static final int THIN_CHARS = 200;

    /** A person named by members of more incidents than this is too common to tie an article to one of them. */
    static final int RARE_PERSON_INCIDENTS = 2;

    private static final Tokens NO_WORDS = new Tokens("");
    private static final long[] NO_KEYS = new long[0];
    private static final double[] NO_COORDS = new double[0];

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
        // (an article that is not thin has no slug: its table is that of its text, which the round-up check reads)
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
        // the title and lead are a prefix of all: their entities are read from this scan (see Terms.prefixEntities)
        Terms.Vec ents = terms.entities(all, true, protagonists, titleAndLead.length());
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
        double[] homonyms = NO_COORDS;
        String type = null;
        int killed = -1;
        int injured = -1;
        if (facts != null) {
            // facts.incidentPlace(), without a stream per article
            org.sitrep.model.Place p = null;
            for (org.sitrep.model.Place q : facts.places()) {
                if (q.role() == org.sitrep.model.Place.Role.INCIDENT) {
                    p = q;
                    break;
                }
            }
            if (p != null) {
                place = p.name().toLowerCase(Locale.ROOT);
                if (p.lat() != null && p.lon() != null) {
                    lat = p.lat();
                    lon = p.lon();
                    homonyms = Homonyms.of(p);
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
        int[] leadNames = multiword(terms, terms.prefixEntities());
        int[] leadFinals = terms.lastRunFinals();
        long[][] persons = personKeys(facts, personLeadEnd(title));
        return new ArticleRep(a.id(), full, head, titleVec, ents, day, place, type, killed, injured, titleOnly, factDated,
                terms.rareNames(ents, RARE_NAME_DOCS), a.published() == null ? UNDATED : (int) a.published().toEpochDay(),
                year, leadNames, Streets.keys(all), trimmed(protagonists), lat, lon,
                LeadEvent.of(titleAndLead), followUp(title), leadFinals, thin, !thin && RoundUp.of(bodyWords),
                persons[0], persons[1], NO_KEYS,
                refDays(all, a.published() != null ? (int) a.published().toEpochDay() : day), homonyms);
    }

    /** Calendar days kept per article in {@link #refDays} (the first named first). */
    static final int MAX_REF_DAYS = 8;
    /** Days before the reference day within which a named date without a year is read (a month and day name the last one). */
    private static final int REF_DAYS_BACK = 3 * 366;
    private static final int[] NO_DAYS = new int[0];
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
            + "|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:|\\s*(?:a\\.?m|p\\.?m)\\b)"
            + "(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    /** The capitals that start a month name. */
    private static final String MONTH_INITIALS = "JFMASOND";

    /**
     * The calendar days {@code text} names as a month and day ("March 3", "Oct. 9, 2016", "Sept. 21st"): with a year
     * that day, without one its last occurrence on or before {@code refDay} (the publication day); days after {@code
     * refDay} or more than three years before it are left out. Distinct, in the order first named, at most {@link
     * #MAX_REF_DAYS}; empty when {@code refDay} is {@link #UNDATED}. A legal follow-up names the day of its shooting
     * ("killed on March 3"), which {@link LinkModel} compares with the incident's extracted days and {@link
     * StandardClusterer} looks up, with the place, across all time.
     */
    static int[] refDays(String text, int refDay) {
        if (refDay == UNDATED || text == null || text.isEmpty()) return NO_DAYS;
        java.time.LocalDate ref = java.time.LocalDate.ofEpochDay(refDay);
        int[] out = new int[MAX_REF_DAYS];
        int n = 0;
        // the same matches as MONTH_DAY.matcher(text).find() in a loop, but the pattern is only tried where a month
        // name can start (an alternation after \b has no literal prefix for the regex engine to skip ahead with):
        // 45-55 us per gva-dev article with find(), most of it at positions that cannot match
        var m = MONTH_DAY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int len = text.length();
        // the next of each month's initial at or after the position, found by indexOf (a vectorised search)
        int[] next = new int[MONTH_INITIALS.length()];
        java.util.Arrays.fill(next, -1);
        for (int at = 0; at < len && n < MAX_REF_DAYS; at++) {
            int first = len;
            for (int c = 0; c < next.length; c++) {
                if (next[c] < at && next[c] != len) {
                    int i = text.indexOf(MONTH_INITIALS.charAt(c), at);
                    next[c] = i < 0 ? len : i;
                }
                first = Math.min(first, next[c]);
            }
            at = first;
            // only where one of the twelve three-letter stems is written (every month name and abbreviation starts
            // with its stem, case and all), which a capital alone does not make likely
            int month = at < len ? monthStem(text, at, len) : 0;
            if (month == 0 || !dayCanFollow(text, at + 3, len)) continue;
            m.region(at, len);
            if (!m.lookingAt()) continue;
            at = m.end() - 1;
            int dom = Integer.parseInt(m.group(2));
            if (dom < 1 || dom > 31) continue;
            java.time.LocalDate d;
            try {
                if (m.group(3) != null) {
                    d = java.time.LocalDate.of(Integer.parseInt(m.group(3)), month, dom);
                } else {
                    d = java.time.LocalDate.of(ref.getYear(), month, dom);
                    if (d.isAfter(ref)) d = java.time.LocalDate.of(ref.getYear() - 1, month, dom);
                }
            } catch (java.time.DateTimeException e) {
                continue; // February 30
            }
            int day = (int) d.toEpochDay();
            if (day > refDay || day < refDay - REF_DAYS_BACK) continue;
            boolean seen = false;
            for (int i = 0; i < n; i++) seen |= out[i] == day;
            if (!seen) out[n++] = day;
        }
        return n == 0 ? NO_DAYS : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The month (1 to 12) whose first three letters {@code text} holds at {@code at} as {@link #MONTH_DAY} spells them
     * ("Jan" to "Dec", capitalised: the pattern is case-sensitive, unlike the time normaliser, so a shouted "MARCH 3" is
     * not read here), or 0: a necessary condition for a match there, and the month of the match (group 1 starts with
     * its stem).
     */
    private static int monthStem(String text, int at, int len) {
        if (at + 3 > len || !Chars.isUpperCase(text.charAt(at)) || Chars.isUpperCase(text.charAt(at + 1))
                || Chars.isUpperCase(text.charAt(at + 2))) return 0;
        return CalendarNames.monthOfStem(text, at);
    }

    /**
     * Whether after the letters at {@code from} (the rest of a month name) {@link #MONTH_DAY} can read its {@code
     * \\.?\\s+\\d}: the month name ends where the run of ASCII letters does (the pattern's next char is a dot or a
     * space, neither a letter), then comes an optional dot, one or more spaces ({@code \\s}: space, tab, line breaks,
     * form feed) and an ASCII digit. A necessary condition for a match, so the pattern is tried only where it holds
     * ("March 3", not "Marshall", "Mayor" or "May be").
     */
    private static boolean dayCanFollow(String text, int from, int len) {
        int i = from;
        while (i < len && ((text.charAt(i) | 0x20) >= 'a' && (text.charAt(i) | 0x20) <= 'z')) i++;
        if (i < len && text.charAt(i) == '.') i++;
        int spaces = i;
        while (i < len && space(text.charAt(i))) i++;
        return i > spaces && i < len && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** {@code \\s} of a regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** This representation with {@code rare} as its {@link #rarePersons}. */
    ArticleRep withRarePersons(long[] rare) {
        return new ArticleRep(id, full, head, title, ents, day, place, eventType, killed, injured, titleOnly, factDated,
                names, pubDay, year, leadNames, streets, protagonists, lat, lon, event, followUp, leadFinals, thin, roundUp,
                persons, leadPersons, rare, refDays, homonyms);
    }

    /** Suffixes left out of a person key. */
    private static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Characters of body text after the title within which a person must first be named for the article to be about
     * them ({@link #leadPersonKeys}; held out: 600 0.9559, 1,000 0.9568, 1,500 0.9558, the whole text 0.9563 but with a
     * false merge of two shootings on one street two years apart, the later reports recalling the earlier gunman).
     */
    static final int PERSON_LEAD_CHARS = 1000;

    /**
     * Keys ({@link #personKeys}) of the victims and suspects first named in the title or the first {@link
     * #PERSON_LEAD_CHARS} characters of the body: the people the story is about, not those it recalls as background.
     */
    static long[] leadPersonKeys(ClusterInput in) {
        return personKeys(in.facts(), personLeadEnd(in.article().title()))[1];
    }

    /** The character of the facts' evidence before which a person counts as named in the title or lead. */
    private static int personLeadEnd(String title) {
        return (title == null || title.isEmpty() ? 0 : title.length() + 2) + PERSON_LEAD_CHARS;
    }

    /**
     * Keys of the victims and suspects of {@code facts} ({@link FactKind#PERSON} with role "victim" or "suspect"; not
     * officials, whose names recur across a town's incidents, nor witnesses) named with a first and a last name: a
     * 64-bit hash of the lower-cased first and last words, initials, "Jr." and the like left out, so "John A. Doe",
     * "John Doe Jr." and "John Doe's" share one key; sorted, distinct. A name of one word gives none.
     */
    static long[] personKeys(org.sitrep.model.ArticleFacts facts) {
        return personKeys(facts, Integer.MAX_VALUE)[0];
    }

    private static final long[][] NO_PERSONS = {NO_KEYS, NO_KEYS};

    /**
     * The keys of {@link #personKeys(org.sitrep.model.ArticleFacts)} and those of the people among them named before
     * character {@code before} (by the start of each fact's evidence), read in one pass over the facts.
     */
    static long[][] personKeys(org.sitrep.model.ArticleFacts facts, int before) {
        if (facts == null) return NO_PERSONS;
        long[] out = null;
        long[] lead = null;
        int n = 0;
        int nLead = 0;
        for (Fact f : facts.facts()) {
            if (f.kind() != FactKind.PERSON || !("victim".equals(f.role()) || "suspect".equals(f.role()))) continue;
            String key = personKey(f.value());
            if (key == null) continue;
            long h = hash64(key);
            if (out == null) {
                out = new long[4];
                lead = new long[4];
            }
            if (n == out.length) out = java.util.Arrays.copyOf(out, 2 * n);
            out[n++] = h;
            if (f.evidence().start() < before) {
                if (nLead == lead.length) lead = java.util.Arrays.copyOf(lead, 2 * nLead);
                lead[nLead++] = h;
            }
        }
        if (n == 0) return NO_PERSONS;
        return new long[][] {sortedDistinct(out, n), sortedDistinct(lead, nLead)};
    }

    /** The distinct values of {@code keys[0, n)}, ascending ({@code keys} is reordered). */
    private static long[] sortedDistinct(long[] keys, int n) {
        if (n == 0) return NO_KEYS;
        java.util.Arrays.sort(keys, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) if (k == 0 || keys[k - 1] != keys[i]) keys[k++] = keys[i];
        return java.util.Arrays.copyOf(keys, k);
    }

    /** "first last" of a person's name (see {@link #personKeys}), or null when fewer than two words remain. */
    static String personKey(String name) {
        String first = null;
        String last = null;
        int n = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(name.charAt(i))) i++;
            int j = i;
            while (j < n && (Character.isLetter(name.charAt(j)) || name.charAt(j) == '\'' || name.charAt(j) == '’'
                    || name.charAt(j) == '-')) j++;
            if (j > i) {
                String w = name.substring(i, j).toLowerCase(Locale.ROOT).replace('’', '\'');
                if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
                if (w.length() > 1 && !NAME_SUFFIXES.contains(w)) {
                    if (first == null) first = w;
                    else last = w;
                }
            }
            i = j;
        }
        return last == null ? null : first + " " + last;
    }

    /** FNV-1a, 64 bits. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
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
                // the word lower-cased, compared in place (see lowerStartsWith)
                for (String w : FOLLOW_UP_WORD_LIST) if (w.length() == j - i && lowerStartsWith(title, i, j, w)) return true;
                for (String stem : FOLLOW_UP_STEMS) if (lowerStartsWith(title, i, j, stem)) return true;
            }
            i = j;
        }
        return false;
    }

    private static final String[] FOLLOW_UP_WORD_LIST = FOLLOW_UP_WORDS.toArray(new String[0]);

    /** Whether {@code t.substring(i, j).toLowerCase(Locale.ROOT)} starts with {@code prefix} (lower-case ASCII letters). */
    private static boolean lowerStartsWith(String t, int i, int j, String prefix) {
        return j - i >= prefix.length() && Chars.lowerRegionIs(t, i, prefix, prefix.length());
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
