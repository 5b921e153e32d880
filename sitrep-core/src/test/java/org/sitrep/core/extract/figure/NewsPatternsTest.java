package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;

/** Local-news casualty patterns (implicit counts, coordination, page furniture, who died) on synthetic text. */
class NewsPatternsTest {
    private static List<Figure> extract(String title, String text) {
        Article a = new Article("n1", title, text, LocalDate.of(2016, 5, 10), null, null, null, "en", "", "test", Map.of());
        return Figures.standard().extract(Doc.of(a), List.of());
    }

    private static Integer value(List<Figure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).map(Figure::value).findFirst().orElse(null);
    }

    @Test
    void extract_bareNumberBeforeYearOld_isAnAge() {
        assertThat(value(extract("", "A 5 year-old boy was killed in the shooting."), FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(extract("", "A 4 yo boy was shot on Morgan Street."), FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_fatherOfThree_isNotThreeKilled() {
        assertThat(value(extract("Father of 3 killed in shooting outside store", ""), FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void extract_killedTwoAndWoundedTwoOthers_bothCounts() {
        var f = extract("", "A man was arrested after a shooting that killed two people and wounded two others, records show.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_videoPlaylistAndCrash_areNotThisShooting() {
        var f = extract("", "A man was shot in the leg on Sunday, police said.\n\n1:08 After triple murder, family asks for help Pause\n\n"
                + "Two people died in a crash on the interstate.");
        assertThat(value(f, FigureKind.KILLED)).isNull();
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_otherIncidentEarlierInBody_notCounted() {
        var f = extract("Man killed on South Side", "A man was shot and killed on Friday night. Police gave no motive. "
                + "No arrests were made. Witnesses heard shots. About 20 minutes earlier, three men were shot to death nearby.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void extract_onlyADeathWordAndOneVictimShot_thatVictimDied() {
        var f = extract("Fatal shooting under investigation", "A 17-year-old was shot on Main Street on Sunday.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_struckAndHit_areHitsButNotByACar() {
        assertThat(value(extract("", "All four victims were struck in the legs."), FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("Police: 3 hit in shooting", ""), FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("", "Two people were struck by a car on Elm Street."), FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_hisInjuriesNotLifeThreatening_oneInjured() {
        var f = extract("", "Deputies found the boy at home. His injuries are not life-threatening, the sheriff said.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_namedVictimShotThenDiedByLastName_killedNotInjured() {
        var f = extract("", "Ann Lee, 13, was shot in the face on Friday. Lee died at the hospital.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_headlineCoordination_countsEachPerson() {
        assertThat(value(extract("Girl, 10, teen shot in park", ""), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("Mother and child wounded in domestic shooting", ""), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("2 adults, 2 children killed in murder-suicide", ""), FigureKind.KILLED)).isEqualTo(4);
    }

    @Test
    void extract_appositive_countsTheHeadOnly() {
        assertThat(value(extract("", "The victim, a 2-year-old girl, died at the scene."), FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(extract("", "Two more people, a 24-year-old man and a 20-year-old woman, died at the hospital."),
                FigureKind.KILLED)).isEqualTo(2);
    }

    @Test
    void extract_alsoInjuredASecondPerson_two() {
        var f = extract("", "A 4-year-old boy was seriously wounded in a shooting that also injured a woman on Tuesday.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_murderSuicide_victimAndPerpetrator() {
        assertThat(value(extract("Man kills 3-year-old daughter, then himself", ""), FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(extract("Girl, 4, died in apparent murder-suicide", ""), FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(extract("Boy, 6, accidentally shot and killed himself", ""), FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void extract_shootsSelf_oneInjured() {
        assertThat(value(extract("Boy, 4, shoots self with grandfather's handgun", ""), FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_missingTrappedEvacuated_everyQualifier() {
        var f = extract("", "At least 21 people are missing. Up to 30 miners remain trapped. More than 1,000 residents were evacuated.");
        assertThat(f).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.MISSING);
            assertThat(x.value()).isEqualTo(21);
            assertThat(x.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.TRAPPED);
            assertThat(x.qualifier()).isEqualTo(Qualifier.UP_TO);
        });
        assertThat(f).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.EVACUATED);
            assertThat(x.value()).isEqualTo(1000);
            assertThat(x.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        });
        var r = extract("", "Between 5 and 7 people were missing. Some 200 people were evacuated. Four people are trapped.");
        assertThat(r).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.MISSING);
            assertThat(x.qualifier()).isEqualTo(Qualifier.RANGE);
            assertThat(x.upper()).isEqualTo(7);
        });
        assertThat(r).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.EVACUATED);
            assertThat(x.qualifier()).isEqualTo(Qualifier.ABOUT);
        });
        assertThat(r).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.TRAPPED);
            assertThat(x.value()).isEqualTo(4);
            assertThat(x.qualifier()).isEqualTo(Qualifier.EXACT);
        });
    }

    @Test
    void extract_unnumberedWoundedVictim_oneInjured() {
        assertThat(value(extract("Boy stable after accidental shooting", ""), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("Muncie police investigate child's shooting", ""), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("Friend shoots friend", ""), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "An 8-year-old had a close call when a bullet ricocheted off a wall and struck her in the "
                + "shoulder."), FigureKind.INJURED)).isEqualTo(1);
        var f = extract("Boy dies after accidental shooting", "");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isNull();
        assertThat(value(extract("Police investigate shooting suspect's past", ""), FigureKind.INJURED)).isNull();
        assertThat(value(extract("Accidental shooting claims teen", ""), FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void extract_sentToHospital_peopleHitLessTheDead() {
        assertThat(value(extract("", "A shooting sent five people to the hospital late Tuesday."), FigureKind.INJURED)).isEqualTo(5);
        assertThat(value(extract("Shooting lands four men in hospital", ""), FigureKind.INJURED)).isEqualTo(4);
        var f = extract("", "One of the victims of Thursday's shooting that sent five people to the hospital has died.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        var g = extract("", "One man died at the scene. All four were taken to Jackson Memorial Hospital.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(3);
        var h = extract("", "One man died at the scene. Both were taken to Jackson Memorial Hospital in stable condition.");
        assertThat(value(h, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_rushedOrTransportedToHospital_peopleHit() {
        assertThat(value(extract("", "Three people were rushed to the hospital with gunshot wounds on Sunday."), FigureKind.INJURED))
                .isEqualTo(3);
        assertThat(value(extract("", "Two men were transported to a local hospital after the shooting."), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("", "One man died at the scene. Four people were sent to the county hospital."), FigureKind.INJURED))
                .isEqualTo(3);
        // one person moved to a hospital is as often the one who died there: no count of the hurt
        assertThat(Mentions.find("A man was flown to a hospital in the city.")).isEmpty();
        assertThat(Mentions.find("Two men were flown to a hospital in the city.")).isNotEmpty();
        var custody = extract("", "Two men were taken into custody after the shooting.");
        assertThat(value(custody, FigureKind.INJURED)).isNull();
        assertThat(value(custody, FigureKind.ARRESTED)).isEqualTo(2);
    }

    @Test
    void extract_headlineShotCount_beatsOneNamedWoundedVictim() {
        var f = extract("Police investigate quadruple shooting", "A man was wounded in the leg.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("", "All seven were taken to the hospital, six in non-critical and one in critical condition."),
                FigureKind.INJURED)).isEqualTo(7);
    }

    @Test
    void extract_wordsBetweenNumberAndNoun_noClauseNoRounds() {
        assertThat(value(extract("", "A neighbour returned fire, shooting at least six rounds at the suspects. A boy was shot."),
                FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "Around 7 p.m., a boy younger than 12 was shot in the complex."), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "A woman called 911 and reported a person shot."), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("Three people struck by car in Portland", ""), FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_twoObjectsOfOneVerb_twoPeople() {
        assertThat(value(extract("Man shoots girlfriend and her son in Gloucester County", ""), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("Authorities investigate accidental shooting of child, father", ""), FigureKind.INJURED))
                .isEqualTo(2);
        assertThat(value(extract("", "A man shot his girlfriend and her son, wounding both early Friday."), FigureKind.INJURED))
                .isEqualTo(2);
        var f = extract("Woman killed, daughter and brother wounded in Joliet shooting", "");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("", "Police said Thomas shot and killed Veondus Dennis and Antwan Wheeler after a dispute."),
                FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(extract("", "A man was charged in the deaths of a 9-year-old and her grandmother."), FigureKind.KILLED))
                .isEqualTo(2);
        assertThat(value(extract("", "He was shot. Police said the gunman shot the man, a 34-year-old, after a fight."), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "Witnesses describe a shootout that killed suspect, wounded officer."), FigureKind.KILLED))
                .isEqualTo(1);
    }

    @Test
    void extract_bareHeadlineObject_oneKilled() {
        var f = extract("Drive-by shooting kills teen girl, injures 4", "");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("Police kill gunman after rampage injures three", ""), FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(extract("Man kills self after shooting, wounding girlfriend and her son", ""), FigureKind.KILLED)).isEqualTo(1);
    }

    @Test
    void extract_killingObjectList_countsEachPersonNamed() {
        assertThat(value(extract("Father kills wife, son, daughter, then himself", ""), FigureKind.KILLED)).isEqualTo(4);
        assertThat(value(extract("Police: man killed his wife, 2 sons, then himself", ""), FigureKind.KILLED)).isEqualTo(4);
        assertThat(value(extract("Man suspected of killing wife and four daughters", ""), FigureKind.KILLED)).isEqualTo(5);
        assertThat(value(extract("", "A man shot and killed his ex-girlfriend's two teenage daughters, then turned the gun on himself."),
                FigureKind.KILLED)).isEqualTo(3);
        // an age appositive is not another person, and an uncounted plural is not read
        assertThat(value(extract("Boy, 6, fatally shoots brother, 3, while playing", ""), FigureKind.KILLED)).isEqualTo(1);
        assertThat(String.valueOf(value(extract("", "He killed his wife and children before setting the house on fire."), FigureKind.KILLED)))
                .isNotEqualTo("2");
    }

    @Test
    void extract_killerInObjectList_notAmongThePeopleShot() {
        var f = extract("Police: Man shoots 4 relatives, killing 2, then himself", "");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(3);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_woundingObjectList_countsEachPerson() {
        assertThat(value(extract("Man shoots 2 women, young girl in South LA", ""), FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("Man arrested in fatal shooting of mother, 2 teens", ""), FigureKind.KILLED)).isEqualTo(3);
        // "fatally shot a man and three others": the adverb does not make all four hits
        assertThat(String.valueOf(value(extract("", "Police are looking for whoever fatally shot a man and three others at a bar."),
                FigureKind.INJURED))).isNotEqualTo("4");
    }

    @Test
    void extract_partialCounts_addUp() {
        assertThat(value(extract("", "Two men were in critical condition and two others injured after being shot on Friday."),
                FigureKind.INJURED)).isEqualTo(4);
    }

    @Test
    void extract_ageOnlyVictim_statedShotCountWins() {
        assertThat(value(extract("Four shot at an apartment in Oberlin", "A 26-year-old was wounded in the arm."),
                FigureKind.INJURED)).isEqualTo(4);
    }

    @Test
    void extract_roundUpsAndHouseNumbers_notCounted() {
        assertThat(String.valueOf(value(extract("3-year-old shot to death in Riviera Beach, pushing death toll to 49", ""),
                FigureKind.KILLED))).isNotEqualTo("49");
        assertThat(String.valueOf(value(extract("Twin brothers, 17, among 17 killed in deadliest weekend of year", ""), FigureKind.KILLED)))
                .isNotEqualTo("17");
        assertThat(String.valueOf(value(extract("Shooting on the Far East Side",
                "A man died at the scene. Sunday's attacks brought to at least 74 the number of people shot since "
                        + "Wednesday afternoon in the city, with 12 of those victims killed."), FigureKind.KILLED))).isNotEqualTo("12");
        assertThat(value(extract("Shooting on the east side", "On 11700 Robertson, one person has been killed, police said."),
                FigureKind.KILLED)).isEqualTo(1);
        assertThat(String.valueOf(value(extract("Couple found in home", "Officials said Dennie Reeves, 66 and Ginger Reeves, 64 were found dead."),
                FigureKind.KILLED))).isNotEqualTo("64");
    }

    @Test
    void extract_sufferedOrSustainedInjuries_isHurt() {
        assertThat(value(extract("Shooting after concert", "Police said two men suffered non-life threatening injuries in the shooting."),
                FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("Shooting on Main Street", "Three other people were treated at a hospital and released, police said."),
                FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("Shooting on Main Street", "Two other gunshot victims arrived at the hospital by car."),
                FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_shotAsANoun_isNotAVictim() {
        var f = extract("Two killed outside a theater", "Two men were shot and killed. A video captures at least one shot being fired.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(2);
        assertThat(String.valueOf(value(f, FigureKind.INJURED))).isNotEqualTo("1");
        assertThat(Mentions.find("He fired a second shot when the birds flew up.")).isEmpty();
    }

    @Test
    void extract_ordinalVictim_countsEveryoneHit() {
        assertThat(value(extract("Three men shot, a fourth wounded by shrapnel", ""), FigureKind.INJURED)).isEqualTo(4);
        var f = extract("", "Two men were killed and a third person was wounded in the shooting, police said.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_objectListAfterThatInjured_countsEachPerson() {
        assertThat(value(extract("", "Police seek the people responsible for a drive-by shooting that injured three adults and an "
                + "11-year-old child."), FigureKind.INJURED)).isEqualTo(4);
    }

    @Test
    void extract_objectListWithAgeOnlyPersonOrOthers_countsEachPerson() {
        assertThat(value(extract("Drive-by shooting that wounded a 7-year-old, 2 others has neighbors on edge", ""),
                FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("", "The gunman went on a rampage, killing a young woman and wounding two officers and three other "
                + "people before police shot him."), FigureKind.INJURED)).isEqualTo(5);
        // a casualty verb or a determiner is no modifier of the next item: "killing three relatives and injuring a child"
        // ages after a counted plural say who its members are
        assertThat(value(extract("", "He shot and killed his two stepsons, 17-year-old Kyle and 19-year-old Chad, in the basement."),
                FigureKind.KILLED)).isEqualTo(2);
        var f = extract("", "Bond was set for a man accused of killing three relatives and injuring a child on Sunday.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(3);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_shotCountBesideADeathInABodySentence_beatsAPartialInjuredCount() {
        // the headline gives the article's death count; the body's tally sentence names the dead and the others shot
        assertThat(value(extract("1 dead in block party shooting", "A block party erupted in violence on Saturday, leaving one "
                + "dead and 11 others shot. Police said seven were recovering at home and four remain in the hospital in stable "
                + "condition."), FigureKind.INJURED)).isEqualTo(11);
    }

    @Test
    void extract_statedShotCount_beatsVagueOrPartialInjuredCount() {
        assertThat(value(extract("Nightclub shooting", "Shots rang out at a nightclub, leaving several people injured. Police said "
                + "shots were fired inside the club, where four victims were struck."), FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("Five shot on the West Side", "Five people were shot, including one who suffered critical injuries, "
                + "on Friday evening."), FigureKind.INJURED)).isEqualTo(5);
        assertThat(value(extract("Shooting at a club", "Six people were shot outside the club. Two of the victims were treated and "
                + "released."), FigureKind.INJURED)).isEqualTo(6);
    }

    @Test
    void extract_numberBetweenQuantityAndNoun_isNotAModifier() {
        assertThat(String.valueOf(value(extract("Shooting", "Police on the scene near 1506 NW 70 St reference 5 people shot."),
                FigureKind.INJURED))).isNotEqualTo("70");
    }

    @Test
    void extract_bareNounSharingANumber_isNotAnotherPerson() {
        assertThat(value(extract("", "Five men and women were injured in a drive-by shooting outside a restaurant."),
                FigureKind.INJURED)).isEqualTo(5);
        assertThat(value(extract("", "Two men and three women were shot outside a bar."), FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void extract_upperAgeOfARange_isNotACount() {
        assertThat(String.valueOf(value(extract("Five children shot", "She was one of five children between the ages of 11 and 15 "
                + "hospitalized after the shooting."), FigureKind.INJURED))).isNotEqualTo("15");
    }

    @Test
    void extract_relatedStoryLinkAndCorrectedFirstReport_notCounted() {
        var f = extract("One dead at house party", "A party ended in gunfire, leaving one person dead and at least three injured. "
                + "Related stories 2 killed, 22 injured in shooting at a house party");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("Four people shot outside apartments", "Police had originally said that seven people were shot, "
                + "but amended that number to four people injured."), FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("Shooting", "Two separate hunting accidents Sunday morning left two injured. A boy was shot in the leg."),
                FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_recoveringOrDigitOrdinal_countsPeopleHit() {
        assertThat(value(extract("Teens recovering after accidental shooting", "Three juveniles are recovering after being hit by "
                + "buckshot from a shotgun."), FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("", "Police now say an 8th teen was injured in the weekend shooting."), FigureKind.INJURED))
                .isEqualTo(8);
        assertThat(value(extract("", "Three others were treated at the scene and released after the shooting."),
                FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void extract_oneOfAGroupWithSingularVerb_isOnePerson() {
        assertThat(String.valueOf(value(extract("Shooting", "One of two men was wounded in the shooting on Elm Street."),
                FigureKind.INJURED))).isNotEqualTo("2");
    }

    @Test
    void extract_oneOfAGroupHit_groupIsThePeopleShot() {
        var f = extract("Man dies after bar shooting", "Lee was one of five people shot during a fight at the bar. He died at the hospital.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        f = extract("", "She was one of six people who were wounded during the party. One man was killed.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(5);
        assertThat(value(extract("", "Brown was one of four people hit by gunfire near the park."), FigureKind.INJURED)).isEqualTo(4);
        f = extract("", "Police say one of five people shot outside the lounge has died.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        assertThat(value(extract("", "The DA says one of the three men shot and killed last week was a witness."), FigureKind.INJURED))
                .isNull();
    }

    @Test
    void extract_fightingForLife_isHurt() {
        var f = extract("", "Four people are dead and another is fighting for her life at a hospital.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(4);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "Two others are now fighting for their lives after the shooting."), FigureKind.INJURED))
                .isEqualTo(2);
    }

    @Test
    void extract_ordinalVictimWithTwoModifiers_countsPeopleHit() {
        assertThat(value(extract("", "Police found four victims who had been struck by gunfire. A fifth male adult victim who was "
                + "struck by gunfire was found later at a hospital."), FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void extract_shotAlongWithOthers_addsThePeopleNamedAfter() {
        var f = extract("Mother and daughter killed", "The two were shot, along with another woman, just before 1 a.m. Both died at the "
                + "scene.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "He was shot along with his brother at the party."), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("", "A man was shot along with two other men outside a store."), FigureKind.INJURED)).isEqualTo(3);
        f = extract("", "Ellis, 44, was shot along with three others around 1 a.m. Ellis died at the hospital.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void extract_earlierShootingAtTheSameScene_notCounted() {
        var f = extract("", "Four people were wounded in a Thursday afternoon shooting on a street just a block away from where five "
                + "people were wounded in a December shooting.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        var g = extract("", "Two men were shot Friday on the same block where three people were shot on Sunday.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(2);
        var h = extract("", "Police said two people were shot a block away from the bar.");
        assertThat(value(h, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_countsOverSeveralIncidents_areRoundUps() {
        assertThat(value(extract("", "Twenty people were wounded in several Fourth of July shootings."), FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "A toddler and 4 others were injured in 3 overnight shooting incidents."), FigureKind.INJURED))
                .isNull();
        assertThat(value(extract("", "Two separate county hunting accidents Sunday morning left two injured."), FigureKind.INJURED))
                .isNull();
        assertThat(value(extract("Weekend shooting death toll rises to four, 35 others wounded", ""), FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "At least 18 people were shot between Tuesday afternoon and early Wednesday."),
                FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "Three people were wounded in a shooting at a party."), FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void extract_hurtOfFeelingsOrInGeneral_isNoVictim() {
        assertThat(value(extract("", "\"This one hurt, a lot. We will find who did it,\" the chief said."), FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "Those who hurt you will face justice, her aunt wrote."), FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "There are no words to describe a child being hurt in this manner."), FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "Any time one of our students is hurt or passes away it affects the whole school."),
                FigureKind.INJURED)).isNull();
        assertThat(value(extract("", "One man was hurt in the shooting, police said."), FigureKind.INJURED)).isEqualTo(1);
        assertThat(value(extract("", "Two people were hurt."), FigureKind.INJURED)).isEqualTo(2);
        assertThat(value(extract("", "Officers say that a 17-year-old was hurt on Sunday evening."), FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_listOfHurtAgainstLargerShotCount_shotCountWins() {
        var f = extract("Man, teen critically injured in shooting at apartments",
                "A man who lives at the apartments shot three people around 2 p.m., police said.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
        var g = extract("Man, teen critically injured in shooting at apartments",
                "Two people were shot around 2 p.m., police said.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(2);
        var h = extract("Two teens critically injured in shooting", "Police said three people were shot.");
        assertThat(value(h, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_listedPeopleWithWhereTheyWere_eachCounted() {
        var f = extract("", "A 15-year-old male and a 69-year-old male in the vehicle with Johnson were also hit by gunfire, but "
                + "their injuries are not life-threatening.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
        var g = extract("6-year-old killed in drive-by shooting", "The boy was struck in the chest and later died. A 15-year-old male "
                + "and a 69-year-old male in the vehicle with him were also hit by gunfire.");
        assertThat(value(g, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(2);
        var h = extract("4 people dead after shooting", "Neighbors said a fifth person was also shot and taken from the scene.");
        assertThat(value(h, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_headlineTallyOfDeadAndWounded_beatsALargerBodyCount() {
        var f = extract("3 killed, 2 wounded in shooting at apartment", "Three people were killed and two others were wounded "
                + "Saturday at an apartment complex, deputies said. At a house party in the same area, two teens were killed and "
                + "20 people were injured.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(3);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(2);
        // without a death count in the headline a larger body count still wins ("Four wounded" written before the update)
        var g = extract("Four wounded in shooting", "Five people were wounded Saturday morning after a drive-by shooting.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void extract_headlineOfPeopleShotAndDead_statesTheWoundedAsTheirDifference() {
        var f = extract("Seven people shot outside night club; 1 dead", "Seven victims were injured, police said. One of them, "
                + "a 22-year-old man, died at the hospital.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(6);
        // a headline count without a number of its own ("Bar Shooting") states nothing
        var g = extract("Man killed in bar shooting", "Seven victims were injured, police said. One of them, a 22-year-old "
                + "man, died at the hospital.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(7);
    }

    @Test
    void extract_shotCountWithAPartHurt_losesADeathReportedElsewhere() {
        var f = extract("", "Five people were shot outside a diner and three were seriously hurt, officers said. One of the "
                + "wounded, a cook, died on Sunday.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(4);
        // the part stands when nobody died
        var g = extract("", "Five people were shot outside a diner and three were seriously hurt, officers said.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void extract_theOtherNumberedVictims_areBesidesTheDead() {
        var f = extract("", "A bartender was killed in the shooting. The other three victims remain hospitalized.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void extract_objectListWithTwoWordModifier_countsBothItems() {
        var f = extract("", "The gunman went on a rampage wounding two state police troopers and three other motorists "
                + "before he was arrested.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(5);
    }

    @Test
    void extract_reportsOfPeopleShot_countReportsNotPeople() {
        var f = extract("Drive-by shooting killed one man, injured 3 others", "A man has died after officers answered six "
                + "reports of people shot late Friday.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
    }

    @Test
    void extract_mayHaveBeenInjured_aHedgedCountStillCounts() {
        var f = extract("", "Shots rang out on Elm Street overnight, and at least three people may have been injured, officers said.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
        // a death that might have happened did not
        var g = extract("", "A man was shot in the arm. Four people might have been killed had the gun not jammed, police said.");
        assertThat(value(g, FigureKind.KILLED)).isNull();
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_gunnedDownAndMurdered_areDeaths() {
        assertThat(value(extract("", "A gunman gunned down three neighbors outside a bakery on Tuesday."), FigureKind.KILLED))
                .isEqualTo(3);
        assertThat(value(extract("", "Two brothers were gunned down in a parking lot late Friday."), FigureKind.KILLED))
                .isEqualTo(2);
        assertThat(value(extract("Man charged with murdering 2 people at a card game", ""), FigureKind.KILLED)).isEqualTo(2);
    }

    @Test
    void extract_nearlyKilled_isNoDeath() {
        var f = extract("", "Deputies shot a 60-year-old man in his barn. His son said the bullets nearly killed his father.");
        assertThat(value(f, FigureKind.KILLED)).isNull();
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_possessiveWithNumber_countsThePeople() {
        var f = extract("", "Police said a man shot his three sons on the porch before he fled.");
        assertThat(value(f, FigureKind.INJURED)).isEqualTo(3);
        assertThat(value(extract("", "Police said a man shot his son on the porch before he fled."), FigureKind.INJURED))
                .isEqualTo(1);
    }

    @Test
    void extract_pronounHitAfterADeath_isTheDeadPerson() {
        var f = extract("", "The boy died not long after he was taken to the hospital in critical condition, officers said.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(f, FigureKind.INJURED)).isNull();
        // a second person hit stays
        var g = extract("", "A woman was killed when she was struck by a stray bullet, and her brother was wounded.");
        assertThat(value(g, FigureKind.KILLED)).isEqualTo(1);
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(1);
    }

    @Test
    void extract_shootingPeopleToDeath_areDeathsNotWounded() {
        var f = extract("", "A man faces murder charges after shooting two people to death inside a motel.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(2);
        assertThat(value(f, FigureKind.INJURED)).isNull();
        var g = extract("", "A man faces assault charges after shooting two people inside a motel.");
        assertThat(value(g, FigureKind.INJURED)).isEqualTo(2);
    }

    @Test
    void extract_namedHurtBesideOneDeath_isWeakEvidence() {
        var f = extract("Teen fatally shot outside store", "A 17-year-old was fatally shot on Sunday. Corley was wounded in the "
                + "chest, police said.");
        assertThat(value(f, FigureKind.KILLED)).isEqualTo(1);
        Figure hurt = f.stream().filter(x -> x.kind() == FigureKind.INJURED).findFirst().orElseThrow();
        assertThat(hurt.confidence()).isLessThan(0.6);
        // marked as another person, the name stays a firm survivor
        var g = extract("Teen fatally shot outside store", "A 17-year-old was fatally shot on Sunday. Corley was also wounded in "
                + "the chest, police said.");
        assertThat(g.stream().filter(x -> x.kind() == FigureKind.INJURED).findFirst().orElseThrow().confidence())
                .isGreaterThanOrEqualTo(0.6);
    }
}

