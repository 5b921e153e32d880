package org.sitrep.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A normalised news article as stored: repaired text, metadata and content hash.
 *
 * @param id          stable id (from the source when it has one, else derived from the content hash)
 * @param title       title or empty
 * @param text        repaired, normalised body text; evidence spans index into {@link #fullText()}
 * @param published   publication date, or null when unknown (never "now")
 * @param url         original URL or null
 * @param canonicalUrl URL with tracking parameters, fragments and archive prefixes removed, or null
 * @param outlet      host of the canonical URL without "www.", or null
 * @param lang        ISO 639-1 language code, or "und"
 * @param contentHash SHA-256 hex of the normalised title + text
 * @param source      where it was read from (file, line or record), for error messages
 * @param extra       any other fields of the input record, kept verbatim as strings
 */
public record Article(String id, String title, String text, LocalDate published, String url,
                      String canonicalUrl, String outlet, String lang, String contentHash,
                      String source, Map<String, String> extra) {
    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        lang = lang == null ? "und" : lang;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Title and text joined by a blank line: what extraction and clustering read. */
    public String fullText() {
        return title.isEmpty() ? text : title + "\n\n" + text;
    }
}
