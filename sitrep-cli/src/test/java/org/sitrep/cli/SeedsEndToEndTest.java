package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Incident;
import org.sitrep.testkit.Seeds;

/** The acceptance example: the five seed articles through the whole pipeline and the command line. */
class SeedsEndToEndTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Articles read from files are identified by the file name without extension. */
    static String stem(int i) {
        String f = Seeds.FILES.get(i);
        return f.substring(0, f.lastIndexOf('.'));
    }

    @Test
    void demo_noServe_findsTwoIncidentsWithTheRightMembers() {
        Path data = tmp.resolve("demo");
        Run r = run("demo", "--no-serve", "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 seed articles -> 2 incidents");
        try (Store store = Stores.open(data.resolve("store"))) {
            List<Incident> incidents = store.incidents(IncidentQuery.all(10));
            Set<Set<String>> groups = incidents.stream().map(i -> Set.copyOf(i.articleIds())).collect(Collectors.toSet());
            assertThat(groups).containsExactlyInAnyOrder(
                    Set.of(stem(0), stem(1), stem(2)), Set.of(stem(3), stem(4)));
        }
    }

    @Test
    void ingestTwice_isIdempotent_andShowListsEvidence() {
        Path seeds = Seeds.copyTo(tmp.resolve("seeds"));
        Path data = tmp.resolve("data");
        for (String f : Seeds.FILES) assertThat(seeds.resolve(f)).exists();
        String[] files = Seeds.FILES.stream().map(f -> seeds.resolve(f).toString()).toArray(String[]::new);
        String[] args = new String[files.length + 4];
        args[0] = "ingest";
        args[1] = "--data";
        args[2] = data.toString();
        args[3] = "-q";
        System.arraycopy(files, 0, args, 4, files.length);
        Run first = run(args);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("5 new");
        Run second = run(args);
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("0 new, 5 unchanged");

        Run list = run("incidents", "--data", data.toString(), "--format", "json");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().count()).isEqualTo(2);

        Run show = run("show", stem(0), "--data", data.toString());
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("articles (3").contains("<" + stem(0) + ":");

        Run missing = run("show", "no-such-incident", "--data", data.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void eval_onSeeds_printsJsonLastWithSeedChecks() {
        Path seeds = Seeds.copyTo(tmp.resolve("seeds"));
        Run r = run("eval", "--gold", seeds.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        String last = lines.getLast();
        assertThat(last).startsWith("{\"articles\":5,").contains("\"seeds_checks_passed\"").contains("\"bcubed_f1\":1.0");
    }
}
