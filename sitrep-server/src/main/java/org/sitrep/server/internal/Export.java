package org.sitrep.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.Precision;

/**
 * Streams incidents as CSV (ACLED-style columns, then sitrep's own date_basis last), GeoJSON or JSON Lines.
 * Pages through the store with its cursor and writes each incident as soon as it is read, so memory stays
 * flat however large the store is.
 */
public final class Export {
    /** Export formats and their media types. */
    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        GEOJSON("application/geo+json", "geojson"),
        JSONL("application/x-ndjson", "jsonl");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format parse(String v) {
            if (v == null) throw ApiProblem.badRequest("format: required, one of csv, geojson, jsonl");
            for (Format f : values()) {
                if (f.extension.equals(v.toLowerCase(Locale.ROOT))) return f;
            }
            throw ApiProblem.badRequest("format: '" + Params.clip(v) + "' is not one of csv, geojson, jsonl");
        }
    }

    public static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "event_type",
            "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "time_precision", "source", "notes", "fatalities", "injured", "missing", "date_basis");

    private static final int PAGE = 500;

    private final Store store;
    private final ObjectMapper mapper;
    private final Views views;

    public Export(Store store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
        this.views = new Views(store);
    }

    /** Writes every incident matching the filters (paging ignored) to the stream, which it flushes, not closes. */
    public void write(Format format, IncidentQuery filters, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                csvRow(w, CSV_COLUMNS);
                forEach(filters, i -> unchecked(() -> csvRow(w, csvValues(i))));
                w.flush();
            }
            case JSONL -> {
                forEach(filters, i -> store.incidentDetail(i.id()).ifPresent(d -> unchecked(() -> {
                    out.write(mapper.writeValueAsBytes(views.detail(d)));
                    out.write('\n');
                })));
                out.flush();
            }
            case GEOJSON -> {
                JsonGenerator g = mapper.getFactory().createGenerator(out);
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                forEach(filters, i -> unchecked(() -> feature(g, i)));
                g.writeEndArray();
                g.writeEndObject();
                g.flush();
            }
        }
    }

    private void forEach(IncidentQuery f, Consumer<Incident> consumer) {
        String after = null;
        while (true) {
            List<Incident> page = store.incidents(f.page(after, PAGE));
            page.forEach(consumer);
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).id();
        }
    }

    private void feature(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", i.id());
        Views.PlaceView p = Views.PlaceView.of(i.place());
        if (p != null && p.lat() != null && p.lon() != null) {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNullField("geometry");
        }
        g.writeFieldName("properties");
        mapper.writeValue(g, views.summary(i));
        g.writeEndObject();
    }

    List<String> csvValues(Incident i) {
        String[] type = i.eventType() == null ? new String[0] : i.eventType().split("\\|", 2);
        Views.PlaceView p = Views.PlaceView.of(i.place());
        return java.util.Arrays.asList(i.id(), i.day() == null ? "" : i.day().toString(),
                type.length > 0 ? type[0].strip() : "", type.length > 1 ? type[1].strip() : "",
                firstFact(i, FactKind.PERPETRATOR), firstFact(i, FactKind.TARGET),
                p == null || p.country() == null ? "" : p.country(),
                p == null || p.admin1() == null ? "" : p.admin1(), p == null ? "" : p.name(),
                p == null || p.lat() == null ? "" : Double.toString(p.lat()),
                p == null || p.lon() == null ? "" : Double.toString(p.lon()), geoPrecision(p),
                timePrecision(i), sources(i), i.headline(), figure(i, FigureKind.KILLED),
                figure(i, FigureKind.INJURED), figure(i, FigureKind.MISSING),
                i.date() == null ? "" : i.date().basis().label());
    }

    private static String firstFact(Incident i, FactKind kind) {
        return i.facts().stream().filter(f -> f.kind() == kind).map(Fact::value).findFirst().orElse("");
    }

    private static String figure(Incident i, FigureKind kind) {
        Figure f = i.best().get(kind);
        return f == null ? "" : Integer.toString(f.value());
    }

    /**
     * ACLED: 1 = the place itself, 2 = near it or part of a region, 3 = only the region is known (also a town drawn at
     * its region's centre).
     */
    private static String geoPrecision(Views.PlaceView p) {
        if (p == null || p.lat() == null) return "";
        if (p.approximate() != null) return "3";
        if (p.name().equalsIgnoreCase(String.valueOf(p.admin1())) || p.name().equalsIgnoreCase(String.valueOf(p.country()))) {
            return "3";
        }
        return p.gazetteerId() != null ? "1" : "2";
    }

    /** ACLED: 1 = day, 2 = week, 3 = month or coarser. */
    private static String timePrecision(Incident i) {
        if (i.date() == null) return "";
        Precision p = i.date().precision();
        return p == Precision.DAY ? "1" : p == Precision.WEEK ? "2" : "3";
    }

    private String sources(Incident i) {
        Set<String> outlets = new LinkedHashSet<>();
        for (String id : i.articleIds()) {
            store.article(id).map(Article::outlet).filter(o -> o != null && !o.isBlank()).ifPresent(outlets::add);
        }
        return String.join("; ", outlets);
    }

    /** RFC 4180: fields with comma, quote, CR or LF are quoted, quotes doubled; a leading = + - @ is defused. */
    static void csvRow(Writer w, List<String> values) throws IOException {
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) w.write(',');
            w.write(csvField(values.get(k)));
        }
        w.write("\r\n");
    }

    static String csvField(String v) {
        if (v == null || v.isEmpty()) return "";
        if (!v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0 || v.startsWith("-") && !v.matches("-[0-9.]+")) {
            v = "'" + v; // keeps spreadsheets from evaluating text from articles as a formula
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
