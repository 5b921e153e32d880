package org.sitrep.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class SynthTest {
    private static Article article(String id, String text, LocalDate day) {
        return new Article(id, "Flooding closes roads near Brackenford", text, day, null, null, "example.org", "en",
                null, "test", Map.of());
    }

    private static final String TEXT = "Heavy rain flooded the lower streets of Brackenford on Tuesday, and 14 homes"
            + " were evacuated. The river rose quickly after midnight. Volunteers from Ellismoor carried sandbags"
            + " to the bridge while the council opened the school hall for families who could not return home.";

    @Test
    void article_copyZero_isTheOriginal() {
        Article a = article("a1", TEXT, LocalDate.of(2024, 1, 10));
        assertThat(Synth.of(List.of(a)).article(a, 0)).isSameAs(a);
    }

    @Test
    void article_laterCopies_newIdsNamesNumbersAndShiftedDates() {
        Article a = article("a1", TEXT, LocalDate.of(2024, 1, 10));
        Article b = article("a2", TEXT.replace("Tuesday", "Monday"), LocalDate.of(2024, 6, 2));
        Synth s = Synth.of(List.of(a, b));
        assertThat(s.shiftMonths()).isEqualTo(6);
        Article c1 = s.article(a, 1);
        Article c2 = s.article(a, 2);
        assertThat(c1.id()).isEqualTo("a1~1");
        assertThat(c1.published()).isEqualTo(LocalDate.of(2024, 7, 10));
        assertThat(c2.published()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(c1.text()).doesNotContain("Brackenford").doesNotContain("14 homes");
        assertThat(c1.text()).isNotEqualTo(c2.text());
        assertThat(c1.contentHash()).isNotEqualTo(c2.contentHash());
        assertThat(shingleJaccard(c1.text(), c2.text())).isLessThan(0.5);
    }

    @Test
    void article_sameWordSameCopy_sameReplacement() {
        Article a = article("a1", TEXT, LocalDate.of(2024, 1, 10));
        Synth s = Synth.of(List.of(a));
        String t = s.article(a, 3).text();
        String title = s.article(a, 3).title();
        String town = title.substring(title.lastIndexOf(' ') + 1);
        assertThat(t).contains(town);
    }

    private static double shingleJaccard(String x, String y) {
        Set<String> a = shingles(x);
        Set<String> b = shingles(y);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) (a.size() + b.size() - common.size());
    }

    private static Set<String> shingles(String s) {
        String[] w = s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + 5)));
        return out;
    }
}
