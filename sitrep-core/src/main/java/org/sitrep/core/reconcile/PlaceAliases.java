package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.extract.place.Places;
import org.sitrep.core.internal.Possessives;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

/**
 * The other names the member articles give an incident's decided place: the text at the evidence of each article's
 * incident place where they resolved it to the decided one (a place an article only mentions is more often a misreading:
 * "Google" read as Topeka's old nickname) (the same gazetteer id, or for a place the gazetteer lacks the same name, region and country) that
 * is not the place's own name and that the gazetteer lists as one of its names ("Kiev" for the gazetteer's "Kyiv"; not
 * the county name a seat's evidence cites, nor the outlet an outlet's usual place cites). A dateline's capitals read in title case
 * ("KIEV" is "Kiev"), a possessive without its "'s"; at most {@link #MAX} names, first seen first. Stateless.
 */
final class PlaceAliases {
    /** The most names listed: a place is rarely spelled more ways, and a long list is noise. */
    static final int MAX = 8;
    /** A longer span is a phrase around the name, not a name. */
    private static final int MAX_LENGTH = 60;

    private PlaceAliases() {
    }

    static List<String> of(Place decided, List<Member> members) {
        if (decided == null) return List.of();
        Map<String, String> names = new LinkedHashMap<>();
        String own = decided.name().toLowerCase(Locale.ROOT);
        for (Member m : members) {
            String text = null; // built only for an article whose incident place is the decided one
            for (Place p : m.facts().places()) {
                if (p.role() != Place.Role.INCIDENT || !samePlace(p, decided)) continue;
                if (text == null) text = m.article().fullText();
                String name = surface(text, p.evidence());
                if (name == null || decided.gazetteerId() != null && !Places.isNameOf(name, decided)) continue;
                String key = name.toLowerCase(Locale.ROOT);
                if (!key.equals(own) && names.size() < MAX) names.putIfAbsent(key, name);
            }
        }
        return new ArrayList<>(names.values());
    }

    private static boolean samePlace(Place p, Place decided) {
        if (decided.gazetteerId() != null) return decided.gazetteerId().equals(p.gazetteerId());
        return p.gazetteerId() == null && p.name().equalsIgnoreCase(decided.name())
                && Objects.equals(p.admin1(), decided.admin1()) && Objects.equals(p.country(), decided.country());
    }

    /** The name at an evidence span, tidied; null when the span is empty, out of range or too long for a name. */
    static String surface(String text, Evidence e) {
        if (e.end() <= e.start() || e.end() > text.length() || e.end() - e.start() > MAX_LENGTH) return null;
        String s = text.substring(e.start(), e.end()).strip().replaceAll("\\s+", " ");
        s = Possessives.strip(s);
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) return null;
        return s.length() > 1 ? Places.titleCaseName(s) : s;
    }
}
