package org.sitrep.core.extract.fact;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.FactExtractor;
import org.sitrep.model.Fact;

/**
 * The standard {@link FactExtractor}: event type (first, when one is found), then weapons, targets,
 * perpetrators, named people with roles, claims and references to other incidents. Thread-safe (stateless).
 */
final class StandardFacts implements FactExtractor {
    /** Body sentences after the title that count as the lead. */
    static final int LEAD = 3;

    @Override
    public List<Fact> extract(Doc doc) {
        List<Fact> out = new ArrayList<>();
        Fact type = EventTypes.classify(doc, LEAD);
        if (type != null) out.add(type);
        out.addAll(Entities.find(doc, LEAD));
        out.addAll(People.find(doc));
        out.addAll(Claims.claims(doc));
        out.addAll(References.references(doc));
        return out;
    }
}
