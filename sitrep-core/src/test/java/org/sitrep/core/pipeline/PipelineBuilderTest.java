package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PipelineBuilderTest {
    @Test
    void build_withoutStore_namesTheMissingStage() {
        assertThatThrownBy(() -> Pipeline.builder().defaults().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'store'")
                .hasMessageNotContaining("'extract'");
    }

    @Test
    void build_empty_namesEveryMissingStage() {
        assertThatThrownBy(() -> Pipeline.builder().build())
                .hasMessageContaining("'normalize'").hasMessageContaining("'dedup'").hasMessageContaining("'extract'")
                .hasMessageContaining("'cluster'").hasMessageContaining("'reconcile'").hasMessageContaining("'store'");
    }

    @Test
    void workers_outOfRange_isRejectedWithTheValue() {
        assertThatThrownBy(() -> Pipeline.builder().workers(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Pipeline.builder().batchSize(-5)).hasMessageContaining("got -5");
    }
}
