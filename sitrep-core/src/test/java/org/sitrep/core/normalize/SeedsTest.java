package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.ingest.RecordSink;
import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/** The five seed articles of ../shared/corpus/seeds go through ingest and normalise as gold.json describes. */
class SeedsTest {
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
    private static final List<Problem> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void readSeeds() {
        String shared = System.getProperty("sitrep.shared");
        Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
        assumeTrue(seeds != null && Files.isDirectory(seeds),
                "skipped: ../shared/corpus/seeds not found (set -Dsitrep.shared=<dir>)");
        Normalizer n = Normalizers.standard();
        Ingestor.standard().ingest(List.of(seeds + "/*.txt"), null, new RecordSink() {
            @Override
            public void accept(RawRecord record) {
                Outcome<Article> o = n.normalize(record);
                PROBLEMS.addAll(o.problems());
                if (o.isOk()) ARTICLES.put(Path.of(record.source()).getFileName().toString(), o.value());
            }

            @Override
            public void problem(Problem problem) {
                PROBLEMS.add(problem);
            }
        });
    }

    private static Article seed(String prefix) {
        return ARTICLES.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void ingest_fiveSeeds_noProblems() {
        assertThat(PROBLEMS).isEmpty();
        assertThat(ARTICLES).hasSize(5);
        assertThat(ARTICLES.values()).allSatisfy(a -> assertThat(a.lang()).isEqualTo("en"));
    }

    @Test
    void seed000_dateHeader_dateAndBody() {
        Article a = seed("000_");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 6, 28));
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).startsWith("Scores of civilians were feared killed").doesNotContain("date 2022");
        assertThat(a.id()).isEqualTo("000_25bac03943eac0fa");
    }

    @Test
    void seed001_dateHeader_date() {
        assertThat(seed("001_").published()).isEqualTo(LocalDate.of(2022, 6, 27));
    }

    @Test
    void seed002_titleDateUrl_allParsed() {
        Article a = seed("002_");
        assertThat(a.title()).startsWith("Ukraine releases chilling new footage").doesNotContain("  ");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(a.url()).startsWith("https://www.dailymail.co.uk/news/article-10969639/");
        assertThat(a.outlet()).isEqualTo("dailymail.co.uk");
        assertThat(a.text()).startsWith("Two more cameras on the exterior").doesNotContain("20220630");
    }

    @Test
    void seed003_bareBodyWithTweet_noPublishedDateButEmbeddedDateKept() {
        Article a = seed("003_");
        assertThat(a.published()).isNull();
        assertThat(a.text()).startsWith("A Russian missile has struck").contains("14 March 2023")
                .doesNotContain("pic.twitter.com", "Find out more about");
        assertThat(a.extra()).containsEntry("embedded_dates", "2023-03-14");
    }

    @Test
    void seed004_tis620Mojibake_guillemetRestored() {
        Article a = seed("004_");
        assertThat(a.published()).isNull();
        assertThat(a.text()).startsWith("(Kyiv) A Russian missile").contains("civilians. »").doesNotContain("ยป");
    }
}
