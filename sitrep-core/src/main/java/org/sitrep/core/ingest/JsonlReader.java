package org.sitrep.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.Problem;

/**
 * Reads JSON Lines, one object per line, streaming: memory holds one line at a time. Known fields (id, title,
 * text, html, date, url, lang) fill the record; every other non-null field is kept in {@code extra} as a string
 * (JSON for objects and arrays). A malformed line is one problem naming its line number, and reading goes on.
 */
final class JsonlReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINE = 64 << 20;

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        ByteLines lines = new ByteLines(in, MAX_LINE);
        ByteLines.Line line;
        while ((line = lines.next()) != null) {
            String where = "line " + line.number();
            if (line.tooLong()) {
                sink.problem(new Problem(source, where, "line of " + Streams.human(line.tooLongBytes())
                        + " is longer than the " + Streams.human(MAX_LINE) + " limit; skipped"));
                continue;
            }
            TextDecoding.Decoded d = TextDecoding.decode(line.bytes(), 0, line.length());
            String text = d.text();
            if (text.isBlank()) continue;
            if (d.warning() != null) sink.problem(new Problem(source, where, d.warning()));
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                sink.problem(new Problem(source, where, "malformed JSON: " + Streams.firstLine(e.getOriginalMessage())));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.problem(new Problem(source, where, "expected a JSON object, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase())));
                continue;
            }
            sink.accept(toRecord(node, source, where));
        }
    }

    static RawRecord toRecord(JsonNode node, String source, String where) {
        Map<String, String> extra = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (Fields.KNOWN.contains(e.getKey()) || e.getValue().isNull()) continue;
            extra.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        return new RawRecord(source, where, str(node, "id"), str(node, "title"), str(node, "text"),
                str(node, "html"), str(node, "date"), str(node, "url"), str(node, "lang"), extra);
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
