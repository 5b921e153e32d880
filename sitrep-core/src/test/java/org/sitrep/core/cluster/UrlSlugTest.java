package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline words of an article's URL: the longest slug segment of the last embedded address, ids left out. */
class UrlSlugTest {
    @Test
    void words_datedSlug_headlineWords() {
        assertThat(UrlSlug.words("https://www.example.com/2019/05/12/man-shot-on-elm-street-in-springfield/"))
                .isEqualTo("man shot on elm street in springfield");
    }

    @Test
    void words_archiveSnapshot_readsTheOriginalPath() {
        assertThat(UrlSlug.words("http://web.archive.org/web/20160101000000/http://news.example.com/local/crime/"
                + "teen-hurt-in-drive-by-shooting/article_6294315c-1f1d-11e3-9e10-0019bb30f31a.html?utm_source=feed"))
                .isEqualTo("teen hurt in drive by shooting");
    }

    @Test
    void words_idsAndExtension_dropped() {
        assertThat(UrlSlug.words("http://example.com/news/chi-boy-shot-in-park-20140124,0,7508784.story"))
                .isEqualTo("chi boy shot in park");
        assertThat(UrlSlug.words("http://example.com/story/30942657/father-shoots-son-14-thought-intruder/"))
                .isEqualTo("father shoots son thought intruder");
    }

    @Test
    void words_sectionsIdsAndShortSegments_none() {
        assertThat(UrlSlug.words("http://example.com/news/local/crime/")).isEmpty();
        assertThat(UrlSlug.words("http://example.com/news/news/local/nhg9B/")).isEmpty();
        assertThat(UrlSlug.words("http://example.com/tag/john-smith/")).isEmpty();
        assertThat(UrlSlug.words("https://social.example.com/some_user/status/801909141883101184")).isEmpty();
        assertThat(UrlSlug.words("http://example.com/files/09102013EJAEA01.pdf")).isEmpty();
        assertThat(UrlSlug.words("http://example.com")).isEmpty();
        assertThat(UrlSlug.words(null)).isEmpty();
    }

    @Test
    void words_longestSegmentWins_queryIgnored() {
        assertThat(UrlSlug.words("http://example.com/crime-and-courts/two-men-charged-in-quadruple-shooting?q=a-b-c-d-e-f"))
                .isEqualTo("two men charged in quadruple shooting");
    }
}
