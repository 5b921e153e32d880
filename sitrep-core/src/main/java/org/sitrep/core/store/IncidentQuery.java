package org.sitrep.core.store;

import java.time.LocalDate;

/**
 * Filters for listing incidents; null means "any". Results are newest first (by incident date, then
 * id), paged by {@code after} (an incident id cursor) and {@code limit}.
 *
 * @param text       full-text query over member articles, or null
 * @param from       earliest incident date, inclusive
 * @param to         latest incident date, inclusive
 * @param place      place name (case-insensitive match on place, admin1 or country)
 * @param bbox       minLon,minLat,maxLon,maxLat or null
 * @param eventType  event type label prefix
 * @param minKilled  minimum best killed figure
 * @param minInjured minimum best injured figure
 * @param after      cursor: id of the last incident of the previous page
 * @param limit      page size, 1..10000
 */
public record IncidentQuery(String text, LocalDate from, LocalDate to, String place, double[] bbox, String eventType,
                            Integer minKilled, Integer minInjured, String after, int limit) {
    public IncidentQuery {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
        if (bbox != null && bbox.length != 4) throw new IllegalArgumentException("bbox needs 4 numbers, got " + bbox.length);
    }

    public static IncidentQuery all(int limit) {
        return new IncidentQuery(null, null, null, null, null, null, null, null, null, limit);
    }
}
