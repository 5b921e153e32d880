package org.sitrep.core.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.extract.DateExtractor;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/**
 * The incident date per gold incident on gva-dev, with the gold clusters: normalised articles as the pipeline sees
 * them, voted as the reconciler votes (confidence-weighted, a day after the first report counting a quarter), and
 * the misses bucketed by whether any member's text names the gold day. {@code -Dsitrep.dates.dump=FILE} writes
 * every miss with its members' candidate dates for an error analysis.
 */
class IncidentDatesGvaIncidentsTest {
    private record Member(Article article, IncidentDate picked, IncidentDateExtractor.Analysis analysis) {
    }

    @Test
    void standard_gvaDevGoldClusters_votePerIncident() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path file = shared == null ? null : Path.of(shared, "datasets", "gva-dev.jsonl");
        assumeTrue(file != null && Files.isRegularFile(file),
                "skipped: shared datasets not found (set -Dsitrep.shared to the folder holding datasets/)");
        Normalizer normalizer = Normalizers.standard();
        DateExtractor extractor = IncidentDates.standard();
        Map<String, List<Member>> byIncident = new LinkedHashMap<>();
        Map<String, LocalDate> gold = new HashMap<>();
        for (GoldItem g : GoldLoader.load(file, new ArrayList<>())) {
            if (g.facts() == null || g.facts().incidentDate() == null) continue;
            Article a = normalizer.normalize(g.record()).value();
            if (a == null || a.text().isBlank()) continue;
            gold.put(g.eventId(), LocalDate.parse(g.facts().incidentDate().substring(0, 10)));
            Doc doc = Doc.of(a);
            byIncident.computeIfAbsent(g.eventId(), k -> new ArrayList<>())
                    .add(new Member(a, extractor.extract(doc), IncidentDateExtractor.analyse(doc)));
        }
        String dumpTo = System.getProperty("sitrep.dates.dump");
        Map<String, Integer> buckets = new TreeMap<>();
        Map<String, Integer> oneDay = new TreeMap<>();
        int hit = 0;
        int[] halfHit = new int[2];
        int[] halfAll = new int[2];
        try (PrintWriter dump = dumpTo == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dumpTo)))) {
            for (var e : byIncident.entrySet()) {
                LocalDate truth = gold.get(e.getKey());
                LocalDate voted = vote(e.getValue());
                int half = half(e.getKey());
                halfAll[half]++;
                if (truth.equals(voted)) {
                    hit++;
                    halfHit[half]++;
                    continue;
                }
                boolean named = e.getValue().stream().anyMatch(m -> m.analysis().options().stream()
                        .anyMatch(o -> o.best() != null && o.date().equals(truth)));
                long off = voted == null ? Long.MAX_VALUE : Math.abs(voted.toEpochDay() - truth.toEpochDay());
                String bucket = (named ? "gold day named in a member" : "gold day named nowhere")
                        + (off == 1 ? ", 1 day off" : off <= 7 ? ", 2-7 days off" : ", over a week off")
                        + (e.getValue().size() > 1 ? ", several articles" : ", one article");
                buckets.merge(bucket, 1, Integer::sum);
                if (off == 1) {
                    oneDay.merge((voted.isAfter(truth) ? "voted the day after, " : "voted the day before, ")
                            + phrasing(e.getValue(), voted), 1, Integer::sum);
                }
                if (dump != null) write(dump, e.getKey(), truth, voted, bucket, e.getValue());
            }
        }
        double acc = hit / (double) byIncident.size();
        System.out.printf("GVA dev, gold clusters: incident date per incident %.4f of %d (halves by md5 of the event id:"
                + " %d of %d, %d of %d)%n", acc, byIncident.size(), halfHit[0], halfAll[0], halfHit[1], halfAll[1]);
        buckets.forEach((k, v) -> System.out.println("  misses, " + k + ": " + v));
        oneDay.forEach((k, v) -> System.out.println("  one-day misses, " + k + ": " + v));
        assertTrue(acc >= 0.86, "per incident " + acc);
    }

    private static final Pattern NIGHT = Pattern.compile("(?i)\\b(?:night|evening|late|midnight|p\\.?m)\\b");
    private static final Pattern EARLY = Pattern.compile("(?i)\\b(?:morning|early|overnight|a\\.?m)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d");

    /**
     * How the most confident member that chose the voted day wrote it: no day at all (the publication day or the day
     * before, as the model weighs them), a night, an early morning, a month and day, or a bare weekday or other word.
     */
    private static String phrasing(List<Member> members, LocalDate voted) {
        Member top = members.stream().filter(m -> m.picked() != null && m.picked().date().equals(voted))
                .max(Comparator.comparingDouble(m -> m.picked().confidence())).orElse(null);
        if (top == null) return "no member chose it";
        DateModel.Option best = DateModel.best(top.analysis().options());
        if (best == null || best.best() == null) return "no day named";
        String t = best.best().timex().text();
        if (NIGHT.matcher(t).find()) return "a night or evening";
        if (EARLY.matcher(t).find()) return "a morning or the small hours";
        if (MONTH_DAY.matcher(t).find()) return "a month and day";
        return "a weekday or other";
    }

    /** Which half of the incidents an event id falls in: the low bit of its md5's first byte. */
    private static int half(String eventId) {
        try {
            return java.security.MessageDigest.getInstance("MD5")
                    .digest(eventId.getBytes(java.nio.charset.StandardCharsets.UTF_8))[0] & 1;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reconciler's vote (StandardReconciler.decideDate) over one incident's members. */
    private static LocalDate vote(List<Member> members) {
        LocalDate first = members.stream().map(m -> IncidentDates.filed(m.article())).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        Map<LocalDate, Double> votes = new HashMap<>();
        List<Map.Entry<LocalDate, Double>> coarse = new ArrayList<>();
        List<IncidentDate> coarseDates = new ArrayList<>();
        for (Member given : members) {
            if (given.picked() == null) continue;
            // an undated pick at a web-archive capture votes for the day before, as StandardReconciler.voteDate
            Member m = given.picked().basis() != IncidentDate.Basis.UNNAMED_AT_CAPTURE ? given : new Member(
                    given.article(), given.picked().withDate(given.picked().date().minusDays(1)), given.analysis());
            double w = first != null && m.picked().date().isAfter(first) ? 0.25 : 1.0;
            if (m.picked().precision() != Precision.DAY) {
                coarse.add(Map.entry(m.picked().date(), w * Math.max(0.05, m.picked().confidence())));
                coarseDates.add(m.picked());
                continue;
            }
            votes.merge(m.picked().date(), w * Math.max(0.05, m.picked().confidence()), Double::sum);
        }
        // a week or month vote backs the best-voted day inside it, as StandardReconciler.foldCoarse does
        Map<LocalDate, Double> days = Map.copyOf(votes);
        for (int i = 0; i < coarse.size(); i++) {
            IncidentDate d = coarseDates.get(i);
            LocalDate from = d.date();
            LocalDate to = switch (d.precision()) {
                case WEEK -> from.plusDays(7);
                case MONTH -> from.withDayOfMonth(1).plusMonths(1);
                default -> from.withDayOfYear(1).plusYears(1);
            };
            LocalDate target = days.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(to))
                    .max(Map.Entry.<LocalDate, Double>comparingByValue()
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(from);
            votes.merge(target, coarse.get(i).getValue(), Double::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<LocalDate, Double>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
    }

    private static void write(PrintWriter out, String incident, LocalDate truth, LocalDate voted, String bucket,
                              List<Member> members) {
        out.printf("=== %s gold %s (%s) voted %s: %s%n", incident, truth, truth.getDayOfWeek(), voted, bucket);
        for (Member m : members) {
            Article a = m.article();
            String text = a.fullText();
            out.printf("  article %s published %s anchor %s url %s%n", a.id(), a.published(), m.analysis().anchor(),
                    a.canonicalUrl());
            if (m.picked() != null) {
                out.printf("    picked %s (confidence %.2f) from '%s'%n", m.picked().date(), m.picked().confidence(),
                        text.substring(m.picked().evidence().start(), m.picked().evidence().end()).replace('\n', ' '));
            }
            for (Timex t : m.analysis().found()) {
                Candidate c = Candidate.of(t);
                if (c == null) continue;
                out.printf("    %s %s [%s] ...%s...%n", c.date().equals(truth) ? "*" : " ", c.date(), t.text(),
                        text.substring(Math.max(0, t.start() - 70), Math.min(text.length(), t.end() + 30)).replace('\n', ' '));
            }
        }
    }
}
