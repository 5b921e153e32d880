package org.sitrep.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    /** Makes mojibake the way it happens: UTF-8 bytes decoded with another code page (Java's decoder). */
    private static String garble(String s, String charset) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    /** Like Python's and browsers' "sloppy" windows-1252: undefined bytes become the C1 control of that value. */
    private static String sloppy1252(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"It’s “quoted” — done…", "café déjà vu, Zürich, São Paulo", "€5 • 10°C ±2",
        "Ukraine 🇺🇦 flag", "Ελληνικά και русский", "naïve façade"})
    void fix_utf8ReadAsWindows1252_restored(String original) {
        assertThat(Mojibake.fix(sloppy1252(original))).isEqualTo(original);
    }

    @Test
    void fix_closingQuoteLostToReplacementChar_guessed() {
        assertThat(garble("“quoted”", "windows-1252")).contains("\uFFFD");
        assertThat(Mojibake.fix(garble("He said “quoted” and ‘single’ too", "windows-1252")))
                .isEqualTo("He said “quoted” and ‘single’ too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"café déjà vu", "It’s “quoted”", "«guillemets»"})
    void fix_utf8ReadAsLatin1WithC1Controls_restored(String original) {
        assertThat(Mojibake.fix(garble(original, "ISO-8859-1"))).isEqualTo(original);
    }

    @Test
    void fix_doubleMojibake_restored() {
        String twice = garble(garble("It’s café", "windows-1252"), "windows-1252");
        assertThat(Mojibake.fix(twice)).isEqualTo("It’s café");
    }

    @Test
    void fix_utf8ReadAsTis620InLatinText_restored() {
        String garbled = "the civilians. " + garble("»", "x-windows-874") + " Next «word»";
        assertThat(garbled).contains("ยป");
        assertThat(Mojibake.fix(garbled)).isEqualTo("the civilians. » Next «word»");
        assertThat(Mojibake.fix("He said " + garble("yes – and é", "x-windows-874") + " then left"))
                .isEqualTo("He said yes – and é then left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain ASCII text.", "Le café était fermé à Noël.", "SÃO PAULO in caps is Portuguese",
        "Größe: 5×3 cm, 20°C, ½ price", "ภาษาไทยเป็นภาษาที่สวยงาม ยปกติ", "Ciudad de México, año 2020, ¿qué?",
        "© 2020 «Le Monde» — Paris"})
    void fix_cleanText_unchanged(String text) {
        assertThat(Mojibake.fix(text)).isEqualTo(text);
    }
}
