package org.sitrep.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, mean pooling) run by ONNX Runtime through langchain4j's in-process
 * embedding model. Thread-safe: the ONNX session and the tokenizer may be shared between threads.
 *
 * <p>The model lives in a holder class so that nothing is loaded until the first call: a pipeline that never
 * needs an embedding never pays for the 23 MB model or the native libraries. Texts are embedded in the calling
 * thread (a direct executor, and an ONNX session with one intra-op thread), so callers choose the parallelism,
 * no thread pool is left behind and no runtime thread spins beside the pipeline's own.
 */
final class MiniLmEmbedder implements Embedder {
    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    static final int DIMENSION = 384;

    private MiniLmEmbedder() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            try {
                return new Model();
            } catch (RuntimeException | LinkageError | IOException | OrtException e) {
                throw new EmbeddingException("cannot load all-MiniLM-L6-v2 from the classpath: " + e.getMessage(), e);
            }
        }
    }

    /** The model and tokenizer from langchain4j's jar, in a single-threaded ONNX session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private static final String MODEL = "all-minilm-l6-v2-q.onnx";
        private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
        private final OnnxBertBiEncoder encoder;

        Model() throws IOException, OrtException {
            super(Runnable::run);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            byte[] model;
            try (InputStream in = resource(MODEL)) {
                model = in.readAllBytes();
            }
            try (InputStream tokenizer = resource(TOKENIZER)) {
                encoder = new OnnxBertBiEncoder(env, env.createSession(model, options), tokenizer, PoolingMode.MEAN);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = AbstractInProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
            if (in == null) throw new IOException(name + " is not on the classpath");
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<TextSegment> segments = new ArrayList<>(texts.size());
        List<Integer> at = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(null);
            if (t != null && !t.isBlank()) {
                at.add(out.size() - 1);
                segments.add(TextSegment.from(t));
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings;
            try {
                embeddings = Holder.MODEL.embedAll(segments).content();
            } catch (EmbeddingException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new EmbeddingException("all-MiniLM-L6-v2 failed on " + segments.size() + " texts: " + e.getMessage(), e);
            }
            if (embeddings.size() != segments.size()) {
                throw new EmbeddingException("all-MiniLM-L6-v2 returned " + embeddings.size() + " vectors for "
                        + segments.size() + " texts", null);
            }
            for (int i = 0; i < embeddings.size(); i++) out.set(at.get(i), normalise(embeddings.get(i).vector()));
        }
        for (int i = 0; i < out.size(); i++) if (out.get(i) == null) out.set(i, new float[DIMENSION]);
        return out;
    }

    private static float[] normalise(float[] v) {
        if (v.length != DIMENSION) {
            throw new EmbeddingException("all-MiniLM-L6-v2 returned " + v.length + " dimensions, expected " + DIMENSION, null);
        }
        double sq = 0;
        for (float x : v) sq += x * x;
        if (sq == 0) return v;
        float inv = (float) (1 / Math.sqrt(sq));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * inv;
        return out;
    }
}
