package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.extract.place.Places;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.IncidentEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep show INCIDENT}: one incident with its facts, figure history, articles and evidence. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one incident: facts with evidence, figure history, claims, references and member "
                + "articles grouped by duplicate group.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Parameters(paramLabel = "INCIDENT", description = "Incident id (or an alias, or a member article id).")
    String id;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json.")
    String format;

    @Override
    public Integer call() {
        try (Store store = data.open()) {
            Optional<Incident> found = store.incident(id).or(() -> store.incidentOf(id).flatMap(store::incident));
            if (found.isEmpty()) {
                System.err.println("sitrep show: no incident '" + id + "' in " + data.dir);
                return ExitCodes.NOT_FOUND;
            }
            Incident i = found.get();
            if (format.equals("json")) {
                System.out.println(Json.pretty(i));
            } else {
                print(i, store, System.out);
            }
            return ExitCodes.OK;
        }
    }

    static void print(Incident i, Store store, PrintStream out) {
        out.println(i.headline());
        out.println("id: " + i.id() + (i.aliases().isEmpty() ? "" : " (aliases " + String.join(", ", i.aliases()) + ")"));
        if (i.date() != null) {
            out.printf("date: %s (%s precision, confidence %.2f, %s)%n", i.date().date(), i.date().precision().label(),
                    i.date().confidence(), basis(i.date().basis()));
            out.println("      " + cite(i.date().evidence()));
        }
        if (i.place() != null) {
            out.printf("place: %s, %s, %s  [%s, %s]%n", i.place().name(), i.place().admin1(), i.place().country(),
                    i.place().lat(), i.place().lon());
            if (i.place().lat() == null) {
                Places.regionOf(i.place()).ifPresent(r -> out.printf("      approximate: region, drawn at [%s, %s]%n",
                        r.lat(), r.lon()));
            }
            if (!i.placeAliases().isEmpty()) out.println("      also called " + String.join(", ", i.placeAliases()));
            out.println("      " + cite(i.place().evidence()));
        }
        if (i.eventType() != null) out.println("type: " + i.eventType().replace("|", " / "));
        if (!i.best().isEmpty()) {
            out.println("best current figures:");
            i.best().values().forEach(f -> out.println("  " + IncidentsCommand.describe(f)
                    + (i.disputed().contains(f.kind()) ? "  (sources disagree)" : "")));
        }
        if (!i.history().isEmpty()) {
            out.println("figure history (as of, figure, reported by, evidence):");
            for (Figure f : i.history()) {
                out.printf("  %s  %-24s %-28s %s%n", f.asOf() == null ? "?" : f.asOf(), IncidentsCommand.describe(f),
                        f.reportedBy() == null ? "-" : IncidentsCommand.cut(f.reportedBy(), 28), cite(f.evidence()));
            }
        }
        Map<FactKind, List<Fact>> byKind = new LinkedHashMap<>();
        for (Fact f : i.facts()) byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        for (var e : byKind.entrySet()) {
            out.println(e.getKey().label() + ":");
            for (Fact f : e.getValue()) {
                String who = f.attributedTo() == null ? "" : " [" + f.attributedTo() + "]";
                String role = f.role() == null ? "" : " (" + f.role() + ")";
                int sources = f.sourceArticles().size();
                out.println("  " + IncidentsCommand.cut(f.value(), 160) + role + who
                        + (sources > 1 ? "  (" + sources + " sources)" : ""));
                if (f.kind() != FactKind.SUMMARY) out.println("      " + cite(f.evidence()));
                if (sources > 1) {
                    out.println("      also in " + String.join(", ", f.sourceArticles().subList(1, sources)));
                }
            }
        }
        printEvents(i.id(), store.incidentEvents(i.id()), out);
        out.println("articles (" + i.articleIds().size() + ", " + i.independentSources() + " independent sources):");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String a : i.articleIds()) {
            String g = store.dedup(a).map(DedupDecision::groupId).orElse(a);
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
        }
        for (var g : groups.entrySet()) {
            for (String a : g.getValue()) {
                Optional<Article> art = store.article(a);
                String kind = store.dedup(a).filter(DedupDecision::isCopy)
                        .map(d -> "  copy (" + d.kind().label() + ") of " + d.copyOf()).orElse("");
                out.printf("  %s %s  %s  %s%s%n", g.getValue().indexOf(a) == 0 ? "*" : " ", a,
                        art.map(x -> x.published() == null ? "undated" : x.published().toString()).orElse("?"),
                        art.map(x -> IncidentsCommand.cut(x.title().isEmpty() ? x.text() : x.title(), 70)).orElse(""),
                        kind);
            }
        }
    }

    /** How the date was picked, in words. */
    static String basis(IncidentDate.Basis b) {
        return switch (b) {
            case NAMED -> "stated in text";
            case UNNAMED -> "inferred from the date line";
            case UNNAMED_AT_CAPTURE -> "inferred from archive capture day";
        };
    }

    /** The incident's merges and splits, oldest first: which incident it absorbed, lost members to, or came from. */
    static void printEvents(String id, List<IncidentEvent> events, PrintStream out) {
        if (events.isEmpty()) return;
        out.println("incident history (merges and splits):");
        for (IncidentEvent e : events) {
            boolean merge = e.kind() == IncidentEvent.Kind.MERGE;
            String what;
            if (merge) what = e.to().equals(id) ? "merged in " + e.from() : "merged into " + e.to();
            else what = e.from().equals(id) ? "split off " + e.to() : "split from " + e.from();
            String why = e.reasons().isEmpty() ? ""
                    : " (" + String.join(", ", e.reasons().stream().map(IncidentEvent.Reason::label).toList()) + ")";
            out.printf("  %s  %s%s, %d article%s moved%s%n", e.at(), what, why, e.moved().size(),
                    e.moved().size() == 1 ? "" : "s", e.articleId() == null ? "" : ", caused by " + e.articleId());
        }
    }

    static String cite(Evidence e) {
        String s = e.sentence().isEmpty() ? "" : "\"" + IncidentsCommand.cut(e.sentence().replace('\n', ' '), 140) + "\"";
        return s + " <" + e.articleId() + ":" + e.start() + "-" + e.end() + ">";
    }
}
