package org.sitrep.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Problem;

/** A sink that keeps everything, for tests. */
final class Collecting implements RecordSink {
    final List<RawRecord> records = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(RawRecord record) {
        records.add(record);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }
}
