package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

/** The victims and suspects an article names in full, and the {@code sharedPerson} features built on them. */
class SharedPersonTest {
    /** An article dated {@code day} whose extracted people are {@code people} (name, role pairs). */
    private static ClusterInput input(String id, String text, LocalDate day, String... people) {
        return input(id, text, day, 0, people);
    }

    /** As above, the people first named at character {@code at} of the text. */
    private static ClusterInput input(String id, String text, LocalDate day, int at, String... people) {
        Article a = new Article(id, "", text, day, null, null, null, "en", null, "test", Map.of());
        Evidence ev = Evidence.of(id, 0, 1, text);
        Evidence named = Evidence.of(id, at, at + 1, text);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < people.length; i += 2) facts.add(new Fact(FactKind.PERSON, people[i], people[i + 1], null, named, 0.8));
        ArticleFacts f = new ArticleFacts(id, new IncidentDate(day, Precision.DAY, ev, 1.0), List.of(), List.of(), facts);
        return new ClusterInput(a, f, DedupDecision.original(id));
    }

    private static final LocalDate DAY = LocalDate.of(2024, 1, 6);

    @Test
    void personKey_initialsSuffixesPossessive_firstAndLast() {
        assertThat(ArticleRep.personKey("John A. Doe Jr.")).isEqualTo("john doe");
        assertThat(ArticleRep.personKey("John Doe's")).isEqualTo("john doe");
        assertThat(ArticleRep.personKey("A’naiya Montgomery")).isEqualTo("a'naiya montgomery");
        assertThat(ArticleRep.personKey("Doe")).isNull();
        assertThat(ArticleRep.personKey("J. Doe")).isNull();
    }

    @Test
    void personKeys_victimsAndSuspectsOnly_sortedDistinct() {
        ArticleFacts f = input("a", "x", DAY, "John Doe", "victim", "John A. Doe", "victim", "Ann Rowe", "suspect",
                "Mary Major", "official", "Tom Bell", "witness").facts();
        long[] keys = ArticleRep.personKeys(f);
        assertThat(keys).hasSize(2);
        assertThat(keys[0]).isLessThan(keys[1]);
        assertThat(ArticleRep.personKeys(input("b", "x", DAY, "Mary Major", "official").facts())).isEmpty();
    }

    @Test
    void features_victimNamedByMember_setsSharedPerson() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("a", "A man was shot on a porch.", DAY, "John Doe", "victim")), "one");
        ArticleRep later = c.represent(input("b", "A man pleaded guilty.", DAY.plusDays(200), "John A. Doe", "victim"));
        double[] f = LinkModel.features(later, c.incident("one"));
        assertThat(feature(f, "sharedPerson")).isEqualTo(1.0);
        assertThat(feature(f, "sharedPersonXgap")).isGreaterThan(0.99);
        ArticleRep other = c.represent(input("c", "A man pleaded guilty.", DAY.plusDays(200), "Jim Roe", "victim"));
        assertThat(feature(LinkModel.features(other, c.incident("one")), "sharedPerson")).isEqualTo(0.0);
    }

    @Test
    void features_victimNamedOnlyDeepInArticle_noSharedPerson() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        // the incident's member names him far down: he still counts for the incident
        c.place(c.represent(input("a", "A man was shot on a porch.", DAY, 5000, "John Doe", "victim")), "one");
        // a story that recalls him far down its body (background) is not about him
        ArticleRep background = c.represent(input("b", "Another shooting.", DAY.plusDays(300),
                ArticleRep.PERSON_LEAD_CHARS + 10, "John Doe", "suspect"));
        assertThat(background.persons()).hasSize(1);
        assertThat(background.rarePersons()).isEmpty();
        assertThat(feature(LinkModel.features(background, c.incident("one")), "sharedPerson")).isEqualTo(0.0);
        ArticleRep lead = c.represent(input("c", "A man pleaded guilty.", DAY.plusDays(300), 40, "John Doe", "suspect"));
        assertThat(feature(LinkModel.features(lead, c.incident("one")), "sharedPerson")).isEqualTo(1.0);
    }

    @Test
    void represent_personNamedInManyIncidents_notRare() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        for (int k = 0; k <= ArticleRep.RARE_PERSON_INCIDENTS; k++) {
            c.place(c.represent(input("a" + k, "Shooting number " + k + " here.", DAY.plusDays(3 * k), "Michael Smith",
                    "victim")), "inc" + k);
        }
        ArticleRep a = c.represent(input("b", "Another one.", DAY.plusDays(20), "Michael Smith", "suspect"));
        assertThat(a.persons()).hasSize(1);
        assertThat(a.rarePersons()).isEmpty();
        assertThat(feature(LinkModel.features(a, c.incident("inc0")), "sharedPerson")).isEqualTo(0.0);
    }

    @Test
    void represent_personOfOneIncidentNamedByManyMembers_staysRare() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        for (int k = 0; k < 5; k++) {
            c.place(c.represent(input("a" + k, "Report " + k + ".", DAY, "John Doe", "victim")), "one");
        }
        assertThat(c.represent(input("b", "Trial.", DAY.plusDays(90), "John Doe", "victim")).rarePersons()).hasSize(1);
    }
}
