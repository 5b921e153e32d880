package org.sitrep.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Re-encodes a UTF-16 stream (with byte order mark) as UTF-8, chunk by chunk. Not thread-safe. */
final class Utf16ToUtf8 extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private byte[] buf = new byte[0];
    private int pos;

    Utf16ToUtf8(InputStream utf16) {
        this.reader = new InputStreamReader(utf16, StandardCharsets.UTF_16);
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, buf.length - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        while (pos >= buf.length) {
            int n = reader.read(chars);
            if (n < 0) return false;
            int end = n;
            if (n > 0 && Character.isHighSurrogate(chars[n - 1])) {
                int next = reader.read();
                if (next >= 0) {
                    buf = (new String(chars, 0, n) + (char) next).getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                    continue;
                }
            }
            buf = new String(chars, 0, end).getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
