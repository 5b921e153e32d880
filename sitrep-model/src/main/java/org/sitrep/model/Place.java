package org.sitrep.model;

import java.util.Objects;

/**
 * A resolved toponym.
 *
 * @param name       the place's own name, e.g. "Kremenchuk"
 * @param admin1     first-level region, e.g. "Poltava Oblast" or "Texas", or null
 * @param country    ISO 3166-1 alpha-2, or null
 * @param lat        latitude, or null when unresolved
 * @param lon        longitude, or null when unresolved
 * @param gazetteerId id in the gazetteer (e.g. "geonames:706200"), or null
 * @param role       INCIDENT for the incident's own place, MENTIONED otherwise
 */
public record Place(String name, String admin1, String country, Double lat, Double lon, String gazetteerId,
                    Role role, Evidence evidence, double confidence) {
    public enum Role { INCIDENT, MENTIONED }

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "a place needs evidence");
        role = role == null ? Role.MENTIONED : role;
    }
}
