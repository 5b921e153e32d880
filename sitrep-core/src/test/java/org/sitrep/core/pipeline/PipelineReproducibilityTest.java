package org.sitrep.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.cluster.Assignment;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.Clusterers;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.eval.StreamOrder;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Incident;

/**
 * Two runs of the pipeline over the same records in the same order, into two fresh stores, give the same
 * result: the same trace (per record: the stored id and put status, the dedup decision and the clusterer's
 * assignment) and the same incidents with the same facts. Thread timing must not reach the result, so the two
 * runs take its two extremes: one worker that hands over one record at a time, with a commit after every
 * article, so that the worker finds in the store nearly everything that came before; and four workers whose
 * look-ups in the store never find anything (as when the sequencer has not committed yet). Skips when ../shared is absent. With {@code -Dsitrep.trace=FILE}
 * the first run's trace is also written to FILE, to diff runs in separate JVMs ({@code -Dsitrep.trace.n=N}
 * articles).
 */
class PipelineReproducibilityTest {
    /** The first articles of gva-dev in eval stream order: enough for duplicates, revisions and merges. */
    private static final int GVA_ARTICLES = Integer.getInteger("sitrep.trace.n", 600);

    @Test
    void run_gvaDevPrefixWithBlindWorkers_sameTraceAndIncidents(@TempDir Path dir) throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path file = shared == null ? null : Path.of(shared, "datasets", "gva-dev.jsonl");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file), "skipped: ../shared/datasets/gva-dev.jsonl is absent");
        List<GoldItem> items = StreamOrder.of(GoldLoader.load(file, new ArrayList<>()));
        items = withCopies(items.subList(0, Math.min(GVA_ARTICLES, items.size())));
        Run a = run(dir.resolve("a"), items, 1, false);
        String out = System.getProperty("sitrep.trace");
        if (out != null) {
            List<String> lines = new ArrayList<>(a.trace);
            a.incidents.forEach((k, v) -> lines.add(k + " " + v));
            Files.write(Path.of(out), lines);
        }
        Run b = run(dir.resolve("b"), items, 4, true);
        assertSame(a, b);
        assertThat(a.incidents).hasSizeGreaterThan(100);
        // the copies report the id their content is stored under, the records whose reported id once depended on timing
        assertThat(a.trace).filteredOn(l -> l.startsWith("record ") && l.split(" ")[1].endsWith("-copy"))
                .hasSize(3).allMatch(l -> l.endsWith(" UNCHANGED") && !l.split(" ")[1].equals(l.split(" ")[3]));
    }

    /**
     * The prefix with exact copies of three of its articles re-sent later under new record ids (as a crawler
     * re-sends a page under a second address): the records whose reported stored id once depended on timing.
     */
    static List<GoldItem> withCopies(List<GoldItem> prefix) {
        List<GoldItem> out = new ArrayList<>(prefix);
        List<GoldItem> texts = prefix.stream().filter(g -> g.record().text() != null && g.record().text().length() > 500).toList();
        for (int k = 1; k <= 3 && texts.size() > 3; k++) {
            GoldItem g = texts.get(k * texts.size() / 4);
            RawRecord r = g.record();
            RawRecord copy = new RawRecord(r.source(), r.location(), r.id() + "-copy", r.title(), r.text(), r.html(), r.date(),
                    r.url(), r.lang(), r.extra());
            out.add(Math.min(out.size(), out.indexOf(g) + 1 + out.size() / 8), new GoldItem(copy, g.eventId(), g.facts(), g.timexes()));
        }
        return out;
    }

    static void assertSame(Run a, Run b) {
        List<String> ta = a.trace;
        List<String> tb = b.trace;
        for (int i = 0; i < Math.min(ta.size(), tb.size()); i++) {
            assertThat(tb.get(i)).as("trace line %d", i).isEqualTo(ta.get(i));
        }
        assertThat(tb).hasSameSizeAs(ta);
        assertThat(b.incidents).isEqualTo(a.incidents);
    }

    /** What one run produced. */
    record Run(List<String> trace, Map<String, String> incidents) {
    }

    /** The store as a worker sees it before anything is committed: {@code findExisting} finds nothing. */
    private static Store blindWorkers(Store real) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findExisting") && Thread.currentThread().getName().startsWith("sitrep-worker-")) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /**
     * Runs the pipeline, committing after every article; {@code blindWorkers}: the workers' look-ups in the store
     * find nothing, else one worker hands over one record at a time.
     */
    static Run run(Path dir, List<GoldItem> items, int workers, boolean blindWorkers) {
        List<String> trace = new ArrayList<>();
        IncidentClusterer standard = Clusterers.standard();
        IncidentClusterer traced = new IncidentClusterer() {
            @Override
            public Assignment assign(ClusterInput in) {
                Assignment out = standard.assign(in);
                synchronized (trace) {
                    trace.add("assign " + in.article().id() + " dedup=" + in.dedup() + " -> " + out);
                }
                return out;
            }

            @Override
            public void restore(ClusterInput in, String incidentId) {
                standard.restore(in, incidentId);
            }
        };
        PipelineListener listener = new PipelineListener() {
            @Override
            public void onRecord(String recordId, String stored, Store.PutStatus status) {
                synchronized (trace) {
                    trace.add("record " + recordId + " -> " + stored + " " + status);
                }
            }
        };
        Map<String, String> incidents = new LinkedHashMap<>();
        try (Store store = Stores.open(dir)) {
            Store seen = blindWorkers ? blindWorkers(store) : store;
            try (Pipeline p = Pipeline.builder().defaults().clusterer(traced).store(seen).workers(workers).batchSize(1)
                    .queueCapacity(blindWorkers ? 256 : 1)
                    .listener(listener).build()) {
                for (GoldItem g : items) p.accept(g.record());
                p.finish();
            }
            for (GoldItem g : items) {
                String inc = store.incidentOf(g.id()).orElse(null);
                if (inc == null || incidents.containsKey(inc)) continue;
                Incident i = store.incident(inc).orElseThrow();
                incidents.put(inc, canonical(i));
            }
        }
        return new Run(trace, incidents);
    }

    /** The incident as JSON with map keys sorted (immutable maps iterate in a per-JVM order). */
    private static String canonical(Incident i) {
        try {
            return JSON.writeValueAsString(JSON.readValue(org.sitrep.core.store.internal.Json.write(i), Object.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
