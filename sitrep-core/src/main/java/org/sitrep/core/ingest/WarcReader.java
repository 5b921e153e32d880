package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Problem;

/**
 * Reads a WARC file with jwarc, streaming record by record: every HTTP {@code response} record with status 2xx
 * and an HTML payload becomes one record with {@code html} set, url from WARC-Target-URI and the
 * WARC-Date (capture time) in {@code extra[}{@link Ingestor#CAPTURE_DATE}{@code ]}, a last-resort date. Other record types are skipped
 * silently. A payload over the size cap, or a record whose HTTP message cannot be parsed, is one problem and
 * reading goes on; a broken WARC header ends the file with one problem.
 */
final class WarcReader implements DocumentReader {
    private final long maxBytes;

    WarcReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream in, String source, RecordSink sink) throws IOException {
        org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(in);
        long n = 0;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (java.io.EOFException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                sink.problem(new Problem(source, "record " + (n + 1), "malformed WARC record: "
                        + Streams.firstLine(e.getMessage()) + "; the rest of the file is not read"));
                return;
            }
            if (next.isEmpty()) break;
            n++;
            if (next.get() instanceof WarcResponse response) read(response, source, "record " + n, sink);
        }
        if (n == 0) sink.problem(new Problem(source, "", "no WARC records found"));
    }

    private void read(WarcResponse response, String source, String where, RecordSink sink) throws IOException {
        HttpResponse http;
        MediaType type;
        try {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return;
            http = response.http();
            type = http.contentType().base();
        } catch (java.io.EOFException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.problem(new Problem(source, where, "unreadable HTTP response in WARC record: "
                    + Streams.firstLine(e.getMessage())));
            return;
        }
        if (http.status() < 200 || http.status() >= 300) return;
        String t = type.toString();
        if (!t.equals("text/html") && !t.equals("application/xhtml+xml")) return;
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = Streams.readCapped(body, maxBytes);
        } catch (java.io.EOFException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.problem(new Problem(source, where, "unreadable HTTP body: " + Streams.firstLine(e.getMessage())));
            return;
        }
        String url = response.target();
        if (bytes == null) {
            sink.problem(Streams.tooLarge(source, where, maxBytes, "HTML payload of " + url));
            return;
        }
        String charset = http.contentType().parameters().get("charset");
        RawRecord r = HtmlReader.toRecord(bytes, charset, source, where, url, response.date().toString(), sink);
        if (r != null) sink.accept(r);
    }
}
