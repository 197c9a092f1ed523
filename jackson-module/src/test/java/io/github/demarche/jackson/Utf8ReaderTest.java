package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    private static String readAll(Utf8Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1000];
        for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** Bytes handed over a few at a time, so that characters are split between reads. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
    }

    @Test
    void decodes_characters_split_between_reads_and_buffers() throws Exception {
        String text = "緬甸 Мьянма \uD83D\uDE00 ".repeat(2000);

        assertThat(readAll(new Utf8Reader(trickle(text.getBytes(StandardCharsets.UTF_8))))).isEqualTo(text);
        assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))))
                .isEqualTo(text);
    }

    @Test
    void reports_malformed_bytes_after_the_characters_before_them_then_goes_on() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("café".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("ok".getBytes(StandardCharsets.UTF_8));
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes.toByteArray()));
        char[] buffer = new char[100];

        assertThat(reader.read(buffer, 0, 100)).isEqualTo(4);
        assertThat(new String(buffer, 0, 4)).isEqualTo("café");
        assertThatThrownBy(() -> reader.read(buffer, 0, 100)).isExactlyInstanceOf(Utf8Reader.MalformedException.class)
                .hasMessage("the malformed byte 0xE9");
        assertThat(readAll(reader)).isEqualTo("ok");
    }

    @Test
    void reports_a_sequence_cut_by_the_end_of_the_input() throws Exception {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE7, (byte) 0xB7}));
        char[] buffer = new char[10];

        assertThat(reader.read(buffer, 0, 10)).isEqualTo(1);
        assertThatThrownBy(() -> reader.read(buffer, 0, 10)).hasMessage("the malformed bytes 0xE7 0xB7");
        assertThat(reader.read(buffer, 0, 10)).isEqualTo(-1);
    }

    @Test
    void reports_the_start_of_utf16_first_then_decodes_what_it_can() throws Exception {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_16LE)));

        assertThatThrownBy(() -> reader.read(new char[10], 0, 10))
                .hasMessage("a NUL byte (0x00) at offset 1, as in UTF-16 or UTF-32");
        assertThat(readAll(reader)).isEqualTo("{\u0000}\u0000");
    }

    @Test
    void closes_its_stream() throws Exception {
        InputSupport.Recording in = new InputSupport.Recording("x");
        new Utf8Reader(in).close();

        assertThat(in.isClosed()).isTrue();
    }
}
