package org.sitrep.core.extract.place;

/**
 * One toponym found in the text, with its gazetteer readings and the cues around it. Package-private.
 *
 * @param start       offset of the name in the document text
 * @param end         end offset (exclusive)
 * @param surface     the name as looked up (title-cased when the text was in capitals)
 * @param readings    gazetteer record positions it may denote
 * @param qualifier   record positions named right after it (", Texas", ", Ukraine", ", Ill."), or empty
 * @param cues        bit set of the constants below
 * @param sentence    index of its sentence in the document, or -1
 */
record Mention(int start, int end, String surface, int[] readings, int[] qualifier, int cues, int sentence) {
    static final int TITLE = 1;
    static final int DATELINE = 1 << 1;
    static final int LOCATIVE = 1 << 2;
    static final int INSTITUTION = 1 << 3;
    static final int SPEECH = 1 << 4;
    static final int QUALIFIED = 1 << 5;
    static final int QUALIFIER = 1 << 6;
    static final int EMBEDDED = 1 << 7;
    static final int POSSESSIVE = 1 << 8;
    static final int NEIGHBORHOOD = 1 << 9;
    static final int OUTLET = 1 << 10;
    /** Only a point of reference: "suburban X", "outside X", "north of X", "X's suburbs", "an X-area man". */
    static final int RELATIVE = 1 << 11;
    /**
     * Named as a part of a city: "the Austin neighborhood", "the South Austin neighborhood", "the city's East Germantown
     * section" (a compass word may stand between; {@link #NEIGHBORHOOD} is the plain "the X neighborhood" only).
     */
    static final int AREA = 1 << 12;

    boolean has(int cue) {
        return (cues & cue) != 0;
    }

    /** True when the context vouches for a place reading of an otherwise doubtful word. */
    boolean supported() {
        return (cues & (DATELINE | LOCATIVE | INSTITUTION | QUALIFIED | QUALIFIER)) != 0;
    }
}
