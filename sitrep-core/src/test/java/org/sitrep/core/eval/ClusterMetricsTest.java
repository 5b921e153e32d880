package org.sitrep.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
    private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

    @Test
    void evaluate_splitAndMerge_matchesHandComputedScores() {
        // score.py example 1: gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
        var r = ClusterMetrics.evaluate(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y"));
        assertThat(r.all().bcubedP()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(r.all().bcubedR()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(r.all().bcubedF1()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(r.all().pairF1()).isCloseTo(0.5, within(1e-12));
        assertThat(r.all().predClusters()).isEqualTo(2);
        assertThat(r.all().goldClusters()).isEqualTo(2);
    }

    @Test
    void evaluate_allSingletons_pairPrecisionIsOneByConvention() {
        var r = ClusterMetrics.evaluate(GOLD, Map.of("a", "a", "b", "b", "c", "c", "d", "d", "e", "e"));
        assertThat(r.all().bcubedP()).isEqualTo(1.0);
        assertThat(r.all().bcubedR()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(r.all().bcubedF1()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(r.all().pairP()).isEqualTo(1.0);
        assertThat(r.all().pairF1()).isEqualTo(0.0);
    }

    @Test
    void evaluate_missingAndUnknown_missingScoredAsSingleton() {
        // score.py example 5: e missing, z unknown; predicted {a,b,c,d} {e}.
        var r = ClusterMetrics.evaluate(GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "x", "z", "x"));
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.unknown()).isEqualTo(1);
        assertThat(r.all().bcubedP()).isCloseTo(7.0 / 10, within(1e-12));
        assertThat(r.all().bcubedR()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(r.all().pairP()).isCloseTo(0.5, within(1e-12));
        assertThat(r.all().pairR()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void evaluate_goldSingletonMergedIn_multiIgnoresIt() {
        var gold = Map.of("a", "G1", "b", "G1", "s", "G2");
        var r = ClusterMetrics.evaluate(gold, Map.of("a", "x", "b", "x", "s", "x"));
        assertThat(r.multi().n()).isEqualTo(2);
        assertThat(r.multi().pairF1()).isEqualTo(1.0);
        assertThat(r.all().pairP()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void evaluate_empty_zeroes() {
        var r = ClusterMetrics.evaluate(Map.of(), Map.of());
        assertThat(r.all().n()).isZero();
        assertThat(r.all().bcubedF1()).isZero();
    }
}
