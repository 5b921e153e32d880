package org.sitrep.core.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For measurement tests outside this package: the ways news writes a US state short, as the place extractor reads
 * them ({@link Lexicon#US_STATE_ABBREVIATIONS}: "Ill.", "Calif"), with the state's name from the gazetteer.
 */
public final class StateAbbreviations {
    /** One abbreviation, the USPS code it stands for, and that state's name. */
    public record Abbreviation(String text, String code, String state) {
    }

    private StateAbbreviations() {
    }

    public static List<Abbreviation> all() {
        Gazetteer g = Gazetteer.standard();
        List<Abbreviation> out = new ArrayList<>();
        for (Map.Entry<String, String> e : Lexicon.US_STATE_ABBREVIATIONS.entrySet()) {
            String name = g.admin1Name("US", e.getValue());
            if (name != null) out.add(new Abbreviation(e.getKey(), e.getValue(), name));
        }
        return out;
    }
}
