package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reconciled real-world incident.
 *
 * @param id                 stable id; survives merges (old ids become aliases)
 * @param articleIds         member articles in arrival order
 * @param independentSources number of duplicate groups among the members
 * @param date               decided incident date, or null
 * @param place              decided incident place, or null
 * @param eventType          decided event type label, or null
 * @param best               best current estimate per figure kind
 * @param history            every figure reported by a member article, oldest report first
 * @param facts              merged facts (weapons, targets, claims, references...)
 * @param disputed           figure kinds on which sources disagree beyond growth over time
 * @param headline           structured one-line summary
 * @param aliases            ids of incidents merged into this one
 * @param placeAliases       other names the member articles give the decided place ("Kiev" for "Kyiv"), first seen first
 */
public record Incident(String id, List<String> articleIds, int independentSources, IncidentDate date, Place place,
                       String eventType, Map<FigureKind, Figure> best, List<Figure> history, List<Fact> facts,
                       List<FigureKind> disputed, String headline, List<String> aliases, List<String> placeAliases) {
    public Incident {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        best = best == null ? Map.of() : Map.copyOf(best);
        history = history == null ? List.of() : List.copyOf(history);
        facts = facts == null ? List.of() : List.copyOf(facts);
        disputed = disputed == null ? List.of() : List.copyOf(disputed);
        headline = headline == null ? "" : headline;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        placeAliases = placeAliases == null ? List.of() : List.copyOf(placeAliases);
    }

    /** An incident whose place goes by no other name. */
    public Incident(String id, List<String> articleIds, int independentSources, IncidentDate date, Place place,
                    String eventType, Map<FigureKind, Figure> best, List<Figure> history, List<Fact> facts,
                    List<FigureKind> disputed, String headline, List<String> aliases) {
        this(id, articleIds, independentSources, date, place, eventType, best, history, facts, disputed, headline,
                aliases, List.of());
    }

    public LocalDate day() {
        return date == null ? null : date.date();
    }
}
