package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.IncidentEvent;

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
}
