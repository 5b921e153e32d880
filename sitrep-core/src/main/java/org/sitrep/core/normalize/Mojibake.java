package org.sitrep.core.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes mojibake: UTF-8 bytes that were decoded with a single-byte code page. Thread-safe, stateless.
 *
 * <p>The rule is general, in the spirit of ftfy, not a list of known bad strings. A UTF-8 multi-byte sequence
 * is a lead byte (C2..F4) followed by one to three continuation bytes (80..BF). Read as windows-1252 or
 * Latin-1, those bytes become a run of characters from a small set (Latin-1 supplement, the C1 controls and the
 * 27 windows-1252 punctuation marks, such as 'â€™' for '’'); read as TIS-620/windows-874 they become Thai
 * letters (such as 'ยป' for '»', bytes C2 BB). So: find each maximal run of characters that a code page maps
 * to bytes 80..FF, re-encode it with that code page, and replace every well-formed UTF-8 sequence inside it by
 * the character it encodes; bytes that are not part of one keep their original character. A sequence is only
 * accepted when it decodes to a character that is not a control and, for the Thai code page, not Thai itself,
 * and Thai runs are only repaired when the text is not Thai: no run of six Thai letters or more, and under a
 * tenth of its letters Thai (real Thai text is full of byte pairs that happen to be valid UTF-8). Double
 * mojibake is undone by repeating until nothing changes (at most three rounds). When the decoder that made
 * the mojibake replaced an undefined byte by U+FFFD, the byte is lost; the one case worth guessing is 'â€\uFFFD', which is nearly always the closing double quote (E2 80 9D).
 */
final class Mojibake {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset CP874 = Charset.forName("x-windows-874");

    private Mojibake() {
    }

    /** The text with mojibake runs repaired; the same instance when there is nothing to repair. */
    static String fix(String text) {
        if (text == null || text.isEmpty()) return text;
        String s = text;
        for (int round = 0; round < 3; round++) {
            String next = fixLatin(s);
            next = fixThai(next);
            if (next.equals(s)) break;
            s = next;
        }
        return s;
    }

    private static String fixLatin(String s) {
        int i = 0;
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0xC2 || c > 0xF4) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isLatinByteChar(s.charAt(j))) j++;
            if (j - i >= 2) {
                String fixed = repairRun(s.substring(i, j), false);
                if (fixed != null) {
                    if (out == null) out = new StringBuilder(n);
                    out.append(s, copied, i).append(fixed);
                    copied = j;
                }
            }
            i = j;
        }
        if (out == null) return s;
        return out.append(s, copied, n).toString();
    }

    private static boolean isLatinByteChar(char c) {
        if (c >= 0x80 && c <= 0xFF || c == '\uFFFD') return true;
        return switch (c) {
            case '\u20AC', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
                 '\u2039', '\u0152', '\u017D', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
                 '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u017E', '\u0178' -> true;
            default -> false;
        };
    }

    private static boolean isThai(char c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    /** Characters that windows-874 maps to bytes 80..FF: Thai letters, its punctuation and the C1 controls. */
    private static boolean isThaiByteChar(char c) {
        return isThai(c) || c >= 0x80 && c <= 0xA0 || c == '\uFFFD' || "\u20AC\u2026\u2018\u2019\u201C\u201D\u2022\u2013\u2014".indexOf(c) >= 0;
    }

    private static String fixThai(String s) {
        int n = s.length();
        int thai = 0;
        int letters = 0;
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            run = isThai(c) ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
            if (isThai(c)) thai++;
            if (Character.isLetter(c)) letters++;
        }
        // real Thai is written without spaces between words, so it has long runs; mojibake runs are 2 to 4 long
        if (thai == 0 || longestRun >= 6 || letters >= 50 && thai * 10 > letters) return s;
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!isThai(s.charAt(i)) && !(s.charAt(i) >= 0x80 && s.charAt(i) <= 0x9F)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isThaiByteChar(s.charAt(j))) j++;
            if (j - i >= 2) {
                String fixed = repairRun(s.substring(i, j), true);
                if (fixed != null) {
                    if (out == null) out = new StringBuilder(n);
                    out.append(s, copied, i).append(fixed);
                    copied = j;
                }
            }
            i = Math.max(j, i + 1);
        }
        if (out == null) return s;
        return out.append(s, copied, n).toString();
    }

    /** Re-encodes a run and decodes the well-formed UTF-8 sequences in it; null when none was found. */
    private static String repairRun(String run, boolean thai) {
        byte[] bytes = new byte[run.length()];
        for (int k = 0; k < run.length(); k++) {
            char c = run.charAt(k);
            int b;
            if (c == '\uFFFD') {
                // a byte the code page left undefined was replaced; after E2 80 it is almost always 9D, the closing double quote
                b = k >= 2 && (bytes[k - 2] & 0xFF) == 0xE2 && (bytes[k - 1] & 0xFF) == 0x80 ? 0x9D : 0;
            } else {
                b = toByte(c, thai);
            }
            bytes[k] = (byte) Math.max(b, 0);
        }
        StringBuilder out = new StringBuilder(run.length());
        boolean changed = false;
        int k = 0;
        while (k < bytes.length) {
            int len = sequenceLength(bytes, k);
            if (len > 0) {
                String decoded = decodeStrict(bytes, k, len);
                if (decoded != null && acceptable(decoded, thai)) {
                    out.append(decoded);
                    changed = true;
                    k += len;
                    continue;
                }
            }
            out.append(run.charAt(k));
            k++;
        }
        return changed ? out.toString() : null;
    }

    private static boolean acceptable(String decoded, boolean thai) {
        int cp = decoded.codePointAt(0);
        if (Character.isISOControl(cp) || cp == 0xFFFD) return false;
        if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE) {
            return false;
        }
        return !(thai && cp >= 0x0E00 && cp <= 0x0E7F);
    }

    private static int toByte(char c, boolean thai) {
        if (c >= 0x80 && c <= 0x9F) return c;
        if (!thai && c <= 0xFF) return c;
        Charset cs = thai ? CP874 : CP1252;
        CharsetEncoder enc = cs.newEncoder();
        if (!enc.canEncode(c)) return thai && c == 0xA0 ? 0xA0 : -1;
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(new char[] {c}));
            return bb.remaining() == 1 ? bb.get() & 0xFF : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) return 0;
        for (int k = 1; k < n; k++) {
            int ck = b[i + k] & 0xFF;
            if (ck < 0x80 || ck > 0xBF) return 0;
        }
        return n;
    }

    private static String decodeStrict(byte[] b, int off, int len) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
