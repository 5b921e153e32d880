package org.sitrep.core.normalize;

import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;

/** Turns a raw record into a repaired Article, or a problem saying why it cannot. Thread-safe. */
@FunctionalInterface
public interface Normalizer {
    Outcome<Article> normalize(RawRecord record);
}
