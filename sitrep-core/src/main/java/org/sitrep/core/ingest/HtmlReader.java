package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Problem;

/**
 * Reads one HTML page per file into a record with {@code html} set; the normaliser extracts the text. The
 * charset comes from a byte order mark, a {@code <meta charset>} declaration, or UTF-8 with windows-1252
 * fallback. The url (and the id) come from {@code <link rel=canonical>} or {@code og:url}; without them the id
 * is the file name. Pages over the size cap are refused.
 */
final class HtmlReader implements DocumentReader {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern CANONICAL = Pattern.compile(
            "(?is)<link\\b(?=[^>]*\\brel\\s*=\\s*[\"']?canonical\\b)[^>]*\\bhref\\s*=\\s*[\"']?([^\"'\\s>]+)");
    private static final Pattern OG_URL = Pattern.compile(
            "(?is)<meta\\b(?=[^>]*\\bproperty\\s*=\\s*[\"']?og:url\\b)[^>]*\\bcontent\\s*=\\s*[\"']?([^\"'\\s>]+)");

    private final long maxBytes;

    HtmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        byte[] bytes = Streams.readCapped(in, maxBytes);
        if (bytes == null) {
            sink.problem(Streams.tooLarge(source, "", maxBytes, "HTML page"));
            return;
        }
        RawRecord r = toRecord(bytes, null, source, "", null, null, sink);
        if (r != null) sink.accept(r);
    }

    /** Decodes and wraps one page; shared with the WARC reader. Returns null (after a problem) when empty. */
    static RawRecord toRecord(byte[] bytes, String httpCharset, String source, String where, String url,
                              String captureDate, RecordSink sink) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        String declared = httpCharset;
        if (declared == null) {
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) declared = m.group(1);
        }
        TextDecoding.Decoded d = TextDecoding.decode(bytes, declared);
        if (d.warning() != null) sink.problem(new Problem(source, where, d.warning()));
        String html = d.text();
        if (html.isBlank()) {
            sink.problem(new Problem(source, where, "empty HTML page"));
            return null;
        }
        String canonical = find(CANONICAL, html);
        if (canonical == null) canonical = find(OG_URL, html);
        String id = url != null ? null : canonical != null ? canonical : Streams.stem(source);
        return new RawRecord(source, where, id, null, null, html, null, url != null ? url : canonical, null,
                captureDate == null ? null : java.util.Map.of(Ingestor.CAPTURE_DATE, captureDate));
    }

    private static String find(Pattern p, String html) {
        int headEnd = html.indexOf("</head");
        Matcher m = p.matcher(html);
        m.region(0, headEnd > 0 ? headEnd : Math.min(html.length(), 65536));
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
