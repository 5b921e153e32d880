package org.sitrep.core.cluster;

import java.util.List;
import java.util.Map;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;

/** Helpers for unit tests of the link model's pair features. */
final class FeatureProbe {
    private FeatureProbe() {
    }

    /** An undated, untitled article with no extracted facts and no copy. */
    static ClusterInput input(String id, String text) {
        Article a = new Article(id, "", text, null, null, null, null, "en", null, "test", Map.of());
        return new ClusterInput(a, ArticleFacts.empty(id), DedupDecision.original(id));
    }

    /** The value of the feature called {@code name} ({@link LinkModel#NAMES}) in {@code f}. */
    static double feature(double[] f, String name) {
        return f[List.of(LinkModel.NAMES).indexOf(name)];
    }
}
