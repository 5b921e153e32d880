package org.sitrep.core.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with OpenNLP's language-detection model (103 languages, ISO 639-3 codes), mapped to
 * ISO 639-1. Texts with fewer than 20 letters, or whose best guess is not at least 1.3 times as likely as the
 * runner-up (the model's scores are spread over 103 languages, so absolute values are small), are "und". Thread-safe: the model is
 * loaded once, on first use, and shared; the detector is per thread.
 */
final class Languages {
    static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS = 20;
    private static final int MAX_CHARS = 2000;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3Map();

    private Languages() {
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin not on the classpath: "
                            + "add org.apache.opennlp:opennlp-models-langdetect");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language detection model", e);
            }
        }
    }

    /** The ISO 639-1 code of the text's language (639-3 when there is no 2-letter code), or "und". */
    static String detect(String text) {
        if (text == null) return UNDETERMINED;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) letters++;
        }
        if (letters < MIN_LETTERS) return UNDETERMINED;
        Language[] ranked = Holder.DETECTOR.get().predictLanguages(sample);
        if (ranked.length == 0) return UNDETERMINED;
        if (ranked.length > 1 && ranked[0].getConfidence() < 1.3 * ranked[1].getConfidence()) return UNDETERMINED;
        return toIso1(ranked[0].getLang());
    }

    /** Normalises a language code given by an input ("en-US", "eng", "EN") to ISO 639-1, or null if blank. */
    static String normalizeCode(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash > 0) c = c.substring(0, dash);
        if (c.equals("und")) return UNDETERMINED;
        return c.length() == 3 ? toIso1(c) : c;
    }

    static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3Map() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no 3-letter code known for this language
            }
        }
        // OpenNLP uses individual-language codes where ISO 639-1 has a macrolanguage
        m.putAll(Map.of("cmn", "zh", "zsm", "ms", "pes", "fa", "arb", "ar", "nob", "nb", "ekk", "et", "lvs", "lv",
                "swh", "sw", "uzn", "uz", "azj", "az"));
        m.putAll(Map.of("ind", "id", "fra", "fr", "deu", "de", "nld", "nl", "ces", "cs", "zho", "zh", "fas", "fa",
                "ell", "el", "slk", "sk", "ron", "ro"));
        return Map.copyOf(m);
    }
}
