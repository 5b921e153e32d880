package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.Ingestor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;

class StandardNormalizerTest {
    private static final Normalizer N = Normalizers.standard();
    private static final String BODY = "The old river bridge was closed on Thursday after flood water damaged its "
            + "supports, officials said.\n\nEngineers will inspect it next week.";

    private static RawRecord rec(String id, String title, String text, String html, String date, String url,
                                 String lang, Map<String, String> extra) {
        return new RawRecord("in.jsonl", "line 1", id, title, text, html, date, url, lang, extra);
    }

    @Test
    void normalize_plainRecord_allMetadata() {
        Outcome<Article> o = N.normalize(rec("x1", " Bridge  closed ", BODY, null, "March 4, 2021",
                "http://web.archive.org/web/20210310000000/https://www.news.example/story/1/?utm_medium=x", null,
                Map.of("event_id", "e")));
        assertThat(o.problems()).isEmpty();
        Article a = o.value();
        assertThat(a.id()).isEqualTo("x1");
        assertThat(a.title()).isEqualTo("Bridge closed");
        assertThat(a.text()).isEqualTo(BODY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.canonicalUrl()).isEqualTo("https://www.news.example/story/1");
        assertThat(a.outlet()).isEqualTo("news.example");
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.contentHash()).isEqualTo(StandardNormalizer.sha256("Bridge closed\n" + BODY)).hasSize(64);
        assertThat(a.source()).isEqualTo("in.jsonl (line 1)");
        assertThat(a.extra()).containsEntry("event_id", "e");
    }

    @Test
    void normalize_noId_idFromHash() {
        Article a = N.normalize(rec(null, null, BODY, null, null, null, "fr", null)).value();
        assertThat(a.id()).isEqualTo("a" + a.contentHash().substring(0, 16));
        assertThat(a.lang()).isEqualTo("fr");
        assertThat(a.published()).isNull();
    }

    @Test
    void normalize_dateOnlyInUrl_usedButNeverArchiveTimestamp() {
        Article a = N.normalize(rec(null, null, BODY, null, null,
                "http://web.archive.org/web/20210310000000/https://news.example/2021/03/04/bridge", null, null)).value();
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        Article b = N.normalize(rec(null, null, BODY, null, null,
                "http://web.archive.org/web/20210310000000/https://news.example/story/bridge", null, null)).value();
        assertThat(b.published()).isNull();
    }

    @Test
    void normalize_unparseableDate_warningNotFailure() {
        Outcome<Article> o = N.normalize(rec(null, null, BODY, null, "sometime soon", null, null, null));
        assertThat(o.isOk()).isTrue();
        assertThat(o.problems()).singleElement().hasToString("in.jsonl (line 1): unrecognised date 'sometime soon'");
    }

    @Test
    void normalize_html_extractedWithPageMetadata() {
        Article a = N.normalize(rec(null, null, null, HtmlExtractorTest.PAGE, null, null, null, null)).value();
        assertThat(a.title()).isEqualTo("Bridge closed after flood");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(a.canonicalUrl()).isEqualTo("https://www.news.example/2021/03/04/bridge");
        assertThat(a.text()).startsWith("The old river bridge");
    }

    @Test
    void normalize_warcCaptureDate_onlyAsLastResort() {
        Map<String, String> capture = Map.of(Ingestor.CAPTURE_DATE, "2016-05-06T07:08:09Z");
        Article a = N.normalize(rec(null, null, null, "<p>" + BODY + "</p>", null, "https://n.example/x", null,
                capture)).value();
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 5, 6));
        Article b = N.normalize(rec(null, null, null, HtmlExtractorTest.PAGE, null, "https://n.example/x", null,
                capture)).value();
        assertThat(b.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @Test
    void normalize_htmlWithoutText_failedWithProblem() {
        Outcome<Article> o = N.normalize(rec(null, null, null, "<html><body><nav><a href=/>Home</a></nav></body></html>",
                null, null, null, null));
        assertThat(o.isOk()).isFalse();
        assertThat(o.problems()).singleElement().hasToString("in.jsonl (line 1): no article text found in the HTML");
    }

    @Test
    void normalize_noText_failed() {
        assertThat(N.normalize(rec(null, " ", " ", null, null, null, null, null)).problems())
                .singleElement().hasToString("in.jsonl (line 1): record has no text");
        assertThat(N.normalize(rec(null, null, "Advertisement\nClick here to subscribe", null, null, null, null, null))
                .problems()).singleElement().extracting(p -> p.message()).asString().contains("boilerplate");
    }

    @Test
    void normalize_titleOnly_titleStandsInAsTextWithAWarning() {
        Outcome<Article> o = N.normalize(rec(null, "Man shot dead in  Springfield on Friday", " ", null, null, null, null, null));
        assertThat(o.isOk()).isTrue();
        assertThat(o.value().text()).isEqualTo("Man shot dead in Springfield on Friday");
        assertThat(o.problems()).singleElement().hasToString(
                "in.jsonl (line 1): record has no text; the title stands in as its text");
    }

    @Test
    void normalize_oneWordTitleOnly_failed() {
        assertThat(N.normalize(rec(null, "en", " ", null, "2015-08-26", "http://one.example/a.pdf", null, null)).problems())
                .singleElement().hasToString("in.jsonl (line 1): record has no text; the title 'en' is no headline");
        assertThat(N.normalize(rec(null, "Gunfire Downtown", " ", null, null, null, null, null)).isOk()).isTrue();
    }

    @Test
    void normalize_titleOnlyPagesAtTwoAddresses_differentContentHash() {
        Article a = N.normalize(rec(null, "Page not found", " ", null, "2015-08-26", "http://one.example/2015/08/26/man-shot", null, null)).value();
        Article b = N.normalize(rec(null, "Page not found", " ", null, "2013-09-11", "http://two.example/files/edition.pdf", null, null)).value();
        Article again = N.normalize(rec(null, "Page  not found", "", null, "2015-08-27", "http://one.example/2015/08/26/man-shot", null, null)).value();
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash()).isEqualTo(again.contentHash());
        Article withText = N.normalize(rec(null, "en", BODY, null, null, "http://one.example/a", null, null)).value();
        Article sameText = N.normalize(rec(null, "en", BODY, null, null, "http://two.example/b", null, null)).value();
        assertThat(withText.contentHash()).isEqualTo(sameText.contentHash());
    }

    @Test
    void normalize_embeddedTweet_dateKeptInExtra() {
        Article a = N.normalize(rec(null, null, BODY + "\nUpdate - 14 March 2023\n#Tag pic.twitter.com/ab1— Some Body "
                + "(@handle) March 14, 2023\nEnd of story here.", null, null, null, null, null)).value();
        assertThat(a.text()).contains("Update - 14 March 2023").doesNotContain("pic.twitter");
        assertThat(a.extra()).containsEntry("embedded_dates", "2023-03-14");
    }

    @Test
    void normalize_sameInputOnThreads_sameResult() throws Exception {
        RawRecord r = rec(null, "T", BODY, HtmlExtractorTest.PAGE, "2021-03-04", null, null, null);
        Article expected = N.normalize(r).value();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) fs.add(pool.submit(() -> N.normalize(r).value()));
            for (Future<Article> f : fs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
