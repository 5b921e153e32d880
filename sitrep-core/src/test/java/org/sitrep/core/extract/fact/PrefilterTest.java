package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilterTest {
    private static boolean may(String regex, String text) {
        return Prefilter.of(regex).mayMatch(Prefilter.lower(text));
    }

    @Test
    void mayMatch_literalWordsOfTheAlternatives() {
        String re = "\\b(?:missile strikes?|air ?strikes?|kh-\\d+|(?:plane|jet) crash(?:ed)?)\\b";
        assertThat(may(re, "A Missile strike hit")).isTrue();
        assertThat(may(re, "an AIRSTRIKE")).isTrue();
        assertThat(may(re, "Kh-22 missiles")).isTrue();
        assertThat(may(re, "the jet crashed")).isTrue();
        assertThat(may(re, "a man was shot")).isFalse();
    }

    @Test
    void mayMatch_optionalGroupsAndClasses_fallBackOrWiden() {
        assertThat(may("(?:assault\\s+|hunting\\s+)?rifles?", "a rifle")).isTrue();
        assertThat(may("(?:assault\\s+|hunting\\s+)?rifles?", "a gun")).isFalse();
        assertThat(may("[A-Z][a-z]+ said", "anything")).isTrue();     // a class first: always runs
        assertThat(may("a?b", "zzz")).isTrue();                        // an optional first letter: always runs
        assertThat(may("(?<!gas )station", "the station")).isTrue();
        assertThat(lowerKeepsOffsets("İstanbul KELVIN")).isTrue();
    }

    @Test
    void mayMatch_neverFalseWhenTheRegexMatches() {
        List<String> texts = List.of("Russian forces fired rockets", "The Wagner Group attacked", "a 9-year-old boy was shot dead",
                "Bus crash kills 12", "Tear gas dispersed the protesters", "A suicide bomber blew himself up", "Kh-22",
                "Gunmen opened fire at a mall", "Police said the suspect fled", "a house fire", "accidentally shot himself");
        for (EventTypes.Type type : EventTypes.TAXONOMY) {
            for (EventTypes.Cue c : type.cues()) {
                for (String t : texts) {
                    if (c.pattern().matcher(t).find()) assertThat(c.filter().mayMatch(Prefilter.lower(t))).as(c + " " + t).isTrue();
                }
            }
        }
        Pattern ci = Pattern.compile("\\b(?:shopping (?:mall|cent(?:re|er))|mall)\\b", Pattern.CASE_INSENSITIVE);
        assertThat(ci.matcher("the Shopping Centre").find() && may(ci.pattern(), "the Shopping Centre")).isTrue();
    }

    private static boolean lowerKeepsOffsets(String s) {
        return Prefilter.lower(s).length() == s.length() && Prefilter.lower(s).startsWith("İstanbul kelvin");
    }
}
