package org.sitrep.core.store.internal;

import org.sitrep.core.store.IncidentQuery;

/** Argument checks for {@link IncidentQuery} beyond those its constructor makes. */
final class Queries {
    private Queries() {
    }

    /** Throws IllegalArgumentException naming the bad value. */
    static void validate(IncidentQuery q) {
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw new IllegalArgumentException("from " + q.from() + " is after to " + q.to());
        }
        if (q.minKilled() != null && q.minKilled() < 0) {
            throw new IllegalArgumentException("minKilled must be >= 0, got " + q.minKilled());
        }
        if (q.minInjured() != null && q.minInjured() < 0) {
            throw new IllegalArgumentException("minInjured must be >= 0, got " + q.minInjured());
        }
        double[] b = q.bbox();
        if (b != null) {
            for (double v : b) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException("bbox has a non-finite number: " + v);
            }
            if (b[0] < -180 || b[0] > 180 || b[2] < -180 || b[2] > 180) {
                throw new IllegalArgumentException("bbox longitudes must be in -180..180, got " + b[0] + ", " + b[2]);
            }
            if (b[1] < -90 || b[1] > 90 || b[3] < -90 || b[3] > 90) {
                throw new IllegalArgumentException("bbox latitudes must be in -90..90, got " + b[1] + ", " + b[3]);
            }
            if (b[1] > b[3]) {
                throw new IllegalArgumentException("bbox minLat " + b[1] + " is above maxLat " + b[3]);
            }
        }
    }
}
