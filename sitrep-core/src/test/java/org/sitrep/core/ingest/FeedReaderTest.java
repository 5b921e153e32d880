package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static Collecting read(String s) throws Exception {
        Collecting c = new Collecting();
        new FeedReader(1 << 20).read(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "f.rss", c);
        return c;
    }

    @Test
    void read_rssWithContentEncoded_oneRecordPerEntry() throws Exception {
        Collecting c = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>News</title><link>https://news.example/</link><description>d</description>
                <item><title>Bridge closed</title><link>https://news.example/2021/03/04/bridge</link>
                  <guid>urn:1</guid><pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate>
                  <description>Short teaser</description>
                  <content:encoded><![CDATA[<p>The full story.</p>]]></content:encoded></item>
                <item><title>Second</title><link>https://news.example/b</link><description>Only a description</description></item>
                </channel></rss>
                """);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        RawRecord r = c.records.getFirst();
        assertThat(r.title()).isEqualTo("Bridge closed");
        assertThat(r.html()).contains("The full story.").doesNotContain("teaser");
        assertThat(r.url()).isEqualTo("https://news.example/2021/03/04/bridge");
        assertThat(r.id()).isEqualTo("urn:1");
        assertThat(r.date()).isEqualTo("Thu, 04 Mar 2021 10:00:00 GMT");
        assertThat(r.location()).isEqualTo("entry 1");
        assertThat(c.records.get(1).html()).isEqualTo("Only a description");
    }

    @Test
    void read_eveningStoryWithOffset_keepsThePublishersDay() throws Exception {
        Collecting c = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>News</title>
                <item><title>Shooting</title><link>https://news.example/a</link>
                  <pubDate>Mon, 27 Jun 2022 21:30:00 -0400</pubDate><description>Body one</description></item>
                <item><title>Fire</title><link>https://news.example/b</link>
                  <dc:date>2022-06-27T23:10:00-05:00</dc:date><description>Body two</description></item>
                </channel></rss>
                """);
        assertThat(c.records).extracting(RawRecord::date)
                .containsExactly("Mon, 27 Jun 2022 21:30:00 -0400", "2022-06-27T23:10:00-05:00");
        // as a UTC instant both would have been dated 28 June
        Article a = Normalizers.standard().normalize(c.records.getFirst()).value();
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 6, 27));
    }

    @Test
    void read_atom_parsed() throws Exception {
        Collecting c = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id><updated>2021-01-01T00:00:00Z</updated>
                <entry><title>A</title><id>urn:a</id><link href="https://n.example/a"/><updated>2021-02-03T00:00:00Z</updated>
                <content type="html">&lt;p&gt;Atom body&lt;/p&gt;</content></entry></feed>
                """);
        assertThat(c.records).singleElement().satisfies(r -> {
            assertThat(r.html()).contains("Atom body");
            assertThat(r.url()).isEqualTo("https://n.example/a");
            assertThat(r.date()).startsWith("2021-02-03");
        });
    }

    @Test
    void read_notAFeed_oneProblem() throws Exception {
        Collecting c = read("<?xml version=\"1.0\"?><rss><channel><item>");
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().extracting(p -> p.message()).asString()
                .startsWith("not a readable RSS/Atom feed");
    }

    @Test
    void read_doctypeWithEntity_refused() throws Exception {
        Collecting c = read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        assertThat(c.records).isEmpty();
        assertThat(c.problems).hasSize(1);
    }
}
