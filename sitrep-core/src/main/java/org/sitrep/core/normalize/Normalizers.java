package org.sitrep.core.normalize;

/** Factories for {@link Normalizer}s. */
public final class Normalizers {
    private Normalizers() {
    }

    /**
     * The default normaliser: main-text extraction for HTML, mojibake repair, NFC, whitespace and boilerplate-line
     * clean-up, date/URL/outlet/language metadata, content hash and id. Thread-safe; the language model is
     * loaded on first use.
     */
    public static Normalizer standard() {
        return StandardNormalizer.INSTANCE;
    }
}
