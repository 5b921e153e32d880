package org.sitrep.core.ingest;

/**
 * What one ingest call did.
 *
 * @param files    inputs opened (files, or 1 for a stream)
 * @param records  records delivered to the sink
 * @param problems problems and warnings delivered to the sink
 */
public record IngestReport(long files, long records, long problems) {
    public static final IngestReport EMPTY = new IngestReport(0, 0, 0);

    public IngestReport plus(IngestReport other) {
        return new IngestReport(files + other.files, records + other.records, problems + other.problems);
    }
}
