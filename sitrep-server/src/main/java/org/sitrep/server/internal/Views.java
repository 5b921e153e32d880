package org.sitrep.server.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.core.dedup.DedupDecision;
import org.sitrep.core.dedup.Lineage;
import org.sitrep.core.extract.place.GazetteerEntry;
import org.sitrep.core.extract.place.Places;
import org.sitrep.core.store.IncidentDetail;
import org.sitrep.core.store.Store;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DuplicateGroup;
import org.sitrep.model.DuplicateKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.Place;

/**
 * The JSON shapes of the API, built from model records. Kinds and qualifiers are lower-case labels;
 * article URLs are only passed on when they are http or https, so that a client cannot be handed a
 * {@code javascript:} link by a hostile feed.
 */
public final class Views {
    private final Store store;

    public Views(Store store) {
        this.store = store;
    }

    public record EvidenceView(String articleId, int start, int end, String sentence) {
        static EvidenceView of(Evidence e) {
            return e == null ? null : new EvidenceView(e.articleId(), e.start(), e.end(), e.sentence());
        }
    }

    /**
     * A place with coordinates to draw it at.
     *
     * @param approximate null when {@code lat} and {@code lon} are the place's own; {@value #REGION} when the place has
     *                    none (a town the gazetteer does not list) and they are the centre of its first-level region
     */
    public record PlaceView(String name, String admin1, String country, Double lat, Double lon, String approximate,
                            String gazetteerId, EvidenceView evidence) {
        /** The value of {@link #approximate} for a region's centre. */
        public static final String REGION = "region";

        static PlaceView of(Place p) {
            if (p == null) return null;
            Double lat = p.lat();
            Double lon = p.lon();
            String approximate = null;
            if (lat == null || lon == null) {
                Optional<GazetteerEntry> region = Places.regionOf(p);
                if (region.isPresent()) {
                    lat = region.get().lat();
                    lon = region.get().lon();
                    approximate = REGION;
                }
            }
            return new PlaceView(p.name(), p.admin1(), p.country(), lat, lon, approximate, p.gazetteerId(),
                    EvidenceView.of(p.evidence()));
        }
    }

    /**
     * An article's incident date.
     *
     * @param basis how the day was picked: {@code named} (an expression in the text names it), {@code unnamed} (no day
     *              named: the publication day or the day before), {@code unnamed_at_capture} (as unnamed, the date
     *              line's day with a web-archive capture 0 or 1 days after it; the incident is read as the day before,
     *              and an incident whose day that reading decided carries this basis with the day before)
     */
    public record DateView(LocalDate date, String precision, String basis, double confidence, EvidenceView evidence) {
        static DateView of(IncidentDate d) {
            return d == null ? null : new DateView(d.date(), d.precision().label(), d.basis().label(), d.confidence(),
                    EvidenceView.of(d.evidence()));
        }
    }

    public record FigureView(String kind, int value, Integer upper, String qualifier, String reportedBy,
                             LocalDate asOf, double confidence, EvidenceView evidence, String articleTitle,
                             String outlet) {
    }

    /**
     * A fact with its evidence.
     *
     * @param corroboration the same statement's evidence in other places (copies and updates that repeat it)
     * @param sourceCount   how many articles state it: the evidence's and the corroboration's, each counted once
     */
    public record FactView(String kind, String value, String role, String attributedTo, double confidence,
                           EvidenceView evidence, String linkedIncident, List<EvidenceView> corroboration,
                           int sourceCount) {
        static FactView of(Fact f) {
            return new FactView(f.kind().label(), f.value(), f.role(), f.attributedTo(), f.confidence(),
                    EvidenceView.of(f.evidence()), f.linkedIncident(),
                    f.corroboration().stream().map(EvidenceView::of).toList(), f.sourceArticles().size());
        }
    }

    /** One line of the incident list. */
    public record Summary(String id, String headline, LocalDate date, String datePrecision, String dateBasis,
                          PlaceView place, String eventType, Integer killed, Integer injured, Integer missing,
                          List<String> disputed, int independentSources, int articleCount) {
    }

    public record Member(String id, String title, String outlet, LocalDate published, String url,
                         String duplicateKind, double similarity, String copyOf) {
    }

    public record Group(String id, String canonicalId, List<Member> members) {
    }

    /** The detail view of an incident; {@code placeAliases} are other names its articles give the place. */
    public record Detail(String id, List<String> aliases, String headline, LocalDate date, String datePrecision,
                         String dateBasis, EvidenceView dateEvidence, PlaceView place, List<String> placeAliases,
                         String eventType,
                         Map<String, FigureView> best, List<String> disputed, int independentSources,
                         int articleCount, List<FigureView> history,
                         List<FactView> facts, List<FactView> claims, List<FactView> references,
                         List<Group> groups, IncidentHistory incidentHistory) {
    }

