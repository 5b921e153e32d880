package org.sitrep.core.normalize;

import org.sitrep.core.internal.Outcome;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/** Placeholder until the normalise stage lands. */
public final class Normalizers {
    private Normalizers() {
    }

    public static Normalizer standard() {
        return r -> r.text() == null || r.text().isBlank()
                ? Outcome.failed(new Problem(r.source(), r.location(), "no article text"))
                : Outcome.ok(new Article(r.id(), r.title(), r.text(), null, r.url(), r.url(), null, "und",
                        Integer.toHexString(r.text().hashCode()), r.source(), r.extra()));
    }
}
