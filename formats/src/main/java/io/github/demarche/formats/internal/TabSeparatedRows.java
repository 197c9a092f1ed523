package io.github.demarche.formats.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The rows of a tab-separated table with no quoting, split by hand: a row is a line that is not
 * empty, its fields what lies between tabs, every character kept as written. A line ends at
 * {@code \n}, {@code \r\n} or {@code \r}, as jackson-dataformat-csv reads them. Not thread-safe.
 */
final class TabSeparatedRows extends TableRows {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private char[] buffer = new char[BUFFER];
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

    TabSeparatedRows(Reader in) {
        this.in = in;
    }

    @Override
    public String[] next() throws IOException {
        for (;;) {
            int end = lineEnd();
            if (end < 0) {
                return null;
            }
            int start = position;
            long begins = lineNumber;
            String[] row = end > start ? split(start, end) : null;  // before the line break is passed: that may read on
            skipLineEnd(end);
            if (row != null) {
                line = begins;
                return row;
            }
        }
    }

    /**
     * Finds the end of the line at {@link #position}, reading more of the input as needed.
     *
     * @return the index of its line break, or {@link #limit} for a last line without one; -1 at the
     *     end of the input
     */
    private int lineEnd() throws IOException {
        int scanned = position;
        for (;;) {
            for (int i = scanned; i < limit; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            if (ended) {
                return limit > position ? limit : -1;
            }
            if (limit - position >= TooLongRow.MAX_LENGTH) {
                long begins = lineNumber;
                skipLongLine();
                throw new TooLongRow(begins);
            }
            scanned = limit - position;
            fill();
            scanned += position;
        }
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
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
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

    private String[] split(int start, int end) {
        int count = 0;
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || buffer[i] == '\t') {
                if (count == fields.length) {
                    fields = Arrays.copyOf(fields, count * 2);
                }
                fields[count++] = i == from ? "" : new String(buffer, from, i - from);
                from = i + 1;
            }
        }
        return Arrays.copyOf(fields, count);
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
