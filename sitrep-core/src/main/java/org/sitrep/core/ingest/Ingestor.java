package org.sitrep.core.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.model.Problem;

/**
 * Reads raw records from files, directories, globs and streams, in every {@link Format}, gzip-compressed or
 * not, and hands them to a {@link RecordSink} in a deterministic order (inputs in the order given, the files of
 * a directory or glob sorted by path).
 *
 * <p>Bad input never throws: a missing file, an empty or binary file, truncated gzip data, a malformed line or
 * an oversized document each become one {@link Problem} (file, line/record/offset, what is wrong) and the batch
 * goes on; records read before a failure are kept. JSONL, CSV and WARC are streamed with bounded memory; a
 * single-document format (text, HTML, feed) over {@link #maxDocumentBytes()} is refused with a problem.
 *
 * <p>Instances are immutable and thread-safe; each call reads its inputs on the calling thread. The sink is
 * called from that thread only.
 */
public final class Ingestor {
    /** Default size cap for one text/HTML document or one feed: 20 MB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L << 20;

    /**
     * Key in {@link RawRecord#extra()} for the capture time of a WARC record (ISO instant): a last-resort
     * publication date, after the page's own date, its URL and its dateline.
     */
    public static final String CAPTURE_DATE = "capture_date";

    private static final int SNIFF = 8192;

    /*
     * Design: each input is opened once and wrapped in layers, peeking at the first bytes at each layer:
     * gzip magic (1F 8B) adds a GZIPInputStream (which also reads concatenated members, as .warc.gz files are);
     * a UTF-16 byte order mark adds a transcoder to UTF-8 so that the line-based readers can split on '\n';
     * then the format is the override, else the extension, else a content sniff. The NUL/control-byte check
     * runs on the decompressed head so that binary files never reach a text reader. Exceptions from the
     * stream (truncated gzip) and any runtime exception from a third-party parser are caught here, at the
     * boundary, and turned into one problem for that input.
     */

    private final long maxDocumentBytes;
    private final Map<Format, DocumentReader> readers;

    private Ingestor(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.readers = new EnumMap<>(Format.class);
        readers.put(Format.SEED_TEXT, new SeedTextReader(maxDocumentBytes));
        readers.put(Format.JSONL, new JsonlReader());
        readers.put(Format.CSV, new CsvReader());
        readers.put(Format.HTML, new HtmlReader(maxDocumentBytes));
        readers.put(Format.FEED, new FeedReader(maxDocumentBytes));
        readers.put(Format.WARC, new WarcReader(maxDocumentBytes));
    }

