package org.sitrep.core.pipeline;

import java.util.List;
import org.sitrep.model.Problem;

/**
 * What a pipeline run did.
 *
 * @param records   records received
 * @param stored    new articles stored
 * @param unchanged records already stored with the same content
 * @param revisions changed versions of stored articles
 * @param failed    records that could not be turned into articles
 * @param incidentsChanged incidents created or changed
 * @param problems  the first problems (capped; {@code problemCount} has the total)
 * @param seconds   wall-clock time
 */
public record RunReport(long records, long stored, long unchanged, long revisions, long failed, long incidentsChanged,
                        long problemCount, List<Problem> problems, double seconds) {
    public RunReport {
        problems = List.copyOf(problems);
    }

    /** True when nothing went wrong. */
    public boolean clean() {
        return problemCount == 0;
    }
}
