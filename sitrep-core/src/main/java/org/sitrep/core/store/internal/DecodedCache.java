package org.sitrep.core.store.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Decoded records by the exact JSON (UTF-8 bytes, as the database stores them) they were decoded from, so that
 * a row read again skips the JSON parse. The cached value is handed out only when the stored JSON equals the
 * cached JSON byte for byte, so the cache can never serve a stale record and needs no invalidation when rows change.
 * Direct-mapped (one entry per slot, chosen by the JSON's hash; a colliding row replaces it) and
 * lock-free; the values must be immutable. Thread-safe.
 */
final class DecodedCache<T> {
    private record Entry<T>(byte[] json, T value) {
    }

    private final AtomicReferenceArray<Entry<T>> slots;
    private final int mask;
    private final Function<byte[], T> decoder;

    /** A cache of {@code 2^bits} entries that decodes misses with {@code decoder}. */
    DecodedCache(int bits, Function<byte[], T> decoder) {
        if (bits < 0 || bits > 20) throw new IllegalArgumentException("bits must be 0..20, got " + bits);
        this.slots = new AtomicReferenceArray<>(1 << bits);
        this.mask = (1 << bits) - 1;
        this.decoder = decoder;
    }

    /** The value decoded from {@code json}, from the cache when this same JSON was decoded before. */
    T decode(byte[] json) {
        int h = Arrays.hashCode(json);
        int slot = (h ^ (h >>> 16)) & mask;
        Entry<T> e = slots.get(slot);
        if (e != null && Arrays.equals(e.json, json)) return e.value;
        T value = decoder.apply(json);
        slots.set(slot, new Entry<>(json, value));
        return value;
    }
}
