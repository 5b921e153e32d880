package org.sitrep.core.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The input formats the {@link Ingestor} reads. Any of them may also be gzip-compressed; gzip is detected by
 * its magic bytes, not by a format of its own.
 */
public enum Format {
    /** One article per file: an optional {@code " date YYYY-MM-DD "} prefix, or title/YYYYMMDD/URL lines, then the body. */
    SEED_TEXT,
    /** JSON Lines: one object per line with id, title, text, date, url, lang; other fields are kept as extras. */
    JSONL,
    /** CSV with a header row naming the same fields as JSONL; quoted and multi-line fields allowed. */
    CSV,
    /** One HTML page per file. */
    HTML,
    /** An RSS or Atom feed: one record per entry. */
    FEED,
    /** A WARC file: one record per HTML response. */
    WARC;

    /** The format named by {@code name} ("jsonl", "warc", "seed-text"...), case-insensitive, or empty. */
    public static Optional<Format> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (n) {
            case "TEXT", "TXT", "SEED", "SEED_TEXT" -> Optional.of(SEED_TEXT);
            case "JSONL", "NDJSON", "JSON" -> Optional.of(JSONL);
            case "CSV" -> Optional.of(CSV);
            case "HTML", "HTM" -> Optional.of(HTML);
            case "FEED", "RSS", "ATOM" -> Optional.of(FEED);
            case "WARC" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }
}
