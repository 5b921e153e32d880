package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DuplicateGroup;
import org.sitrep.model.DuplicateKind;

class LineageTest {
    private static Article article(String id, String text, String date, String lang) {
        return new Article(id, "t", text, date == null ? null : LocalDate.parse(date), null, null, null, lang, null,
                "test", Map.of());
    }

    @Test
    void groups_wireCreditArrivesLast_isCanonicalAndOthersPointToIt() {
        Article local = article("local", "Two people were hurt in a shooting, police said.", "2024-05-05", "en");
        Article copy = article("copy", "Two people were hurt in a shooting, police said.", "2024-05-06", "en");
        Article wire = article("wire", "DENVER (AP) \u2014 Two people were hurt in a shooting, police said.", "2024-05-05", "en");
        Map<String, DedupDecision> d = Map.of(
                "local", DedupDecision.original("local"),
                "copy", new DedupDecision("copy", "local", "local", DuplicateKind.EXACT, 1, "local"),
                "wire", new DedupDecision("wire", "local", "local", DuplicateKind.NEAR, 0.9, "local"));
        List<DuplicateGroup> groups = Lineage.groups(List.of(local, copy, wire), d);
        assertThat(groups).hasSize(1);
        DuplicateGroup g = groups.getFirst();
        assertThat(g.canonicalId()).isEqualTo("wire");
        assertThat(g.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(g.members()).containsExactly("local", "copy", "wire");
        assertThat(g.lineage()).containsExactlyInAnyOrder(List.of("local", "wire"), List.of("copy", "local"));
    }

    @Test
    void groups_translationSameDay_pointsToOriginalLanguage() {
        Article en = article("en", "Police said a man was shot on Main Street.", "2024-05-05", "en");
        Article fr = article("fr", "La police a dit qu'un homme a \u00e9t\u00e9 bless\u00e9 par balle.", "2024-05-05", "fr");
        Article fr2 = article("fr2", "La police a dit qu'un homme a \u00e9t\u00e9 bless\u00e9 par balle.", "2024-05-04", "fr");
        Map<String, DedupDecision> d = Map.of(
                "fr", DedupDecision.original("fr"),
                "en", new DedupDecision("en", "fr", "fr", DuplicateKind.TRANSLATION, 0.8, "fr"),
                "fr2", new DedupDecision("fr2", "fr", "fr2", DuplicateKind.EXACT, 1, "fr"));
        DuplicateGroup g = Lineage.groups(List.of(fr, en, fr2), d).getFirst();
        assertThat(g.canonicalId()).isEqualTo("fr2");
        assertThat(g.lineage()).containsExactlyInAnyOrder(List.of("fr", "fr2"), List.of("en", "fr"));
    }

    @Test
    void groups_singletons_none() {
        Article a = article("a", "text", null, "en");
        assertThat(Lineage.groups(List.of(a), Map.of())).isEmpty();
    }

    @Test
    void credited_datelineAndCreditLine_placeInParenthesesIsNot() {
        assertThat(Wire.credited("PHOENIX (AP) - Phoenix police said Friday")).isTrue();
        assertThat(Wire.credited("(Reuters) - A gunman opened fire")).isTrue();
        assertThat(Wire.credited("(CNN)A gunman opened fire")).isTrue();
        assertThat(Wire.credited("A gunman opened fire on Friday.\n\nThe Associated Press contributed to this report.")).isTrue();
        assertThat(Wire.credited("(Kyiv) A Russian missile struck an apartment building")).isFalse();
        assertThat(Wire.credited("Police (who arrived late) said nothing.")).isFalse();
    }
}
