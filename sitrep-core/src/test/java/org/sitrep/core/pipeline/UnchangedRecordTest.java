package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;

/**
 * A record whose content is stored already (the same story under another id and URL) is reported under the id
 * the content is stored under, whether or not the worker saw that article committed. It used to be reported
 * under its own id, which is not stored, when the first copy was still in the open batch: where the batch
 * ended decided it, so an evaluation counted such a record as a singleton in some runs and not in others.
 */
class UnchangedRecordTest {
    private static final String TEXT = "Two men were killed in a shooting on Main Street on Tuesday night, police said.";

    private static RawRecord record(String id) {
        return new RawRecord("test", id, id, "Two killed in shooting on Main Street", TEXT, null, "2016-03-02",
                "https://example.org/news/" + id, "en", Map.of());
    }

    private static Map<String, String> reported(Path dir, boolean flushBetween) {
        Map<String, String> out = new LinkedHashMap<>();
        PipelineListener listener = new PipelineListener() {
            @Override
            public void onRecord(String recordId, String storedId, Store.PutStatus status) {
                out.put(recordId, storedId + " " + status);
            }
        };
        try (Store store = Stores.open(dir);
             Pipeline p = Pipeline.builder().defaults().store(store).workers(1).batchSize(100).listener(listener).build()) {
            p.accept(record("first"));
            if (flushBetween) p.flush();
            p.accept(record("copy"));
            p.finish();
            assertThat(store.article("copy")).isEmpty();
        }
        return out;
    }

    @Test
    void sameContentInOpenBatch_reportedUnderStoredId(@TempDir Path dir) {
        assertThat(reported(dir, false)).containsEntry("first", "first NEW").containsEntry("copy", "first UNCHANGED");
    }

    @Test
    void sameContentCommitted_reportedUnderStoredId(@TempDir Path dir) {
        assertThat(reported(dir, true)).containsEntry("first", "first NEW").containsEntry("copy", "first UNCHANGED");
    }
}
