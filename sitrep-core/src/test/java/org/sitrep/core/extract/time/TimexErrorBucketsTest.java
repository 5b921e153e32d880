package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Measures where TimeExpressions loses TempEval-3 value F1: every gold expression and prediction, aligned as
 * the scorer aligns them, falls in one bucket (right, right value but other span, wrong value by gold and
 * predicted value shape, missed by shape, spurious by shape), printed largest first. Run with
 * {@code -Dtest=TimexErrorBucketsTest} to see them; {@code -Dtimex.examples=true} adds up to three examples
 * per bucket.
 */
class TimexErrorBucketsTest {
    private static final Pattern WORD = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday)\\b");

    @Test
    void align_tempeval3Train_bucketsAddUpToTheScore() throws IOException {
        Path shared = TempEvalCorpus.shared();
        Path file = shared == null ? null : shared.resolve("datasets/tempeval3-train.jsonl");
        assumeTrue(file != null && Files.isRegularFile(file),
                "skipped: shared datasets not found (set -Dsitrep.shared to the folder holding datasets/)");
        boolean examples = Boolean.getBoolean("timex.examples");
        String dumpTo = System.getProperty("timex.dump");
        StringBuilder dump = new StringBuilder();
        Map<String, Integer> buckets = new TreeMap<>();
        Map<String, StringBuilder> shown = new TreeMap<>();
        TimexScorer.Score total = TimexScorer.Score.EMPTY;
        TimexScorer.Score[] halves = {TimexScorer.Score.EMPTY, TimexScorer.Score.EMPTY};
        int right = 0;
        int spanOnly = 0;
        for (TempEvalCorpus.Doc d : TempEvalCorpus.load(file)) {
            List<Timex> found = TimeExpressions.find(d.text(), d.dct());
            TimexScorer.Score score = TimexScorer.score(d.gold(), found);
            total = total.plus(score);
            int half = Math.floorMod(d.id().hashCode(), 2);
            halves[half] = halves[half].plus(score);
            for (TimexScorer.Pair p : TimexScorer.align(d.gold(), found)) {
                String key;
                if (p.sameValue()) {
                    if (p.strict()) right++;
                    else spanOnly++;
                    if (dumpTo != null) dump.append(dumpLine(d, half, p.strict() ? "right" : "right value other span", p))
                            .append('\n');
                    continue;
                } else if (p.gold() != null && p.predicted() != null) {
                    key = "value  " + shape(p.gold()) + " -> " + shape(p.predicted());
                } else if (p.gold() != null) {
                    key = "missed " + shape(p.gold());
                } else {
                    key = "spurious " + shape(p.predicted());
                }
                buckets.merge(key, 1, Integer::sum);
                if (dumpTo != null) dump.append(dumpLine(d, half, key, p)).append('\n');
                StringBuilder sb = shown.computeIfAbsent(key, k -> new StringBuilder());
                if (examples && sb.length() < 400) {
                    sb.append("\n      ").append(p.gold() == null ? "-" : p.gold().text() + "=" + p.gold().value())
                            .append("  |  ").append(p.predicted() == null ? "-"
                                    : p.predicted().text() + "=" + p.predicted().value()).append("  dct ").append(d.dct());
                }
            }
        }
        if (dumpTo != null) Files.writeString(Path.of(dumpTo), dump);
        System.out.println("TempEval-3 train: " + total + "; right " + right + ", right value other span " + spanOnly);
        // rules are written by looking at errors: the two halves by document-id hash show how far a change generalises
        System.out.printf("even-hash documents: value F1 %.4f; odd-hash: %.4f%n", halves[0].valueF1(), halves[1].valueF1());
        buckets.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.println(String.format("%5d  %s", e.getValue(), e.getKey()) + shown.get(e.getKey())));
        int wrongOrMissed = buckets.entrySet().stream().filter(e -> !e.getKey().startsWith("spurious"))
                .mapToInt(Map.Entry::getValue).sum();
        int spurious = buckets.entrySet().stream().filter(e -> e.getKey().startsWith("spurious"))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(total.gold(), right + spanOnly + wrongOrMissed);
        assertEquals(total.value(), right + spanOnly);
        assertEquals(total.predicted() - total.relaxed(), spurious);
    }

    /** One tab-separated error line for {@code -Dtimex.dump=FILE}: document, half, bucket, gold, prediction, context. */
    private static String dumpLine(TempEvalCorpus.Doc d, int half, String key, TimexScorer.Pair p) {
        Timex at = p.gold() != null ? p.gold() : p.predicted();
        int from = Math.max(0, at.start() - 90);
        int to = Math.min(d.text().length(), at.end() + 60);
        String context = d.text().substring(from, at.start()) + "[[" + d.text().substring(at.start(), at.end()) + "]]"
                + d.text().substring(at.end(), to);
        return String.join("\t", d.id(), d.dct().toString(), String.valueOf(half), key,
                p.gold() == null ? "-" : p.gold().text() + "=" + p.gold().value(),
                p.predicted() == null ? "-" : p.predicted().text() + "=" + p.predicted().value(),
                context.replaceAll("\\s+", " "));
    }

    /** The kind of a value: DAY, WEEK, MONTH, QUARTER, YEAR, DURATION..., with the cue word class for days. */
    static String shape(Timex t) {
        String v = t.value();
        String kind;
        if (v.endsWith("_REF")) kind = v;
        else if (v.startsWith("P")) kind = "DURATION" + (v.contains("X") ? "(vague)" : "");
        else if (t.type() == Timex.Type.SET) kind = "SET";
        else if (v.matches("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}T.*")) kind = "TIME";
        else if (v.matches("[\\dX]{4}-[\\dX]{2}-[\\dX]{2}")) kind = WORD.matcher(t.text()).find() ? "DAY(weekday)" : "DAY";
        else if (v.matches("[\\dX]{4}-W.*")) kind = "WEEK";
        else if (v.matches("[\\dX]{4}-Q.*")) kind = "QUARTER";
        else if (v.matches("[\\dX]{4}-H.*")) kind = "HALF";
        else if (v.matches("[\\dX]{4}-(SP|SU|FA|WI)")) kind = "SEASON";
        else if (v.matches("[\\dX]{4}-[\\dX]{2}")) kind = "MONTH";
        else if (v.matches("[\\dX]{4}")) kind = "YEAR";
        else if (v.matches("[\\dX]{3}")) kind = "DECADE";
        else if (v.matches("[\\dX]{2}")) kind = "CENTURY";
        else kind = "OTHER";
        return kind + (v.contains("X") && !kind.startsWith("DURATION") ? "(X)" : "");
    }

    @Test
    void shape_knownValues_haveTheirKind() {
        assertEquals("WEEK(X)", shape(new Timex(Timex.Type.DATE, "1989-WXX", 0, 9, "last week")));
        assertEquals("DAY(weekday)", shape(new Timex(Timex.Type.DATE, "1989-10-27", 0, 6, "Friday")));
        assertEquals("DURATION(vague)", shape(new Timex(Timex.Type.DURATION, "PXY", 0, 5, "years")));
        assertEquals("QUARTER", shape(new Timex(Timex.Type.DATE, "1988-Q3", 0, 9, "a year ago")));
        assertEquals("PRESENT_REF", shape(new Timex(Timex.Type.DATE, "PRESENT_REF", 0, 3, "now".toLowerCase(Locale.ROOT))));
    }
}
