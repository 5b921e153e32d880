package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://WWW.News.Example/Path/Story/?utm_source=x&id=5&fbclid=abc#frag|https://www.news.example/Path/Story?id=5",
        "http://web.archive.org/web/20160101000000/http://example.com/x|http://example.com/x",
        "http://web.archive.org/web/20140215012040id_/http://www.site.example:80/story/1/|http://www.site.example/story/1",
        "https://web.archive.org/web/2016/example.com/y?utm_campaign=z|http://example.com/y",
        "https://news.example|https://news.example/", "https://news.example:8443/a|https://news.example:8443/a",
        "ftp://files.example/x|", "not a url|"})
    void canonical_variants_normalised(String in, String expected) {
        assertThat(Urls.canonical(in)).isEqualTo(expected);
    }

    @Test
    void outlet_stripsWww() {
        assertThat(Urls.outlet("https://www.news.example/a")).isEqualTo("news.example");
        assertThat(Urls.outlet("https://edition.news.example:8080/a")).isEqualTo("edition.news.example");
        assertThat(Urls.outlet(null)).isNull();
    }

    @Test
    void outlet_isOneSiteForItsMobileAndAcceleratedCopies() {
        assertThat(Urls.outlet("https://m.news.example/a")).isEqualTo("news.example");
        assertThat(Urls.outlet("https://amp.news.example/a")).isEqualTo("news.example");
        assertThat(Urls.outlet("https://mobile.www.news.example/a")).isEqualTo("news.example");
        assertThat(Urls.outlet("https://m.example/a")).isEqualTo("m.example"); // no dotted name would remain
        assertThat(Urls.outlet("https://metro.news.example/a")).isEqualTo("metro.news.example");
    }
}
