package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-06-28|2022-06-28", "2022-06-28T23:30:00-04:00|2022-06-28", "20220628|2022-06-28",
        "June 28, 2022|2022-06-28", "Jun. 28 2022|2022-06-28", "28 June 2022|2022-06-28", "28th of June, 2022|2022-06-28",
        "Tue, 28 Jun 2022 10:00:00 GMT|2022-06-28", "28/06/2022|2022-06-28", "06/28/2022|2022-06-28",
        "2022/06/28|2022-06-28", "28.06.2022|2022-06-28", "Published: Sept 5, 2021 at 10:00|2021-09-05",
        "20160101000000|2016-01-01"})
    void parse_supportedFormats_parsed(String in, String expected) {
        assertThat(Dates.parse(in)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2022-13-45", "99/99/2022", "1066-10-14", "no date here 123"})
    void parse_invalid_null(String in) {
        assertThat(Dates.parse(in)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://news.example/2022/06/28/story-title|2022-06-28", "https://news.example/world/20220628/story|2022-06-28",
        "https://news.example/2022-06-28-story.html|2022-06-28", "https://news.example/news/story-123456|",
        "https://news.example/a/b?date=2022/06/28|"})
    void fromUrl_datePath_found(String url, String expected) {
        assertThat(Dates.fromUrl(url)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KYIV, Ukraine, June 28, 2022 — Officials said|2022-06-28", "June 28, 2022 - A storm|2022-06-28",
        "LONDON (Reuters) - A fire broke out on June 28, 2022.|", "(Kyiv) A missile struck on Tuesday.|",
        "Officials said on 14 March 2023 — nothing|"})
    void fromDateline_openingDateline_found(String text, String expected) {
        assertThat(Dates.fromDateline(text)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }
}
