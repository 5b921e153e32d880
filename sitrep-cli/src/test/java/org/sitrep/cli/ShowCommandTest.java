package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Store;
import org.sitrep.core.store.Stores;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.IncidentEvent;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;

class ShowCommandTest {
    private static String events(String id, List<IncidentEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShowCommand.printEvents(id, events, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void historyIsToldFromTheShownIncidentsSide() {
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        IncidentEvent merge = IncidentEvent.merge("inc-b", "inc-a", t, "art-9", List.of("art-2", "art-3"));
        IncidentEvent split = IncidentEvent.split("inc-a", "inc-c", t.plusSeconds(60), "art-12", List.of("art-5"),
                List.of(IncidentEvent.Reason.DAY_GAP));

        String a = events("inc-a", List.of(merge, split));
        assertThat(a).contains("merged in inc-b, 2 articles moved, caused by art-9")
                .contains("split off inc-c (day_gap), 1 article moved, caused by art-12");
        assertThat(events("inc-b", List.of(merge))).contains("merged into inc-a");
        assertThat(events("inc-c", List.of(split))).contains("split from inc-a (day_gap)");
        assertThat(events("inc-a", List.of())).isEmpty();
    }

    @Test
    void print_mergedClaimUnlistedTownAndCaptureDay_sayWhatTheyAre(@TempDir Path data) {
        Evidence a = Evidence.of("art-1", 0, 8, "TARNVALE, Mo. - A barn burned.");
        Fact claim = new Fact(FactKind.CLAIM, "the fire was set on purpose", "assertion", "the fire marshal",
                Evidence.of("art-1", 10, 20, "The fire was set on purpose, the fire marshal said."), 0.6)
                .withCorroboration(List.of(Evidence.of("art-2", 5, 15, "x"), Evidence.of("art-3", 5, 15, "y")));
        Incident i = new Incident("inc-1", List.of("art-1", "art-2", "art-3"), 3,
                new IncidentDate(LocalDate.parse("2025-02-03"), Precision.DAY, a, 0.3, IncidentDate.Basis.UNNAMED_AT_CAPTURE),
                new Place("Tarnvale", "Missouri", "US", null, null, null, Place.Role.INCIDENT, a, 0.7), null, Map.of(),
                List.of(), List.of(claim), List.of(), "2025-02-03 · Tarnvale", List.of(), List.of("Tarnvail"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Store store = Stores.open(data)) {
            ShowCommand.print(i, store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("date: 2025-02-03 (day precision, confidence 0.30, inferred from archive capture day)")
                .contains("approximate: region, drawn at [")
                .contains("also called Tarnvail")
                .contains("the fire was set on purpose (assertion) [the fire marshal]  (3 sources)")
                .contains("also in art-2, art-3");
    }
}
