package org.sitrep.core.ingest;

import org.sitrep.model.Problem;

/** Receives the records and the problems of an input, in order. Implementations need not be thread-safe. */
public interface RecordSink {
    void accept(RawRecord record);

    void problem(Problem problem);
}
