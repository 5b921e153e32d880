package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

class PlaceAliasesTest {
    private static final String KYIV = "geonames:703448";

    /** An article naming its incident place with {@code surface}, resolved to the gazetteer record {@code id}. */
    private static Member member(String id, String text, String surface, String gazetteerId, String name) {
        Article a = new Article(id, "", text, LocalDate.parse("2022-03-01"), null, null, "outlet" + id, "en", "h" + id,
                "test", Map.of());
        int at = text.indexOf(surface);
        Place p = new Place(name, "Kiev", "UA", 50.45, 30.52, gazetteerId, Place.Role.INCIDENT,
                Evidence.of(id, at, at + surface.length(), text), 0.8);
        return new Member(a, new ArticleFacts(id, null, List.of(p), List.of(), List.of()), DedupDecision.original(id));
    }

    @Test
    void reconcile_articlesSpellingThePlaceDifferently_listTheOtherSpellings() {
        List<Member> ms = List.of(
                member("a", "KIEV, Ukraine — A missile struck a block.", "KIEV", KYIV, "Kyiv"),
                member("b", "A missile struck a block in Kyiv.", "Kyiv", KYIV, "Kyiv"),
                member("c", "A missile struck a block in Kiev's east.", "Kiev's", KYIV, "Kyiv"),
                // a place whose evidence cites another name (a seat for its county, an outlet's usual place)
                member("d", "Officials in Brovary district spoke of a missile.", "Brovary district", KYIV, "Kyiv"));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.place().gazetteerId()).isEqualTo(KYIV);
        // one alias for the capitals and the possessive alike; the own name and a name that is not the place's left out
        assertThat(i.placeAliases()).containsExactly("Kiev");
    }

    @Test
    void of_unlistedTown_matchesByNameRegionAndCountry_andSkipsItsOwnNameInCapitals() {
        String text = "QUILLMONT, Mo. — A man was shot. Quillmont police said the Quillmont's mayor spoke.";
        Place decided = new Place("Quillmont", "Missouri", "US", null, null, null, Place.Role.INCIDENT,
                Evidence.of("a", 0, 9, text), 0.7);
        Article a = new Article("a", "", text, null, null, null, null, "en", null, "test", Map.of());
        Member m = new Member(a, new ArticleFacts("a", null, List.of(decided,
                new Place("Quillmont", "Missouri", "US", null, null, null, Place.Role.MENTIONED,
                        Evidence.of("a", text.indexOf("Quillmont"), text.indexOf("Quillmont") + 9, text), 0.5)), List.of(), List.of()), DedupDecision.original("a"));
        assertThat(PlaceAliases.of(decided, List.of(m))).isEmpty();
    }

    @Test
    void of_placeAnArticleOnlyMentions_isNoAlias() {
        String text = "A missile struck a block in Kyiv. Kiev officials spoke.";
        Place decided = new Place("Kyiv", "Kiev", "UA", 50.45, 30.52, KYIV, Place.Role.INCIDENT,
                Evidence.of("a", 28, 32, text), 0.8);
        Place mentioned = new Place("Kyiv", "Kiev", "UA", 50.45, 30.52, KYIV, Place.Role.MENTIONED,
                Evidence.of("a", 34, 38, text), 0.5);
        Article a = new Article("a", "", text, null, null, null, null, "en", null, "test", Map.of());
        Member m = new Member(a, new ArticleFacts("a", null, List.of(decided, mentioned), List.of(), List.of()),
                DedupDecision.original("a"));
        assertThat(PlaceAliases.of(decided, List.of(m))).isEmpty();
        assertThat(PlaceAliases.of(decided, List.of(new Member(a, new ArticleFacts("a", null, List.of(
                new Place("Kyiv", "Kiev", "UA", 50.45, 30.52, KYIV, Place.Role.INCIDENT, Evidence.of("a", 34, 38, text), 0.8)),
                List.of(), List.of()), DedupDecision.original("a"))))).containsExactly("Kiev");
    }

    @Test
    void surface_capitalsPossessivesAndEmptySpans_areTidied() {
        String text = "NEW ORLEANS — Baton Rouge’s police said.";
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 0, 11, ""))).isEqualTo("New Orleans");
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 14, 27, ""))).isEqualTo("Baton Rouge");
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 3, 3, ""))).isNull();
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 30, 99, ""))).isNull();
    }
}
