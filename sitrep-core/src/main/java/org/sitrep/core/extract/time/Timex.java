package org.sitrep.core.extract.time;

import java.util.Objects;

/**
 * One time expression found in a text, normalised the TimeML (TIMEX3) way.
 *
 * @param type  what kind of expression it is
 * @param value the TIMEX3 value: {@code 2013-03-22}, {@code 2013-W12}, {@code 2013-03}, {@code 2013},
 *              {@code 2013-Q1}, {@code 2013-03-22TMO}, {@code 2013-03-22T16:00}, {@code P3D}, {@code PXY},
 *              {@code PRESENT_REF}, or with {@code X} for the parts that the anchor could not fill in
 * @param start start offset (inclusive) in the text searched
 * @param end   end offset (exclusive)
 * @param text  the covered text, {@code text.substring(start, end)}
 */
public record Timex(Type type, String value, int start, int end, String text) {
    /** The four TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    public Timex {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    /** True when the spans [start, end) of this and other share at least one character. */
    public boolean overlaps(Timex other) {
        return start < other.end && other.start < end;
    }
}
