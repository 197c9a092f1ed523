package io.github.demarche.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows of a tab-separated table with no quoting, split by hand: a row is a line that is not
 * empty, its fields what lies between tabs, every character kept as written. A line ends at
 * {@code \n}, {@code \r\n} or {@code \r}, as jackson-dataformat-csv reads them. Not thread-safe.
 *
 * <p>The table is split as UTF-8 bytes, before it is decoded: a tab or a line break is one byte
 * that is never part of another character, and a field of ASCII, as most are, becomes a string
 * with one copy. Bytes that are not UTF-8 become U+FFFD, as a decoding reader makes them. The
 * offset of {@link #charOffset()} counts bytes, after a byte order mark.
 */
final class TabSeparatedRows extends TableRows {

    private static final int BUFFER = 1 << 16;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    /** The first character not yet read, and the end of what the buffer holds. */
    private int position;
    private int limit;
    /** The characters read before the start of the buffer. */
    private long shifted;
    private boolean ended;
    /** The line of the character at {@link #position}. */
    private long lineNumber = 1;
    private long line;
    private String[] fields = new String[64];

    TabSeparatedRows(InputStream in) throws IOException {
        this.in = in;
        while (limit < BYTE_ORDER_MARK.length && !ended) {
            fill();
        }
        if (limit >= BYTE_ORDER_MARK.length && Arrays.equals(buffer, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0,
                BYTE_ORDER_MARK.length)) {
            position = BYTE_ORDER_MARK.length;
            shifted = -BYTE_ORDER_MARK.length;
        }
    }

    @Override
    public String[] next() throws IOException {
        int count = 0;  // the fields of the line at position found so far
        int from = position;  // where the field being scanned begins
        int i = position;
        for (;;) {
            if (i == limit) {
                if (ended) {
                    return i == position ? null : row(count, from, i);  // a last line without a line break
                }
                if (limit - position >= TooLongRow.MAX_LENGTH) {
                    long begins = lineNumber;
                    skipLongLine();
                    throw new TooLongRow(begins);
                }
                int shift = position;
                fill();  // moves the line to the start of the buffer
                i -= shift;
                from -= shift;
                continue;
            }
            byte b = buffer[i];
            if (b > '\r' || b < '\t') {
                i++;  // the usual byte, in one comparison: not a tab or a line break (non-ASCII bytes are negative)
            } else if (b == '\t') {
                field(count++, from, i);
                from = ++i;
            } else if (b != '\n' && b != '\r') {
                i++;  // a vertical tab or a form feed, kept as written
            } else if (i > position) {
                return row(count, from, i);
            } else {
                skipLineEnd(i);  // an empty line is no row
                from = position;
                i = position;
            }
        }
    }

    /** Ends the row of the line at {@link #position} with its last field, and moves past its line break. */
    private String[] row(int count, int from, int end) throws IOException {
        field(count, from, end);
        String[] row = Arrays.copyOf(fields, count + 1);  // before the line break is passed: that may read on
        line = lineNumber;
        skipLineEnd(end);
        return row;
    }

    private void field(int index, int from, int to) {
        if (index == fields.length) {
            fields = Arrays.copyOf(fields, index * 2);
        }
        fields[index] = to == from ? "" : new String(buffer, from, to - from, StandardCharsets.UTF_8);
    }

    /** Moves past the line break at {@code end}, a {@code \r\n} as one. */
    private void skipLineEnd(int end) throws IOException {
        position = end;
        if (position == limit) {
            return;  // the last line, with no line break
        }
        lineNumber++;
        if (buffer[position++] == '\r') {
            if (position == limit) {
                fill();
            }
            if (position < limit && buffer[position] == '\n') {
                position++;
            }
        }
    }

    /** Drops the rest of a line too long to hold, and its line break. */
    private void skipLongLine() throws IOException {
        for (;;) {
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    skipLineEnd(i);
                    return;
                }
            }
            position = limit;
            if (ended) {
                return;
            }
            fill();
        }
    }

    /**
     * Keeps the characters from {@link #position} at the start of the buffer, growing it if they
     * fill it, and reads more after them; sets {@link #ended} at the end of the input.
     */
    private void fill() throws IOException {
        int kept = limit - position;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        shifted += position;
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
        } else {
            limit += read;
        }
    }

    @Override
    public long nextLine() {
        return lineNumber;
    }

    @Override
    public long charOffset() {
        return shifted + position;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
