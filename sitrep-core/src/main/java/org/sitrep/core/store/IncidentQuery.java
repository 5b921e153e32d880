package org.sitrep.core.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Filters for listing incidents; null means "any". Results come in the order of {@code sort} (newest
 * first by default), paged by {@code after} (an incident id cursor) and {@code limit}.
 *
 * @param text       full-text query over member articles, or null
 * @param from       earliest incident date, inclusive
 * @param to         latest incident date, inclusive
 * @param place      place name (case-insensitive match on place, admin1 or country)
 * @param bbox       minLon,minLat,maxLon,maxLat or null
 * @param eventType  event type label prefix
 * @param minKilled  minimum best killed figure
 * @param minInjured minimum best injured figure
 * @param after      cursor: id of the last incident of the previous page (valid for the same sort)
 * @param limit      page size, 1..10000
 * @param sort       the order of the results; null means {@link Sort#NEWEST}
 */
public record IncidentQuery(String text, LocalDate from, LocalDate to, String place, double[] bbox, String eventType,
                            Integer minKilled, Integer minInjured, String after, int limit, Sort sort) {

    /**
     * Orders of an incident list. Every order ends in the incident id, so it is total and a cursor is
     * unambiguous; ties on the main key are broken newest first. Undated incidents come last in both date
     * orders, and a missing figure sorts as 0.
     */
    public enum Sort {
        /** Incident date, newest first (the default). */
        NEWEST,
        /** Incident date, oldest first. */
        OLDEST,
        /** Best killed estimate, highest first. */
        KILLED,
        /** Best injured estimate, highest first. */
        INJURED,
        /** Number of member articles, highest first. */
        ARTICLES,
        /** Last change to the incident (new article, new figure), most recent first. */
        UPDATED;

        /** The name used in the API and on the command line. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sort with this label (any case); throws IllegalArgumentException listing the known ones. */
        public static Sort parse(String label) {
            for (Sort s : values()) {
                if (s.label().equalsIgnoreCase(label.strip())) return s;
            }
            throw new IllegalArgumentException("unknown sort '" + label + "'; known: " + labels());
        }

        /** The labels, comma-separated. */
        public static String labels() {
            return Arrays.stream(values()).map(Sort::label).collect(Collectors.joining(", "));
        }
    }

    public IncidentQuery {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        if (bbox != null && bbox.length != 4) throw new IllegalArgumentException("bbox needs 4 numbers, got " + bbox.length);
        if (sort == null) sort = Sort.NEWEST;
    }

    /** A newest-first query. */
    public IncidentQuery(String text, LocalDate from, LocalDate to, String place, double[] bbox, String eventType,
                         Integer minKilled, Integer minInjured, String after, int limit) {
        this(text, from, to, place, bbox, eventType, minKilled, minInjured, after, limit, Sort.NEWEST);
    }

    public static IncidentQuery all(int limit) {
        return new IncidentQuery(null, null, null, null, null, null, null, null, null, limit);
    }

    /** The same filters and order, another page. */
    public IncidentQuery page(String after, int limit) {
        return new IncidentQuery(text, from, to, place, bbox, eventType, minKilled, minInjured, after, limit, sort);
    }
}
