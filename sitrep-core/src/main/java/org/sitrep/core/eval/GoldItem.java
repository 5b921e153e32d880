package org.sitrep.core.eval;

import java.util.List;
import org.sitrep.core.ingest.RawRecord;

/**
 * One evaluation article: what the pipeline may see ({@code record}: id, title, text, date, url, lang) and
 * what only the scorer reads ({@code eventId}, {@code facts}, {@code timexes}).
 */
public record GoldItem(RawRecord record, String eventId, GoldFacts facts, List<GoldTimex> timexes) {
    public GoldItem {
        timexes = timexes == null ? List.of() : List.copyOf(timexes);
    }

    public String id() {
        return record.id();
    }

    /** Incident-level facts of a gva-style gold record; any field may be null. */
    public record GoldFacts(String incidentDate, String state, String city, Integer killed, Integer injured) {
    }

    /** A gold time expression (TempEval-3). */
    public record GoldTimex(String type, String value, String text, int start, int end) {
    }
}
