package org.sitrep.core.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * One record as read from an input, before any repair. Exactly one of {@code text} and {@code html}
 * is usually set; when {@code html} is set the normaliser extracts the main text from it.
 *
 * @param source   file path, "stdin" or URL the record came from
 * @param location "line 3", "record 12", "offset 4096" or empty
 * @param id       id given by the input, or null
 * @param title    title or null
 * @param text     plain body text or null
 * @param html     HTML page or fragment, or null
 * @param date     publication date as written in the input (any format), or null
 * @param url      URL or null
 * @param lang     language code given by the input, or null
 * @param extra    any other fields, kept as strings
 */
public record RawRecord(String source, String location, String id, String title, String text, String html,
                        String date, String url, String lang, Map<String, String> extra) {
    public RawRecord {
        Objects.requireNonNull(source, "source");
        location = location == null ? "" : location;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
