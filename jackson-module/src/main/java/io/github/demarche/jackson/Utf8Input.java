package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Locale;

/**
 * Lets byte input reach the parser only if it is UTF-8, as RFC 8259 requires of JSON exchanged
 * between systems.
 *
 * <p>Jackson detects the encoding of byte input from its first four bytes, and reads UTF-16 and
 * UTF-32 text (with or without a byte order mark) as it reads UTF-8. That detection rests on byte
 * order marks of UTF-16 and UTF-32 and on NUL bytes, none of which starts UTF-8 JSON text; this
 * decorator rejects them with a {@code JsonParseException} before Jackson looks, so that Jackson
 * always reads UTF-8 and reports any malformed byte itself. A UTF-8 byte order mark is let through
 * (Jackson skips it), and one U+FEFF at the start of text input ({@code Reader}, {@code String})
 * is dropped alike, so that one document reads the same whatever its form.
 */
final class Utf8Input extends InputDecorator {

    private static final long serialVersionUID = 1L;

    /** The bytes at the start of the input that decide its encoding. */
    private static final int PROBE = 4;

    @Override
    public InputStream decorate(IOContext ctxt, InputStream in) throws IOException {
        PushbackInputStream checked = new PushbackInputStream(in, PROBE);
        byte[] start = new byte[PROBE];
        int count = 0;
        while (count < PROBE) {
            int n = checked.read(start, count, PROBE - count);
            if (n < 0) {
                break;
            }
            count += n;
        }
        check(ctxt, start, 0, count);
        checked.unread(start, 0, count);
        return checked;
    }

    @Override
    public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
        check(ctxt, src, offset, Math.min(length, PROBE));
        return null;  // parse the array itself
    }

    /**
     * Drops one byte order mark (U+FEFF) at the start of text input, so that a text reads as the
     * same text's UTF-8 bytes with a byte order mark do, which Jackson skips: a {@code String}
     * that starts with U+FEFF is accepted, as a file saved with one is. A second one is refused.
     */
    @Override
    public Reader decorate(IOContext ctxt, Reader r) throws IOException {
        PushbackReader checked = new PushbackReader(r, 1);
        int first = checked.read();
        if (first >= 0 && first != '\uFEFF') {
            checked.unread(first);
        }
        return checked;
    }

    private static void check(IOContext ctxt, byte[] bytes, int offset, int count) throws JsonParseException {
        String problem = describeStart(bytes, offset, count);
        if (problem != null) {
            throw new JsonParseException(null, "JSON text must be UTF-8, got " + problem,
                    new JsonLocation(ctxt.contentReference(), 0L, 0L, 1, 1));
        }
    }

    /**
     * Describes what makes bytes at the start of an input other than UTF-8: a byte order mark of
     * UTF-16 or UTF-32, or a NUL byte, as UTF-16 and UTF-32 text of JSON has among its first four.
     *
     * @param bytes  the bytes, not null
     * @param offset  where the input starts in {@code bytes}
     * @param count  how many bytes of the input there are, at most four are looked at
     * @return the description, such as {@code the byte order mark of UTF-16LE (0xFF 0xFE)}; null if
     *     the start may be UTF-8
     */
    static String describeStart(byte[] bytes, int offset, int count) {
        int n = Math.min(count, PROBE);
        int b0 = n > 0 ? bytes[offset] & 0xFF : -1;
        int b1 = n > 1 ? bytes[offset + 1] & 0xFF : -1;
        int b2 = n > 2 ? bytes[offset + 2] & 0xFF : -1;
        int b3 = n > 3 ? bytes[offset + 3] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF) {
            return "the byte order mark of UTF-16BE (0xFE 0xFF)";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return b2 == 0 && b3 == 0 ? "the byte order mark of UTF-32LE (0xFF 0xFE 0x00 0x00)"
                    : "the byte order mark of UTF-16LE (0xFF 0xFE)";
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return "the byte order mark of UTF-32BE (0x00 0x00 0xFE 0xFF)";
        }
        for (int i = 0; i < n; i++) {
            if (bytes[offset + i] == 0) {
                return "a NUL byte (0x00) at offset " + i + ", as in UTF-16 or UTF-32";
            }
        }
        return null;
    }

    /** Writes bytes as {@code 0xE9 0x20}. */
    static String hex(byte[] bytes, int offset, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[offset + i] & 0xFF));
        }
        return text.toString();
    }
}
