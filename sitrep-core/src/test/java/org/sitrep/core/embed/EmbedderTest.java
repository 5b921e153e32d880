package org.sitrep.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmbedderTest {
    private final Embedder embedder = Embedder.miniLm();

    @Test
    void embed_batch_returnsUnitVectorsInOrder() {
        List<float[]> v = embedder.embed(List.of("Police said two people were shot outside a bar.", "", "The weather is mild."));
        assertThat(v).hasSize(3);
        assertThat(v.get(0)).hasSize(384);
        assertThat(Embedder.cosine(v.get(0), v.get(0))).isCloseTo(1.0, within(1e-4));
        assertThat(Embedder.cosine(v.get(2), v.get(2))).isCloseTo(1.0, within(1e-4));
        assertThat(v.get(1)).containsOnly(0f);
        assertThat(embedder.embed("The weather is mild.")).containsExactly(v.get(2), within(1e-5f));
    }

    @Test
    void embed_paraphrase_closerThanUnrelated() {
        float[] a = embedder.embed("Two men were shot dead outside a nightclub early on Sunday, police said.");
        float[] b = embedder.embed("According to the police, a pair of men died of gunshot wounds in front of a club on Sunday morning.");
        float[] c = embedder.embed("The city council approved a new budget for road repairs next year.");
        assertThat(Embedder.cosine(a, b)).isGreaterThan(0.6).isGreaterThan(Embedder.cosine(a, c) + 0.3);
    }

    @Test
    void embed_fromThreads_sameVectors() throws Exception {
        String text = "A gunman opened fire at a shopping mall, killing three people.";
        float[] expected = embedder.embed(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) futures.add(pool.submit(() -> embedder.embed(text)));
            for (Future<float[]> f : futures) assertThat(f.get()).containsExactly(expected, within(1e-5f));
        } finally {
            pool.shutdown();
        }
    }
}
