package org.sitrep.cli.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks of this package in-process with JMH's {@link Runner}. The benchmark list is the
 * {@code META-INF/BenchmarkList} that the annotation processor writes into the CLI jar; forks inherit this JVM's
 * class path and flags.
 */
public final class Jmh {
    private Jmh() {
    }

    /**
     * Runs the benchmarks matching {@code regex} (all of this package when blank) with extra JMH command-line
     * options (e.g. {@code -f 0 -wi 1 -i 1 -r 1s}); returns the primary score of each benchmark by label
     * ({@code "StageBenchmarks.extract"}), with its 99.9% error when JMH gives one, and its unit.
     */
    public static Map<String, String> run(String regex, List<String> jmhArgs) throws Exception {
        List<String> args = new ArrayList<>(jmhArgs);
        args.add(regex == null || regex.isBlank() ? StageBenchmarks.class.getPackageName() + "\\..*" : regex);
        Collection<RunResult> results = new Runner(new CommandLineOptions(args.toArray(String[]::new))).run();
        Map<String, String> out = new LinkedHashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            var s = r.getPrimaryResult();
            double err = s.getScoreError();
            out.put(label, Double.isNaN(err)
                    ? String.format(java.util.Locale.ROOT, "%.1f %s", s.getScore(), s.getScoreUnit())
                    : String.format(java.util.Locale.ROOT, "%.1f ± %.1f %s", s.getScore(), err, s.getScoreUnit()));
        }
        return out;
    }
}
