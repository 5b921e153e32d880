package org.sitrep.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fact;
import org.sitrep.model.FactKind;
import org.sitrep.model.Incident;
import org.sitrep.model.IncidentDate;
import org.sitrep.model.Precision;

class JsonTest {
    @Test
    void isoDate_sameAsLocalDateParse() {
        for (String s : new String[] {"2024-05-01", "0001-01-01", "9999-12-31", "2024-02-29", "+12024-01-01"}) {
            assertThat(Json.isoDate(s)).isEqualTo(LocalDate.parse(s));
        }
        for (String s : new String[] {"2024-02-30", "2023-02-29", "2024-13-01", "2024-5-01", "2024-05-0x", "20240501"}) {
            assertThatThrownBy(() -> Json.isoDate(s)).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void read_bytes_sameAsString() {
        IncidentDate d = new IncidentDate(LocalDate.of(2024, 5, 1), Precision.DAY, Evidence.of("a1", 0, 4, "Sóme"), 0.75);
        String json = Json.write(d);
        assertThat(Json.read(json.getBytes(StandardCharsets.UTF_8), IncidentDate.class)).isEqualTo(d)
                .isEqualTo(Json.read(json, IncidentDate.class));
    }

    @Test
    void incidentDate_basisRoundTrips_andAStoredDateWithoutOneReadsAsNamed() {
        IncidentDate d = new IncidentDate(LocalDate.of(2024, 5, 1), Precision.DAY, Evidence.of("a1", 0, 4, "Some"), 0.4,
                IncidentDate.Basis.UNNAMED_AT_CAPTURE);
        assertThat(Json.read(Json.write(d), IncidentDate.class)).isEqualTo(d);
        String older = Json.write(d).replace(",\"basis\":\"UNNAMED_AT_CAPTURE\"", "");
        assertThat(older).doesNotContain("basis");
        assertThat(Json.read(older, IncidentDate.class).basis()).isEqualTo(IncidentDate.Basis.NAMED);
    }

    @Test
    void incident_corroborationAndPlaceAliasesRoundTrip_andAStoredIncidentWithoutThemReadsEmpty() {
        Fact claim = new Fact(FactKind.CLAIM, "the bridge was closed", "assertion", "police",
                Evidence.of("a1", 0, 4, "s"), 0.6).withCorroboration(List.of(Evidence.of("a2", 3, 9, "t")));
        Incident i = new Incident("i1", List.of("a1", "a2"), 2, null, null, null, Map.of(), List.of(), List.of(claim),
                List.of(), "h", List.of(), List.of("Old Name"));
        String json = Json.write(i);
        assertThat(Json.read(json, Incident.class)).isEqualTo(i);
        String older = json.replace(",\"placeAliases\":[\"Old Name\"]", "")
                .replaceFirst(",\"corroboration\":\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("placeAliases").doesNotContain("corroboration");
        Incident read = Json.read(older, Incident.class);
        assertThat(read.placeAliases()).isEmpty();
        assertThat(read.facts().getFirst().corroboration()).isEmpty();
        assertThat(read.facts().getFirst().sourceArticles()).containsExactly("a1");
    }
}
