package org.sitrep.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.eval.GoldItem;
import org.sitrep.core.eval.GoldLoader;
import org.sitrep.core.eval.StreamOrder;
import org.sitrep.core.extract.Extractor;
import org.sitrep.core.ingest.RawRecord;
import org.sitrep.core.internal.Outcome;
import org.sitrep.core.normalize.Normalizer;
import org.sitrep.core.normalize.Normalizers;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Problem;

/**
 * A benchmark input: the raw records of a JSONL dataset in stream order (by date, as the peers feed them) and the
 * articles that normalise cleanly, optionally capped to the first {@code limit}.
 */
public record Corpus(List<RawRecord> records, List<Article> articles) {
    public Corpus {
        records = List.copyOf(records);
        articles = List.copyOf(articles);
    }

    /** Loads and normalises {@code file}; {@code limit <= 0} keeps everything. */
    public static Corpus load(Path file, int limit) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<GoldItem> items = StreamOrder.of(GoldLoader.load(file, problems));
        if (limit > 0 && items.size() > limit) items = items.subList(0, limit);
        Normalizer normalizer = Normalizers.standard();
        List<RawRecord> records = new ArrayList<>(items.size());
        List<Article> articles = new ArrayList<>(items.size());
        for (GoldItem g : items) {
            records.add(g.record());
            Outcome<Article> o = normalizer.normalize(g.record());
            if (o.isOk()) articles.add(o.value());
        }
        return new Corpus(records, articles);
    }

    /** Extracted facts for every article, in order (one thread). */
    public List<ArticleFacts> facts(Extractor extractor) {
        List<ArticleFacts> out = new ArrayList<>(articles.size());
        for (Article a : articles) out.add(extractor.extract(a));
        return out;
    }
}
