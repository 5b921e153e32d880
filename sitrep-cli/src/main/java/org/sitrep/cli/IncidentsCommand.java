package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.reconcile.StandardReconciler;
import org.sitrep.core.store.IncidentQuery;
import org.sitrep.core.store.Store;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep incidents}: lists, searches and filters incidents, newest first. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Lists incidents newest first; search and filter by text, date, place, type and figures.")
final class IncidentsCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Mixin
    IncidentFilters filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--after", paramLabel = "ID", description = "Cursor: list incidents after this one.")
    String after;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table or json (one JSON object per line) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            System.err.println("sitrep incidents: --format must be table or json, got '" + format + "'");
            return ExitCodes.USAGE;
        }
        IncidentQuery q;
        try {
            q = filters.toQuery(after, limit);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep incidents: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Store store = data.open()) {
            List<Incident> list = store.incidents(q);
            if (format.equals("json")) {
                for (Incident i : list) System.out.println(Json.line(i));
            } else {
                System.out.print(table(list));
            }
            return ExitCodes.OK;
        }
    }

    static String table(List<Incident> list) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-36s %-10s %-28s %-22s %6s %7s %4s %4s%n", "ID", "DATE", "PLACE", "TYPE",
                "KILLED", "INJURED", "ART", "SRC"));
        for (Incident i : list) {
            sb.append(String.format(Locale.ROOT, "%-36s %-10s %-28s %-22s %6s %7s %4d %4d%n", i.id(),
                    i.day() == null ? "?" : i.day(), cut(place(i), 28), cut(type(i), 22), fig(i, FigureKind.KILLED),
                    fig(i, FigureKind.INJURED), i.articleIds().size(), i.independentSources()));
        }
        if (list.isEmpty()) sb.append("(no incidents)\n");
        return sb.toString();
    }

    static String place(Incident i) {
        if (i.place() == null) return "?";
        return i.place().admin1() == null ? i.place().name() : i.place().name() + ", " + i.place().admin1();
    }

    static String type(Incident i) {
        if (i.eventType() == null) return "?";
        int bar = i.eventType().indexOf('|');
        return bar < 0 ? i.eventType() : i.eventType().substring(bar + 1);
    }

    static String fig(Incident i, FigureKind k) {
        Figure f = i.best().get(k);
        if (f == null) return "-";
        return switch (f.qualifier()) {
            case AT_LEAST -> f.value() + "+";
            case MORE_THAN -> ">" + f.value();
            case ABOUT -> "~" + f.value();
            case UP_TO -> "<=" + f.value();
            case RANGE -> f.value() + "-" + f.upper();
            case EXACT -> Integer.toString(f.value());
        };
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String describe(Figure f) {
        return StandardReconciler.describe(f);
    }
}