    /**
     * One merge or split seen from the incident shown.
     *
     * @param incident     the other incident's id as recorded
     * @param current      the incident that id leads to now (itself, its survivor after a merge), or null when none
     * @param at           when it happened (ISO-8601 instant)
     * @param articleId    the article whose arrival caused it (for a merge, the article that bridged the two)
     * @param articleTitle that article's title, when stored
     * @param moved        the member articles that changed incident
     * @param reasons      why a split happened (day_gap, place_mismatch, link_scores, protagonists); empty for a merge
     */
    public record HistoryEntry(String incident, String current, String at, String articleId, String articleTitle,
                               List<String> moved, List<String> reasons) {
    }

    /** The merges and splits recorded for an incident's id, each oldest first. */
    public record IncidentHistory(List<HistoryEntry> mergedFrom, List<HistoryEntry> mergedInto,
                                  List<HistoryEntry> splitFrom, List<HistoryEntry> splitInto) {
    }

    /** A span of an article's text that an extracted fact, figure, place or date came from. */
    public record Annotation(int start, int end, String kind, String label, String value) {
    }

    public record ArticleView(String id, String title, String text, int bodyStart, LocalDate published, String url,
                              String canonicalUrl, String outlet, String lang, String incidentId,
                              String duplicateGroup, String duplicateKind, String copyOf, DateView incidentDate,
                              List<Annotation> annotations) {
    }

    public Summary summary(Incident i) {
        return new Summary(i.id(), i.headline(), i.day(), i.date() == null ? null : i.date().precision().label(),
                basis(i.date()), PlaceView.of(i.place()), i.eventType(), best(i, FigureKind.KILLED),
                best(i, FigureKind.INJURED), best(i, FigureKind.MISSING), labels(i.disputed()), i.independentSources(),
                i.articleIds().size());
    }

    private static String basis(IncidentDate d) {
        return d == null ? null : d.basis().label();
    }

    private static Integer best(Incident i, FigureKind kind) {
        Figure f = i.best().get(kind);
        return f == null ? null : f.value();
    }

    private static List<String> labels(List<FigureKind> kinds) {
        return kinds.stream().map(FigureKind::label).toList();
    }

