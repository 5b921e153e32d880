package org.sitrep.core.extract.place;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.place.GazetteerEntry.Kind;
import org.sitrep.core.internal.Furniture;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.core.internal.UrlPaths;

/**
 * A learned second look at which resolved place is the incident's: a log-linear score over the candidate
 * places of one document (towns, counties, regions), one of whose features is the hand-written role
 * heuristic's own choice. Thread-safe (stateless).
 */
final class IncidentRanker {
    /*
     * The heuristic in Resolver (title, dateline, "in X" early, "X police", frequency, then refine / elsewhere /
     * enclosing) is right most of the time; the ranker only overrides it when cues it does not weigh agree
     * strongly: the place named where the event is told ("shot ... in X", "block of" nearby), a residence
     * rather than a location ("an X man", "Smith, 24, of X"), the URL's headline slug, the town's share of the
     * document's state, mentions only in sentences printed twice (a page's teasers of other stories). The weights are
     * fitted by GvaPlaceRankerTrainTest (conditional logit over the candidates of each gva-dev article whose gold town
     * is among them; fitted on even-hash incidents and checked on the odd ones, then refitted on all) and pasted below.
     */
    static final String[] NAMES = {"pick", "roleShare", "county", "region", "title", "dateline", "earlyLocative",
            "locatives", "institution", "mentions", "firstSentence", "population", "postal", "residence", "relativeOnly",
            "stateShare", "qualified", "neighbourhood", "outletOnly", "address", "eventLocative", "urlSlug", "firstInBody",
            "townInPickedCounty", "countyOfPickedTown", "pickedState", "elsewhereOfLonePick", "repeated"};


    /**
     * Fitted by GvaPlaceRankerTrainTest on all of gva-dev; held out (fit on even-hash incidents, scored on the odd
     * ones' 2,031 articles): town right 1,693 (heuristic) -> 1,701, state right 1,925 -> 1,927. "repeated" (session 15:
     * the share of a place's mentions in page furniture, such as teasers of other stories the body prints twice) and the
     * story's lead counted after such furniture moved all articles right 3,357 -> 3,367 and held out 1,697 -> 1,701.
     */
    static final double[] WEIGHTS = {1.628, 0.908, -1.064, -2.189, -0.676, 0.656, -0.047, 0.034, 0.733, 0.339, -0.295,
            0.872, 0.451, -0.367, -0.308, 1.499, 0.074, 0.330, -0.096, 0.412, 0.679, 0.802, -0.441, 1.157, -0.691, 0.714,
            0.025, -1.140};

