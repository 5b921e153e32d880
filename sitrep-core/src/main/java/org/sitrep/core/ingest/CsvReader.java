package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Problem;

/**
 * Reads CSV (RFC 4180) with a header row, streaming record by record. Fields may be quoted, contain the
 * delimiter, doubled quotes and line breaks. The delimiter is a comma, or a tab or semicolon when the header
 * holds one of those and no comma. Header names are matched case-insensitively to id, title, text, html, date,
 * url, lang; other columns go to {@code extra}. A record with the wrong number of fields is one problem naming
 * its line; an unterminated quote is one problem at the end.
 */
final class CsvReader implements DocumentReader {
    private static final int MAX_LINE = 64 << 20;
    private static final int MAX_RECORD = 64 << 20;

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        ByteLines lines = new ByteLines(in, MAX_LINE);
        List<String> header = null;
        char delim = ',';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        long startLine = 0;
        int warnings = 0;
        ByteLines.Line line;
        while ((line = lines.next()) != null) {
            if (line.tooLong()) {
                sink.problem(new Problem(source, "line " + line.number(), "line longer than "
                        + Streams.human(MAX_LINE) + "; the rest of the file is not read"));
                return;
            }
            TextDecoding.Decoded d = TextDecoding.decode(line.bytes(), 0, line.length());
            if (d.warning() != null && warnings++ < 10) {
                sink.problem(new Problem(source, "line " + line.number(), d.warning()));
            }
            String s = d.text();
            if (header == null && !inQuotes) {
                if (s.isBlank()) continue;
                delim = delimiter(s);
            }
            if (!inQuotes) {
                startLine = line.number();
                if (s.isEmpty() && header != null) continue;
            } else {
                field.append('\n');
                if (field.length() > MAX_RECORD) {
                    sink.problem(new Problem(source, "line " + startLine, "quoted field longer than "
                            + Streams.human(MAX_RECORD) + " (unbalanced quote?); the rest of the file is not read"));
                    return;
                }
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    inQuotes = true;
                } else if (c == delim) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (inQuotes) continue;
            fields.add(field.toString());
            field.setLength(0);
            if (header == null) {
                header = new ArrayList<>();
                for (String h : fields) header.add(h.strip().toLowerCase(Locale.ROOT));
                if (!header.contains("text") && !header.contains("html")) {
                    sink.problem(new Problem(source, "line " + startLine,
                            "CSV header has no 'text' or 'html' column: " + String.join(",", header)));
                    return;
                }
            } else if (fields.size() != header.size()) {
                sink.problem(new Problem(source, "line " + startLine, "record has " + fields.size()
                        + " fields but the header has " + header.size() + "; skipped"));
            } else {
                sink.accept(toRecord(header, fields, source, "line " + startLine));
            }
            fields.clear();
        }
        if (inQuotes) {
            sink.problem(new Problem(source, "line " + startLine, "unterminated quoted field; record skipped"));
        } else if (header == null) {
            sink.problem(new Problem(source, "", "empty file: no CSV header"));
        }
    }

    private static char delimiter(String headerLine) {
        if (headerLine.indexOf(',') >= 0) return ',';
        if (headerLine.indexOf('\t') >= 0) return '\t';
        if (headerLine.indexOf(';') >= 0) return ';';
        return ',';
    }

    private static RawRecord toRecord(List<String> header, List<String> fields, String source, String where) {
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String v = fields.get(i);
            if (v.isEmpty()) continue;
            (Fields.KNOWN.contains(header.get(i)) ? known : extra).put(header.get(i), v);
        }
        return new RawRecord(source, where, known.get("id"), known.get("title"), known.get("text"), known.get("html"),
                known.get("date"), known.get("url"), known.get("lang"), extra);
    }
}
