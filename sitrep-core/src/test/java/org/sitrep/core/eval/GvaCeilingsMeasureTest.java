package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.core.extract.figure.WrittenNumbers;
import org.sitrep.core.extract.place.StateAbbreviations;
import org.sitrep.core.extract.time.DateCandidates;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.core.reconcile.Member;
import org.sitrep.core.reconcile.Reconciler;
import org.sitrep.core.reconcile.Reconcilers;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * Ceilings of the gva-dev facts (issue 4): with the <b>gold</b> clusters, so clustering errors are out, how often
 * sitrep's chosen value is right, how often the gold value is among the candidates its extractors offer over the
 * incident's member articles (candidate recall, an oracle choosing among them), and how often the text writes it at
 * all. Articles are normalised as the pipeline does, extracted with the standard extractor and reconciled in stream
 * order by one standard reconciler (each arrival re-decides its incident, so outlet homes are learned online); city
 * and state are compared with the scorer's own {@link Matching} rules. Per fact:
 * <ul>
 *   <li>date: candidates are each member's pick (a named day, or the publication day or the day before when none
 *       is named) and its date options' days; written = a day-precision time expression anywhere in a member,
 *       resolved against the extractor's anchor, names the gold day;</li>
 *   <li>city / state: candidates are every resolved place (incident or mentioned) and the chosen one; written = a run
 *       of one to four words of the text that the scorer would accept as the gold name, or for a state one of the
 *       abbreviations the place extractor reads ("Ill.", "Calif"; not a bare USPS code, which all-caps words mimic);</li>
 *   <li>killed / injured: candidates are the extracted figures of that kind, plus 0 (what an incident without one
 *       reports); "any kind" also admits figures of other kinds; written = the number in digits or words anywhere,
 *       0 always. Rows "gold > 0" leave out the incidents whose gold count is 0.</li>
 * </ul>
 * Each column includes the ones before it (an oracle can always take the chosen value). Prints the table; fails only
 * on a collapse. A measurement (about two minutes), not a guard: run with {@code -Dtest=GvaCeilingsMeasureTest
 * -Dsitrep.measure=true}; skips without that flag and without ../shared. With {@code -Dsitrep.cityDump=FILE} it also
 * writes, for each incident whose gold city is a candidate but not chosen, the chosen place and the gold-matching
 * candidates with simple features (see {@link #dumpCityChoice}); with {@code -Dsitrep.injuredDump=FILE}, for each incident
 * whose gold injured count (above 0) is written but offered by no injured figure, the figures and the sentences that
 * write the count (see {@link #dumpUnofferedInjured}); with {@code -Dsitrep.stateDump=FILE}, every incident with a gold
 * state, right or not, with each member's outlet, URL, title and resolved places (see {@link #dumpState}).
 */
class GvaCeilingsMeasureTest {
    private record Seen(Article article, ArticleFacts facts, DateCandidates.Days days) {
    }

    /** Counts of one row: incidents, chosen right, gold among the candidates (and among any kind), written. */
    private static final class Row {
        int n;
        int chosen;
        int candidate;
        int anyKind;
        int written;

        void add(boolean c, boolean cand, boolean any, boolean w) {
            n++;
            if (c) chosen++;
            if (cand) candidate++;
            if (any) anyKind++;
            if (w) written++;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*");

    @Test
    void gvaDev_goldClusters_chosenCandidateRecallAndWritten() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("sitrep.measure"),
                "skipped: a measurement of about two minutes; set -Dsitrep.measure=true");
        Path file = DevData.shared().resolve("datasets").resolve("gva-dev.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent");
        Normalizer normalizer = Normalizers.standard();
        List<GoldItem> items = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, GoldItem.GoldFacts> gold = new LinkedHashMap<>();
        for (GoldItem g : StreamOrder.of(GoldLoader.load(file, new ArrayList<>()))) {
            if (g.eventId() != null && g.facts() != null) gold.putIfAbsent(g.eventId(), g.facts());
            var o = normalizer.normalize(g.record());
            if (!o.isOk() || g.eventId() == null) continue; // the pipeline stores nothing for a rejected record
            items.add(g);
            articles.add(o.value());
        }
        Extractor extractor = Extractors.standard();
        List<Seen> seen = articles.parallelStream()
                .map(a -> new Seen(a, extractor.extract(a), DateCandidates.of(Doc.of(a)))).toList();

        Reconciler rec = Reconcilers.standard();
        Map<String, List<Member>> members = new LinkedHashMap<>();
        Map<String, List<Seen>> byEvent = new LinkedHashMap<>();
        Map<String, Incident> decided = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            GoldItem g = items.get(i);
            Seen s = seen.get(i);
            byEvent.computeIfAbsent(g.eventId(), k -> new ArrayList<>()).add(s);
            List<Member> ms = members.computeIfAbsent(g.eventId(), k -> new ArrayList<>());
            ms.add(new Member(s.article(), s.facts(), DedupDecision.original(s.article().id())));
            decided.put(g.eventId(), rec.reconcile(g.eventId(), List.copyOf(ms), List.of()));
        }

        // a state's abbreviation ("Ill.", "Calif") counts as writing it, for the "written anywhere" column only
        Map<String, String> abbreviations = new java.util.HashMap<>();
        for (StateAbbreviations.Abbreviation a : StateAbbreviations.all()) {
            abbreviations.put(a.text().replaceAll("\\.$", ""), a.state());
        }
        String dumpTo = System.getProperty("sitrep.cityDump");
        List<String> cityDump = dumpTo == null || dumpTo.isBlank() ? null : new ArrayList<>();
        String injuredDumpTo = System.getProperty("sitrep.injuredDump");
        List<String> injuredDump = injuredDumpTo == null || injuredDumpTo.isBlank() ? null : new ArrayList<>();
        String choiceDumpTo = System.getProperty("sitrep.injuredChoiceDump");
        List<String> choiceDump = choiceDumpTo == null || choiceDumpTo.isBlank() ? null : new ArrayList<>();
        String stateDumpTo = System.getProperty("sitrep.stateDump");
        List<String> stateDump = stateDumpTo == null || stateDumpTo.isBlank() ? null : new ArrayList<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String name : List.of("date", "city", "state", "killed", "injured", "killed, gold > 0", "injured, gold > 0")) {
            rows.put(name, new Row());
        }
        for (var e : gold.entrySet()) {
            GoldItem.GoldFacts f = e.getValue();
            // an incident whose every article the normaliser rejected has no members and no decision: the scorer
            // counts it a miss, and nothing is offered (its gold 0 counts are still the default)
            List<Seen> ss = byEvent.getOrDefault(e.getKey(), List.of());
            Incident inc = decided.get(e.getKey());
            if (f.incidentDate() != null) {
                LocalDate want = LocalDate.parse(f.incidentDate().substring(0, 10));
                boolean c = inc != null && want.equals(inc.day());
                boolean cand = c || ss.stream().anyMatch(s -> s.days().options().contains(want)
                        || s.facts().incidentDate() != null && want.equals(s.facts().incidentDate().date()));
                boolean w = cand || ss.stream().anyMatch(s -> s.days().resolved().contains(want));
                rows.get("date").add(c, cand, cand, w);
            }
            if (f.city() != null) {
                place(rows.get("city"), f.city(), inc, ss, Place::name, Matching::cityMatches, Matching::cityMatches);
                if (cityDump != null) dumpCityChoice(cityDump, e.getKey(), f.city(), inc, ss);
            }
            if (f.state() != null) {
                place(rows.get("state"), f.state(), inc, ss, Place::admin1, Matching::stateMatches, (want, got) ->
                        Matching.stateMatches(want, got) || Matching.stateMatches(want, abbreviations.get(got)));
                if (stateDump != null) dumpState(stateDump, e.getKey(), f, inc, ss);
            }
            if (f.killed() != null) figure(rows, "killed", f.killed(), inc, ss, FigureKind.KILLED);
            if (f.injured() != null) figure(rows, "injured", f.injured(), inc, ss, FigureKind.INJURED);
            if (f.injured() != null && injuredDump != null) dumpUnofferedInjured(injuredDump, e.getKey(), f, inc, ss);
            if (f.injured() != null && choiceDump != null) dumpInjuredChoice(choiceDump, e.getKey(), f, inc, ss);
        }

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "gva-dev ceilings, gold clusters (%d articles, %d incidents with facts)%n"
                        + "| fact | incidents | chosen | candidate recall | candidate, any kind | written anywhere |%n"
                        + "|---|---|---|---|---|---|%n", items.size(), gold.size()));
        rows.forEach((name, r) -> table.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %s | %.4f |%n",
                name, r.n, r.chosen / (double) r.n, r.candidate / (double) r.n,
                name.startsWith("killed") || name.startsWith("injured")
                        ? String.format(Locale.ROOT, "%.4f", r.anyKind / (double) r.n) : "-",
                r.written / (double) r.n)));
        System.out.print(table);
        if (cityDump != null) {
            cityDump.add(0, "# incident\tgold city\tchosen (name|admin1|pop|members naming it|incident-role members"
                    + "|first position)\tmembers\tgold-matching candidates: name|admin1|role seen|members naming it|incident-role members|first"
                    + " position|pop|km to chosen");
            Files.write(Path.of(dumpTo), cityDump);
        }
        if (injuredDump != null) {
            injuredDump.add(0, "# incident\tgold killed/injured\tchosen killed/injured\tfigures per member (kind:value)"
                    + "\tthen one tab-led line per sentence that writes the gold injured count");
            Files.write(Path.of(injuredDumpTo), injuredDump);
        }
        if (choiceDump != null) {
            choiceDump.add(0, "# incident\tgold killed/injured\tchosen killed/injured (qualifier, as of, confidence)"
                    + "\tthen per member one tab-led line per injured figure: article, position (first or later),"
                    + " value, qualifier, as of, confidence, source sentence");
            Files.write(Path.of(choiceDumpTo), choiceDump);
        }
        if (stateDump != null) {
            stateDump.add(0, "# incident\tright or miss on gold clusters\tgold city|state\tchosen name|admin1|confidence"
                    + "\tthen per member a tab-led line (article, outlet, url, title, body start) and one per place (role, name,"
                    + " admin1, confidence, evidence sentence)");
            Files.write(Path.of(stateDumpTo), stateDump);
        }
        for (Row r : rows.values()) {
            assertThat(r.candidate).as("candidate recall is at least the chosen value's accuracy").isGreaterThanOrEqualTo(r.chosen);
            assertThat(r.written).as("written anywhere is at least candidate recall").isGreaterThanOrEqualTo(r.candidate);
        }
        assertThat(rows.get("state").chosen / (double) rows.get("state").n).as("state chosen").isGreaterThan(0.85);
    }

    private static void place(Row row, String want, Incident inc, List<Seen> ss,
                              java.util.function.Function<Place, String> field, BiPredicate<String, String> matches,
                              BiPredicate<String, String> writes) {
        boolean c = inc != null && inc.place() != null && matches.test(want, field.apply(inc.place()));
        boolean cand = c || ss.stream().flatMap(s -> s.facts().places().stream()).anyMatch(p -> matches.test(want, field.apply(p)));
        boolean w = cand || ss.stream().anyMatch(s -> written(s.article(), want, writes));
        row.add(c, cand, cand, w);
    }

    /** True when a run of one to four words of the title or text is what the scorer accepts as {@code want}. */
    private static boolean written(Article a, String want, BiPredicate<String, String> matches) {
        String text = a.title() + "\n" + a.text();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group().replaceAll("['’]s$|[.,'’-]+$", ""));
        Set<String> tried = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isEmpty() || !Character.isUpperCase(words.get(i).charAt(0))) continue;
            StringBuilder run = new StringBuilder();
            for (int k = i; k < Math.min(words.size(), i + 4); k++) {
                if (k > i) run.append(' ');
                run.append(words.get(k));
                String s = run.toString();
                if (tried.add(s) && matches.test(want, s)) return true;
            }
        }
        return false;
    }

    private static void figure(Map<String, Row> rows, String name, int want, Incident inc, List<Seen> ss, FigureKind kind) {
        Figure best = inc == null ? null : inc.best().get(kind);
        boolean c = (best == null ? 0 : best.value()) == want;
        boolean cand = c || want == 0 || ss.stream().flatMap(s -> s.facts().figures().stream())
                .anyMatch(f -> f.kind() == kind && f.value() == want);
        boolean any = cand || ss.stream().flatMap(s -> s.facts().figures().stream()).anyMatch(f -> f.value() == want);
        boolean w = any || ss.stream().anyMatch(s -> WrittenNumbers.in(s.article().title() + "\n" + s.article().text())
                .contains(want));
        rows.get(name).add(c, cand, any, w);
        if (want > 0) rows.get(name + ", gold > 0").add(c, cand, any, w);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"”])\\s+(?=[\"“A-Z])|\\n+");

    /**
     * For an incident whose gold injured count is above 0 and written in a member but offered by no figure of the
     * injured kind (set {@code -Dsitrep.injuredDump=FILE}): the gold and chosen counts, each member's figures, and
     * every title or sentence that writes the gold count, so the extraction gap can be bucketed.
     */
    private static void dumpUnofferedInjured(List<String> out, String id, GoldItem.GoldFacts f, Incident inc, List<Seen> ss) {
        int want = f.injured();
        if (want == 0 || ss.stream().flatMap(s -> s.facts().figures().stream())
                .anyMatch(x -> x.kind() == FigureKind.INJURED && x.value() == want)) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        for (Seen s : ss) {
            String title = s.article().title() == null ? "" : s.article().title();
            for (String sentence : SENTENCE_END.split(title + "\n" + s.article().text())) {
                if (WrittenNumbers.in(sentence).contains(want)) sentences.add(s.article().id() + ": " + sentence.strip());
            }
        }
        if (sentences.isEmpty()) return;
        Figure k = inc == null ? null : inc.best().get(FigureKind.KILLED);
        Figure h = inc == null ? null : inc.best().get(FigureKind.INJURED);
        StringBuilder line = new StringBuilder(id).append('\t').append(f.killed()).append('/').append(want).append('\t')
                .append(k == null ? 0 : k.value()).append('/').append(h == null ? 0 : h.value()).append('\t');
        for (Seen s : ss) {
            line.append('[');
            s.facts().figures().forEach(x -> line.append(x.kind().name().charAt(0)).append(':').append(x.value()).append(' '));
            line.append(']');
        }
        out.add(line.toString());
        sentences.stream().distinct().forEach(x -> out.add("\t" + x));
    }

    /**
     * For an incident whose gold injured count is offered by some member's injured figure (or is 0) but not chosen (set
     * {@code -Dsitrep.injuredChoiceDump=FILE}): the gold and chosen counts and every member's injured figures with
     * value, qualifier, as-of date, confidence and source sentence, so the choosing gap can be bucketed. A member's
     * first injured figure is the one the reconciler weighs; the later ones are marked.
     */
    private static void dumpInjuredChoice(List<String> out, String id, GoldItem.GoldFacts f, Incident inc, List<Seen> ss) {
        int want = f.injured();
        Figure h = inc == null ? null : inc.best().get(FigureKind.INJURED);
        if ((h == null ? 0 : h.value()) == want || want > 0 && ss.stream().flatMap(s -> s.facts().figures().stream())
                .noneMatch(x -> x.kind() == FigureKind.INJURED && x.value() == want)) {
            return;
        }
        Figure k = inc == null ? null : inc.best().get(FigureKind.KILLED);
        out.add(id + '\t' + f.killed() + '/' + want + '\t' + (k == null ? 0 : k.value()) + '/'
                + (h == null ? "0" : h.value() + " (" + h.qualifier() + ", " + h.asOf() + ", " + h.confidence() + ")")
                + '\t' + ss.size() + " members");
        for (Seen s : ss) {
            boolean first = true;
            for (Figure x : s.facts().figures()) {
                if (x.kind() != FigureKind.INJURED) continue;
                out.add(String.format(Locale.ROOT, "\t%s\t%s\t%d%s\t%s\t%s\t%.2f\t%s", s.article().id(),
                        first ? "first" : "later", x.value(), x.value() == want ? "*" : "", x.qualifier(), x.asOf(),
                        x.confidence(), x.evidence().sentence().replaceAll("\\s+", " ").strip()));
                first = false;
            }
            Figure kx = s.facts().figures().stream().filter(x -> x.kind() == FigureKind.KILLED).findFirst().orElse(null);
            if (first || kx != null) {
                out.add("\t" + s.article().id() + "\t" + (first ? "no injured" : "") + (kx == null ? "" : " killed "
                        + kx.value() + " " + kx.qualifier() + " " + kx.asOf() + " " + kx.confidence()));
            }
        }
    }

    /**
     * One line for an incident whose gold city is among the candidates but not chosen (set
     * {@code -Dsitrep.cityDump=FILE}): the chosen place and each gold-matching candidate with simple features, so the
     * choosing gap can be bucketed. Position: title, lead (the first 300 characters of the body, a dateline included)
     * or body, the earliest over the members.
     */
    private static void dumpCityChoice(List<String> out, String id, String want, Incident inc, List<Seen> ss) {
        Place chosen = inc == null ? null : inc.place();
        if (chosen != null && Matching.cityMatches(want, chosen.name())) return;
        Map<String, List<Place>> matching = new LinkedHashMap<>();
        for (Seen s : ss) {
            for (Place p : s.facts().places()) {
                if (Matching.cityMatches(want, p.name())) {
                    matching.computeIfAbsent(p.name() + "|" + p.admin1(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        if (matching.isEmpty()) return;
        StringBuilder line = new StringBuilder(id).append('\t').append(want).append('\t');
        if (chosen == null) {
            line.append("(none)");
        } else {
            line.append(chosen.name()).append('|').append(chosen.admin1()).append('|')
                    .append(org.sitrep.core.extract.place.Places.population(chosen)).append('|')
                    .append(membersNaming(ss, chosen.name(), chosen.admin1(), false)).append('|')
                    .append(membersNaming(ss, chosen.name(), chosen.admin1(), true)).append('|')
                    .append(position(ss, chosen.name(), chosen.admin1()));
        }
        line.append("\t").append(ss.size()).append(" members");
        for (List<Place> ps : matching.values()) {
            Place p = ps.get(0);
            boolean incident = ps.stream().anyMatch(q -> q.role() == Place.Role.INCIDENT);
            String position = position(ss, p.name(), p.admin1());
            String km = chosen == null || chosen.lat() == null || p.lat() == null ? "-" : String.format(Locale.ROOT,
                    "%.0f", org.sitrep.core.internal.Geo.km(chosen.lat(), chosen.lon(), p.lat(), p.lon()));
            line.append('\t').append(p.name()).append('|').append(p.admin1()).append('|')
                    .append(incident ? "incident" : "mention").append('|')
                    .append(membersNaming(ss, p.name(), p.admin1(), false)).append('|')
                    .append(membersNaming(ss, p.name(), p.admin1(), true)).append('|')
                    .append(position).append('|').append(org.sitrep.core.extract.place.Places.population(p)).append('|')
                    .append(km);
        }
        out.add(line.toString());
    }

    /**
     * Every incident with a gold state (set {@code -Dsitrep.stateDump=FILE}): whether the chosen state is right on gold
     * clusters, the gold and chosen places, and per member its outlet, URL, title, the start of its body and every
     * resolved place with its evidence sentence, so that state misses (also those of the full pipeline, by incident
     * id) can be sorted into causes.
     */
    private static void dumpState(List<String> out, String id, GoldItem.GoldFacts f, Incident inc, List<Seen> ss) {
        Place chosen = inc == null ? null : inc.place();
        boolean right = chosen != null && Matching.stateMatches(f.state(), chosen.admin1());
        out.add(id + '\t' + (right ? "right" : "miss") + '\t' + f.city() + '|' + f.state() + '\t'
                + (chosen == null ? "(none)" : chosen.name() + '|' + chosen.admin1() + '|' + String.format(Locale.ROOT, "%.2f", chosen.confidence())));
        for (Seen s : ss) {
            String body = s.article().text() == null ? "" : s.article().text().replaceAll("\\s+", " ").strip();
            out.add("\t" + s.article().id() + "\t" + s.article().outlet() + "\t" + s.article().url() + "\t" + s.article().title()
                    + "\t" + body.substring(0, Math.min(300, body.length())));
            for (Place p : s.facts().places()) {
                String sentence = p.evidence().sentence() == null ? "" : p.evidence().sentence().replaceAll("\\s+", " ").strip();
                out.add(String.format(Locale.ROOT, "\t\t%s\t%s|%s|%s\t%.2f\t%s", p.role(), p.name(), p.admin1(), p.country(),
                        p.confidence(), sentence.substring(0, Math.min(200, sentence.length()))));
            }
        }
    }

    /** Where the members first name the place: title, lead (the first 300 characters of the body), body or "-". */
    private static String position(List<Seen> ss, String name, String admin1) {
        String position = "-";
        for (Seen s : ss) {
            int titleEnd = s.article().title() == null ? 0 : s.article().title().length();
            for (Place q : s.facts().places()) {
                if (!q.name().equals(name) || !java.util.Objects.equals(q.admin1(), admin1)) continue;
                int at = q.evidence().start();
                String here = at < titleEnd ? "title" : at < titleEnd + 302 ? "lead" : "body";
                if (position.equals("-") || here.equals("title") || here.equals("lead") && position.equals("body")) {
                    position = here;
                }
            }
        }
        return position;
    }

    private static long membersNaming(List<Seen> ss, String name, String admin1, boolean asIncident) {
        return ss.stream().filter(s -> s.facts().places().stream().anyMatch(q -> q.name().equals(name)
                && java.util.Objects.equals(q.admin1(), admin1) && (!asIncident || q.role() == Place.Role.INCIDENT)))
                .count();
    }
}
