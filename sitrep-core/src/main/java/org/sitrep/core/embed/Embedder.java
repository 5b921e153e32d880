package org.sitrep.core.embed;

import java.util.List;

/**
 * Maps texts to dense sentence vectors whose dot product is their cosine similarity. Implementations are
 * thread-safe and hold no per-call state; they compute in process and never reach the network.
 */
public interface Embedder {
    /** Length of every vector this embedder returns. */
    int dimension();

    /**
     * Embeds each text, in order. Every vector has {@link #dimension()} components and unit L2 norm (a text with
     * nothing to embed gets the zero vector). Long texts are truncated to the model's window.
     *
     * @throws EmbeddingException when the model fails to load or to run
     */
    List<float[]> embed(List<String> texts);

    /** Embeds one text; see {@link #embed(List)}. */
    default float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }

    /** Cosine similarity of two vectors returned by an embedder (their dot product). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    /**
     * The standard embedder: all-MiniLM-L6-v2, quantised (384 dimensions), read from its jar on first use. One
     * shared instance per process: the model takes about 25 MB and loads in well under a second.
     */
    static Embedder miniLm() {
        return MiniLmEmbedder.INSTANCE;
    }
}
