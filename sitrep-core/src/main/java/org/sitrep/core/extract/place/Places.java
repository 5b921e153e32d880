package org.sitrep.core.extract.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.extract.Doc;
import org.sitrep.core.extract.PlaceExtractor;
import org.sitrep.model.Place;

/** Factories for the place extractor. */
public final class Places {
    private Places() {
    }

    /**
     * The default extractor over the built-in {@link Gazetteer#standard() gazetteer} (loaded once, on the
     * first article, in about a second). Returns the incident's place first (role INCIDENT), then the other
     * places in order of first mention, one per resolved place. Thread-safe.
     */
    public static PlaceExtractor standard() {
        return new Standard(null);
    }

    /** The default extractor over a given gazetteer. Thread-safe. */
    public static PlaceExtractor using(Gazetteer gazetteer) {
        return new Standard(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /**
     * True when {@code inner} lies inside {@code outer}, a county or region of the built-in gazetteer ("Ringgold"
     * in "Catoosa County"); false for places the gazetteer does not know by their ids. Loads the gazetteer on
     * first use. Thread-safe.
     */
    public static boolean within(Place inner, Place outer) {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(outer, "outer");
        if (outer.gazetteerId() == null || !outer.gazetteerId().startsWith("census-county:") && !outer.gazetteerId().startsWith("iso3166-2:")) {
            return false; // a town or a country: nothing to look up
        }
        return Gazetteer.standard().within(inner.name(), inner.gazetteerId(), outer.name(), outer.gazetteerId());
    }

    /** Finds mentions, then resolves them; the standard gazetteer is loaded on first use. */
    private static final class Standard implements PlaceExtractor {
        private final Gazetteer given;
        private volatile MentionFinder finder;
        private volatile Resolver resolver;

        Standard(Gazetteer given) {
            this.given = given;
        }

        @Override
        public List<Place> extract(Doc doc) {
            Objects.requireNonNull(doc, "doc");
            if (finder == null) {
                synchronized (this) {
                    if (finder == null) {
                        Gazetteer g = given != null ? given : Gazetteer.standard();
                        resolver = new Resolver(g);
                        finder = new MentionFinder(g);
                    }
                }
            }
            return resolver.resolve(doc, finder.find(doc));
        }
    }
}
