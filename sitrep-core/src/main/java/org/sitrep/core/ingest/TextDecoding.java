package org.sitrep.core.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes of unknown encoding: a byte order mark wins; otherwise every well-formed UTF-8 sequence is
 * decoded as UTF-8 and every byte that is not part of one is decoded as windows-1252 (whose five undefined
 * bytes map to the C1 control of the same value). Pure UTF-8 and pure windows-1252/Latin-1 input both come out
 * right, and a file that mixes them (a common result of concatenation) loses nothing. The number of bytes that
 * needed the fallback is reported so that the caller can warn.
 */
final class TextDecoding {
    /** The decoded text and how many bytes were not valid UTF-8. */
    record Decoded(String text, int fallbackBytes, String charset) {
        String warning() {
            return fallbackBytes == 0 ? null
                    : "not valid UTF-8: decoded " + fallbackBytes + " byte(s) as windows-1252";
        }
    }

    private static final char[] CP1252 = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    private TextDecoding() {
    }

    static Decoded decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    static Decoded decode(byte[] b, int off, int len) {
        int end = off + len;
        if (len >= 2 && (b[off] & 0xFF) == 0xFE && (b[off + 1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16BE), 0, "UTF-16BE");
        }
        if (len >= 2 && (b[off] & 0xFF) == 0xFF && (b[off + 1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, off + 2, len - 2, StandardCharsets.UTF_16LE), 0, "UTF-16LE");
        }
        if (len >= 3 && (b[off] & 0xFF) == 0xEF && (b[off + 1] & 0xFF) == 0xBB && (b[off + 2] & 0xFF) == 0xBF) {
            off += 3;
        }
        int i = off;
        while (i < end && b[i] >= 0) i++;
        if (i == end) {
            return new Decoded(new String(b, off, end - off, StandardCharsets.ISO_8859_1), 0, "US-ASCII");
        }
        StringBuilder out = new StringBuilder(end - off);
        out.append(new String(b, off, i - off, StandardCharsets.ISO_8859_1));
        int fallback = 0;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n > 0) {
                int cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
                for (int k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 0x3F);
                out.appendCodePoint(cp);
                i += n;
            } else {
                out.append(cp1252(c));
                fallback++;
                i++;
            }
        }
        return new Decoded(out.toString(), fallback, fallback == 0 ? "UTF-8" : "UTF-8+windows-1252");
    }

    /** Decodes with a declared charset when it is one Java knows and not a UTF-8/Latin-1 family one. */
    static Decoded decode(byte[] b, String declaredCharset) {
        if (declaredCharset != null) {
            try {
                Charset cs = Charset.forName(declaredCharset.trim());
                String name = cs.name();
                if (!name.equals("UTF-8") && !name.equals("ISO-8859-1") && !name.equals("windows-1252")
                        && !name.equals("US-ASCII") && !name.startsWith("UTF-16")) {
                    return new Decoded(new String(b, cs), 0, name);
                }
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to detection
            }
        }
        return decode(b);
    }

    static char cp1252(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252[b - 0x80] : (char) b;
    }

    /** Length of the well-formed UTF-8 sequence at {@code i} (2 to 4), or 0 when there is none. */
    private static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + n > end) return 0;
        int c1 = b[i + 1] & 0xFF;
        if (c1 < lo || c1 > hi) return 0;
        for (int k = 2; k < n; k++) {
            int ck = b[i + k] & 0xFF;
            if (ck < 0x80 || ck > 0xBF) return 0;
        }
        return n;
    }
}
