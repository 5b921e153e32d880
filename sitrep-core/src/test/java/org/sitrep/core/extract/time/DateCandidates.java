package org.sitrep.core.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.extract.Doc;
import org.sitrep.model.Precision;

/**
 * For measurement tests outside this package: the days the incident-date extractor weighs for one article. Its
 * options are the days {@link DateModel} chooses among (each with a best expression); its resolved days are all the
 * day-precision dates that time expressions anywhere in the article (not only the leading sentences the extractor
 * reads) resolve to against the extractor's anchor, chosen or not.
 */
public final class DateCandidates {
    /** The options' days and every resolved day of one article. */
    public record Days(Set<LocalDate> options, Set<LocalDate> resolved) {
    }

    private DateCandidates() {
    }

    public static Days of(Doc doc) {
        IncidentDateExtractor.Analysis a = IncidentDateExtractor.analyse(doc);
        Set<LocalDate> options = new TreeSet<>();
        for (DateModel.Option o : a.options()) if (o.best() != null) options.add(o.date());
        Set<LocalDate> resolved = new TreeSet<>(options);
        List<Timex> found = a.anchor() == null ? a.found() : TimeExpressions.find(doc.text(), a.anchor());
        if (found != null) {
            for (Timex t : found) {
                Candidate c = Candidate.of(t);
                if (c != null && c.precision() == Precision.DAY) resolved.add(c.date());
            }
        }
        return new Days(options, resolved);
    }
}
