package org.sitrep.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.sitrep.model.Problem;

/** Small stream and naming helpers shared by the readers. */
final class Streams {
    private Streams() {
    }

    /** Reads at most {@code cap} bytes; returns null when the stream holds more (the rest is not read). */
    static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static Problem tooLarge(String source, String location, long cap, String what) {
        return new Problem(source, location, what + " is larger than the " + human(cap)
                + " limit for a single document; refused (split it, or use JSONL/CSV/WARC which are streamed)");
    }

    static String human(long bytes) {
        if (bytes >= 1 << 20) return (bytes >> 20) + " MB";
        if (bytes >= 1 << 10) return (bytes >> 10) + " KB";
        return bytes + " bytes";
    }

    /** The file name of a source without directories and known extensions, or null for stdin. */
    static String stem(String source) {
        if (source == null || source.equals("stdin") || source.equals("-")) return null;
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return name.isEmpty() ? null : name;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) return "unknown error";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
