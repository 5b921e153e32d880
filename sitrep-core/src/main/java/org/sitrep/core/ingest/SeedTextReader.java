package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Problem;

/**
 * Reads one plain-text article per file, in one of three layouts: an optional leading {@code " date
 * YYYY-MM-DD "} header then the body; or line 1 title, line 2 date (YYYYMMDD or YYYY-MM-DD), line 3 URL, then
 * the body; or the bare body. The id is the file name without extension. Files over the size cap are refused.
 */
final class SeedTextReader implements DocumentReader {
    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*\\r?\\n?");
    private static final Pattern DATE_LINE = Pattern.compile("\\d{8}|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL_LINE = Pattern.compile("(?i)https?://\\S+");

    private final long maxBytes;

    SeedTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        byte[] bytes = Streams.readCapped(in, maxBytes);
        if (bytes == null) {
            sink.problem(Streams.tooLarge(source, "", maxBytes, "text file"));
            return;
        }
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        if (d.warning() != null) sink.problem(new Problem(source, "", d.warning()));
        RawRecord r = parse(d.text(), source);
        if (r.text().isBlank()) {
            sink.problem(new Problem(source, "", "empty file: no article text"));
            return;
        }
        sink.accept(r);
    }

    static RawRecord parse(String text, String source) {
        String id = Streams.stem(source);
        Matcher m = DATE_HEADER.matcher(text);
        if (m.lookingAt()) {
            return new RawRecord(source, "", id, null, text.substring(m.end()), null, m.group(1), null, null, null);
        }
        String[] head = text.split("\\r?\\n", 4);
        if (head.length >= 4 && !head[0].isBlank() && DATE_LINE.matcher(head[1].strip()).matches()
                && URL_LINE.matcher(head[2].strip()).matches()) {
            return new RawRecord(source, "", id, head[0].strip(), head[3], null, head[1].strip(), head[2].strip(),
                    null, null);
        }
        return new RawRecord(source, "", id, null, text, null, null, null, null, null);
    }
}
