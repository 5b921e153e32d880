package org.sitrep.core.reconcile;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.internal.CalendarNames;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;

/**
 * Resolves an incident's references to other incidents ("Kramatorsk train station strike (April 2022)") to
 * stored incidents. A label without a year takes it from the incident's own date ("last April" in an
 * undated article about 14 March 2023 is April 2022), so that copies and other sources of one reference read
 * the same. The label's period, place and event kind become one indexed {@link IncidentQuery} (incident date
 * within the period, place name, event type prefix), so a look-up costs the same however many incidents are
 * stored; candidates then need the label's target kind among their TARGET facts when the label names no
 * place. The best candidate's id goes into {@link Fact#linkedIncident()}; an unresolved reference stays a
 * typed label. A reference made before the incident it names is stored is linked when the referring
 * incident is next reconciled. Pure apart from the look-up; thread-safe when the look-up is.
 */
public final class ReferenceLinker {
    private static final Pattern LABEL = Pattern.compile("^(?<head>.*?)\\s*(?<event>strike|shooting|attack)\\s+\\((?<when>[^)]*)\\)$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^(?<m>[A-Z][a-z]+)(?:\\s+(?<y>\\d{4}))?$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Map<String, String> TARGET_KIND = new LinkedHashMap<>();

    static {
        TARGET_KIND.put("train station", "train station");
        TARGET_KIND.put("station", "train station");
        TARGET_KIND.put("theatre", "theatre");
        TARGET_KIND.put("shopping mall", "shopping mall");
        TARGET_KIND.put("shopping centre", "shopping mall");
        TARGET_KIND.put("shopping center", "shopping mall");
        TARGET_KIND.put("mall", "shopping mall");
        TARGET_KIND.put("hospital", "hospital");
        TARGET_KIND.put("school", "school");
        TARGET_KIND.put("market", "market");
        TARGET_KIND.put("apartment building", "apartment building");
        TARGET_KIND.put("church", "place of worship");
        TARGET_KIND.put("mosque", "place of worship");
        TARGET_KIND.put("synagogue", "place of worship");
        TARGET_KIND.put("nightclub", "bar or restaurant");
        TARGET_KIND.put("club", "bar or restaurant");
        TARGET_KIND.put("bar", "bar or restaurant");
    }

    private static final int CANDIDATES = 50;

    private ReferenceLinker() {
    }

    /** A parsed reference label: optional place, target words, event kind and period [from, to]. */
    record Reference(String place, String target, String event, LocalDate from, LocalDate to, String label) {
    }

    /**
     * The incident with its REFERENCE facts resolved where {@code lookup} (normally {@code store::incidents})
     * finds the referenced incident; the incident itself when nothing changes.
     */
    public static Incident link(Incident incident, Function<IncidentQuery, List<Incident>> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        List<Fact> facts = new ArrayList<>(incident.facts().size());
        boolean changed = false;
        Map<String, Fact> byLabel = new LinkedHashMap<>();
        for (Fact f : incident.facts()) {
            if (f.kind() != FactKind.REFERENCE) {
                facts.add(f);
                continue;
            }
            Reference r = parse(f.value(), incident.day());
            Fact out = f;
            if (r != null) {
                String id = resolve(r, incident, lookup);
                if (id != null || !r.label().equals(f.value())) {
                    out = new Fact(f.kind(), r.label(), f.role(), f.attributedTo(), f.evidence(),
                            id == null ? f.confidence() : Math.max(f.confidence(), 0.8), id);
                }
            }
            changed |= out != f;
            byLabel.merge(out.value().toLowerCase(Locale.ROOT), out, (x, y) -> y.confidence() > x.confidence() ? y : x);
        }
        if (!changed && byLabel.size() == incident.facts().stream().filter(f -> f.kind() == FactKind.REFERENCE).count()) {
            return incident;
        }
        facts.addAll(byLabel.values());
        return new Incident(incident.id(), incident.articleIds(), incident.independentSources(), incident.date(),
                incident.place(), incident.eventType(), incident.best(), incident.history(), facts, incident.disputed(),
                incident.headline(), incident.aliases(), incident.placeAliases());
    }

    /** Parses "[Place ]target event (Month Year)"; a month without a year takes the last one before {@code day}. */
    static Reference parse(String label, LocalDate day) {
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) return null;
        String when = m.group("when").strip();
        LocalDate from;
        LocalDate to;
        String whenOut = when;
        Matcher my = MONTH_YEAR.matcher(when);
        if (YEAR.matcher(when).matches()) {
            from = LocalDate.of(Integer.parseInt(when), 1, 1);
            to = LocalDate.of(Integer.parseInt(when), 12, 31);
        } else if (my.matches()) {
            int named = CalendarNames.fullMonth(my.group("m"));
            if (named == 0) return null;
            Month month = Month.of(named);
            int year;
            if (my.group("y") != null) {
                year = Integer.parseInt(my.group("y"));
            } else if (day != null) {
                year = month.getValue() < day.getMonthValue() ? day.getYear() : day.getYear() - 1;
                whenOut = my.group("m") + " " + year;
            } else {
                return null;
            }
            YearMonth ym = YearMonth.of(year, month);
            from = ym.atDay(1);
            to = ym.atEndOfMonth();
        } else {
            return null;
        }
        String head = m.group("head").strip();
        String target = null;
        String place = null;
        String lower = head.toLowerCase(Locale.ROOT);
        for (String t : TARGET_KIND.keySet()) {
            int at = lower.lastIndexOf(t);
            if (at >= 0 && at + t.length() == lower.length()) {
                target = TARGET_KIND.get(t);
                String p = head.substring(0, at).strip();
                if (p.toLowerCase(Locale.ROOT).endsWith("drama")) p = p.substring(0, p.length() - 5).strip();
                place = p.isEmpty() || !Character.isUpperCase(p.charAt(0)) ? null : p;
                break;
            }
        }
        String newLabel = (head.isEmpty() ? "" : head + " ") + m.group("event") + " (" + whenOut + ")";
        return new Reference(place, target, m.group("event"), from, to, newLabel);
    }

    private static String resolve(Reference r, Incident self, Function<IncidentQuery, List<Incident>> lookup) {
        if (r.place() == null && r.target() == null) return null;
        String type = switch (r.event()) {
            case "strike" -> "Explosions/Remote violence";
            case "shooting" -> "Shooting";
            default -> null;
        };
        List<Incident> candidates = lookup.apply(new IncidentQuery(null, r.from(), r.to(), r.place(), null, type, null, null,
                null, CANDIDATES));
        String best = null;
        double bestScore = 0;
        for (Incident c : candidates) {
            if (c.id().equals(self.id()) || self.aliases().contains(c.id())) continue;
            boolean targetMatch = r.target() != null && c.facts().stream()
                    .anyMatch(f -> f.kind() == FactKind.TARGET
                            && (r.target().equalsIgnoreCase(f.role()) || f.value().equalsIgnoreCase(r.target())));
            if (r.place() == null && !targetMatch) continue;
            double score = 1 + (targetMatch ? 2 : 0) + 0.1 * Math.min(c.independentSources(), 5);
            if (score > bestScore) {
                bestScore = score;
                best = c.id();
            }
        }
        return best;
    }
}
