package org.sitrep.server.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.store.IncidentQuery;

/**
 * Reads and checks query parameters; every bad value becomes a 400 problem that names the parameter,
 * the value and what was expected.
 */
public final class Params {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final int MAX_TEXT = 500;
    private static final Set<String> FILTERS =
            Set.of("from", "to", "bbox", "place", "type", "min_killed", "min_injured", "q", "sort");

    private Params() {
    }

    /** The incident filters of a request, ignoring paging (for exports). */
    public static IncidentQuery filters(Context ctx, Set<String> allowedExtra, String after, int limit) {
        rejectUnknown(ctx, allowedExtra);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.badRequest("from: " + from + " is after to: " + to);
        }
        return new IncidentQuery(text(ctx, "q"), from, to, text(ctx, "place"), bbox(ctx), text(ctx, "type"),
                nonNegative(ctx, "min_killed"), nonNegative(ctx, "min_injured"), after, limit, sort(ctx));
    }

    /** The {@code sort} parameter: newest (default), oldest, killed, injured, articles or updated. */
    static IncidentQuery.Sort sort(Context ctx) {
        String v = text(ctx, "sort");
        if (v == null) return IncidentQuery.Sort.NEWEST;
        try {
            return IncidentQuery.Sort.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("sort: '" + clip(v) + "' is not an order; known: " + IncidentQuery.Sort.labels());
        }
    }

    /** Rejects parameters that no filter knows, so that a typo ("min_kiled") is not silently ignored. */
    static void rejectUnknown(Context ctx, Set<String> allowedExtra) {
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            String name = e.getKey();
            if (!FILTERS.contains(name) && !allowedExtra.contains(name)) {
                throw ApiProblem.badRequest("unknown parameter '" + clip(name)
                        + "'; known: " + String.join(", ", known(allowedExtra)));
            }
            if (e.getValue().size() > 1) throw ApiProblem.badRequest(name + ": given more than once");
        }
    }

    private static List<String> known(Set<String> extra) {
        return java.util.stream.Stream.concat(FILTERS.stream(), extra.stream()).sorted().toList();
    }

    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        v = v.strip();
        if (v.length() > MAX_TEXT) throw ApiProblem.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        return v;
    }

    public static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + ": '" + clip(v) + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static Integer nonNegative(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw ApiProblem.badRequest(name + ": must not be negative, got " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + ": '" + clip(v) + "' is not a whole number");
        }
    }

    /** limit=, 1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
    public static int limit(Context ctx) {
        Integer n = nonNegative(ctx, "limit");
        if (n == null) return DEFAULT_LIMIT;
        if (n < 1 || n > MAX_LIMIT) throw ApiProblem.badRequest("limit: must be 1.." + MAX_LIMIT + ", got " + n);
        return n;
    }

    /** bbox=minLon,minLat,maxLon,maxLat in degrees. */
    public static double[] bbox(Context ctx) {
        String v = text(ctx, "bbox");
        if (v == null) return null;
        String[] parts = v.split(",", -1);
        if (parts.length != 4) {
            throw ApiProblem.badRequest("bbox: '" + clip(v) + "' needs 4 numbers minLon,minLat,maxLon,maxLat");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("bbox: '" + clip(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(box[i])) throw ApiProblem.badRequest("bbox: '" + clip(parts[i]) + "' is not finite");
        }
        if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90) {
            throw ApiProblem.badRequest("bbox: longitudes must be within -180..180 and latitudes within -90..90");
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            throw ApiProblem.badRequest("bbox: min must not exceed max (minLon,minLat,maxLon,maxLat)");
        }
        return box;
    }

    /** Shortens user input quoted back in messages. */
    public static String clip(String v) {
        return v.length() <= 60 ? v : v.substring(0, 57) + "...";
    }
}
