package org.sitrep.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Qualifier;

class StandardReconcilerTest {
    private static Member member(String id, String published, String group, IncidentDate date, Place place,
                                 Figure... figures) {
        Article a = new Article(id, "t " + id, "body of " + id, LocalDate.parse(published), null, null, "outlet" + id,
                "en", "h" + id, "test", null);
        DedupDecision d = group.equals(id) ? DedupDecision.original(id)
                : new DedupDecision(id, group, group, DuplicateKind.NEAR, 0.9, group);
        return new Member(a, new ArticleFacts(id, date, place == null ? List.of() : List.of(place), List.of(figures),
                List.of()), d);
    }

    private static Figure fig(String article, FigureKind k, int v, Qualifier q, String asOf) {
        return new Figure(k, v, null, q, "officials", LocalDate.parse(asOf), Evidence.of(article, 0, 4, "s"), 0.8);
    }

    private static IncidentDate date(String article, String d, double conf) {
        return new IncidentDate(LocalDate.parse(d), Precision.DAY, Evidence.of(article, 0, 3, "x"), conf);
    }

    @Test
    void reconcile_monthVoteOfALaterReport_backsTheDayInsideIt() {
        // the first report names Sunday 2013-04-14; a report two months on says only "in April" with high confidence
        List<Member> ms = List.of(
                member("a", "2013-04-15", "a", date("a", "2013-04-14", 0.7), null),
                member("b", "2013-06-19", "b", new IncidentDate(LocalDate.parse("2013-04-01"), Precision.MONTH,
                        Evidence.of("b", 0, 5, "April"), 0.9), null));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.date().date()).isEqualTo(LocalDate.parse("2013-04-14"));
        assertThat(i.date().precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void reconcile_undatedPickAtAnArchiveCapture_votesForTheDayBefore() {
        // neither article names a day; the first took its date line's day with an archive capture a day later
        IncidentDate atCapture = new IncidentDate(LocalDate.parse("2015-05-06"), Precision.DAY,
                Evidence.of("a", 0, 3, "x"), 0.4, IncidentDate.Basis.UNNAMED_AT_CAPTURE);
        Incident i = Reconcilers.standard().reconcile("i1",
                List.of(member("a", "2015-05-06", "a", atCapture, null)), List.of());
        assertThat(i.date().date()).isEqualTo(LocalDate.parse("2015-05-05"));
        // the incident says how its day was picked: the day before an archive capture
        assertThat(i.date().basis()).isEqualTo(IncidentDate.Basis.UNNAMED_AT_CAPTURE);
        // its vote joins a second report's day before; a plain undated pick keeps its day
        IncidentDate before = new IncidentDate(LocalDate.parse("2015-05-05"), Precision.DAY,
                Evidence.of("b", 0, 3, "x"), 0.3, IncidentDate.Basis.UNNAMED);
        IncidentDate same = new IncidentDate(LocalDate.parse("2015-05-06"), Precision.DAY,
                Evidence.of("c", 0, 3, "x"), 0.5, IncidentDate.Basis.UNNAMED);
        Incident j = Reconcilers.standard().reconcile("i2", List.of(member("a", "2015-05-06", "a", atCapture, null),
                member("b", "2015-05-06", "b", before, null), member("c", "2015-05-06", "c", same, null)), List.of());
        assertThat(j.date().date()).isEqualTo(LocalDate.parse("2015-05-05"));
        Incident k = Reconcilers.standard().reconcile("i3", List.of(member("c", "2015-05-06", "c", same, null)),
                List.of());
        assertThat(k.date().date()).isEqualTo(LocalDate.parse("2015-05-06"));
    }

    @Test
    void reconcile_monthVoteWithNoDayInside_standsAsTheMonth() {
        List<Member> ms = List.of(
                member("a", "2013-06-19", "a", new IncidentDate(LocalDate.parse("2013-04-01"), Precision.MONTH,
                        Evidence.of("a", 0, 5, "April"), 0.9), null),
                member("b", "2013-06-20", "b", date("b", "2013-06-18", 0.5), null));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.date().date()).isEqualTo(LocalDate.parse("2013-04-01"));
        assertThat(i.date().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void reconcile_namedTarget_standsForTheBareKind() {
        List<Member> ms = new ArrayList<>();
        for (String[] t : List.of(new String[] {"a", "shopping mall"}, new String[] {"b", "Amstor shopping mall"},
                new String[] {"c", "school"})) {
            Member m = member(t[0], "2022-06-27", t[0], null, null);
            ms.add(new Member(m.article(), new ArticleFacts(t[0], null, List.of(), List.of(), List.of(new org.sitrep.model.Fact(
                    org.sitrep.model.FactKind.TARGET, t[1], t[0].equals("c") ? "school" : "shopping mall", null,
                    Evidence.of(t[0], 0, 4, "s"), 0.7))), m.dedup()));
        }
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.facts()).filteredOn(f -> f.kind() == org.sitrep.model.FactKind.TARGET)
                .extracting(org.sitrep.model.Fact::value).containsExactlyInAnyOrder("Amstor shopping mall", "school");
    }

    @Test
    void reconcile_growingToll_takesLatestHighestAndKeepsHistory() {
        List<Member> ms = List.of(
                member("a", "2022-06-27", "a", date("a", "2022-06-27", 0.9), null,
                        fig("a", FigureKind.KILLED, 2, Qualifier.AT_LEAST, "2022-06-27"),
                        fig("a", FigureKind.INJURED, 20, Qualifier.EXACT, "2022-06-27")),
                member("b", "2022-06-28", "b", date("b", "2022-06-27", 0.8), null,
                        fig("b", FigureKind.KILLED, 10, Qualifier.AT_LEAST, "2022-06-28"),
                        fig("b", FigureKind.INJURED, 40, Qualifier.MORE_THAN, "2022-06-28")),
                member("c", "2022-06-30", "c", date("c", "2022-06-27", 0.7), null,
                        fig("c", FigureKind.KILLED, 18, Qualifier.AT_LEAST, "2022-06-29"),
                        fig("c", FigureKind.MISSING, 21, Qualifier.EXACT, "2022-06-29")));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(18);
        assertThat(i.best().get(FigureKind.INJURED).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(40);
        assertThat(i.best().get(FigureKind.MISSING).value()).isEqualTo(21);
        assertThat(i.history().stream().filter(f -> f.kind() == FigureKind.KILLED).map(Figure::value))
                .containsExactly(2, 10, 18);
        assertThat(i.day()).isEqualTo(LocalDate.parse("2022-06-27"));
        assertThat(i.independentSources()).isEqualTo(3);
        assertThat(i.headline()).contains("2022-06-27").contains("at least 18 killed").contains("3 articles, 3 sources");
    }

    private static Figure fig(String article, FigureKind k, int v, String asOf, double confidence) {
        return new Figure(k, v, null, Qualifier.EXACT, null, LocalDate.parse(asOf), Evidence.of(article, 0, 4, "s"), confidence);
    }

    @Test
    void reconcile_loneBodyNumber_losesToFirmLeadNumberOfTheSameDay() {
        List<Member> ms = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 3, "2016-05-10", 0.9)),
                member("b", "2016-05-10", "b", null, null, fig("b", FigureKind.INJURED, 12, "2016-05-10", 0.85)));
        Incident i = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("i", ms, List.of());
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void reconcile_laterOrRepeatedNumber_stillCompetes() {
        Figure lead = fig("a", FigureKind.KILLED, 2, "2016-05-10", 0.9);
        List<Member> later = List.of(member("a", "2016-05-10", "a", null, null, lead),
                member("b", "2016-05-12", "b", null, null, fig("b", FigureKind.KILLED, 5, "2016-05-12", 0.85)));
        List<Member> repeated = List.of(member("a", "2016-05-10", "a", null, null, lead),
                member("b", "2016-05-10", "b", null, null, fig("b", FigureKind.KILLED, 5, "2016-05-10", 0.85)),
                member("c", "2016-05-10", "c", null, null, fig("c", FigureKind.KILLED, 5, "2016-05-10", 0.8)));
        var r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        assertThat(r.reconcile("i", later, List.of()).best().get(FigureKind.KILLED).value()).isEqualTo(5);
        assertThat(r.reconcile("j", repeated, List.of()).best().get(FigureKind.KILLED).value()).isEqualTo(5);
    }

