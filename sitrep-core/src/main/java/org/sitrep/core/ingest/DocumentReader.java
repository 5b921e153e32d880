package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the records of one input in one {@link Format}. Bad records are reported to the sink as problems and
 * reading goes on; an {@link IOException} means the stream itself failed (for example truncated gzip data), and
 * the records delivered before it stand. Implementations are stateless and thread-safe; the caller closes the
 * stream.
 */
@FunctionalInterface
public interface DocumentReader {
    /**
     * @param in     the decompressed bytes of the input
     * @param source the name used in records and problems (file path or "stdin")
     * @param sink   receives records and problems in input order
     */
    void read(InputStream in, String source, RecordSink sink) throws IOException;
}
