package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Article;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/** Event types, weapons, targets, perpetrators, claims and references on synthetic text. */
class FactsTest {
    private static List<Fact> extract(String title, String text) {
        Article a = new Article("t1", title, text, LocalDate.of(2024, 6, 10), null, null, null, "en", "", "test", Map.of());
        return Facts.standard().extract(Doc.of(a));
    }

    private static List<Fact> of(List<Fact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    private static String type(String title, String text) {
        List<Fact> t = of(extract(title, text), FactKind.EVENT_TYPE);
        return t.isEmpty() ? null : t.get(0).value();
    }

    @Test
    void extract_eventTypes_matchTaxonomy() {
        assertThat(type("Missile strike hits apartment block", "Rockets hit the city overnight."))
                .isEqualTo("Explosions/Remote violence|Shelling/artillery/missile attack");
        assertThat(type("Airstrike on village", "Warplanes bombed the market.")).isEqualTo("Explosions/Remote violence|Air/drone strike");
        assertThat(type("Roadside bomb kills two", "An IED exploded near a patrol."))
                .isEqualTo("Explosions/Remote violence|Remote explosive/landmine/IED");
        assertThat(type("Man shot dead outside bar", "A gunman opened fire on Sunday.")).isEqualTo("Shooting|Gun violence");
        assertThat(type("Boy accidentally shot by brother", "The boy was hurt.")).isEqualTo("Shooting|Accidental shooting");
        assertThat(type("Bus crash kills 12", "The bus overturned on a highway.")).isEqualTo("Accident|Traffic accident");
        assertThat(type("Magnitude 6 earthquake strikes", "The quake toppled homes.")).isEqualTo("Disaster|Earthquake");
        assertThat(type("Protesters rally downtown", "Thousands of demonstrators marched.")).isEqualTo("Protests|Peaceful protest");
        assertThat(type("Clashes between army and rebels", "Fighting between the two sides continued."))
                .isEqualTo("Battles|Armed clash");
        assertThat(type("Weather", "It was sunny.")).isNull();
        assertThat(of(extract("Missile strike", "x"), FactKind.EVENT_TYPE).get(0).evidence().end()).isGreaterThan(0);
    }

    @Test
    void extract_eventTypes_beyondGunViolence() {
        assertThat(type("", "A fire destroyed the old dairy warehouse early Tuesday. No one was hurt.")).isEqualTo("Disaster|Fire");
        assertThat(type("Church damaged by arson", "Investigators suspect an arsonist.")).isEqualTo("Disaster|Fire");
        assertThat(type("", "A woman was killed in a hit and run outside a store. The driver fled.")).isEqualTo("Accident|Traffic accident");
        assertThat(type("", "A pedestrian was struck and killed by a motorist on Main Street.")).isEqualTo("Accident|Traffic accident");
        assertThat(type("", "A deputy was gunned down outside his home.")).isEqualTo("Shooting|Gun violence");
        assertThat(type("", "The gunman opened fire at the bar.")).isEqualTo("Shooting|Gun violence"); // no fire at a bar
    }

    @Test
    void extract_eventTypes_wordsOfOtherSensesTypeNothing() {
        assertThat(type("Mob boss dies in prison", "The mob boss was 77.")).isNull();
        assertThat(type("Browser flaw patched", "The flaw was accidentally made public last week.")).isNull();
        assertThat(type("", "The gun accidentally went off while he cleaned it.")).isEqualTo("Shooting|Accidental shooting");
    }

    @Test
    void extract_weapons_modelsAndNouns() {
        List<Fact> f = of(extract("", "The city was struck by Kh-22 missiles fired from Tu-22M3 bombers. "
                + "Police found a handgun, a shotgun and a knife."), FactKind.WEAPON);
        assertThat(f).extracting(Fact::value).contains("Kh-22 missiles", "Tu-22M3 bombers", "handgun", "shotgun", "knife");
    }

    @Test
    void extract_targetsAndPerpetrators_fromAttackSentences() {
        List<Fact> f = extract("Russian missile strike hits hospital", "The shelling also hit a train station. "
                + "A gunman opened fire at a school.");
        assertThat(of(f, FactKind.TARGET)).extracting(Fact::value).contains("hospital", "train station", "school");
        assertThat(of(f, FactKind.PERPETRATOR)).extracting(Fact::value).contains("Russian forces", "gunman");
    }

    @Test
    void extract_targets_carryTheNameOrPlaceTheTextGives() {
        List<Fact> f = of(extract("", "A missile hit the Velmart shopping mall on Monday. Rockets struck a low-rise apartment "
                + "building on Lesya Street. Shelling hit a school in the centre of Velgrad. A drone hit a hospital in Velgrad."),
                FactKind.TARGET);
        assertThat(f).extracting(Fact::role, Fact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shopping mall", "Velmart shopping mall"),
                org.assertj.core.groups.Tuple.tuple("apartment building", "low-rise apartment building on Lesya Street"),
                org.assertj.core.groups.Tuple.tuple("school", "school in the centre of Velgrad"),
                org.assertj.core.groups.Tuple.tuple("hospital", "hospital"));
        assertThat(f).allSatisfy(t -> assertThat(t.evidence().sentence()).contains(t.value()));
    }

    @Test
    void extract_targets_namedMentionElsewhereNamesTheKind() {
        List<Fact> f = of(extract("Strike on mall", "A missile struck a shopping mall. Crowds had filled the Velmart mall before."),
                FactKind.TARGET);
        assertThat(f).extracting(Fact::value).containsExactly("Velmart mall");
    }

    @Test
    void extract_perpetrators_namedGroups() {
        List<Fact> f = of(extract("", "Fighters of the Wagner Group attacked the village. Police said Crips gang members "
                + "opened fire. A support group said the attack was cruel."), FactKind.PERPETRATOR);
        assertThat(f).extracting(Fact::value).contains("Wagner Group", "Crips gang").doesNotContain("support group");
    }

    @Test
    void extract_claimsAndDenials_withSpeaker() {
        List<Fact> f = of(extract("", "Governor Ana Lis said the strike was a deliberate attack on civilians. "
                + "The Russian Defence Ministry denied striking the market. It said the building was not operating."), FactKind.CLAIM);
        assertThat(f).anySatisfy(c -> {
            assertThat(c.attributedTo()).isEqualTo("Ana Lis");
            assertThat(c.role()).isEqualTo("accusation");
            assertThat(c.value()).isEqualTo("the strike was a deliberate attack on civilians");
        });
        assertThat(f).filteredOn(c -> "denial".equals(c.role())).extracting(Fact::attributedTo)
                .containsOnly("Russia's defence ministry");
        assertThat(f).filteredOn(c -> c.value().equals("the building was not operating")).singleElement().satisfies(c -> {
            assertThat(c.attributedTo()).isEqualTo("Russia's defence ministry");
            assertThat(c.role()).isEqualTo("denial");
            assertThat(c.evidence().sentence()).isEqualTo("It said the building was not operating.");
        });
    }

    @Test
    void extract_claims_trailingAndAccordingToAttribution() {
        List<Fact> f = of(extract("", "Two men were shot outside the bar, police said on Sunday. "
                + "The gunman fled on foot, according to the Velgrad County Sheriff's Office. "
                + "“The attack was cowardly,” said Mayor Ann Rowe. Officials said it was sunny."), FactKind.CLAIM);
        assertThat(f).extracting(Fact::attributedTo, Fact::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("police", "Two men were shot outside the bar"),
                org.assertj.core.groups.Tuple.tuple("sheriff's office", "The gunman fled on foot"),
                org.assertj.core.groups.Tuple.tuple("Ann Rowe", "The attack was cowardly"));
        assertThat(f).allSatisfy(c -> assertThat(c.evidence().sentence()).contains(c.value()));
    }

    @Test
    void extract_claims_surnameTakesTheFullNameAndStances() {
        List<Fact> f = of(extract("", "President Ivan Petrenko visited the site. Petrenko accused the rebels of a war crime. "
                + "The group claimed responsibility for the attack, its leader said. Mr Petrenko said the army was not "
                + "behind the attack."), FactKind.CLAIM);
        assertThat(f).extracting(Fact::attributedTo).contains("Ivan Petrenko");
        assertThat(f).extracting(Fact::role).contains("accusation", "responsibility", "denial");
    }

    @Test
    void extract_references_labelWithPlaceTargetAndTime() {
        List<Fact> f = of(extract("", "The attack recalled one in March on a Velgrad theatre, and a missile strike on the "
                + "city's train station last April that killed 50."), FactKind.REFERENCE);
        assertThat(f).extracting(Fact::value).contains("Velgrad theatre strike (March 2024)", "train station strike (April 2023)");
    }

    @Test
    void extract_referenceToTheCitys_namesTheLeadPlace() {
        List<Fact> f = of(extract("", "A rocket hit a market in the centre of Velgrad on Monday, killing two. A missile strike on "
                + "the city's train station last April killed 50."), FactKind.REFERENCE);
        assertThat(f).extracting(Fact::value).contains("Velgrad train station strike (April 2023)");
    }

    @Test
    void extract_noReferenceForThisMonth() {
        assertThat(of(extract("", "A missile hit the station in June, killing two."), FactKind.REFERENCE)).isEmpty();
    }

    @Test
    void extract_people_victimSuspectOfficialWitness() {
        List<Fact> f = of(extract("Man killed in shooting on Elm Street", "John A. Doe, 25, was shot and killed outside a bar on "
                + "Elm Street on Sunday. Police arrested Mark Roe, 31, of Velgrad. Roe was charged with murder. "
                + "\"It was chaos,\" said neighbor Ann Smith. Sgt. Paul Kerr said the investigation continues."), FactKind.PERSON);
        assertThat(f).extracting(Fact::value, Fact::role).contains(
                org.assertj.core.groups.Tuple.tuple("John A. Doe", "victim"),
                org.assertj.core.groups.Tuple.tuple("Mark Roe", "suspect"),
                org.assertj.core.groups.Tuple.tuple("Ann Smith", "witness"),
                org.assertj.core.groups.Tuple.tuple("Paul Kerr", "official"));
        assertThat(f).extracting(Fact::value).doesNotContain("Elm Street", "Man Killed");
    }
}
