package org.sitrep.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    @Test
    void decode_validUtf8_noFallback() {
        TextDecoding.Decoded d = TextDecoding.decode("Kyiv’s «café» 🇺🇦".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Kyiv’s «café» 🇺🇦");
        assertThat(d.warning()).isNull();
    }

    @Test
    void decode_windows1252_fallsBackAndWarns() {
        byte[] b = "It’s a café – “quoted”".getBytes(Charset.forName("windows-1252"));
        TextDecoding.Decoded d = TextDecoding.decode(b);
        assertThat(d.text()).isEqualTo("It’s a café – “quoted”");
        assertThat(d.warning()).contains("not valid UTF-8").contains("windows-1252");
    }

    @Test
    void decode_mixedUtf8AndLatin1_keepsBoth() {
        byte[] a = "naïve ".getBytes(StandardCharsets.UTF_8);
        byte[] b = "déjà".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        assertThat(TextDecoding.decode(all).text()).isEqualTo("naïve déjà");
    }

    @Test
    void decode_byteOrderMarks_areHonouredAndStripped() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoding.decode(utf8).text()).isEqualTo("hi");
        byte[] utf16 = "\uFEFFhé".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoding.decode(utf16).text()).isEqualTo("hé");
    }

    @Test
    void decode_truncatedSequenceAtEnd_fallsBackPerByte() {
        byte[] b = {'a', (byte) 0xE2, (byte) 0x80};
        assertThat(TextDecoding.decode(b).text()).isEqualTo("aâ€");
    }
}
