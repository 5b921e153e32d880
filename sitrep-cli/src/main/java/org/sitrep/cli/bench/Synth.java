package org.sitrep.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.testkit.store.StoreFixtures;

/**
 * Synthetic variants of real articles, for scale runs that need far more articles than a dev file holds.
 *
 * <p>Design. Copy {@code k > 0} of an article keeps its sentence structure but gets its own names, numbers, some
 * words and its own dates: every number is replaced by another of the same length; every capitalised word whose
 * lower-case form does not also occur in the text (so a name, not a sentence-initial common word) is replaced by an
 * invented name drawn from the word and {@code k}; and about one in {@link #SWAP_ONE_IN} lower-case words of four or
 * more letters (chosen by a hash of the word and {@code k}) is replaced by another word of the corpus vocabulary,
 * so the vocabulary does not grow with the copies except for names. All replacements are consistent within a copy.
 * Names and numbers alone leave pages with few of them (site chrome, wire boilerplate) near-duplicates across
 * copies; with the word swaps about three in four 5-word shingles differ, and the scale run reports how many
 * articles the deduplicator still links across copies. Dates (publication and extracted incident date) move
 * forward by {@code k * shiftMonths} whole months, so copies laid end to end keep the density of articles per day
 * of the source stream. Copy 0 is the article itself. Immutable and thread-safe.
 */
public final class Synth {
    static final int SWAP_ONE_IN = 4;

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'-]*|\\d+");
    private static final String[] SYLLABLES = {"bar", "cor", "dal", "fen", "gar", "hol", "kin", "lor", "mar", "nes",
            "ost", "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wick", "yar", "zan", "bel", "cra", "dun", "el",
            "fal", "gre", "ham", "ith", "jor", "kel", "lin"};

    private final String[] vocabulary;
    private final int shiftMonths;

    private Synth(String[] vocabulary, int shiftMonths) {
        this.vocabulary = vocabulary;
        this.shiftMonths = shiftMonths;
    }

    /** A generator over the vocabulary of {@code base}, shifting copy k by k times the base's span in months. */
    public static Synth of(List<Article> base) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (Article a : base) {
            Matcher m = TOKEN.matcher(a.text());
            while (m.find()) {
                String w = m.group();
                if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) words.add(w);
            }
        }
        if (words.isEmpty()) words.add("report");
        return new Synth(words.toArray(String[]::new), spanMonths(base));
    }

    /** Months that copy k moves per unit of k. */
    public int shiftMonths() {
        return shiftMonths;
    }

    /** Copy {@code k} of {@code a} (the article itself when {@code k == 0}). */
    public Article article(Article a, int k) {
        if (k == 0) return a;
        Set<String> lower = lowerWords(a.title() + "\n" + a.text());
        Map<String, String> names = new HashMap<>();
        String title = rewrite(a.title(), k, lower, names);
        String text = rewrite(a.text(), k, lower, names);
        String id = a.id() + "~" + k;
        String canonical = a.canonicalUrl() == null ? null : a.canonicalUrl() + "~" + k;
        return new Article(id, title, text, shift(a.published(), k, shiftMonths),
                a.url() == null ? null : a.url() + "~" + k, canonical, a.outlet(), a.lang(),
                StoreFixtures.sha256(title, text), "synthetic:" + a.source(), a.extra());
    }

    /** Facts of copy {@code k}: incident date shifted, incident place renamed like the text. */
    public ArticleFacts facts(Article original, ArticleFacts f, int k) {
        if (k == 0 || f == null) return f;
        Set<String> lower = lowerWords(original.title() + "\n" + original.text());
        Map<String, String> names = new HashMap<>();
        IncidentDate d = f.incidentDate() == null ? null : f.incidentDate().withDate(shift(f.incidentDate().date(), k,
                shiftMonths));
        List<Place> places = new ArrayList<>();
        for (Place p : f.places()) {
            places.add(new Place(rewrite(p.name(), k, lower, names), p.admin1(), p.country(), p.lat(), p.lon(),
                    p.gazetteerId(), p.role(), p.evidence(), p.confidence()));
        }
        return new ArticleFacts(original.id() + "~" + k, d, places, f.figures(), f.facts());
    }

    private static LocalDate shift(LocalDate d, int k, int shiftMonths) {
        return d == null ? null : d.plusMonths((long) k * shiftMonths);
    }

    /** Whole months from the earliest to the latest date, plus one: the shift that lays copies end to end. */
    static int spanMonths(List<Article> articles) {
        LocalDate min = null;
        LocalDate max = null;
        for (Article a : articles) {
            LocalDate d = a.published();
            if (d == null) continue;
            if (min == null || d.isBefore(min)) min = d;
            if (max == null || d.isAfter(max)) max = d;
        }
        if (min == null) return 1;
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(min.withDayOfMonth(1), max.withDayOfMonth(1)) + 1;
    }

    private static Set<String> lowerWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0))) out.add(w);
        }
        return out;
    }

    private String rewrite(String s, int k, Set<String> lower, Map<String, String> names) {
        if (s == null || s.isEmpty()) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        Matcher m = TOKEN.matcher(s);
        int last = 0;
        while (m.find()) {
            String w = m.group();
            String r = w;
            if (Character.isDigit(w.charAt(0))) {
                r = number(w, k);
            } else if (Character.isUpperCase(w.charAt(0)) && w.length() >= 3
                    && !lower.contains(w.toLowerCase(Locale.ROOT))) {
                r = names.computeIfAbsent(w, x -> name(x, k));
            } else if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
                long h = mix(w.hashCode() * 0x9E3779B97F4A7C15L + k * 0xBF58476D1CE4E5B9L);
                if (Long.remainderUnsigned(h, SWAP_ONE_IN) == 0) {
                    r = vocabulary[(int) Long.remainderUnsigned(h >>> 8, vocabulary.length)];
                }
            }
            out.append(s, last, m.start()).append(r);
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    private static String number(String digits, int k) {
        long h = mix(digits.hashCode() * 0x9E3779B97F4A7C15L + k);
        StringBuilder b = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            int d = (int) Long.remainderUnsigned(h >>> (i * 4 % 60), 10);
            if (i == 0 && digits.length() > 1 && d == 0) d = 1;
            b.append((char) ('0' + d));
        }
        return b.toString();
    }

    private static String name(String word, int k) {
        long h = mix(word.toLowerCase(Locale.ROOT).hashCode() * 0xC2B2AE3D27D4EB4FL + k * 0x165667B19E3779F9L);
        int n = 2 + (int) Long.remainderUnsigned(h, 2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(SYLLABLES[(int) ((h >>> (8 + 5 * i)) & 31)]);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
