package org.sitrep.model;

import java.util.Objects;

/**
 * One bad input item: which file or record, and what is wrong. Bad input is data, not an exception.
 *
 * @param source   file path, "stdin", or an URL
 * @param location "line 12", "record 7", "offset 1024" or empty
 * @param message  what is wrong, for a person
 */
public record Problem(String source, String location, String message) {
    public Problem {
        Objects.requireNonNull(source, "source");
        location = location == null ? "" : location;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location.isEmpty() ? source + ": " + message : source + " (" + location + "): " + message;
    }
}
