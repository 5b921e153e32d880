package org.sitrep.core.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Name matching rules of the fact scorer, written down so that the numbers can be reproduced.
 * A gold city of the form "City (Neighbourhood)" accepts either name; "Name (county)" accepts "Name"
 * and "Name County". Comparison ignores case, a leading "The" ("The Bronx" is GVA's "Bronx") and the
 * difference between a hyphen and a space ("Opa-locka" is "Opa Locka"); accents are kept, and "St." equals
 * "Saint" (also "Ft." "Fort", "Mt." "Mount") anywhere in the name.
 */
final class Matching {
    private Matching() {
    }

    static boolean cityMatches(String gold, String predicted) {
        if (gold == null || predicted == null) return false;
        Set<String> accepted = new HashSet<>();
        String g = gold.strip();
        int open = g.indexOf('(');
        if (open > 0 && g.endsWith(")")) {
            String main = g.substring(0, open).strip();
            String inner = g.substring(open + 1, g.length() - 1).strip();
            accepted.add(norm(main));
            if (inner.equalsIgnoreCase("county")) accepted.add(norm(main + " County"));
            else accepted.add(norm(inner));
        } else {
            accepted.add(norm(g));
        }
        return accepted.contains(norm(predicted));
    }

    static boolean stateMatches(String gold, String predicted) {
        return gold != null && predicted != null && norm(gold).equals(norm(predicted));
    }

    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('-', ' ').strip().replaceAll("\\s+", " ");
        n = n.replaceAll("^the ", "").replaceAll("(^| )st\\.? ", "$1saint ").replaceAll("(^| )ft\\.? ", "$1fort ")
                .replaceAll("(^| )mt\\.? ", "$1mount "); // anywhere in the name: "Bay St. Louis"
        return n;
    }
}
