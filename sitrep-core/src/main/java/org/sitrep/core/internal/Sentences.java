package org.sitrep.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with character offsets, on OpenNLP's English model. Paragraph breaks (blank or
 * single newlines) always end a sentence, since news text often drops final punctuation in captions and
 * headers. Thread-safe: the model is shared, the detector is per thread.
 */
public final class Sentences {
    /** One sentence: [start, end) in the text it came from. */
    public record Sentence(int index, int start, int end, String text) {
    }

    private static final SentenceModel MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    private Sentences() {
    }

    private static SentenceModel load() {
        String name = "opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
        try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("sentence model " + name + " is not on the classpath");
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence model " + name, e);
        }
    }

    /** Splits text into trimmed sentences with offsets into {@code text}. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            if (lineEnd > lineStart) {
                String line = text.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    for (Span s : detector.sentPosDetect(line)) {
                        int a = lineStart + s.getStart();
                        int b = lineStart + s.getEnd();
                        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
                        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
                        if (b > a) out.add(new Sentence(out.size(), a, b, text.substring(a, b)));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
