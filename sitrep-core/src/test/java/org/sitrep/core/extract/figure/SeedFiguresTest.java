package org.sitrep.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;

/** The seed articles' figures as in gold.json, and none of their not_this_incident numbers. */
class SeedFiguresTest {
    private static List<Figure> figures(String prefix) throws IOException {
        List<Figure> out = Figures.standard().extract(SeedArticles.doc(prefix), List.of());
        out.forEach(f -> System.out.println(prefix + " " + f.kind() + " " + f.value() + " " + f.qualifier() + " by " + f.reportedBy()));
        return out;
    }

    private static Figure of(List<Figure> figures, FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    private static void assertFigure(List<Figure> figures, FigureKind kind, int value, Qualifier q) {
        Figure f = of(figures, kind);
        assertThat(f).as(kind.label()).isNotNull();
        assertThat(f.value()).as(kind.label()).isEqualTo(value);
        assertThat(f.qualifier()).as(kind.label()).isEqualTo(q);
    }

    @Test
    void extract_seed000_tenKilledMoreThanFortyInjured() throws IOException {
        List<Figure> f = figures("000");
        assertFigure(f, FigureKind.KILLED, 10, Qualifier.AT_LEAST);
        assertFigure(f, FigureKind.INJURED, 40, Qualifier.MORE_THAN);
        assertThat(of(f, FigureKind.KILLED).reportedBy()).containsIgnoringCase("governor");
    }

    @Test
    void extract_seed001_twoKilledTwentyInjured() throws IOException {
        List<Figure> f = figures("001");
        assertFigure(f, FigureKind.KILLED, 2, Qualifier.AT_LEAST);
        assertFigure(f, FigureKind.INJURED, 20, Qualifier.EXACT);
        assertThat(of(f, FigureKind.KILLED).reportedBy()).containsIgnoringCase("officials");
    }

    @Test
    void extract_seed002_eighteenKilledTwentyOneMissing() throws IOException {
        List<Figure> f = figures("002");
        assertFigure(f, FigureKind.KILLED, 18, Qualifier.AT_LEAST);
        assertFigure(f, FigureKind.MISSING, 21, Qualifier.EXACT);
        assertThat(of(f, FigureKind.INJURED)).isNull();
    }

    @Test
    void extract_seeds003and004_oneKilledThreeInjured() throws IOException {
        for (String seed : List.of("003", "004")) {
            List<Figure> f = figures(seed);
            assertFigure(f, FigureKind.KILLED, 1, Qualifier.AT_LEAST);
            assertFigure(f, FigureKind.INJURED, 3, Qualifier.EXACT);
        }
    }

    @Test
    void candidates_seeds_leaveOutOtherIncidents() throws IOException {
        CasualtyExtractor ex = new CasualtyExtractor();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (var c : ex.candidates(SeedArticles.doc(seed), List.of())) {
                int v = c.mention().quantity().value();
                assertThat(v).as(seed + ": " + c.evidence().sentence())
                        .isNotIn(6, 31, 5, 600, 59, 217_000, 4, 205, 30, 36, 100, 1000);
                if (seed.equals("000") && c.count() == Mentions.Count.KILLED) {
                    assertThat(v).as("Kharkiv rockets: " + c.evidence().sentence()).isNotEqualTo(2);
                }
            }
        }
    }
}
