package org.sitrep.core.extract.fact;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.internal.CalendarNames;
import org.sitrep.core.internal.Sentences.Sentence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/**
 * References to other incidents: a sentence naming an attack with a time expression of another time ("last
 * April", "in March 2021", "two years ago"), labelled "[Place ]target event (Month Year)", for example
 * "Kramatorsk train station strike (April 2022)". The reconciler resolves the label against stored
 * incidents. Thread-safe (immutable).
 */
final class References {

    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern REF_TIME = Pattern.compile("\\b(?:(?<last>last)\\s+(?<m1>" + MONTHS + ")|in\\s+(?<m2>" + MONTHS
            + ")(?:\\s+(?<y2>\\d{4}))?(?!\\s+\\d{1,2}\\b)|(?<ly>last\\s+year)|(?<ago>(?:\\d+|a|one|two|three|several)\\s+(?:years?|months?)\\s+ago)"
            + "|earlier\\s+in\\s+the\\s+war)\\b", F);
    private static final Pattern EVENT_NOUN = Pattern.compile("\\b(?:strike|attack|shooting|bombing|shelling|explosion|massacre"
            + "|missile|rocket|raid)\\b", F);
    private static final Pattern REF_TARGET = Pattern.compile("\\b(?<place>(?-i:[A-Z][\\p{L}'’-]+)\\s+)?(?<what>drama\\s+theat(?:re|er)"
            + "|theat(?:re|er)|train\\s+station|railway\\s+station|station|shopping\\s+(?:mall|cent(?:re|er))|mall|hospital|school"
            + "|market|apartment\\s+building|church|mosque|synagogue|nightclub|club|concert|bar)\\b(?:\\s+in\\s+(?:\\w+\\s+)?"
            + "(?<after>(?-i:[A-Z][\\p{L}'’-]+)))?", F);
    /** "the city's", "the town’s": a possessive standing for the article's own place. */
    private static final Pattern OWN_PLACE = Pattern.compile("\\b(?:city|town|village|capital|port)['’]s\\s+$", F);
    /** "in the centre of Kramatorsk", "near Velgrad": the place the lead names (not a possessive "Ukraine's"). */
    private static final Pattern LEAD_PLACE = Pattern.compile("\\b(?:in|of|near|outside|at)\\s+(?:the\\s+(?:centre|center|city|town"
            + "|village|outskirts|heart|port)\\s+of\\s+)?(?:(?:central|downtown|eastern|western|northern|southern)\\s+)?"
            + "(?<place>(?-i:[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?))(?!['’\\p{L}])", F);
    private static final Pattern MONTH_WORD = Pattern.compile("(?:" + MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|The|This|That|His|Her|Their|Its)", F);

    private References() {
    }

    /** References to other incidents, each with a label like "Kramatorsk train station strike (April 2022)". */
    static List<Fact> references(Doc doc) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        LocalDate published = doc.article().published();
        String ownPlace = null;
        boolean ownPlaceRead = false;
        for (Sentence s : doc.sentences()) {
            String t = s.text();
            if (!EVENT_NOUN.matcher(t).find()) continue;
            Matcher m = REF_TIME.matcher(t);
            List<int[]> spans = new ArrayList<>();
            List<String> whens = new ArrayList<>();
            while (m.find()) {
                String when = when(m, published);
                if (when == null) continue;
                spans.add(new int[] {m.start(), m.end()});
                whens.add(when);
            }
            for (int i = 0; i < spans.size(); i++) {
                int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : t.length();
                int from = spans.get(i)[1];
                Matcher tm = REF_TARGET.matcher(t).region(from, to);
                if (!tm.find()) {
                    from = Math.max(i > 0 ? spans.get(i - 1)[1] : 0, spans.get(i)[0] - 80);
                    Matcher before = REF_TARGET.matcher(t).region(from, spans.get(i)[0]);
                    int last = -1;
                    while (before.find()) last = before.start();
                    if (last < 0) continue;
                    tm = REF_TARGET.matcher(t).region(last, spans.get(i)[0]);
                    if (!tm.find()) continue;
                }
                String place = tm.group("place") != null && !isStop(tm.group("place").trim()) ? tm.group("place").trim()
                        : tm.group("after");
                if (place == null && OWN_PLACE.matcher(t).region(Math.max(0, tm.start() - 12), tm.start()).find()) {
                    if (!ownPlaceRead) {
                        ownPlace = leadPlace(doc);
                        ownPlaceRead = true;
                    }
                    place = ownPlace;
                }
                String what = tm.group("what").toLowerCase(Locale.ROOT).replace("railway", "train").replace("theater", "theatre");
                String event = t.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:missile|rocket|strike|shelling|air\\s*strike)\\b.*")
                        ? "strike" : t.toLowerCase(Locale.ROOT).contains("shooting") ? "shooting" : "attack";
                String label = (place == null ? "" : place + " ") + what + " " + event + " (" + whens.get(i) + ")";
                if (!seen.add(label.toLowerCase(Locale.ROOT))) continue;
                out.add(new Fact(FactKind.REFERENCE, label, "earlier incident", null,
                        doc.evidence(s.start() + tm.start(), s.start() + tm.end()), place == null ? 0.5 : 0.65));
            }
        }
        return out;
    }

    /**
     * The place the title or first body sentence puts the story in ("... in the centre of Kramatorsk, killing ..."),
     * for resolving "the city's"; null when neither names one.
     */
    static String leadPlace(Doc doc) {
        int titleEnd = doc.article().title().length();
        for (Sentence s : doc.sentences()) {
            Matcher m = LEAD_PLACE.matcher(s.text());
            while (m.find()) {
                String p = m.group("place");
                String first = p.split("\\s+")[0];
                if (isStop(first) || MONTH_WORD.matcher(first).matches()) continue;
                return p;
            }
            if (s.start() >= titleEnd) break;
        }
        return null;
    }

    private static boolean isStop(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("city's")
                || w.equalsIgnoreCase("city’s") || w.equalsIgnoreCase("its") || w.equalsIgnoreCase("his")
                || w.equalsIgnoreCase("her") || w.equalsIgnoreCase("their") || w.equalsIgnoreCase("In")
                || w.equalsIgnoreCase("On");
    }

    /** "April 2022", "April" when the year cannot be told, "2021" for "last year"; null for "earlier in the war". */
    private static String when(Matcher m, LocalDate published) {
        if (m.group("ly") != null) return published == null ? "last year" : String.valueOf(published.getYear() - 1);
        if (m.group("ago") != null) return m.group("ago").toLowerCase(Locale.ROOT);
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        if (month == null) return null;
        month = month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(Locale.ROOT);
        if (m.group("y2") != null) return month + " " + m.group("y2");
        if (published == null) return month;
        Month mo = Month.of(CalendarNames.fullMonth(month));
        boolean last = m.group("last") != null;
        if (!last && mo == published.getMonth()) return null;
        int year = mo.getValue() < published.getMonthValue() && !last ? published.getYear() : published.getYear() - 1;
        if (last && mo.getValue() < published.getMonthValue()) year = published.getYear() - 1;
        return month + " " + year;
    }
}
