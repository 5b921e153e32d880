package org.sitrep.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.cluster.FeatureProbe.feature;
import static org.sitrep.core.cluster.FeatureProbe.input;

import org.junit.jupiter.api.Test;

/**
 * The features that tell apart two similar undated events: years written, the names of title and lead, and the
 * heaviest entities of each side.
 */
class UndatedFeaturesTest {
    private static final String JACKSON = "Police said San Diego Chargers receiver Vincent Jackson was arrested on suspicion of"
            + " drunken driving early Tuesday, the California Highway Patrol said. Posted January 6, 2009.\n"
            + "The receiver Vincent Jackson will play on Sunday, coach Norv Turner said.";
    private static final String JACKSON2 = "Receiver Vincent Jackson of the San Diego Chargers faces a misdemeanor charge after"
            + " his arrest on suspicion of drunken driving, the California Highway Patrol said in 2009.";
    private static final String WILLIAMS = "Police said San Diego Chargers lineman Jamal Williams was arrested on suspicion of"
            + " drunken driving, police said on February 4, 2008. The lineman Jamal Williams was released on bail.";

    @Test
    void latestYear_readsFourDigitYearsOnly() {
        assertThat(ArticleRep.latestYear("Posted : May 24 , 2005 ; the 1972 break-in")).isEqualTo(2005);
        assertThat(ArticleRep.latestYear("http : / / example . com / 2013 / may / 03 / story")).isEqualTo(2013);
        assertThat(ArticleRep.latestYear("bulletin MS08-078, flight 20131, 1200 people, route A2008")).isZero();
        assertThat(ArticleRep.latestYear("no year here")).isZero();
    }

    @Test
    void features_undatedSiblingEvent_conflictingYearAndMissingNames() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        ArticleRep first = c.represent(input("j1", JACKSON));
        assertThat(first.year()).isEqualTo(2009);
        c.place(first, "jackson");
        ArticleRep same = c.represent(input("j2", JACKSON2));
        ArticleRep other = c.represent(input("w1", WILLIAMS));
        double[] fs = c.candidates(same).getFirst().features();
        double[] fo = c.candidates(other).getFirst().features();
        assertThat(feature(fs, "undated")).isEqualTo(1);
        assertThat(feature(fs, "yearAgree")).isEqualTo(1);
        assertThat(feature(fo, "yearConflict")).isEqualTo(1);
        assertThat(feature(fs, "coreNamesMissing")).isLessThan(feature(fo, "coreNamesMissing"));
        assertThat(feature(fs, "leadNamesShared")).isGreaterThan(feature(fo, "leadNamesShared"));
        // the other event's main people are among its heaviest entities, and the incident's are absent from it
        assertThat(feature(fs, "topEntsMissing")).isLessThan(feature(fo, "topEntsMissing"));
        assertThat(feature(fs, "incTopEntsMissing")).isLessThan(feature(fo, "incTopEntsMissing"));
        // the second model scores undated pairs; the same story is the likelier join
        LinkModel m = LinkModel.standard();
        assertThat(m.probability(fs)).isGreaterThan(m.probability(fo));
    }

    @Test
    void entities_frequent_singleWordsWrittenMostOftenFirst() {
        Terms t = new Terms();
        int[] frequent = new int[2];
        t.entities("Police said Chargers receiver Vincent Jackson was arrested. Coach Norv Turner said Jackson will play."
                + " The Chargers said Jackson and Jamal Williams, also arrested, are fine.", true, frequent);
        int[] ids = new int[2];
        t.entities("x Jackson x Jackson x Chargers x Chargers", false, ids);
        // Jackson three times, Chargers twice (the second time opening no sentence), Williams once
        assertThat(frequent).containsExactly(ids[0], ids[1]);
        int[] none = new int[2];
        t.entities("no names at all here.", false, none);
        assertThat(none).containsExactly(-1, -1);
    }

    @Test
    void features_undatedSameActionOtherPerson_protagonistsDiffer() {
        StandardClusterer c = new StandardClusterer(LinkModel.standard());
        c.place(c.represent(input("j1", JACKSON)), "jackson");
        ArticleRep same = c.represent(input("j2", JACKSON2 + " Jackson was released. Chargers coach Turner said Jackson"
                + " will play."));
        ArticleRep other = c.represent(input("w1", WILLIAMS + " Williams was the second Chargers player arrested after"
                + " receiver Vincent Jackson."));
        double[] fs = featuresWith(c, same, "jackson");
        double[] fo = featuresWith(c, other, "jackson");
        assertThat(feature(fs, "hasCoreProt")).isEqualTo(1);
        assertThat(feature(fs, "coreProtMissing")).isLessThan(feature(fo, "coreProtMissing"));
    }

    private static double[] featuresWith(StandardClusterer c, ArticleRep a, String incident) {
        return c.candidates(a).stream().filter(k -> k.incidentId().equals(incident)).findFirst().orElseThrow().features();
    }
}
