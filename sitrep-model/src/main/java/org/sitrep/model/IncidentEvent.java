package org.sitrep.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change in which incidents exist, as the pipeline recorded it: two incidents merged, or one split in two.
 *
 * @param kind      merge or split
 * @param from      merge: the absorbed incident (its id became an alias of {@code to}); split: the incident that
 *                  kept its id and lost the moved members
 * @param to        merge: the surviving incident; split: the new incident made of the moved members
 * @param at        when it was recorded (kept to the millisecond, so that a stored event reads back equal)
 * @param articleId the article whose arrival caused it (for a merge, the article that bridged the two incidents)
 * @param moved     the member articles that changed incident, in arrival order
 * @param reasons   why a split happened (empty for a merge)
 */
public record IncidentEvent(Kind kind, String from, String to, Instant at, String articleId, List<String> moved,
                            List<Reason> reasons) {
    /** What happened. */
    public enum Kind {
        MERGE, SPLIT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why an incident split: its two parts' extracted facts disagree, or only their link scores kept them apart. */
    public enum Reason {
        /** The parts' extracted incident days are days apart. */
        DAY_GAP,
        /** Both parts have extracted places and share none. */
        PLACE_MISMATCH,
        /** The link model scores the parts apart (no fact conflict was required). */
        LINK_SCORES,
        /** Undated parts whose reports are each about another main protagonist (a person, a team). */
        PROTAGONISTS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public IncidentEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (from.equals(to)) throw new IllegalArgumentException("an incident event needs two incidents, got " + from + " twice");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        moved = moved == null ? List.of() : List.copyOf(moved);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A merge of {@code absorbed} into {@code survivor}, bridged by {@code articleId}. */
    public static IncidentEvent merge(String absorbed, String survivor, Instant at, String articleId, List<String> moved) {
        return new IncidentEvent(Kind.MERGE, absorbed, survivor, at, articleId, moved, List.of());
    }

    /** A split of {@code moved} out of {@code from} into the new incident {@code to}. */
    public static IncidentEvent split(String from, String to, Instant at, String articleId, List<String> moved,
                                      List<Reason> reasons) {
        return new IncidentEvent(Kind.SPLIT, from, to, at, articleId, moved, reasons);
    }
}
