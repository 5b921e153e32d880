package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;
import static org.sitrep.core.cluster.FeatureProbe.input;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.core.eval.DevData;

class StreetsTest {
    @Test
    void names_suffixBlockAndRoute_keysInMentionOrder() {
        String text = "Man Shot On South Main Street. Police found him in the 1200 block of Broadway near 89th St. "
                + "and Highway 50.";
        assertThat(Streets.names(text)).containsExactly("main", "broadway", "89th", "route 50");
    }

    @Test
    void names_titleCaseAndLongNames_lastWordOnly() {
        assertThat(Streets.names("Teen Killed On Martin Luther King Drive")).containsExactly("king");
        assertThat(Streets.names("shot near King Dr. on Tuesday")).containsExactly("king");
    }

    @Test
    void names_courtsAndSentenceWords_notStreets() {
        assertThat(Streets.names("He appeared in Superior Court and County Court on Monday.")).isEmpty();
        assertThat(Streets.names("The Street was quiet.")).isEmpty();
    }

    @Test
    void names_manyStreets_cappedAtMaxKeys() {
        String text = "Ash Street, Elm Street, Oak Street, Pine Street, Birch Street, Cedar Street, Maple Street.";
        assertThat(Streets.names(text)).hasSize(Streets.MAX_KEYS).startsWith("ash", "elm");
    }

    @Test
    void sharesStreet_incidentWithMemberOnSameStreet_true() {
        IncidentState s = new IncidentState("i-1", 0);
        for (int k : Streets.keys("shot on Hollow Road")) s.streets.add(k);
        assertThat(s.sharesStreet(Streets.keys("the 300 block of Hollow Rd."))).isTrue();
        assertThat(s.sharesStreet(Streets.keys("shot on Elm Street"))).isFalse();
    }

    @Test
    void features_sameCityOtherStreet_streetConflict() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a1", "A teenager was shot in the 4500 block of Calumet Avenue in Bronzeville, police said."
                + " The teenager was taken to a hospital.")), "calumet");
        double[] same = c.candidates(c.represent(input("a2", "Police said the teenager shot on Calumet Ave. in"
                + " Bronzeville was taken to a hospital."))).getFirst().features();
        double[] other = c.candidates(c.represent(input("a3", "A teenager was shot on Halsted Street in Bronzeville,"
                + " police said. The teenager was taken to a hospital."))).getFirst().features();
        double[] none = c.candidates(c.represent(input("a4", "A teenager was shot in Bronzeville, police said. The"
                + " teenager was taken to a hospital."))).getFirst().features();
        assertThat(feature(same, "streetAgree")).isEqualTo(1);
        assertThat(feature(same, "streetConflict")).isZero();
        assertThat(feature(other, "streetConflict")).isEqualTo(1);
        assertThat(feature(other, "streetAgree")).isZero();
        assertThat(feature(none, "streetAgree") + feature(none, "streetConflict")).isZero();
    }

    @Test
    void names_edgeCases_sameAsThePatterns() {
        for (String t : List.of("Route 66A and U.S. 1, US 2, U.S 3, US. 4, Hwy.5, Hwy 6, I-95, AI-5, Interstate 1234",
                "block of N. Main, block of N Main, block of North, block of North Avenue, block of E. 5th St.",
                "Roadblock of Elm, block of MacArthur, block of 1234th, blocks of Oak, block of 12th.",
                "Oak Court Drive, Superior Court Drive, McDonald Street, Main2 Street, St.Louis, 1st Ave, 1234th St",
                "_Main Street, \u00e9Main Street, Main  Street, Main Streets, Elm St5, Pine Rd.")) {
            assertThat(Streets.names(t)).as(t).containsExactly(Oracle.names(t));
        }
    }

    /** Random texts built from the pieces the patterns look at (seeded, so a failure repeats). */
    @Test
    void names_randomTexts_sameAsThePatterns() {
        String[] pieces = {"Main", "Street", "St", "St.", "Ave", "Road", "Court", "Superior", "block", "of", "North", "N",
                "N.", "E", "12th", "1234th", "3rd", "Highway", "Hwy", "Hwy.", "Route", "I-", "U.S.", "US", "Interstate",
                "50", "1234", "5", "A", "McDonald", "_", "\u00e9", "the", "blocks", "Roadblock", "x"};
        String[] gaps = {" ", " ", " ", "", ".", ",", "  ", "\n", "-", "/"};
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int k = 1 + r.nextInt(8);
            for (int j = 0; j < k; j++) sb.append(pieces[r.nextInt(pieces.length)]).append(gaps[r.nextInt(gaps.length)]);
            String t = sb.toString();
            assertThat(Streets.names(t)).as(t).containsExactly(Oracle.names(t));
        }
    }

    /** The scanner reads exactly what the three patterns of the class comment find, on every dev article. */
    @Test
    void names_devArticles_sameAsThePatterns() throws Exception {
        int n = 0;
        int withKeys = 0;
        for (String file : List.of("gva-dev.jsonl", "ecbplus-dev.jsonl")) {
            for (DevData.Item it : DevData.load(file)) {
                String text = it.article().title() + "\n" + it.article().text();
                String[] want = Oracle.names(text);
                assertThat(Streets.names(text)).as(it.article().id()).containsExactly(want);
                n++;
                if (want.length > 0) withKeys++;
            }
        }
        assertThat(withKeys).as("articles with street keys").isGreaterThan(n / 10);
    }

    /** The patterns the scanner implements (the first version of {@link Streets}). */
    private static final class Oracle {
        private static final String NAME = "([A-Z][a-z]+|\\d{1,3}(?:st|nd|rd|th))";
        private static final Pattern SUFFIXED = Pattern.compile("\\b" + NAME
                + " (?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Drive|Dr\\.?|Lane|Ln\\.?|Parkway|Pkwy\\.?"
                + "|Highway|Hwy\\.?|Terrace|Pike|Court|Ct\\.?|Circle|Expressway|Freeway)(?![A-Za-z])");
        private static final Pattern BLOCK = Pattern.compile("\\bblock of (?:(?:North|South|East|West|[NSEW]\\.?) )?"
                + NAME + "(?![a-z])");
        private static final Pattern ROUTE =
                Pattern.compile("\\b(?:Highway|Hwy\\.?|Route|Interstate|I-|U\\.?S\\.?) ?(\\d{1,3})\\b");
        private static final Set<String> NOT_STREET = Set.of("superior", "supreme", "circuit", "district", "municipal",
                "juvenile", "family", "federal", "county", "state", "city", "appeals", "magistrate", "criminal", "general",
                "sessions", "claims", "traffic", "housing", "drug", "probate", "small", "common", "high", "tax", "the",
                "on", "in", "at", "near", "of", "and", "street", "road", "avenue", "north", "south", "east", "west",
                "shooting", "shot", "killed", "police", "man", "woman", "dead");

        static String[] names(String text) {
            TreeMap<Integer, String> at = new TreeMap<>();
            collect(SUFFIXED.matcher(text), "", at);
            collect(BLOCK.matcher(text), "", at);
            collect(ROUTE.matcher(text), "route ", at);
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String k : at.values()) {
                out.add(k);
                if (out.size() == Streets.MAX_KEYS) break;
            }
            return out.toArray(new String[0]);
        }

        private static void collect(Matcher m, String prefix, Map<Integer, String> at) {
            while (m.find()) {
                String k = m.group(1).toLowerCase(Locale.ROOT);
                if (prefix.isEmpty() && NOT_STREET.contains(k)) continue;
                at.putIfAbsent(m.start(), prefix + k);
            }
        }
    }
}
