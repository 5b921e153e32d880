package org.sitrep.core.ingest;

import java.util.Set;

/** The record field names shared by the JSONL and CSV readers. */
final class Fields {
    static final Set<String> KNOWN = Set.of("id", "title", "text", "html", "date", "url", "lang");

    private Fields() {
    }
}