    /** The default ingestor: every format, a 20 MB cap on single documents. */
    public static Ingestor standard() {
        return new Ingestor(DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** A copy with another cap on a single document (text, HTML page, feed, WARC payload), in bytes. */
    public Ingestor withMaxDocumentBytes(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxBytes);
        return new Ingestor(maxBytes);
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Reads every input: a file, a directory (recursive, streamed), a glob ({@code data/**}{@code /*.jsonl}) or
     * "-" for standard input (not closed).
     *
     * @param inputs   paths, globs or "-"
     * @param override the format to use for every input, or null to detect it per file
     * @param sink     receives records and problems, in order
     * @return how many files, records and problems there were
     */
    public IngestReport ingest(List<String> inputs, Format override, RecordSink sink) {
        CountingSink counting = new CountingSink(sink);
        long[] files = {0};
        for (String input : inputs) {
            if (input.equals("-")) {
                files[0]++;
                readStream(new FilterInputStream(System.in) {
                    @Override
                    public void close() {
                    }
                }, "stdin", override, counting);
                continue;
            }
            new InputWalker(path -> {
                files[0]++;
                readFile(path, override, counting);
            }, counting::problem).walk(input);
        }
        return new IngestReport(files[0], counting.records, counting.problems);
    }

    /**
     * Reads one stream (for example an upload). The caller closes it.
     *
     * @param sourceName the name for records and problems; its extension, if any, helps detect the format
     */
    public IngestReport read(InputStream in, String sourceName, Format override, RecordSink sink) {
        CountingSink counting = new CountingSink(sink);
        readStream(in, sourceName, override, counting);
        return new IngestReport(1, counting.records, counting.problems);
    }

    private void readFile(Path path, Format override, CountingSink sink) {
        String source = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            readStream(in, source, override, sink, (int) Math.max(512, Math.min(1 << 16, size + 1)));
        } catch (IOException | SecurityException e) {
            sink.problem(new Problem(source, "", "cannot open: " + Streams.firstLine(String.valueOf(e.getMessage()))));
        }
    }

    private void readStream(InputStream raw, String source, Format override, CountingSink sink) {
        readStream(raw, source, override, sink, 1 << 16);
    }

    private void readStream(InputStream raw, String source, Format override, CountingSink sink, int bufferSize) {
        long before = sink.records;
        boolean gzip = false;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, bufferSize);
            byte[] head = new byte[Math.min(SNIFF, bufferSize)];
            int len = peek(in, head);
            if (len == 0) {
                sink.problem(new Problem(source, "", "empty file"));
                return;
            }
            InputStream body = in;
            if (len >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                gzip = true;
                body = new BufferedInputStream(new NoAvailable(new GZIPInputStream(in, 1 << 16)), 1 << 16);
                len = peek(body, head);
                if (len == 0) {
                    sink.problem(new Problem(source, "", "empty file (gzip data holds no bytes)"));
                    return;
                }
            }
            if (len >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                body = new BufferedInputStream(new Utf16ToUtf8(body), 1 << 16);
                len = peek(body, head);
            }
            Format format = override;
            if (format == null) format = FormatSniffer.byName(source);
            if (format == null) format = FormatSniffer.byContent(head, len);
            if (format != Format.WARC) {
                String binary = binaryReason(head, len);
                if (binary != null) {
                    sink.problem(new Problem(source, "", "binary data, not text (" + binary + "); skipped"));
                    return;
                }
            }
            readers.get(format).read(body, source, sink);
        } catch (EOFException | ZipException e) {
            long kept = sink.records - before;
            String what = gzip ? "truncated or corrupt gzip data" : "input ends early";
            sink.problem(new Problem(source, "", what + " (" + Streams.firstLine(e.getMessage()) + "); kept the "
                    + kept + " record(s) read before it"));
        } catch (IOException e) {
            sink.problem(new Problem(source, "", "read error: " + Streams.firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            sink.problem(new Problem(source, "", "unexpected failure while reading (" + e.getClass().getSimpleName()
                    + "): " + Streams.firstLine(e.getMessage())));
        }
    }

    private static int peek(InputStream in, byte[] head) throws IOException {
        in.mark(head.length);
        int len = 0;
        int n;
        while (len < head.length && (n = in.read(head, len, head.length - len)) > 0) len += n;
        in.reset();
        return len;
    }

    /** Why the head looks binary (a NUL byte, or many control bytes), or null for text. */
    static String binaryReason(byte[] head, int len) {
        int controls = 0;
        for (int i = 0; i < len; i++) {
            int c = head[i] & 0xFF;
            if (c == 0) return "NUL byte at offset " + i;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) controls++;
        }
        return controls * 10 > len ? controls + " control bytes in the first " + len : null;
    }

    /**
     * Hides {@code available()}, so that a BufferedInputStream above returns what it has instead of reading on
     * and losing the bytes of the current call when truncated gzip data throws.
     */
    private static final class NoAvailable extends FilterInputStream {
        NoAvailable(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** Counts what passes through to the caller's sink. */
    private static final class CountingSink implements RecordSink {
        private final RecordSink delegate;
        long records;
        long problems;

        CountingSink(RecordSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void accept(RawRecord record) {
            records++;
            delegate.accept(record);
        }

        @Override
        public void problem(Problem problem) {
            problems++;
            delegate.problem(problem);
        }
    }
}