    private static final Pattern RESIDENT_AFTER = Pattern.compile(
            "^(?:'s|’s)?[- ](?:area )?(?:man|woman|men|women|teen|teens|teenager|boy|girl|resident|residents|native|couple"
            + "|mother|father|youth|student|students|family|resident's)\\b");
    private static final Pattern RESIDENT_BEFORE = Pattern.compile("(?:\\d,?|,)\\s+(?:both |all )?of\\s+$|\\b(?:lived|lives|living|native of|resident of|moved to|from)\\s+(?:in\\s+)?$");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\bblock of\\b|\\b\\d{2,5} (?:[NSEW]\\.? )?\\p{Lu}\\p{L}+ (?:\\p{Lu}\\p{L}+ )?(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Highway|Hwy|Circle|Parkway|Pkwy|Terrace|Trail)\\b");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:shot|shooting|shootings|killed|wounded|gunfire|gunshot|gunshots|fired|homicide|murder|murdered|stabbed|died|dead|injured|struck)\\b");

    private IncidentRanker() {
    }

    /** The candidates: every resolved place but countries, in the groups' order. */
    static List<Group> candidates(java.util.Collection<Group> groups, Gazetteer g) {
        List<Group> out = new ArrayList<>();
        for (Group x : groups) if (g.kind(x.entry) != Kind.COUNTRY) out.add(x);
        return out;
    }

    /** One feature row per candidate (see {@link #NAMES}). */
    static double[][] features(Doc doc, List<Group> cands, Group pick, Map<String, Double> mass, Gazetteer gz, int firstBody,
                               int story, BitSet repeated) {
        double total = 0;
        for (double v : mass.values()) total += v;
        double maxRole = 1e-9;
        for (Group c : cands) maxRole = Math.max(maxRole, c.roleScore);
        String text = doc.text();
        String path = UrlPaths.path(doc.article().url());
        int titleEnd = doc.article().title().length();
        List<Sentence> sentences = doc.sentences();
        double[][] rows = new double[cands.size()][];
        boolean lonePick = gz.kind(pick.entry) == Kind.PLACE && !pick.anchored
                && mass.getOrDefault(gz.admin1Key(pick.entry), 0.0) <= pick.count;
        for (int i = 0; i < cands.size(); i++) {
            Group c = cands.get(i);
            Kind kind = gz.kind(c.entry);
            double[] f = new double[NAMES.length];
            f[0] = c == pick ? 1 : 0;
            f[1] = Math.max(0, c.roleScore) / maxRole;
            f[2] = kind == Kind.COUNTY ? 1 : 0;
            f[3] = kind == Kind.ADMIN1 ? 1 : 0;
            f[4] = c.title ? 1 : 0;
            int locatives = 0;
            int residence = 0;
            boolean dateline = false;
            boolean earlyLoc = false;
            boolean qualified = false;
            boolean address = false;
            boolean eventLoc = false;
            int firstSentence = Integer.MAX_VALUE;
            int repeats = 0;
            for (Mention m : c.mentions) {
                if (m.sentence() >= 0 && repeated.get(m.sentence())) repeats++;
                if (m.has(Mention.DATELINE)) dateline = true;
                if (m.has(Mention.QUALIFIED)) qualified = true;
                boolean early = Group.lead(m.sentence(), firstBody, story);
                Sentence s = m.sentence() >= 0 && m.sentence() < sentences.size() ? sentences.get(m.sentence()) : null;
                if (m.start() >= titleEnd && m.sentence() >= story) firstSentence = Math.min(firstSentence, m.sentence() - story);
                if (m.has(Mention.LOCATIVE)) {
                    locatives++;
                    if (early) earlyLoc = true;
                    if (s != null && EVENT.matcher(text.substring(s.start(), Math.min(s.end(), text.length()))).find()) eventLoc = true;
                }
                if (s != null && ADDRESS.matcher(text.substring(s.start(), Math.min(s.end(), text.length()))).find()) address = true;
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
                String before = text.substring(Math.max(0, m.start() - 24), m.start());
                if (RESIDENT_AFTER.matcher(after).find() || RESIDENT_BEFORE.matcher(before).find()) residence++;
            }
            f[5] = dateline ? 1 : 0;
            f[6] = earlyLoc ? 1 : 0;
            f[7] = Math.log1p(locatives);
            f[8] = c.institution ? 1 : 0;
            f[9] = Math.log1p(c.count);
            f[10] = firstSentence == Integer.MAX_VALUE ? 3 : Math.log1p(Math.max(0, firstSentence));
            long pop = gz.population(c.entry);
            f[11] = kind == Kind.PLACE || kind == Kind.COUNTY ? Math.log10(pop + 1.0) / 6.0 : 0;
            f[12] = kind == Kind.PLACE && pop == 0 ? 1 : 0;
            f[13] = c.count == 0 ? 0 : residence / (double) c.count;
            f[14] = c.plain ? 0 : 1;
            f[15] = total <= c.count ? 0 : (mass.getOrDefault(gz.admin1Key(c.entry), 0.0) - c.count) / (total - c.count);
            f[16] = qualified ? 1 : 0;
            f[17] = "PPLX".equals(gz.featureCode(c.entry)) ? 1 : 0;
            f[18] = c.inText ? 0 : 1;
            f[19] = address ? 1 : 0;
            f[20] = eventLoc ? 1 : 0;
            f[21] = kind != Kind.ADMIN1 && inPath(path, gz.entry(c.entry).name()) ? 1 : 0;
            f[22] = firstSentence == 0 ? 1 : 0;
            Kind pk = gz.kind(pick.entry);
            boolean sameCounty = c != pick && gz.admin1Key(c.entry).equals(gz.admin1Key(pick.entry))
                    && gz.admin2Code(c.entry).equals(gz.admin2Code(pick.entry));
            f[23] = sameCounty && kind == Kind.PLACE && pk == Kind.COUNTY ? 1 : 0;
            f[24] = sameCounty && kind == Kind.COUNTY && pk == Kind.PLACE ? 1 : 0;
            f[25] = c != pick && gz.admin1Key(c.entry).equals(gz.admin1Key(pick.entry)) ? 1 : 0;
            f[26] = lonePick && c.inText && !gz.admin1Key(c.entry).equals(gz.admin1Key(pick.entry)) ? 1 : 0;
            f[27] = c.count == 0 ? 0 : repeats / (double) c.count;
            rows[i] = f;
        }
        return rows;
    }

    /**
     * The body sentences (from {@code firstBody}) that are page furniture, not the story's own prose: those whose text
     * recurs verbatim elsewhere in the body (teasers of other stories printed twice, headline and summary) and those of
     * playlists, galleries and related links ({@link Furniture#teaser}).
     */
    static BitSet repeated(List<Sentence> sentences, int firstBody) {
        BitSet out = new BitSet();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = firstBody; i < sentences.size(); i++) {
            String t = sentences.get(i).text().strip();
            if (Furniture.teaser(t)) {
                out.set(i);
                continue;
            }
            if (t.length() < MIN_REPEATED) continue;
            Integer before = seen.putIfAbsent(t, i);
            if (before != null) {
                out.set(before);
                out.set(i);
            }
        }
        return out;
    }

    /** Sentences shorter than this are not taken for repeated furniture ("Share this", "More"). */
    private static final int MIN_REPEATED = 40;

    static double score(double[] f, double[] w) {
        double s = 0;
        for (int k = 0; k < f.length; k++) s += f[k] * w[k];
        return s;
    }

    /** Index of the best-scored row. */
    static int best(double[][] rows, double[] w) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            double s = score(rows[i], w);
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /** True when the lowercased name, words joined by hyphens, is a whole segment-run of the URL path. */
    static boolean inPath(String path, String name) {
        if (path.isEmpty()) return false;
        String slug = name.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace(' ', '-');
        for (int at = path.indexOf(slug); at >= 0; at = path.indexOf(slug, at + 1)) {
            int end = at + slug.length();
            boolean startOk = at == 0 || !Character.isLetter(path.charAt(at - 1));
            boolean endOk = end == path.length() || !Character.isLetter(path.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }
}
