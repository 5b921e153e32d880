package org.sitrep.core.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.core.internal.UrlPaths;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/** The incident place read from the URL when the text names none. */
class UrlPlacesTest {
    private static final PlaceExtractor PLACES = Places.standard();

    private static List<Place> places(String url, String text) {
        return PLACES.extract(Doc.of(new Article("a1", "Two hurt in late-night shooting", text, null, url, null, null, "en", null,
                "test", Map.of())));
    }

    @Test
    void extract_noPlaceInTextButTownInTheSlug_takesTheSlugsTown() {
        List<Place> found = places("http://web.archive.org/web/2016/http://www.example.com/news/local/shooting-in-fort-worth-leaves-two-hurt/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).role()).isEqualTo(Place.Role.INCIDENT);
        assertThat(found.get(0).name()).isEqualTo("Fort Worth");
        assertThat(found.get(0).admin1()).isEqualTo("Texas");
        assertThat(found.get(0).evidence().sentence()).contains("fort-worth");
    }

    @Test
    void extract_placeInText_urlIgnored() {
        List<Place> found = places("http://www.example.com/news/shooting-in-fort-worth/",
                "Two people were hurt in Omaha, Nebraska, when a man opened fire late Monday, police said.");
        assertThat(found.get(0).name()).isEqualTo("Omaha");
    }

    @Test
    void extract_townNamedLikeAStopWordAfterInInTheSlug_takesTheTown() {
        List<Place> found = places("http://www.example.com/2015/12/25/shooting-at-the-theater-in-mobile/",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo("Mobile");
        assertThat(found.get(0).admin1()).isEqualTo("Alabama");
        assertThat(places("http://www.example.com/2015/12/25/mobile-shooting-leaves-two-hurt/",
                "Two people were hurt when a man opened fire late Monday, police said.")).isEmpty(); // not after "in"
    }

    @Test
    void extract_onlyCommonWordsInSlug_noPlace() {
        List<Place> found = places("http://www.example.com/news/local/crime/man-shot-on-main-street-police-say/",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).isEmpty();
    }

    @Test
    void extract_noPlaceInTextOrPathButTownInTheHost_takesTheHostsTown() {
        List<Place> found = places("http://web.archive.org/web/2016/http://www.elpasoledger.com:80/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).role()).isEqualTo(Place.Role.INCIDENT);
        assertThat(found.get(0).name()).isEqualTo("El Paso");
        assertThat(found.get(0).admin1()).isEqualTo("Texas");
        assertThat(found.get(0).evidence().sentence()).isEqualTo("elpasoledger.com");
        assertThat(found.get(0).confidence()).isLessThan(0.3);
    }

    @Test
    void extract_fourLetterTownWithCommonWordsInTheHost_takesThatTown() {
        List<Place> found = places("http://www.renotimes.com/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("Reno");
        assertThat(found.get(0).admin1()).isEqualTo("Nevada");
    }

    @Test
    void extract_fourLetterTownInsideOtherLettersOfTheHost_noPlace() {
        // "kent" is in "kentuckytrib", but "ucky" is no word: chance, not the outlet's town
        List<Place> found = places("http://www.kentuckytrib.com/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).isEmpty();
    }

    @Test
    void extract_hostNamingOnlyAForeignTown_noPlaceAbroad() {
        List<Place> found = places("http://web.archive.org/web/2016/http://www.nbcmontana.com:80/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).noneMatch(p -> p.role() == Place.Role.INCIDENT && !"US".equals(p.country())); // not Montana, Bulgaria
    }

    @Test
    void extract_countysNameAloneInTheHost_takesThatCountyButATownOfTheNameFirst() {
        List<Place> found = places("http://www.pottawatomietimes.com/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("Pottawatomie County"); // no town is named Pottawatomie
        assertThat(places("http://www.elpasoledger.com/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.").get(0).name()).isEqualTo("El Paso");
    }

    @Test
    void extract_compassWordBeforeASmallTownInTheSlug_noPlace() {
        assertThat(places("http://www.example.com/news/two-hurt-in-east-germantown-shooting/",
                "Two people were hurt when a man opened fire late Monday, police said.")).isEmpty(); // a city's part
        assertThat(places("http://www.example.com/news/two-hurt-in-germantown-shooting/",
                "Two people were hurt when a man opened fire late Monday, police said.")).isNotEmpty();
    }

    @Test
    void extract_townInTheSlugAndAnotherInTheHost_slugWins() {
        List<Place> found = places("http://www.elpasoledger.com/news/shooting-in-fort-worth-leaves-two-hurt/",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found.get(0).name()).isEqualTo("Fort Worth");
    }

    @Test
    void extract_hostOfCommonWordsOnly_noPlace() {
        List<Place> found = places("http://www.dailyrecordnews.com/news/local/article123.html",
                "Two people were hurt when a man opened fire late Monday, police said.");
        assertThat(found).isEmpty();
    }

    @Test
    void spellings_oneSpaceAtMost() {
        assertThat(UrlPlaces.spellings("delrio")).contains("Delrio", "Del Rio").doesNotContain("D Elrio", "Delri O");
    }

    @Test
    void path_archiveSnapshot_isTheOriginalsPath() {
        assertThat(UrlPaths.path("http://web.archive.org/web/1/http://www.x.com:80/rome/news/a.html?x=1")).isEqualTo("/rome/news/a.html");
        assertThat(UrlPaths.path("http://x.com")).isEmpty();
        assertThat(UrlPaths.path(null)).isEmpty();
    }
}
