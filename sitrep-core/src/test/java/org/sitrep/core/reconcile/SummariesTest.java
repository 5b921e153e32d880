package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;

class SummariesTest {
    private static Member member(String id, String group, String outlet, String text, String figureSentence) {
        Article a = new Article(id, "", text, LocalDate.of(2024, 5, 2), null, null, outlet, "en", "", "t", Map.of());
        List<Figure> figs = figureSentence == null ? List.of() : List.of(new Figure(FigureKind.KILLED, 3, null, Qualifier.EXACT,
                null, null, new Evidence(id, text.indexOf(figureSentence), text.indexOf(figureSentence)
                + figureSentence.length(), figureSentence), 0.85));
        List<Fact> facts = List.of(new Fact(FactKind.WEAPON, "rifle", null, null, new Evidence(id, 0, 1, ""), 0.8));
        return new Member(a, new ArticleFacts(id, null, List.of(), figs, facts),
                new DedupDecision(id, group, group, null, 0, null));
    }

    @Test
    void pick_severalSources_mostInformativeSentencePerSourceWithCitation() {
        String a = "Click here to subscribe to our newsletter. Three people were killed when a gunman with a rifle opened "
                + "fire at a bar in Velgrad on Sunday night, police said. The bar had opened in 1990.";
        String b = "Police in Velgrad are still looking for the gunman who killed three people on Sunday. Watch the video above.";
        String c = "The weather in the region was mild.";
        List<Fact> out = Summaries.pick(List.of(member("a", "g1", "one.example", a, "Three people were killed when a gunman with "
                + "a rifle opened fire at a bar in Velgrad on Sunday night, police said."),
                member("a2", "g1", "copy.example", a, null), member("b", "g2", "two.example", b, null),
                member("c", "g3", "three.example", c, null)), null, null);
        assertThat(out).extracting(Fact::kind).containsOnly(FactKind.SUMMARY);
        assertThat(out.getFirst().value()).startsWith("Three people were killed");
        assertThat(out.getFirst().evidence().articleId()).isIn("a", "a2");
        assertThat(a.substring(out.getFirst().evidence().start(), out.getFirst().evidence().end()))
                .isEqualTo(out.getFirst().value());
        assertThat(out).extracting(Fact::value).noneMatch(v -> v.contains("subscribe") || v.contains("weather"))
                .anyMatch(v -> v.startsWith("Police in Velgrad"));
        assertThat(out).extracting(f -> f.evidence().articleId()).doesNotContainSequence("a", "a2");
    }

    @Test
    void pick_oneSource_twoSentences() {
        String a = "A gunman with a rifle killed three people in Velgrad on Sunday. Two more were wounded in the shooting on "
                + "Elm Street, police said. Read more stories here.";
        List<Fact> out = Summaries.pick(List.of(member("a", "g1", "one.example", a, null)), null, null);
        assertThat(out).hasSize(2).extracting(Fact::value).noneMatch(v -> v.contains("Read more"));
    }
}
