package org.sitrep.core.extract.figure;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For measurement tests outside this package: every number a text writes, in digits or words, as the figure
 * extractor reads numbers ({@link Quantities#NUMBER}, {@link Quantities#number}), whatever it counts.
 */
public final class WrittenNumbers {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])" + Quantities.NUMBER + "(?![\\w]|[.,]\\d)",
            Pattern.CASE_INSENSITIVE);

    private WrittenNumbers() {
    }

    public static Set<Integer> in(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Integer v = Quantities.number(m.group());
            if (v != null) out.add(v);
        }
        return out;
    }
}
