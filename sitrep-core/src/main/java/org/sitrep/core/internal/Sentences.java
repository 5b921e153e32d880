package org.sitrep.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting with character offsets, on OpenNLP's English model. Paragraph breaks (blank or
 * single newlines) always end a sentence, since news text often drops final punctuation in captions and
 * headers. The model's splits after a name's middle initial ("Dwayne K. | Smith"), after titles that never
 * end a sentence ("Sgt. | John Miller", "Lt. | Col."), after a compass point that starts a street name ("601 W. | Main
 * St.", "block of N. | Pine"), after "St." meaning Saint and before a lower-case
 * word are joined again. Thread-safe: the model is shared, the detector is per thread.
 */
public final class Sentences {
    /** One sentence: [start, end) in the text it came from. */
    public record Sentence(int index, int start, int end, String text) {
    }

    private static final SentenceModel MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    /** Abbreviations that stand before a name and so never end a sentence (compared without the dot). */
    private static final Set<String> BEFORE_NAME = Set.of("Sgt", "Lt", "Det", "Capt", "Cpl", "Col", "Gen", "Maj",
            "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Mt", "Ft", "Supt", "Insp", "Pvt", "Adm",
            "Cmdr", "Atty", "Hon", "Dep", "Ofc", "Msgr", "Fr");

    private Sentences() {
    }

    /** Whether the model's split between {@code [.., end)} and the next sentence at {@code next} is false. */
    static boolean falseSplit(String line, int start, int end, int next) {
        if (next >= line.length() || end - start < 2 || line.charAt(end - 1) != '.') return false;
        char first = line.charAt(next);
        if (Character.isLowerCase(first)) return true;
        if (!Character.isUpperCase(first)) return false;
        int w = end - 1;
        while (w > start && Character.isLetter(line.charAt(w - 1)) || w > start && line.charAt(w - 1) == '\'') w--;
        String word = line.substring(w, end - 1);
        if (word.isEmpty() || (w > start && !Character.isWhitespace(line.charAt(w - 1)) && line.charAt(w - 1) != '(')) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            int p = w - 1;
            while (p > start && Character.isWhitespace(line.charAt(p - 1))) p--;
            if ("NSEW".indexOf(word.charAt(0)) >= 0 && beforeStreet(line, start, p)) {
                // a compass point starting a street name: "601 W. Main St.", "the 100 block of N. Pine Ave."
                return true;
            }
            // a middle initial: a capitalised name before it ("Dwayne K.") and the name going on after it
            int q = p;
            while (q > start && Character.isLetter(line.charAt(q - 1))) q--;
            return p - q >= 2 && Character.isUpperCase(line.charAt(q)) && Character.isLowerCase(line.charAt(p - 1));
        }
        if (word.equals("St")) {
            // "St. Louis" (Saint) joins; "Main St. Police said" (Street, after a name) may end a sentence
            int p = w - 1;
            while (p > start && Character.isWhitespace(line.charAt(p - 1))) p--;
            return p <= start || !Character.isUpperCase(line.charAt(wordStart(line, start, p)));
        }
        return BEFORE_NAME.contains(word);
    }

    /** Words after which a compass point abbreviation begins a street name. */
    private static final Set<String> BEFORE_STREET = Set.of("of", "on", "at", "near", "to", "from", "onto", "and", "off");

    /** Whether the word ending at {@code end} is a house number or a preposition that a street name follows. */
    private static boolean beforeStreet(String line, int start, int end) {
        if (end <= start) return false;
        int q = wordStart(line, start, end);
        String token = line.substring(q, end);
        return token.chars().allMatch(Character::isDigit) || BEFORE_STREET.contains(token);
    }

    private static int wordStart(String line, int start, int end) {
        int q = end;
        while (q > start && !Character.isWhitespace(line.charAt(q - 1))) q--;
        return Math.min(q, end - 1);
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
                    Span[] spans = detector.sentPosDetect(line);
                    for (int k = 0; k < spans.length; k++) {
                        int from = spans[k].getStart();
                        int to = spans[k].getEnd();
                        while (k + 1 < spans.length && falseSplit(line, from, to, spans[k + 1].getStart())) {
                            to = spans[++k].getEnd();
                        }
                        int a = lineStart + from;
                        int b = lineStart + to;
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
