package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ("\n", "\r\n" or "\r\n" endings are stripped) without decoding, so that each
 * line can be decoded on its own and one bad line cannot spoil the rest. Memory is bounded by the longest line
 * kept: a line over {@code maxLine} bytes is skipped to its end and returned as {@link Line#tooLong()}.
 * Not thread-safe.
 */
final class ByteLines {
    /** One line: its 1-based number, its bytes (empty when too long) and whether it was over the cap. */
    record Line(long number, byte[] bytes, int length, boolean tooLong, long tooLongBytes) {
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long number;
    private byte[] line = new byte[1024];

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int len = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (!any) return null;
                    return finish(len, total);
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') pos++;
            int n = pos - start;
            total += n;
            if (total <= maxLine) {
                if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                System.arraycopy(buf, start, line, len, n);
                len += n;
            }
            if (pos < lim) {
                pos++;
                return finish(len, total);
            }
        }
    }

    private Line finish(int len, long total) {
        number++;
        if (total > maxLine) return new Line(number, new byte[0], 0, true, total);
        if (len > 0 && line[len - 1] == '\r') len--;
        return new Line(number, line, len, false, total);
    }
}
