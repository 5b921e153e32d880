package org.sitrep.core.extract.time;

import java.time.LocalDate;
import org.sitrep.core.extract.DateExtractor;
import org.sitrep.model.Article;

/** Factories for the incident-date extractor. */
public final class IncidentDates {
    private IncidentDates() {
    }

    /**
     * The default extractor: the date of the article's main incident from the time expressions in its
     * event sentences, resolved against the publication date (or, for undated articles, against a date
     * inferred from the text or URL), chosen among them and the publication date and the day before by a
     * small fitted model ({@code DateModel}); a date no expression names comes with low confidence. Thread-safe.
     */
    public static DateExtractor standard() {
        return new IncidentDateExtractor();
    }

    /**
     * When the article was filed: the earliest of its publication date, the date in its own URL path and, for a
     * web-archive snapshot, the day it was captured (a crawler dates archived copies months or years after the
     * story, and a page cannot be captured before it is published); null when it has no publication date.
     * Thread-safe.
     */
    public static LocalDate filed(Article article) {
        return IncidentDateExtractor.filed(article);
    }
}
