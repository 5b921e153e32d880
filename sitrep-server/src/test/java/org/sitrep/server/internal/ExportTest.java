package org.sitrep.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportTest {
    @Test
    void csvField_specialCharacters_quotedAndDoubled() {
        assertThat(Export.csvField("plain")).isEqualTo("plain");
        assertThat(Export.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(Export.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Export.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Export.csvField(null)).isEmpty();
    }

    @Test
    void csvField_formulaPrefix_defused() {
        assertThat(Export.csvField("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Export.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Export.csvField("-12.5")).isEqualTo("-12.5");
        assertThat(Export.csvField("-cmd")).isEqualTo("'-cmd");
    }

    @Test
    void csvRow_fields_joinedWithCrLf() throws Exception {
        StringWriter w = new StringWriter();
        Export.csvRow(w, Arrays.asList("a", "", "c,d"));
        assertThat(w).hasToString("a,,\"c,d\"\r\n");
    }
}
