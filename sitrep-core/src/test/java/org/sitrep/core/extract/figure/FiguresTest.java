package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Evidence;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;

/** Figure patterns and scope traps on synthetic sentences. */
class FiguresTest {
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 10);

    private static List<Figure> extract(String title, String text) {
        return extract(title, text, List.of());
    }

    private static List<Figure> extract(String title, String text, List<Place> places) {
        Article a = new Article("t1", title, text, JUNE, null, null, null, "en", "", "test", Map.of());
        return Figures.standard().extract(Doc.of(a), places);
    }

    private static Figure get(List<Figure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    private static void expect(List<Figure> figures, FigureKind kind, int value, Qualifier q) {
        Figure f = get(figures, kind);
        assertThat(f).as(kind + " in " + figures).isNotNull();
        assertThat(f.value()).as(kind.label()).isEqualTo(value);
        assertThat(f.qualifier()).as(kind.label()).isEqualTo(q);
    }

    @Test
    void extract_deadAndMoreThanWounded_bothWithQualifiers() {
        var f = extract("", "At least 12 people were dead and more than 30 wounded, according to the provincial governor.");
        expect(f, FigureKind.KILLED, 12, Qualifier.AT_LEAST);
        expect(f, FigureKind.INJURED, 30, Qualifier.MORE_THAN);
        assertThat(get(f, FigureKind.KILLED).reportedBy()).isEqualTo("provincial governor");
        Evidence e = get(f, FigureKind.KILLED).evidence();
        assertThat(e.sentence().substring(0, e.end() - e.start())).startsWith("At least 12 people were dead");
    }

    @Test
    void extract_killingAndWoundingOthers_objectForm() {
        var f = extract("", "A drone hit a depot in the port, killing at least one person and wounding four others.");
        expect(f, FigureKind.KILLED, 1, Qualifier.AT_LEAST);
        expect(f, FigureKind.INJURED, 4, Qualifier.EXACT);
    }

    @Test
    void extract_confirmedKilledAndDeathToll_largestWins() {
        var f = extract("", "Mourners gathered for the 7 people confirmed killed. The death toll rose to 9 on Friday.");
        expect(f, FigureKind.KILLED, 9, Qualifier.EXACT);
    }

    @Test
    void extract_haveDiedAndHaveBeenInjured_numberWords() {
        var f = extract("", "Twenty-one people have died and 15 have been injured after the collapse.");
        expect(f, FigureKind.KILLED, 21, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 15, Qualifier.EXACT);
    }

    @Test
    void extract_missingTrappedEvacuatedArrested_allKinds() {
        var f = extract("", "Nine people are missing and 3 remain trapped. About 400 residents were evacuated. "
                + "Police said two men were arrested.");
        expect(f, FigureKind.MISSING, 9, Qualifier.EXACT);
        expect(f, FigureKind.TRAPPED, 3, Qualifier.EXACT);
        expect(f, FigureKind.EVACUATED, 400, Qualifier.ABOUT);
        expect(f, FigureKind.ARRESTED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_singularVictimNoun_countsOne() {
        var f = extract("", "A woman was shot and killed outside a store on Elm Street late Sunday.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_twoMenWounded_plural() {
        expect(extract("", "Two men were wounded in the exchange."), FigureKind.INJURED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_headlineDeadInjured_bareNumbers() {
        var f = extract("One dead, two injured in shooting at gas station", "Police are investigating.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_noOneInjured_zeroExact() {
        var f = extract("", "A fire broke out in the warehouse overnight. No one was injured, the fire chief said.");
        expect(f, FigureKind.INJURED, 0, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).reportedBy()).containsIgnoringCase("chief");
    }

    @Test
    void extract_gunmanKilledHimself_suspectCountsAsKilled() {
        expect(extract("", "The gunman later killed himself, police said."), FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(extract("", "The suspect was killed by officers at the scene."), FigureKind.KILLED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_shotHimselfInLeg_injuredNotKilled() {
        var f = extract("", "A 4-year-old boy shot himself in the leg at a motel, police said.");
        assertThat(get(f, FigureKind.KILLED)).isNull();
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_shotOneFatally_killedAndRestInjured() {
        var f = extract("", "Three people were shot, one fatally, outside the club.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_activeVoiceShooter_notAVictim() {
        var f = extract("", "A man shot and killed his neighbor on Tuesday, deputies said.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.KILLED).evidence().sentence()).contains("killed his neighbor");
    }

    @Test
    void extract_vagueQuantities_followTheTable() {
        expect(extract("", "Dozens of people were injured in the stampede."), FigureKind.INJURED, 24, Qualifier.AT_LEAST);
        expect(extract("", "Several dozen people were killed."), FigureKind.KILLED, 36, Qualifier.AT_LEAST);
        expect(extract("", "Scores of people were wounded."), FigureKind.INJURED, 40, Qualifier.AT_LEAST);
        expect(extract("", "A dozen people were hurt."), FigureKind.INJURED, 12, Qualifier.ABOUT);
        expect(extract("", "Hundreds of residents were evacuated."), FigureKind.EVACUATED, 200, Qualifier.AT_LEAST);
        assertThat(get(extract("", "Dozens of people were injured."), FigureKind.INJURED).confidence()).isLessThan(0.7);
    }

    @Test
    void extract_rangeAndUpTo_qualifiers() {
        var f = extract("", "Between 5 and 8 people were killed, and up to 20 were injured.");
        expect(f, FigureKind.KILLED, 5, Qualifier.RANGE);
        assertThat(get(f, FigureKind.KILLED).upper()).isEqualTo(8);
        expect(f, FigureKind.INJURED, 20, Qualifier.UP_TO);
    }

    @Test
    void extract_feared_onlyWhenNothingFirmer() {
        var f = extract("", "Dozens were feared killed in the blast. At least 7 people were killed, officials said.");
        expect(f, FigureKind.KILLED, 7, Qualifier.AT_LEAST);
        assertThat(get(extract("", "Ten people were feared dead."), FigureKind.KILLED).confidence()).isLessThan(0.6);
    }

    @Test
    void extract_aggregateOverTimeWindow_ignored() {
        var f = extract("", "A shell hit a bakery in Ostrava, killing three people. Overall, 14 civilians were killed and "
                + "40 wounded over the past 24 hours across the country, the ministry said.");
        expect(f, FigureKind.KILLED, 3, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_monthTally_isNoIncidentFigure() {
        Article a = new Article("t1", "", "Two men were wounded in a shooting on Elm Street on Sunday. The shooting came after "
                + "31 people were killed in May — the highest count in years, the mayor said.", LocalDate.of(2024, 6, 3), null, null,
                null, "en", "", "test", Map.of());
        var f = Figures.standard().extract(Doc.of(a), List.of());
        expect(f, FigureKind.INJURED, 2, Qualifier.EXACT);
        assertThat(get(f, FigureKind.KILLED)).isNull();
        var incident = extract("", "Three people were killed in May when a gunman opened fire at a bar in Dorvik.");
        expect(incident, FigureKind.KILLED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_earlierIncidents_ignored() {
        var f = extract("", "A bomb exploded at a bus stop in Dorvik, wounding two people. A similar attack last April "
                + "killed 30 people. Another in March on a market left 44 people dead. Police closed the road. "
                + "In 2019, a blast at the same stop killed 12.");
        expect(f, FigureKind.INJURED, 2, Qualifier.EXACT);
        assertThat(get(f, FigureKind.KILLED)).isNull();
    }

    @Test
    void extract_otherPlaceOutsideLead_ignored() {
        var f = extract("", "A missile struck a school in Velgrad on Monday, killing four people. Officials described "
                + "the damage. Rescue work went on. Separately rockets killed nine people overnight in Ostrova.");
        expect(f, FigureKind.KILLED, 4, Qualifier.EXACT);
    }

    @Test
    void extract_incidentPlaceFromPlaceExtractor_keepsItsSentences() {
        Place p = new Place("Ostrova", null, null, null, null, null, Place.Role.INCIDENT, new Evidence("t1", 0, 1, ""), 0.9);
        var f = extract("", "Officials gave an update. Rescue work went on. More news later. Rockets killed nine people "
                + "overnight in Ostrova.", List.of(p));
        expect(f, FigureKind.KILLED, 9, Qualifier.EXACT);
    }

    @Test
    void extract_pronounSaidAfterOtherPlace_inheritsScope() {
        var f = extract("", "A rocket hit a mall in Velgrad, killing 5 people. Rescuers searched the rubble. Crews came. "
                + "It said rockets killed two people in Ostrova. A strike also wounded six people, it said.");
        expect(f, FigureKind.KILLED, 5, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_populationDistanceThingsPresent_neverFigures() {
        var f = extract("", "Velgrad, a city of 217,000, lies 205 miles from the capital. The strike destroyed four "
                + "warehouses and six apartment buildings were damaged. About 1,000 civilians were inside the mall.");
        assertThat(f).isEmpty();
    }

    @Test
    void extract_yearsAndAges_notCounts() {
        var f = extract("", "A 19-year-old man was killed in 2024 near the park.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_namedVictims_countedOnce() {
        var f = extract("", "Ann Rowe died at the scene. Rowe was 44. Bo Rowe, 12, was pronounced dead at the hospital. "
                + "Carl Finch was wounded.");
        expect(f, FigureKind.KILLED, 2, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_pronounSpeaker_fromPreviousSentence() {
        var f = extract("", "Chief Dana Ortiz said the scene was secure. Four people were hurt, she said.");
        assertThat(get(f, FigureKind.INJURED).reportedBy()).isEqualTo("Chief Dana Ortiz");
    }

    @Test
    void extract_emptyDocument_nothing() {
        assertThat(extract("", "")).isEmpty();
    }

    @Test
    void extract_fatalShootingWithoutCount_oneKilled() {
        var f = extract("Man charged in fatal shooting of neighbor", "Police arrested a man on Tuesday at his home.");
        expect(f, FigureKind.KILLED, 1, Qualifier.AT_LEAST);
        assertThat(get(f, FigureKind.KILLED).confidence()).isLessThan(0.5);
    }

    @Test
    void extract_attemptedMurderAndShotInLeg_oneInjuredNoKilled() {
        var f = extract("Man charged with attempted murder", "A neighbor was shot in the leg during an argument on Main Street.");
        assertThat(get(f, FigureKind.KILLED)).isNull();
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_deadlyWeaponCharge_noKilled() {
        var f = extract("", "A man was charged with assault with a deadly weapon after a fight on Main Street.");
        assertThat(get(f, FigureKind.KILLED)).isNull();
    }

    @Test
    void extract_tripleHomicide_threeKilled() {
        expect(extract("Suspect held in triple homicide", "Police arrested a man on Friday."), FigureKind.KILLED, 3,
                Qualifier.EXACT);
    }

    @Test
    void extract_quadrupleShootingOneDied_threeInjured() {
        var f = extract("", "Police are investigating a quadruple shooting on Elm Street. One man died at the scene.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_coordinatedNamesWithAges_countEach() {
        var f = extract("", "He is the brother of Ann Lee, 33, and Bo Ray, 34 who were shot and killed at a home.");
        expect(f, FigureKind.KILLED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_killedAndOthersShot_othersNotReduced() {
        var f = extract("Boy killed, 6 others shot on West Side", "");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 6, Qualifier.EXACT);
    }

    @Test
    void extract_laterClauseOnePerson_injuredOne() {
        var f = extract("Man killed, boy injured in drive-by shooting", "");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_selfInflictedWound_injuredNotKilled() {
        var f = extract("", "A 10-year-old boy suffered a self-inflicted gunshot wound to the hand on Sunday.");
        assertThat(get(f, FigureKind.KILLED)).isNull();
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_shotSixKillingFour_twoInjured() {
        var f = extract("", "A man shot six people, killing four of them, on Saturday. One woman was critically injured.");
        expect(f, FigureKind.KILLED, 4, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(2);
    }

    @Test
    void extract_dayOfMonthBeforeDied_isNotACount() {
        var f = extract("", "Police say one of five people shot outside the lounge early October 27 has died.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_clauseWordBetweenNumberAndNoun_isNotAModifier() {
        var f = extract("", "The mother told FOX 5 that her son was shot and killed early Saturday morning.");
        assertThat(get(f, FigureKind.KILLED).value()).isEqualTo(1);
    }

    @Test
    void extract_woundedThenPerpetratorDead_notFourDead() {
        var f = extract("Shooting spree leaves 4 wounded, gunman dead", "");
        expect(f, FigureKind.INJURED, 4, Qualifier.EXACT);
        assertThat(get(f, FigureKind.KILLED).value()).isEqualTo(1);
    }

    @Test
    void extract_alsoShotSurvivor_isInjuredBesidesTheDead() {
        var f = extract("", "Three people were killed. Her 23-year-old boyfriend was also shot in his leg and is expected to recover.");
        expect(f, FigureKind.KILLED, 3, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(1);
        var same = extract("", "A man was killed. The victim was shot in the head outside his home.");
        assertThat(get(same, FigureKind.INJURED) == null || get(same, FigureKind.INJURED).value() == 0).isTrue();
    }

    @Test
    void extract_objectCountBeforeBefore_counts() {
        var f = extract("", "He went on a rampage that killed one and injured three before shooting himself.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_roundUpHeadline_isAggregate() {
        var f = extract("Quadruple shooting sets off violent night in Philadelphia, leaving two dead and six wounded", "");
        assertThat(f).isEmpty();
        var after = extract("2 dead, 7 hurt after shootings on the east side", "");
        assertThat(after).isEmpty();
    }

    @Test
    void extract_officerShotSuspectKilled_officerStaysInjured() {
        var head = extract("Deputy shot, suspect killed in standoff", "");
        expect(head, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(head, FigureKind.INJURED).value()).isEqualTo(1);
        var body = extract("", "A trooper was shot on Monday. The standoff ended when the suspect died of a self-inflicted gunshot wound.");
        assertThat(get(body, FigureKind.INJURED).value()).isEqualTo(1);
        var byPolice = extract("", "A man was shot by an officer on Friday. The suspect was pronounced dead at the hospital.");
        assertThat(get(byPolice, FigureKind.INJURED) == null || get(byPolice, FigureKind.INJURED).value() == 0).isTrue();
    }

    @Test
    void extract_killedAndShotInOneSentence_twoPeople() {
        var f = extract("", "A mother was killed and her 6-year-old son was shot by a man in a hooded jacket.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(1);
        var head = extract("Cashier shot, customer killed in robbery", "");
        assertThat(get(head, FigureKind.INJURED).value()).isEqualTo(1);
        var shooter = extract("Boy, 12, accidentally shot, killed his cousin", "");
        assertThat(get(shooter, FigureKind.INJURED) == null || get(shooter, FigureKind.INJURED).value() == 0).isTrue();
    }

    @Test
    void extract_sufferingFromGunshotWounds_peopleHit() {
        var f = extract("", "Deputies found four men suffering from gunshot wounds. One of them was pronounced dead at the scene.");
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
        var one = extract("", "Officers found a woman suffering from a gunshot wound to the arm.");
        expect(one, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_ageListBeforeVerb_isNotACount() {
        var f = extract("", "Two women, 19 and 23, and a man, 31 and 40 were hurt in the gunfire.");
        assertThat(get(f, FigureKind.INJURED) == null || get(f, FigureKind.INJURED).value() < 10).isTrue();
    }

    @Test
    void extract_moreAfterTheDead_notReducedByThem() {
        var f = extract("", "One woman was killed and three more were shot in the parking lot.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_roundUpOfIncidentsOrDays_isAggregate() {
        assertThat(extract("", "Nine people were wounded in four incidents overnight, police said.")).isEmpty();
        assertThat(extract("", "Eleven people were shot between Friday and Sunday evening in the city.")).isEmpty();
        assertThat(extract("", "Police said 14 people have been shot since 8 p.m. on Saturday.")).isEmpty();
    }

    @Test
    void extract_ordinalWithoutArticle_afterTheDead() {
        var f = extract("Two found dead, 3rd person critically hurt in home", "");
        expect(f, FigureKind.KILLED, 2, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(1);
    }

    @Test
    void extract_woundedSomeFatally_deadComeOffTheWounded() {
        var f = extract("", "Four people were wounded, one fatally, in the shooting on Main Street.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
        var dash = extract("", "The shooting left six people wounded -- two mortally, police said.");
        expect(dash, FigureKind.KILLED, 2, Qualifier.EXACT);
        assertThat(get(dash, FigureKind.INJURED).value()).isEqualTo(4);
    }

    @Test
    void extract_appositionAfterTheCount_stillCounts() {
        expect(extract("", "Four people, including an 11-year-old, were shot at the park."), FigureKind.INJURED, 4, Qualifier.EXACT);
        expect(extract("", "Three women, ranging in age from 31 to 40, were wounded on Saturday."), FigureKind.INJURED, 3,
                Qualifier.EXACT);
    }

    @Test
    void extract_nonFatalWounds_areNotDeaths() {
        var f = extract("", "A man was fatally shot in the garage on Elm Lane. Three others sustained non-fatal bullet wounds.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_personAndNOthers_countsThePersonToo() {
        assertThat(get(extract("", "A boy was in critical condition after he and three others were shot at the park."),
                FigureKind.INJURED).value()).isEqualTo(4);
        assertThat(get(extract("", "Police said Ann Lee and two others were wounded in the shooting."), FigureKind.INJURED).value())
                .isEqualTo(3);
        // the named person who died is among those hit
        var f = extract("", "A man was shot and killed on Sunday night. Gunfire struck Milner and three others.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
        // "others" after a clause of their own stay others
        assertThat(get(extract("", "Bo Ray was killed and two others were wounded."), FigureKind.INJURED).value()).isEqualTo(2);
        assertThat(get(extract("", "The gunman shot him and two others outside the bar."), FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_namesAfterACountedObject_nameItsMembers() {
        var f = extract("", "The pair are suspected of killing Tom Jackson, 38, and wounding three other people, Kendra Cole, 28; "
                + "Eliza Taylor, 20; and Jim Sang, 30.");
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
        assertThat(get(extract("Teen Allegedly Shoots Parents And 3 Children", ""), FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_listOfThreeNamesAlsoHit_areSurvivorsBesidesTheDead() {
        var f = extract("", "A man died after he was shot multiple times. Ray West, Brian Dearmond and Marquise McPherson were "
                + "also struck by bullets.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_survivedButHit_andWhereOrWhoAfterTheNoun() {
        var f = extract("", "Tom Reed, 20, died at the scene. The three other teens survived but were also hit by gunfire.");
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(3);
        assertThat(get(extract("", "Ann Lee and Bo Ray were shot and killed in her home. Another man in the home was wounded."),
                FigureKind.INJURED).value()).isEqualTo(1);
        assertThat(get(extract("", "The suspect was killed. Additionally, three state troopers who entered the home were wounded."),
                FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_namesOneLetterApart_areOnePerson() {
        var f = extract("", "Ann Rae Hawkins, 33, Reshowna Hawkins, 34, and Darrell Hawkins, 34, were shot and killed at a home. "
                + "Police said Reshawna Hawkins was shot first.");
        expect(f, FigureKind.KILLED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_releasedFromHospitalOrWithGunshotWounds_peopleHurt() {
        expect(extract("7 victims of Sunday shooting released from area hospitals", ""), FigureKind.INJURED, 7, Qualifier.EXACT);
        expect(extract("", "When officers arrived they found four victims with gunshot wounds."), FigureKind.INJURED, 4,
                Qualifier.EXACT);
    }

    @Test
    void extract_hourSpan_isAggregate() {
        assertThat(extract("", "It came amid a violent two-hour span in which 10 people were shot and one man was killed.")).isEmpty();
    }

    @Test
    void extract_objectThenSomeFatally_deadComeOffThePeopleHit() {
        var f = extract("", "A man shot three police officers - one fatally - on Saturday.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(2);
        var w = extract("", "The gunman wounded four people, one fatally, at the bar.");
        expect(w, FigureKind.KILLED, 1, Qualifier.EXACT);
        assertThat(get(w, FigureKind.INJURED).value()).isEqualTo(3);
    }

    @Test
    void extract_listedInCondition_peopleHurt() {
        expect(extract("", "All four victims are listed in stable condition at local hospitals."), FigureKind.INJURED, 4,
                Qualifier.EXACT);
    }

    @Test
    void extract_grazed_isHurt() {
        expect(extract("", "Another officer shot the dog, and in the process a bullet grazed a deputy."), FigureKind.INJURED, 1,
                Qualifier.EXACT);
        expect(extract("", "Police said two women were grazed by bullets."), FigureKind.INJURED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_ageRangeAfterTheCount_stillCounts() {
        expect(extract("", "Three other people ranging from their mid-teens to early 20s were treated at a hospital and released."),
                FigureKind.INJURED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_ordinalVictimWithApposition_countsThatManyHit() {
        var f = extract("", "Three people died in the house. He said the fourth victim, Tara Hendricks, survived and was taken to "
                + "the hospital with non-life-threatening injuries.");
        expect(f, FigureKind.KILLED, 3, Qualifier.EXACT);
        assertThat(get(f, FigureKind.INJURED).value()).isEqualTo(1);
    }

    @Test
    void extract_leftOneFatallyWoundedAndOthersWithInjuries_deathAndTheOthersApart() {
        var f = extract("", "Deputies answered a call about gunfire on Birch Lane, which left one man fatally wounded and two others "
                + "with serious injuries.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 2, Qualifier.EXACT);
    }

    @Test
    void extract_countedWithGunshotInjuries_isPeopleHitWithTheDeadAmongThem() {
        var f = extract("", "Officers found four people with gunshot injuries near the diner. One of them died at the scene.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_singleVictimThenShootingThatAlsoInjuredOthers_addsUp() {
        var f = extract("", "A 7-year-old boy remained in serious condition Tuesday after a shooting that also injured two other "
                + "people outside a laundromat.");
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
        // "another" marks one more person, never a count of several
        var g = extract("", "A woman was wounded Friday in a shooting; another three people were hurt in a crash nearby.");
        assertThat(get(g, FigureKind.INJURED).value()).isNotEqualTo(4);
    }

    @Test
    void extract_headlineVerbsBeforeColon_countBoth() {
        var f = extract("Riverside Shooting Kills Two, Wounds One: Sheriff", "Deputies are investigating.");
        expect(f, FigureKind.KILLED, 2, Qualifier.EXACT);
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_chargeListAfterAttemptedCharge_isNoDeath() {
        var f = extract("", "The 17-year-old faces charges including attempted murder, reckless manslaughter and unlawful discharge"
                + " of a weapon after a teenager was shot in the leg.");
        assertThat(get(f, FigureKind.KILLED)).as(f.toString()).isNull();
        expect(f, FigureKind.INJURED, 1, Qualifier.EXACT);
    }

    @Test
    void extract_manslaughterChargeAlone_stillOneDeath() {
        var f = extract("", "The 17-year-old faces a charge of reckless manslaughter after the shooting at the park.");
        expect(f, FigureKind.KILLED, 1, Qualifier.AT_LEAST);
    }

    @Test
    void extract_victimsAndGunmanWhoShotHimself_gunmanIsTheOnlyDeath() {
        var f = extract("", "Three women were found with gunshot wounds, including a teenager, and the shooter fatally shot himself.");
        expect(f, FigureKind.KILLED, 1, Qualifier.EXACT);
        var g = extract("", "Three victims were found with gunshot wounds, and the gunman fatally shot himself.");
        expect(g, FigureKind.KILLED, 1, Qualifier.EXACT);
        expect(g, FigureKind.INJURED, 3, Qualifier.EXACT);
    }

    @Test
    void extract_countBeforeSingularVerb_isNotTheDead() {
        var f = extract("Boy who wounded 3, including 2 deputies, is killed by police", "");
        assertThat(get(f, FigureKind.KILLED).value()).as(f.toString()).isEqualTo(1);
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
        var g = extract("", "Four people, including a boy, were killed in the shooting.");
        expect(g, FigureKind.KILLED, 4, Qualifier.EXACT);
    }

    @Test
    void extract_drunkDrivingDeath_isNotAShooting() {
        var f = extract("", "A woman accused of driving drunk and killing a crossing guard appeared in court on Monday.");
        assertThat(get(f, FigureKind.KILLED)).as(f.toString()).isNull();
    }

    @Test
    void extract_objectsShotBeforeTheShooterKilledHimself_allWounded() {
        var f = extract("Woman shoots 2 men, boy before turning gun on herself", "");
        expect(f, FigureKind.INJURED, 3, Qualifier.EXACT);
        var g = extract("Tom Reed, 15, 'shot himself dead while hunting'", "Deputies first thought Tom was killed in a hunting mishap; now they say he took his own life.");
        expect(g, FigureKind.INJURED, 0, Qualifier.EXACT);
    }

    @Test
    void extract_deadCountHoldingAnUnbornChild_countsThePeopleBorn() {
        var f = extract("", "Police say the man murdered four people, including an unborn child, at the farmhouse.");
        expect(f, FigureKind.KILLED, 3, Qualifier.EXACT);
        var g = extract("", "Two women and an unborn baby were killed in the shooting on Elm Street.");
        expect(g, FigureKind.KILLED, 2, Qualifier.EXACT);
        var h = extract("", "Police say the man murdered four people, including a teenage boy, at the farmhouse.");
        expect(h, FigureKind.KILLED, 4, Qualifier.EXACT);
    }
}
