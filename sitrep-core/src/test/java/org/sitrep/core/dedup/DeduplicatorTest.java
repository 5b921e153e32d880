package org.sitrep.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.DuplicateKind;

class DeduplicatorTest {
    private static final String STORY = """
            A fire broke out at the Northfield grain depot on Sunday evening, injuring four workers, officials said.
            Firefighters from three counties fought the blaze for more than six hours before bringing it under control.
            The depot manager, Helen Ostrava, said the fire started in a drying tower shortly after 7 p.m.
            Two of the injured workers were taken to Mercy General Hospital with serious burns.
            Investigators from the state fire marshal's office are expected to arrive on Monday morning.
            The depot stores about 40,000 tonnes of wheat and barley for farms across the region.
            """;

    private static Article article(String id, String title, String text, String date) {
        return new Article(id, title, text, date == null ? null : LocalDate.parse(date), null, null, null, "en", null,
                "test", Map.of());
    }

    @Test
    void observe_sameTextOtherPunctuation_exactCopy() {
        Deduplicator d = Deduplicators.standard();
        assertThat(d.observe(article("a", "Fire at depot", STORY, "2024-05-05")).isCopy()).isFalse();
        DedupDecision b = d.observe(article("b", "Fire at depot", STORY.toUpperCase().replace(",", ""), "2024-05-06"));
        assertThat(b.kind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(b.copyOf()).isEqualTo("a");
        assertThat(b.groupId()).isEqualTo("a");
        assertThat(b.canonicalId()).isEqualTo("a");
    }

    @Test
    void observe_editedCopy_nearCopy() {
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "Fire at depot", STORY, "2024-05-05"));
        String edited = STORY + "\nCopyright 2024 The Valley Courier.";
        DedupDecision b = d.observe(article("b", "Depot fire injures four", edited, "2024-05-05"));
        assertThat(b.kind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(b.similarity()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void observe_earlierPublishedCopyArrivesLater_becomesCanonical() {
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "Fire at depot", STORY, "2024-05-06"));
        DedupDecision b = d.observe(article("b", "Fire at depot", STORY, "2024-05-05"));
        assertThat(b.canonicalId()).isEqualTo("b");
        assertThat(b.groupId()).isEqualTo("a");
    }

