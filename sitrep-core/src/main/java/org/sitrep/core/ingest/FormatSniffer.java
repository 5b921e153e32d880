package org.sitrep.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses the format of an input from its name, then from its first bytes. Stateless. */
final class FormatSniffer {
    private FormatSniffer() {
    }

    /** The format implied by the file extension (".gz" ignored), or null when the name says nothing. */
    static Format byName(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return Format.JSONL;
        if (n.endsWith(".csv") || n.endsWith(".tsv")) return Format.CSV;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Format.HTML;
        if (n.endsWith(".rss") || n.endsWith(".atom")) return Format.FEED;
        if (n.endsWith(".warc") || n.endsWith(".arc")) return Format.WARC;
        if (n.endsWith(".txt") || n.endsWith(".text")) return Format.SEED_TEXT;
        return null;
    }

    /** The format implied by the first bytes of a (decompressed) input. */
    static Format byContent(byte[] head, int len) {
        String s = new String(head, 0, len, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) s = s.substring(3);
        s = s.stripLeading();
        if (s.startsWith("WARC/")) return Format.WARC;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed")
                || lower.startsWith("<rdf:rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) return Format.FEED;
            if (lower.contains("<html")) return Format.HTML;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<!--")
                || lower.startsWith("<head") || lower.startsWith("<body")) {
            return Format.HTML;
        }
        if (s.startsWith("{")) return Format.JSONL;
        int nl = lower.indexOf('\n');
        String first = (nl < 0 ? lower : lower.substring(0, nl)).strip();
        if (first.matches("\"?[a-z_]+\"?([,\\t;]\"?[a-z_]+\"?)+") && (first.contains("text") || first.contains("html"))) {
            return Format.CSV;
        }
        if (lower.contains("<html") && lower.contains("</")) return Format.HTML;
        return Format.SEED_TEXT;
    }
}
