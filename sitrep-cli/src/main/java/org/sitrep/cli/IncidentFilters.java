package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.core.store.IncidentQuery;
import picocli.CommandLine.Option;

/** The incident filter options shared by {@code incidents} and {@code export}. */
final class IncidentFilters {
    @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Full-text search over member articles.")
    String query;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest incident date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest incident date.")
    LocalDate to;

    @Option(names = "--place", paramLabel = "NAME", description = "Place, region or country name (exact, any case).")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type prefix (e.g. 'Explosions').")
    String type;

    @Option(names = "--min-killed", paramLabel = "N", description = "Only incidents with at least N killed.")
    Integer minKilled;

    @Option(names = "--min-injured", paramLabel = "N", description = "Only incidents with at least N injured.")
    Integer minInjured;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "newest",
            description = "Order: newest (default), oldest, killed, injured, articles, updated.")
    String sort;

    /** The query for these filters; throws IllegalArgumentException naming a bad value. */
    IncidentQuery toQuery(String after, int limit) {
        return new IncidentQuery(query, from, to, place, null, type, minKilled, minInjured, after, limit,
                IncidentQuery.Sort.parse(sort));
    }
}
