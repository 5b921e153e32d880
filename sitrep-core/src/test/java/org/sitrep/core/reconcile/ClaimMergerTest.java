package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;

class ClaimMergerTest {
    private static Fact claim(String article, String speaker, String stance, String text, double confidence) {
        return new Fact(FactKind.CLAIM, text, stance, speaker, Evidence.of(article, 10, 10 + text.length(),
                speaker + " said " + text + "."), confidence);
    }

    @Test
    void merge_sameStatementInCopiesAndUpdates_isOneClaimWithEveryEvidence() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "police", "assertion", "the gunman fled on a bicycle", 0.6),
                claim("b", "Police", "assertion", "the gunman fled on a bicycle", 0.6),
                claim("c", "police", "assertion", "a gunman fled on his bicycle", 0.8),
                claim("d", "police", "assertion", "the gunman fled on a bicycle", 0.5)));
        assertThat(merged).hasSize(1);
        Fact f = merged.getFirst();
        // the most confident statement stands for the group; the others' evidence is kept in arrival order
        assertThat(f.value()).isEqualTo("a gunman fled on his bicycle");
        assertThat(f.evidence().articleId()).isEqualTo("c");
        assertThat(f.corroboration()).extracting(Evidence::articleId).containsExactly("a", "b", "d");
        assertThat(f.sourceArticles()).containsExactly("c", "a", "b", "d");
    }

    @Test
    void merge_otherSpeakerStanceOrContent_staysApart() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "police", "assertion", "the gunman fled on a bicycle", 0.6),
                claim("b", "the mayor", "assertion", "the gunman fled on a bicycle", 0.6),
                claim("c", "police", "denial", "the gunman fled on a bicycle", 0.6),
                claim("d", "police", "assertion", "the gunman was arrested at a petrol station", 0.6)));
        assertThat(merged).extracting(Fact::corroboration).allSatisfy(c -> assertThat(c).isEmpty());
        assertThat(merged).extracting(f -> f.evidence().articleId()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void merge_oneSpeakerUnderShorterNames_isOneClaim() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "Inspector Mara Velt", "assertion", "the van was found abandoned near the quarry", 0.6),
                claim("b", "Velt", "assertion", "the van was found abandoned near the quarry", 0.6),
                claim("c", "Mara Velt", "assertion", "the van was found abandoned near a quarry", 0.7),
                claim("d", "Sgt. Velt", "assertion", "the van was found abandoned near the quarry", 0.6),
                claim("e", "Tom Velt", "assertion", "the van was found abandoned near the quarry", 0.6)));
        // a title or first name may be left out but never differ: "Sgt. Velt" and "Tom Velt" are someone else
        assertThat(merged).hasSize(3);
        assertThat(merged.getFirst().sourceArticles()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void merge_surnameAlone_doesNotBridgeTwoFirstNames() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "Velt", "assertion", "the van was found abandoned near the quarry", 0.6),
                claim("b", "Mara Velt", "assertion", "the van was found abandoned near the quarry", 0.6),
                claim("c", "Tom Velt", "assertion", "the van was found abandoned near the quarry", 0.6)));
        assertThat(merged).hasSize(2);
        assertThat(merged.getFirst().sourceArticles()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void sameSpeaker_personNamesOnly_shorterWordsInOrderWithTheSameSurname() {
        assertThat(ClaimMerger.sameSpeaker("Dave Gaskin", "Inspector Dave Gaskin")).isTrue();
        assertThat(ClaimMerger.sameSpeaker("Inspector Gaskin", "Inspector Dave Gaskin")).isTrue();
        assertThat(ClaimMerger.sameSpeaker("police", "POLICE")).isTrue();
        assertThat(ClaimMerger.sameSpeaker("Inspector Gaskin", "Dave Gaskin")).isFalse();
        assertThat(ClaimMerger.sameSpeaker("Dave", "Dave Gaskin")).isFalse();
        assertThat(ClaimMerger.sameSpeaker("Gaskin Dave", "Dave Gaskin")).isFalse();
        assertThat(ClaimMerger.sameSpeaker("ministry", "Ruritania's defence ministry")).isFalse();
        assertThat(ClaimMerger.sameSpeaker(null, "Gaskin")).isFalse();
    }

    @Test
    void merge_sameWordsOtherNumbers_areTwoStatements() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "officials", "assertion", "5 people were killed in the blast", 0.6),
                claim("b", "officials", "assertion", "6 people were killed in the blast", 0.6),
                claim("c", "officials", "assertion", "5 people were killed in that blast", 0.6)));
        assertThat(merged).hasSize(2);
        assertThat(merged.getFirst().sourceArticles()).containsExactly("a", "c");
        assertThat(ClaimMerger.numbers("about 1,200 fled, 3.5 km away, on 12 May")).containsExactly("1,200", "3.5", "12");
    }

    @Test
    void merge_statementsOfStopWordsOnly_mergeOnlyWhenTheTextIsTheSame() {
        List<Fact> merged = ClaimMerger.merge(List.of(
                claim("a", "the group", "denial", "it was not us", 0.6),
                claim("b", "the group", "denial", "we did not do it", 0.6),
                claim("c", "the group", "denial", "It was not us", 0.6)));
        assertThat(merged).hasSize(2);
        assertThat(merged.getFirst().sourceArticles()).containsExactly("a", "c");
    }

    @Test
    void reconcile_claimRepeatedByFiveArticles_isOneClaimListingFiveSources() {
        List<Member> members = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            Article art = new Article(id, "t " + id, "body of " + id, LocalDate.parse("2021-03-02"), null, null,
                    "outlet" + id, "en", "h" + id, "test", null);
            String text = id.equals("e") ? "the suspect fled the scene" : "the suspect fled the scene on foot";
            members.add(new Member(art, new ArticleFacts(id, null, List.of(), List.of(),
                    List.of(claim(id, "police", "assertion", text, 0.7))), DedupDecision.original(id)));
        }
        Incident i = Reconcilers.standard().reconcile("i1", members, List.of());
        List<Fact> claims = i.facts().stream().filter(f -> f.kind() == FactKind.CLAIM).toList();
        assertThat(claims).hasSize(1);
        assertThat(claims.getFirst().sourceArticles()).containsExactly("a", "b", "c", "d", "e");
    }
}
