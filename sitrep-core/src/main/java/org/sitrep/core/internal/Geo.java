package org.sitrep.core.internal;

/** Distances on the earth's surface. */
public final class Geo {
    /** Mean earth radius in km. */
    public static final double EARTH_KM = 6371.0;

    private Geo() {
    }

    /** Great-circle distance in km between two points given in degrees (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