    @Test
    void reconcile_weakSingleHurtThenDeadElsewhere_sameVictim() {
        List<Member> ms = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 1, "2016-05-10", 0.55)),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-11", 0.9)));
        Incident i = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("i", ms, List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(1);
        assertThat(i.best()).doesNotContainKey(FigureKind.INJURED);
        List<Member> both = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 1, "2016-05-10", 0.9)),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-11", 0.9),
                        fig("b", FigureKind.INJURED, 1, "2016-05-11", 0.9)));
        assertThat(new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("j", both, List.of())
                .best().get(FigureKind.INJURED).value()).isEqualTo(1);
    }

    @Test
    void reconcile_weakSingleHurtMarkedAnother_notTheVictimWhoDied() {
        Figure also = new Figure(FigureKind.INJURED, 1, null, Qualifier.EXACT, null, LocalDate.parse("2016-05-10"),
                Evidence.of("a", 0, 4, "A man was also shot and is expected to recover."), 0.55);
        List<Member> ms = List.of(member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.KILLED, 1, "2016-05-10", 0.9), also),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-11", 0.9)));
        Incident i = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("i", ms, List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(1);
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(1);
        Figure policeAlso = new Figure(FigureKind.INJURED, 1, null, Qualifier.EXACT, null, LocalDate.parse("2016-05-10"),
                Evidence.of("a", 0, 4, "Police also confirmed that a student was shot."), 0.55);
        List<Member> same = List.of(member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.KILLED, 1, "2016-05-10", 0.9), policeAlso),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-11", 0.9)));
        assertThat(new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("j", same, List.of()).best())
                .doesNotContainKey(FigureKind.INJURED);
    }

    private static Figure hurt(String article, String sentence, double confidence) {
        return new Figure(FigureKind.INJURED, 1, null, Qualifier.EXACT, null, LocalDate.parse("2016-05-10"),
                Evidence.of(article, 0, 4, sentence), confidence);
    }

    @Test
    void reconcile_oneArticleWeakSingleHurtBesideOneDeath_isTheVictimWhoDied() {
        var r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Figure dead = fig("a", FigureKind.KILLED, 1, "2016-05-10", 0.9);
        Incident taken = r.reconcile("i", List.of(member("a", "2016-05-10", "a", null, null, dead,
                hurt("a", "She was taken to the county hospital for treatment.", 0.46))), List.of());
        assertThat(taken.best().get(FigureKind.KILLED).value()).isEqualTo(1);
        assertThat(taken.best()).doesNotContainKey(FigureKind.INJURED);
        // marked as surviving, as someone else, or beside another death: a second person
        for (String other : List.of("He was taken to a hospital, where he is in stable condition.",
                "Another man was found with a gunshot wound.", "Pregnant woman shot, baby killed")) {
            Incident kept = r.reconcile("j", List.of(member("a", "2016-05-10", "a", null, null, dead, hurt("a", other, 0.54))), List.of());
            assertThat(kept.best().get(FigureKind.INJURED).value()).as(other).isEqualTo(1);
        }
        // a firmly stated hurt person, or two dead: not the same victim
        Incident firm = r.reconcile("k", List.of(member("a", "2016-05-10", "a", null, null, dead,
                hurt("a", "A teen was shot in the arm.", 0.85))), List.of());
        assertThat(firm.best().get(FigureKind.INJURED).value()).isEqualTo(1);
        Incident twoDead = r.reconcile("l", List.of(member("a", "2016-05-10", "a", null, null,
                fig("a", FigureKind.KILLED, 2, "2016-05-10", 0.9), hurt("a", "She was taken to the county hospital.", 0.46))), List.of());
        assertThat(twoDead.best().get(FigureKind.INJURED).value()).isEqualTo(1);
    }

    @Test
    void reconcile_weakSingleHurtOrdinal_notAmongTheDead() {
        Figure fourth = new Figure(FigureKind.INJURED, 1, null, Qualifier.EXACT, null, LocalDate.parse("2016-05-10"),
                Evidence.of("a", 0, 4, "A fourth man suffered a gunshot wound to the hand."), 0.55);
        List<Member> ms = List.of(member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.KILLED, 3, "2016-05-10", 0.9), fourth),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 3, "2016-05-11", 0.9)));
        Incident i = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("i", ms, List.of());
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(1);
    }

    @Test
    void reconcile_statedHurtInOneArticleDeadInAnother_oneVictimWhoDied() {
        List<Member> ms = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 1, "2016-05-10", 0.9)),
                member("b", "2016-05-11", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-11", 0.9)));
        Incident i = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST).reconcile("i", ms, List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(1);
        assertThat(i.best()).doesNotContainKey(FigureKind.INJURED);
        assertThat(i.history()).hasSize(2);
    }

    @Test
    void reconcile_hurtCountThenFirmDeathsAmongThem_survivorsTaken() {
        // "Four hurt in shooting", a week on "one dead and three injured": the same four people, one of whom died
        Member first = member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 4, "2016-05-10", 0.9));
        StandardReconciler r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Incident i = r.reconcile("i", List.of(first, member("b", "2016-05-17", "b", null, null,
                fig("b", FigureKind.KILLED, 1, "2016-05-17", 0.9), fig("b", FigureKind.INJURED, 3, "2016-05-17", 0.9))), List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(1);
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(3);
        // a death from an article's body, or an injured count that is not the rest, leaves the highest count
        Incident weak = r.reconcile("j", List.of(first, member("b", "2016-05-17", "b", null, null,
                fig("b", FigureKind.KILLED, 1, "2016-05-17", 0.77), fig("b", FigureKind.INJURED, 3, "2016-05-17", 0.9))), List.of());
        assertThat(weak.best().get(FigureKind.INJURED).value()).isEqualTo(4);
        Incident other = r.reconcile("k", List.of(first, member("b", "2016-05-17", "b", null, null,
                fig("b", FigureKind.KILLED, 1, "2016-05-17", 0.9), fig("b", FigureKind.INJURED, 2, "2016-05-17", 0.9))), List.of());
        assertThat(other.best().get(FigureKind.INJURED).value()).isEqualTo(4);
    }

    @Test
    void reconcile_firmDeathTollCountsTheGunman_noHurtVictimTakenForDead() {
        // "three dead, including the gunman" and "both passengers were injured" against a later "two others dead and three
        // more hurt": the extra death is the gunman's, so the three hurt are not two survivors of a later death
        StandardReconciler r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Member first = member("a", "2016-05-10", "a", null, null,
                new Figure(FigureKind.KILLED, 3, null, Qualifier.EXACT, null, LocalDate.parse("2016-05-10"),
                        Evidence.of("a", 0, 4, "Three dead, including the gunman, in shooting spree"), 0.9),
                fig("a", FigureKind.INJURED, 2, "2016-05-10", 0.85));
        Member later = member("b", "2016-05-12", "b", null, null, fig("b", FigureKind.KILLED, 2, "2016-05-12", 0.9),
                fig("b", FigureKind.INJURED, 3, "2016-05-12", 0.9));
        Incident i = r.reconcile("i", List.of(first, later), List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(3);
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(3);
        // without the gunman in the toll, the third death is one of the hurt: two survivors
        Member plain = member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.KILLED, 3, "2016-05-10", 0.9),
                fig("a", FigureKind.INJURED, 2, "2016-05-10", 0.85));
        assertThat(r.reconcile("j", List.of(plain, later), List.of()).best().get(FigureKind.INJURED).value()).isEqualTo(2);
    }

    @Test
    void reconcile_largerInjuredCountMonthsLater_isARecapNotAnUpdate() {
        StandardReconciler r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Member lead = member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 3, "2016-05-10", 0.9));
        Member trial = member("b", "2016-11-20", "b", null, null, fig("b", FigureKind.INJURED, 4, "2016-11-20", 0.85));
        assertThat(r.reconcile("i", List.of(lead, trial), List.of()).best().get(FigureKind.INJURED).value()).isEqualTo(3);
        // days later it is an update; and a death toll may still rise months on
        Member update = member("c", "2016-05-13", "c", null, null, fig("c", FigureKind.INJURED, 4, "2016-05-13", 0.85));
        assertThat(r.reconcile("j", List.of(lead, update), List.of()).best().get(FigureKind.INJURED).value()).isEqualTo(4);
        Member dead = member("d", "2016-05-10", "d", null, null, fig("d", FigureKind.KILLED, 1, "2016-05-10", 0.9));
        Member died = member("e", "2016-11-20", "e", null, null, fig("e", FigureKind.KILLED, 2, "2016-11-20", 0.85));
        assertThat(r.reconcile("k", List.of(dead, died), List.of()).best().get(FigureKind.KILLED).value()).isEqualTo(2);
    }

    @Test
    void reconcile_loneBodyDeathAgainstStatedInjuredCount_dropped() {
        List<Member> ms = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 5, "2016-05-10", 0.9)),
                member("b", "2016-05-10", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-10", 0.77),
                        fig("b", FigureKind.INJURED, 5, "2016-05-10", 0.63)));
        StandardReconciler r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        Incident i = r.reconcile("i", ms, List.of());
        assertThat(i.best()).doesNotContainKey(FigureKind.KILLED);
        assertThat(i.best().get(FigureKind.INJURED).value()).isEqualTo(5);
        List<Member> firm = List.of(ms.get(0),
                member("b", "2016-05-10", "b", null, null, fig("b", FigureKind.KILLED, 1, "2016-05-10", 0.9),
                        fig("b", FigureKind.INJURED, 5, "2016-05-10", 0.9)));
        assertThat(r.reconcile("j", firm, List.of()).best().get(FigureKind.KILLED).value()).isEqualTo(1);
    }

    @Test
    void reconcile_impliedDeathsOutnumberedByHurtCounts_dropped() {
        // two articles each imply one death in their bodies; two others count people hurt and no death
        List<Member> ms = List.of(
                member("a", "2016-05-10", "a", null, null, fig("a", FigureKind.INJURED, 7, "2016-05-10", 0.9)),
                member("b", "2016-05-10", "b", null, null, fig("b", FigureKind.INJURED, 7, "2016-05-10", 0.63)),
                member("c", "2016-05-10", "c", null, null, fig("c", FigureKind.KILLED, 1, "2016-05-10", 0.765),
                        fig("c", FigureKind.INJURED, 7, "2016-05-10", 0.85)),
                member("d", "2016-05-11", "d", null, null, fig("d", FigureKind.KILLED, 1, "2016-05-11", 0.765)));
        StandardReconciler r = new StandardReconciler(StandardReconciler.FigureRule.LATEST_HIGHEST);
        assertThat(r.reconcile("i", ms, List.of()).best()).doesNotContainKey(FigureKind.KILLED);
        List<Member> outnumbered = List.of(ms.get(0), ms.get(2), ms.get(3),
                member("e", "2016-05-11", "e", null, null, fig("e", FigureKind.KILLED, 1, "2016-05-11", 0.765)));
        assertThat(r.reconcile("j", outnumbered, List.of()).best().get(FigureKind.KILLED).value()).isEqualTo(1);
    }

    @Test
    void reconcile_conservative_takesLowestOfMostRecentDay() {
        List<Member> ms = List.of(
                member("a", "2022-06-28", "a", null, null, fig("a", FigureKind.KILLED, 12, Qualifier.EXACT, "2022-06-28")),
                member("b", "2022-06-28", "b", null, null, fig("b", FigureKind.KILLED, 10, Qualifier.EXACT, "2022-06-28")),
                member("c", "2022-06-27", "c", null, null, fig("c", FigureKind.KILLED, 3, Qualifier.EXACT, "2022-06-27")));
        Incident i = Reconcilers.conservative().reconcile("i1", ms, List.of());
        assertThat(i.best().get(FigureKind.KILLED).value()).isEqualTo(10);
        assertThat(i.disputed()).containsExactly(FigureKind.KILLED);
    }

    @Test
    void reconcile_dateAfterTheFirstReport_countsLess() {
        // a later article whose only guess is its own (crawl) date cannot outvote the first report's day
        List<Member> ms = List.of(
                member("a", "2015-03-02", "a", date("a", "2015-03-01", 0.5), null),
                member("b", "2015-03-09", "b", date("b", "2015-03-09", 0.8), null));
        assertThat(Reconcilers.standard().reconcile("i1", ms, List.of()).day()).isEqualTo(LocalDate.parse("2015-03-01"));
        // without an earlier report the same votes decide as before
        List<Member> same = List.of(
                member("a", "2015-03-09", "a", date("a", "2015-03-01", 0.5), null),
                member("b", "2015-03-09", "b", date("b", "2015-03-09", 0.8), null));
        assertThat(Reconcilers.standard().reconcile("i1", same, List.of()).day()).isEqualTo(LocalDate.parse("2015-03-09"));
    }

    @Test
    void reconcile_copyCrawledLater_firstReportIsItsUrlDay() {
        // both copies carry the crawl date; the first was filed on the day its URL names, so the second report's own
        // day comes after the first report and counts less
        Article filed = new Article("a", "t a", "body of a", LocalDate.parse("2013-08-28"),
                "http://example.com/news/20130808-man-arrested-in-killings", null, "outleta", "en", "ha", "test", null);
        List<Member> ms = List.of(
                new Member(filed, new ArticleFacts("a", date("a", "2013-08-07", 0.5), List.of(), List.of(), List.of()),
                        DedupDecision.original("a")),
                member("b", "2013-08-28", "b", date("b", "2013-08-28", 0.8), null));
        assertThat(Reconcilers.standard().reconcile("i1", ms, List.of()).day()).isEqualTo(LocalDate.parse("2013-08-07"));
        // a URL day after the crawl date is no filing day
        Article late = new Article("a", "t a", "body of a", LocalDate.parse("2013-08-28"),
                "http://example.com/news/20130908-man-arrested-in-killings", null, "outleta", "en", "ha", "test", null);
        List<Member> same = List.of(
                new Member(late, new ArticleFacts("a", date("a", "2013-08-07", 0.5), List.of(), List.of(), List.of()),
                        DedupDecision.original("a")),
                member("b", "2013-08-28", "b", date("b", "2013-08-28", 0.8), null));
        assertThat(Reconcilers.standard().reconcile("i1", same, List.of()).day()).isEqualTo(LocalDate.parse("2013-08-28"));
    }

    @Test
    void reconcile_copiesDoNotOutvoteIndependentSources() {
        List<Member> ms = new ArrayList<>();
        ms.add(member("a", "2022-06-28", "a", date("a", "2022-06-27", 0.6), null));
        ms.add(member("b", "2022-06-28", "b", date("b", "2022-06-27", 0.6), null));
        // three copies of one story with another date count once
        ms.add(member("c", "2022-06-28", "c", date("c", "2022-06-26", 0.9), null));
        ms.add(member("d", "2022-06-28", "c", date("d", "2022-06-26", 0.9), null));
        ms.add(member("e", "2022-06-28", "c", date("e", "2022-06-26", 0.9), null));
        Incident i = Reconcilers.standard().reconcile("i1", ms, List.of("old"));
        assertThat(i.day()).isEqualTo(LocalDate.parse("2022-06-27"));
        assertThat(i.independentSources()).isEqualTo(3);
        assertThat(i.aliases()).containsExactly("old");
    }

    @Test
    void reconcile_placeVote_prefersIncidentRole() {
        Place kremenchuk = new Place("Kremenchuk", "Poltava Oblast", "UA", 49.07, 33.42, "g:1", Place.Role.INCIDENT,
                Evidence.of("a", 0, 10, "x"), 0.9);
        Place kyiv = new Place("Kyiv", "Kyiv City", "UA", 50.45, 30.52, "g:2", Place.Role.MENTIONED,
                Evidence.of("b", 0, 4, "x"), 0.9);
        Incident i = Reconcilers.standard().reconcile("i1", List.of(
                member("a", "2022-06-28", "a", null, kremenchuk), member("b", "2022-06-28", "b", null, kyiv)), List.of());
        assertThat(i.place().name()).isEqualTo("Kremenchuk");
    }
}
