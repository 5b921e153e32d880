package org.sitrep.core.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.figure.SeedArticles;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;

/** Event types, claims and references of the seed articles against gold.json. */
class SeedFactsTest {
    private static List<Fact> facts(String prefix) throws IOException {
        List<Fact> out = Facts.standard().extract(SeedArticles.doc(prefix));
        out.forEach(f -> System.out.println(prefix + " " + f.kind() + " [" + f.role() + "] " + f.value()
                + (f.attributedTo() == null ? "" : " <- " + f.attributedTo())));
        return out;
    }

    private static List<Fact> of(List<Fact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void extract_kremenchukSeeds_missileStrike() throws IOException {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            List<Fact> type = of(facts(seed), FactKind.EVENT_TYPE);
            assertThat(type).as(seed).hasSize(1);
            assertThat(type.get(0).value()).as(seed)
                    .isEqualTo("Explosions/Remote violence|Shelling/artillery/missile attack");
        }
    }

    @Test
    void extract_seeds_bothGoldClaimsFound() throws IOException {
        List<Fact> claims = new java.util.ArrayList<>();
        for (String seed : List.of("000", "001", "002")) claims.addAll(of(facts(seed), FactKind.CLAIM));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.attributedTo()).isEqualTo("Volodymyr Zelensky");
            assertThat(c.role()).isIn("assertion", "accusation");
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.attributedTo()).containsAnyOf("Putin", "Russia", "Kremlin", "defence ministry", "Konashenkov");
            assertThat(c.role()).isEqualTo("denial");
        });
    }

    @Test
    void extract_seeds_weaponsTargetsPerpetrator() throws IOException {
        List<Fact> f000 = facts("000");
        assertThat(of(f000, FactKind.WEAPON)).extracting(Fact::value).contains("Tu-22M3 long-range bombers", "missile");
        assertThat(of(f000, FactKind.TARGET)).extracting(Fact::value).contains("shopping mall");
        assertThat(of(f000, FactKind.PERPETRATOR)).extracting(Fact::value).contains("Russian forces");
        assertThat(of(facts("002"), FactKind.TARGET)).extracting(Fact::role, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("shopping mall", "Amstor shopping mall"),
                org.assertj.core.groups.Tuple.tuple("industrial site", "Kredmash factory"));
        assertThat(of(facts("003"), FactKind.TARGET)).extracting(Fact::role, Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("apartment building", "apartment building in the centre of Kramatorsk"));
        assertThat(of(facts("003"), FactKind.TARGET)).filteredOn(t -> !t.value().equals(t.role()))
                .allSatisfy(t -> assertThat(t.evidence().sentence()).contains(t.value()));
    }

    @Test
    void extract_seeds_referencesToEarlierStrikes() throws IOException {
        assertThat(of(facts("000"), FactKind.REFERENCE)).extracting(Fact::value)
                .contains("Mariupol theatre strike (March 2022)", "Kramatorsk train station strike (April 2022)");
        assertThat(of(facts("003"), FactKind.REFERENCE)).extracting(Fact::value)
                .anySatisfy(v -> assertThat(v).contains("Kramatorsk train station strike (April"));
    }
}