    @Test
    void observe_paraphrasedSameSentencesInOrder_translation() {
        String para = """
                On Sunday evening a fire erupted at the grain depot of Northfield, and four workers were injured, according to officials.
                Firefighters coming from three counties battled the flames during more than six hours until the blaze was controlled.
                According to the manager of the depot, Helen Ostrava, the blaze began inside a drying tower a little after 7 p.m.
                Among the injured workers, two were transported to Mercy General Hospital suffering serious burns.
                Investigators of the state fire marshal's office should arrive Monday morning.
                Around 40,000 tonnes of wheat and barley are stored in the depot for farms of the region.
                """;
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "", STORY, null));
        DedupDecision b = d.observe(article("b", "", para, null));
        assertThat(b.kind()).isEqualTo(DuplicateKind.TRANSLATION);
        assertThat(b.copyOf()).isEqualTo("a");
    }

    @Test
    void observe_differentStories_original() {
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "Fire at depot", STORY, "2024-05-05"));
        String other = """
                A bus carrying 30 schoolchildren slid off an icy road near Dunmore on Tuesday, police said.
                No one was seriously hurt, and the children were taken home by their parents within two hours.
                The driver told officers that the bus lost traction on a bend after a sudden snow shower.
                """;
        assertThat(d.observe(article("b", "Bus slides off road", other, "2024-05-05")).isCopy()).isFalse();
    }

    @Test
    void observe_sameSignupPageUnderOtherTitles_boilerplate() {
        String page = """
                Thanks for signing up! Please check your email and click the link to verify your account.
                Already a subscriber? Log in to continue reading. Sign up for our newsletter.
                """;
        Deduplicator d = Deduplicators.standard();
        DedupDecision a = d.observe(article("a", "Man shot on Elm Street", page, "2024-05-05"));
        DedupDecision b = d.observe(article("b", "Council approves new budget", page, "2024-05-06"));
        assertThat(a.kind()).isEqualTo(DuplicateKind.BOILERPLATE);
        assertThat(b.kind()).isEqualTo(DuplicateKind.BOILERPLATE);
    }

    @Test
    void observe_emptyBodies_neverCopies() {
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "One", "", null));
        assertThat(d.observe(article("b", "Two", "", null)).isCopy()).isFalse();
    }

    @Test
    void restore_earlierDecision_laterCopyFound() {
        Deduplicator first = Deduplicators.standard();
        Article a = article("a", "Fire at depot", STORY, "2024-05-05");
        DedupDecision da = first.observe(a);
        Deduplicator restarted = Deduplicators.standard();
        restarted.restore(a, da);
        assertThat(restarted.observe(article("b", "Fire at depot", STORY, "2024-05-05")).kind())
                .isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void observe_wireCreditedCopyArrivesLater_becomesCanonical() {
        Deduplicator d = Deduplicators.standard();
        d.observe(article("a", "Fire at depot", STORY, "2024-05-05"));
        DedupDecision b = d.observe(article("b", "Fire at depot", "NORTHFIELD (AP) \u2014 " + STORY, "2024-05-06"));
        assertThat(b.isCopy()).isTrue();
        assertThat(b.canonicalId()).isEqualTo("b");
        DedupDecision c = d.observe(article("c", "Fire at depot", STORY, "2024-05-04"));
        assertThat(c.canonicalId()).isEqualTo("b");
    }

    @Test
    void observe_shortTextUnderOtherTitles_boilerplateNeverCopy() {
        Deduplicator d = Deduplicators.standard();
        String page = "You are the owner of this article.";
        assertThat(d.observe(article("a", "Man shot on Elm Street", page, "2024-05-05")).isCopy()).isFalse();
        assertThat(d.observe(article("b", "Man shot on Elm Street", page, "2024-05-05")).isCopy()).isFalse();
        assertThat(d.observe(article("c", "Council approves new budget", page, "2024-05-06")).kind())
                .isEqualTo(DuplicateKind.BOILERPLATE);
    }

    @Test
    void observe_manyDaysOfArticles_stateStaysBounded() {
        StandardDeduplicator d = new StandardDeduplicator(null, 30, 100, 500);
        LocalDate day = LocalDate.parse("2024-01-01");
        for (int i = 0; i < 5000; i++) {
            String text = "Report number " + i + " about event " + (i * 7919) + " in district " + (i % 97)
                    + " where officers counted " + (i * 31) + " items on day " + i + ".";
            d.observe(article("a" + i, "Report " + i, text, day.plusDays(i / 20).toString()));
            assertThat(d.size()).isLessThanOrEqualTo(500 + 1024);
        }
        assertThat(d.size()).isLessThanOrEqualTo(500);
        assertThat(d.evicted()).isGreaterThan(4000);
        // the recent past is still there
        String last = "Report number 4999 about event " + (4999 * 7919) + " in district " + (4999 % 97)
                + " where officers counted " + (4999 * 31) + " items on day 4999.";
        assertThat(d.observe(article("z", "Report 4999", last, day.plusDays(249).toString())).kind())
                .isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void observe_capReached_oldestArrivalsEvictedFirst() {
        StandardDeduplicator d = new StandardDeduplicator(null, 10_000, 0, 100);
        for (int i = 0; i < 300; i++) {
            d.observe(article("a" + i, "R" + i, "Unique report text number " + i + " with count " + (i * 13) + " here.", null));
        }
        assertThat(d.size()).isLessThanOrEqualTo(100);
        assertThat(d.observe(article("x", "R0", "Unique report text number 0 with count 0 here.", null)).isCopy()).isFalse();
        assertThat(d.observe(article("y", "R299", "Unique report text number 299 with count 3887 here.", null)).kind())
                .isEqualTo(DuplicateKind.EXACT);
    }

    @Test
    void counters_editedCopy_countsCandidatesAndKeptArticles() {
        Deduplicator d = Deduplicators.standard(null);
        assertThat(Deduplicators.counters(d)).containsEntry("observed", 0L).containsEntry("near_candidates", 0L);
        d.observe(article("a", "Fire at depot", STORY, "2024-05-05"));
        d.observe(article("b", "Depot fire injures four", STORY + "\nCopyright 2024 The Valley Courier.", "2024-05-05"));
        Map<String, Long> c = Deduplicators.counters(d);
        assertThat(c).containsEntry("observed", 2L).containsEntry("kept", 2L).containsEntry("evicted", 0L)
                .containsEntry("embedding_comparisons", 0L);
        // b's bands meet a's: one distinct candidate, found in several bands
        assertThat(c.get("near_candidates")).isEqualTo(1L);
        assertThat(c.get("band_postings")).isGreaterThan(1L);
        assertThat(c.get("band_probes")).isGreaterThanOrEqualTo(c.get("band_postings"));
        assertThat(Deduplicators.counters(new Deduplicator() {
            @Override
            public DedupDecision observe(Article article) {
                return DedupDecision.original(article.id());
            }

            @Override
            public void restore(Article article, DedupDecision decision) {
            }
        })).isEmpty();
    }
}