    /** The detail view of an incident read with its members ({@link Store#incidentDetail}). */
    public Detail detail(IncidentDetail d) {
        Incident i = d.incident();
        Map<String, Optional<Article>> articles = new HashMap<>();
        for (Article a : d.articles()) articles.put(a.id(), Optional.of(a));
        // evidence normally cites members; any other article is read on its own
        Function<String, Optional<Article>> lookup = id -> articles.computeIfAbsent(id, store::article);
        Map<String, FigureView> best = new LinkedHashMap<>();
        for (FigureKind kind : FigureKind.values()) {
            Figure f = i.best().get(kind);
            if (f != null) best.put(kind.label(), figure(f, lookup));
        }
        List<FigureView> history = i.history().stream()
                .sorted(Comparator.comparing(Figure::asOf, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(f -> figure(f, lookup)).toList();
        List<FactView> facts = i.facts().stream().map(FactView::of).toList();
        return new Detail(i.id(), i.aliases(), i.headline(), i.day(),
                i.date() == null ? null : i.date().precision().label(), basis(i.date()),
                i.date() == null ? null : EvidenceView.of(i.date().evidence()), PlaceView.of(i.place()),
                i.placeAliases(), i.eventType(), best, labels(i.disputed()), i.independentSources(), i.articleIds().size(), history,
                facts, ofKind(i, FactKind.CLAIM), ofKind(i, FactKind.REFERENCE), groups(d, lookup),
                incidentHistory(i.id(), d.events(), lookup));
    }

    private IncidentHistory incidentHistory(String id, List<IncidentEvent> events,
                                            Function<String, Optional<Article>> lookup) {
        List<HistoryEntry> mergedFrom = new ArrayList<>();
        List<HistoryEntry> mergedInto = new ArrayList<>();
        List<HistoryEntry> splitFrom = new ArrayList<>();
        List<HistoryEntry> splitInto = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        for (IncidentEvent e : events) {
            boolean outgoing = e.from().equals(id);
            String other = outgoing ? e.to() : e.from();
            HistoryEntry entry = new HistoryEntry(other,
                    current.computeIfAbsent(other, o -> store.incident(o).map(Incident::id).orElse(null)),
                    e.at().toString(), e.articleId(),
                    e.articleId() == null ? null : lookup.apply(e.articleId()).map(Article::title).orElse(null),
                    e.moved(), e.reasons().stream().map(IncidentEvent.Reason::label).toList());
            boolean merge = e.kind() == IncidentEvent.Kind.MERGE;
            (merge ? outgoing ? mergedInto : mergedFrom : outgoing ? splitInto : splitFrom).add(entry);
        }
        return new IncidentHistory(mergedFrom, mergedInto, splitFrom, splitInto);
    }

    private static List<FactView> ofKind(Incident i, FactKind kind) {
        return i.facts().stream().filter(f -> f.kind() == kind).map(FactView::of).toList();
    }

    private static FigureView figure(Figure f, Function<String, Optional<Article>> lookup) {
        Optional<Article> a = lookup.apply(f.evidence().articleId());
        return new FigureView(f.kind().label(), f.value(), f.upper(), f.qualifier().label(), f.reportedBy(),
                f.asOf() != null ? f.asOf() : a.map(Article::published).orElse(null), f.confidence(),
                EvidenceView.of(f.evidence()), a.map(Article::title).orElse(null),
                a.map(Article::outlet).orElse(null));
    }

    /**
     * The members grouped by duplicate group, in arrival order. Within a group of two or more members the
     * canonical article and "copy of" edges come from {@link Lineage}, which looks at all the members at once
     * (a stored decision only knew the articles before it): the canonical member is shown as the original, and a
     * member that arrived first but copies it carries the group's kind.
     */
    private static List<Group> groups(IncidentDetail d, Function<String, Optional<Article>> lookup) {
        Map<String, DuplicateGroup> lineage = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        for (DuplicateGroup g : Lineage.groups(d.articles(), d.decisions())) {
            lineage.put(g.id(), g);
            for (List<String> edge : g.lineage()) parent.put(edge.get(0), edge.get(1));
        }
        Map<String, List<Member>> byGroup = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(d.incident().articleIds())) {
            DedupDecision dec = d.decisions().get(id);
            String group = dec == null ? id : dec.groupId();
            DuplicateGroup g = lineage.get(group);
            boolean canonical = g != null && g.canonicalId().equals(id);
            String copyOf = g != null ? parent.get(id) : dec == null ? null : dec.copyOf();
            DuplicateKind how = canonical || dec == null ? null : dec.kind() != null ? dec.kind() : g != null ? g.kind() : null;
            String kind = how == null ? null : how.label();
            Optional<Article> a = lookup.apply(id);
            byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(new Member(id,
                    a.map(Article::title).orElse(null), a.map(Article::outlet).orElse(null),
                    a.map(Article::published).orElse(null), a.map(Views::articleUrl).orElse(null), kind,
                    canonical || dec == null ? 0.0 : dec.similarity(), copyOf));
        }
        List<Group> out = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            DuplicateGroup g = lineage.get(group);
            out.add(new Group(group, g != null ? g.canonicalId() : members.getFirst().id(), List.copyOf(members)));
        });
        return out;
    }

    public ArticleView article(Article a) {
        String text = a.fullText();
        int bodyStart = a.title().isEmpty() ? 0 : a.title().length() + 2;
        List<Annotation> notes = new ArrayList<>();
        Optional<ArticleFacts> facts = store.facts(a.id());
        facts.ifPresent(f -> {
            // an unnamed date's evidence is the lead sentence, not a span that names a day: marking it would hide the
            // figures and places inside it, and the page shows the date and its basis on their own
            if (f.incidentDate() != null && f.incidentDate().basis() == IncidentDate.Basis.NAMED) {
                add(notes, a, f.incidentDate().evidence(), "date", "incident date",
                        f.incidentDate().date().toString());
            }
            for (Place p : f.places()) {
                add(notes, a, p.evidence(), "place", p.role() == Place.Role.INCIDENT ? "incident place" : "place",
                        p.name());
            }
            for (Figure fig : f.figures()) {
                add(notes, a, fig.evidence(), "figure", fig.kind().label() + " (" + fig.qualifier().label() + ")",
                        fig.upper() == null ? Integer.toString(fig.value()) : fig.value() + "-" + fig.upper());
            }
            for (Fact fact : f.facts()) {
                add(notes, a, fact.evidence(), "fact", fact.kind().label().replace('_', ' '), fact.value());
            }
        });
        notes.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(n -> -n.end()));
        Optional<DedupDecision> d = store.dedup(a.id());
        return new ArticleView(a.id(), a.title(), text, bodyStart, a.published(), articleUrl(a), safeUrl(a.canonicalUrl()),
                a.outlet(), a.lang(), store.incidentOf(a.id()).orElse(null), d.map(DedupDecision::groupId).orElse(null),
                d.map(x -> x.kind() == null ? null : x.kind().label()).orElse(null),
                d.map(DedupDecision::copyOf).orElse(null), facts.map(f -> DateView.of(f.incidentDate())).orElse(null),
                notes);
    }

    private static void add(List<Annotation> notes, Article a, Evidence e, String kind, String label, String value) {
        int len = a.fullText().length();
        if (e == null || !e.articleId().equals(a.id()) || e.start() >= len || e.end() <= e.start()) return;
        notes.add(new Annotation(e.start(), Math.min(e.end(), len), kind, label, value));
    }

    static String articleUrl(Article a) {
        String url = safeUrl(a.url());
        return url != null ? url : safeUrl(a.canonicalUrl());
    }

    /** The URL when it is an absolute http or https URL, else null. */
    public static String safeUrl(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
