package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    static final String PAGE = """
            <!DOCTYPE html><html lang="en-GB"><head>
            <title>Bridge closed after flood | Example News</title>
            <meta property="og:title" content="Bridge closed after flood">
            <meta property="article:published_time" content="2021-03-04T08:00:00+00:00">
            <link rel="canonical" href="https://www.news.example/2021/03/04/bridge?utm_source=rss">
            <script>var x = "not text";</script><style>p { color: red }</style></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <article><h1>Bridge closed after flood</h1>
              <div class="story-body">
                <p>The old river bridge was closed on Thursday after flood water damaged its supports, officials said.</p>
                <figure><img src="a.jpg"><figcaption>The bridge, seen from the east bank, on Wednesday.</figcaption></figure>
                <p>Engineers will inspect the structure, and traffic is being diverted through the town centre, which
                is expected to add 20 minutes to journeys.</p>
                <div class="ad-slot">Buy our product now, limited offer, while stocks last!</div>
                <p>"We cannot take any risks," the mayor said, adding that a decision would come next week.</p>
                <aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another flood story, with a long
                headline that goes on</a></li></ul></aside>
              </div>
            </article>
            <div class="newsletter-signup"><p>Sign up for our newsletter, it is great, you will love it, really.</p></div>
            <footer><p>Copyright 2021 Example News, all rights reserved, some more words here.</p></footer>
            </body></html>
            """;

    @Test
    void extract_articlePage_mainTextAndMetadata() {
        HtmlExtractor.Page p = HtmlExtractor.extract(PAGE, null);
        assertThat(p.title()).isEqualTo("Bridge closed after flood");
        assertThat(p.date()).isEqualTo("2021-03-04T08:00:00+00:00");
        assertThat(p.canonicalUrl()).isEqualTo("https://www.news.example/2021/03/04/bridge?utm_source=rss");
        assertThat(p.lang()).isEqualTo("en-GB");
        assertThat(p.text()).startsWith("The old river bridge was closed on Thursday")
                .contains("\n\nEngineers will inspect the structure")
                .endsWith("a decision would come next week.")
                .doesNotContain("Home", "Share", "Buy our product", "Another flood story", "newsletter", "Copyright",
                        "seen from the east bank", "not text", "color");
    }

    @Test
    void extract_jsonLdDateAndTimeElement_found() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2019-11-02T10:00:00Z\"}</script></head><body><p>Text.</p></body></html>";
        assertThat(HtmlExtractor.extract(ld, null).date()).isEqualTo("2019-11-02T10:00:00Z");
        String time = "<html><body><article><time datetime=\"2018-05-06\">6 May</time><p>Text.</p></article></body></html>";
        assertThat(HtmlExtractor.extract(time, null).date()).isEqualTo("2018-05-06");
    }

    @Test
    void extract_noParagraphs_fallsBackToBodyBlocks() {
        HtmlExtractor.Page p = HtmlExtractor.extract("<html><body><div>Just one line of text.</div>"
                + "<div>And another.</div></body></html>", null);
        assertThat(p.text()).isEqualTo("Just one line of text.\n\nAnd another.");
    }

    @Test
    void extract_onlyScriptsAndNav_emptyText() {
        HtmlExtractor.Page p = HtmlExtractor.extract("<html><head><title>T</title></head><body><nav><a href=/>Home</a>"
                + "</nav><script>x()</script></body></html>", null);
        assertThat(p.text()).isEmpty();
        assertThat(p.title()).isEqualTo("T");
    }
}
