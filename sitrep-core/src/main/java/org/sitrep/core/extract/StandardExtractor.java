package org.sitrep.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Figure;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Place;

/**
 * Runs the date, place, figure and fact extractors over one shared {@link Doc} and stamps each figure
 * with its as-of date: the publication date, else the inferred incident date. Thread-safe when its parts are.
 */
public final class StandardExtractor implements Extractor {
    private final DateExtractor dates;
    private final PlaceExtractor places;
    private final FigureExtractor figures;
    private final FactExtractor facts;

    public StandardExtractor(DateExtractor dates, PlaceExtractor places, FigureExtractor figures, FactExtractor facts) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.places = Objects.requireNonNull(places, "places");
        this.figures = Objects.requireNonNull(figures, "figures");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    @Override
    public ArticleFacts extract(Article article) {
        Doc doc = Doc.of(article);
        IncidentDate date = dates.extract(doc);
        List<Place> placeList = places.extract(doc);
        LocalDate asOf = article.published() != null ? article.published() : date == null ? null : date.date();
        List<Figure> figs = new ArrayList<>();
        for (Figure f : figures.extract(doc, placeList)) {
            figs.add(f.asOf() != null ? f : new Figure(f.kind(), f.value(), f.upper(), f.qualifier(), f.reportedBy(),
                    asOf, f.evidence(), f.confidence()));
        }
        return new ArticleFacts(article.id(), date, placeList, figs, facts.extract(doc));
    }
}
