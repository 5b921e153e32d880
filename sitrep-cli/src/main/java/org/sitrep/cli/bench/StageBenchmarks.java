package org.sitrep.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.core.cluster.Assignment;
import org.sitrep.core.cluster.ClusterInput;
import org.sitrep.core.cluster.Clusterers;
import org.sitrep.core.cluster.IncidentClusterer;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Deduplicator;
import org.sitrep.core.dedup.Deduplicators;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.extract.Extractors;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.internal.Outcome;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/**
 * JMH micro-benchmarks of one article through each stage: normalise a raw record, extract facts, dedup observe and
 * cluster assign against a state already holding {@code prefill} articles. Inputs are the first {@code articles}
 * records of {@code input} (default: the gva dev file) and, for the streaming stages, {@link Synth} copies of them
 * so that every observed article is new. The streaming state is rebuilt before each iteration so iterations are
 * comparable; its growth during one iteration (a few thousand articles) is part of what is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StageBenchmarks {

    /** Records, articles and facts of the input; shared by all benchmarks. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param("")
        public String input;
        @Param("300")
        public int articles;

        List<RawRecord> records;
        List<Article> base;
        List<ArticleFacts> facts;

        @Setup(Level.Trial)
        public void load() throws IOException {
            Path p = input == null || input.isEmpty() ? BenchInputs.defaultDataset() : Path.of(input);
            Corpus c = Corpus.load(p, articles);
            records = c.records();
            base = c.articles();
            facts = c.facts(Extractors.standard());
        }
    }

    /** A cursor over the raw records and articles for the per-article stages. */
    @State(Scope.Thread)
    public static class Cursor {
        final Normalizer normalizer = Normalizers.standard();
        final Extractor extractor = Extractors.standard();
        int i;
    }

    /** A growing dedup + cluster state and a pool of new synthetic articles to feed it. */
    @State(Scope.Benchmark)
    public static class Stream {
        @Param("2000")
        public int prefill;
        @Param("20000")
        public int pool;

        List<Article> arts;
        List<ArticleFacts> facts;
        List<DedupDecision> decisions;
        Deduplicator dedup;
        IncidentClusterer clusterer;
        int next;

        @Setup(Level.Trial)
        public void generate(Data d) {
            Synth synth = Synth.of(d.base);
            arts = new ArrayList<>(pool);
            facts = new ArrayList<>(pool);
            for (int i = 0; i < pool; i++) {
                int b = i % d.base.size();
                int k = i / d.base.size() + 1;
                arts.add(synth.article(d.base.get(b), k));
                facts.add(synth.facts(d.base.get(b), d.facts.get(b), k));
            }
            Deduplicator once = Deduplicators.standard();
            decisions = new ArrayList<>(pool);
            for (Article a : arts) decisions.add(once.observe(a));
        }

        @Setup(Level.Iteration)
        public void reset() {
            dedup = Deduplicators.standard();
            clusterer = Clusterers.standard();
            int n = Math.min(prefill, pool);
            for (int i = 0; i < n; i++) {
                dedup.restore(arts.get(i), decisions.get(i));
                clusterer.assign(new ClusterInput(arts.get(i), facts.get(i), decisions.get(i)));
            }
            next = n;
        }

        int take() {
            if (next >= arts.size()) reset();
            return next++;
        }
    }

    @Benchmark
    public Outcome<Article> normalize(Data d, Cursor c) {
        return c.normalizer.normalize(d.records.get(c.i++ % d.records.size()));
    }

    @Benchmark
    public ArticleFacts extract(Data d, Cursor c) {
        return c.extractor.extract(d.base.get(c.i++ % d.base.size()));
    }

    @Benchmark
    public DedupDecision dedupObserve(Stream s) {
        return s.dedup.observe(s.arts.get(s.take()));
    }

    @Benchmark
    public Assignment clusterAssign(Stream s) {
        int i = s.take();
        return s.clusterer.assign(new ClusterInput(s.arts.get(i), s.facts.get(i), s.decisions.get(i)));
    }
}
