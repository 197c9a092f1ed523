package io.github.demarche.jackson;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Input streams for tests: one that records that it was closed, and one that generates a huge
 * document (a 50 MB string, a 17 MiB array) as it is read, so that the tests hold none of it.
 */
final class InputSupport {

    private InputSupport() {
    }

    /** Bytes that remember being closed. */
    static final class Recording extends ByteArrayInputStream {

        private int closes;

        Recording(byte[] bytes) {
            super(bytes);
        }

        Recording(String text) {
            this(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closes++;
        }

        boolean isClosed() {
            return closes > 0;
        }

        int closes() {
            return closes;
        }
    }

    /**
     * A UTF-8 text made of a prefix, a unit repeated many times and a suffix, generated as it is
     * read: {@code generated("{\"summary\":\"", "x", 50_000_000, "\"}")} is a 50 MB string that
     * takes no memory.
     */
    static InputStream generated(String prefix, String unit, long times, String suffix) {
        return new Generated(prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), times,
                suffix.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Generated extends InputStream {

        private final byte[][] parts;
        private final long[] repeats;
        private int part;
        private long repeat;
        private int offset;

        Generated(byte[] prefix, byte[] unit, long times, byte[] suffix) {
            Objects.requireNonNull(unit, "unit");
            this.parts = new byte[][] {prefix, unit, suffix};
            this.repeats = new long[] {1, times, 1};
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int count = 0;
            while (count < len && part < parts.length) {
                byte[] bytes = parts[part];
                if (repeat >= repeats[part] || bytes.length == 0) {
                    part++;
                    repeat = 0;
                    offset = 0;
                    continue;
                }
                int n = Math.min(len - count, bytes.length - offset);
                System.arraycopy(bytes, offset, b, off + count, n);
                count += n;
                offset += n;
                if (offset == bytes.length) {
                    offset = 0;
                    repeat++;
                }
            }
            return count == 0 ? -1 : count;
        }
    }
}
