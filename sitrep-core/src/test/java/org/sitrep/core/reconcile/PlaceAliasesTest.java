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
    /** An article naming its incident place with {@code surface}, resolved to the gazetteer record {@code id}. */
    private static Member member(String id, String text, String surface, String gazetteerId, String name) {
        Article a = new Article(id, "", text, LocalDate.parse("2022-03-01"), null, null, "outlet" + id, "en", "h" + id,
                "test", Map.of());
        int at = text.indexOf(surface);
        Place p = new Place(name, "Oblast Nine", "UA", 50.0, 30.0, gazetteerId, Place.Role.INCIDENT,
                Evidence.of(id, at, at + surface.length(), text), 0.8);
        return new Member(a, new ArticleFacts(id, null, List.of(p), List.of(), List.of()), DedupDecision.original(id));
    }

    @Test
    void reconcile_articlesSpellingThePlaceDifferently_listTheOtherSpellings() {
        List<Member> ms = List.of(
                member("a", "VELIKOGRAD, Ukraine — A missile struck a block.", "VELIKOGRAD", "g:1", "Velykohrad"),
                member("b", "A missile struck a block in Velykohrad.", "Velykohrad", "g:1", "Velykohrad"),
                member("c", "A missile struck a block in Velikograd's east.", "Velikograd's", "g:1", "Velykohrad"),
                member("d", "Officials in Velykohrad-Pivden spoke.", "Velykohrad-Pivden", "g:2", "Velykohrad-Pivden"));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.place().gazetteerId()).isEqualTo("g:1");
        // one alias for the capitals and the possessive alike; the own name and another place's name are left out
        assertThat(i.placeAliases()).containsExactly("Velikograd");
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
    void surface_capitalsPossessivesAndEmptySpans_areTidied() {
        String text = "NEW ORLEANS — Baton Rouge’s police said.";
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 0, 11, ""))).isEqualTo("New Orleans");
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 14, 27, ""))).isEqualTo("Baton Rouge");
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 3, 3, ""))).isNull();
        assertThat(PlaceAliases.surface(text, Evidence.of("a", 30, 99, ""))).isNull();
    }
}
