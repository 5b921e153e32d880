package org.sitrep.core.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The order a real feed would deliver articles in: dated ones first by date, ties by the SHA-1 of the id,
 * undated last (the same order as {@code peers/peerdata.py stream_order}). Dataset files are grouped by
 * gold incident, so file order would leak the answer.
 */
public final class StreamOrder {
    private StreamOrder() {
    }

    public static List<GoldItem> of(List<GoldItem> items) {
        List<GoldItem> out = new ArrayList<>(items);
        out.sort(Comparator.comparing((GoldItem g) -> isoDay(g.record().date()) == null)
                .thenComparing(g -> {
                    String d = isoDay(g.record().date());
                    return d == null ? "" : d;
                })
                .thenComparing(g -> sha1(g.id())));
        return out;
    }

    /** A seeded random order, to measure order sensitivity. */
    public static List<GoldItem> shuffled(List<GoldItem> items, long seed) {
        List<GoldItem> out = new ArrayList<>(of(items));
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    static String isoDay(String date) {
        if (date == null || date.isBlank() || date.equals("None")) return null;
        String d = date.strip();
        if (d.length() >= 10 && d.charAt(4) == '-' && d.charAt(7) == '-') return d.substring(0, 10);
        return null;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
