package io.github.demarche.jackson;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Splits text into lines at {@code \n}, in constant memory: each line is read through
 * {@link #line()}, a reader that ends where the line ends, and what a parser leaves of a line is
 * skipped without being held, however long it is. A {@code \r} before the {@code \n} stays in the
 * line, where JSON takes it for white space; a last line without {@code \n} is a line; a byte order
 * mark at the start of the text is dropped. Not thread-safe.
 */
final class NdjsonLines implements Closeable {

    private static final int BUFFER = 8192;

    private final Reader source;
    /** The source, if it decodes UTF-8 bytes; null for text input. */
    private final Utf8Reader utf8;
    private final char[] buffer = new char[BUFFER];
    private final Reader line = new Line();
    private int position;
    private int limit;
    private boolean sourceEnded;
    private boolean started;
    private long lineNumber;
    private boolean inLine;
    /** The characters of the current line read through {@link #line()}. */
    private long column;
    /** The first character of the current line read through {@link #line()}, -1 before it. */
    private int first = -1;

    NdjsonLines(Reader source) {
        this.source = Objects.requireNonNull(source, "source");
        this.utf8 = source instanceof Utf8Reader ? (Utf8Reader) source : null;
    }

    /** Gets the number of the current line, 1 for the first, 0 before it. */
    long lineNumber() {
        return lineNumber;
    }

    /** Gets how many characters of the current line have been read through {@link #line()}. */
    long column() {
        return column;
    }

    /**
     * Moves to the next line, skipping what is left of the current one.
     *
     * @return false at the end of the text
     * @throws Utf8Reader.MalformedException if the next line starts with a malformed sequence of
     *     bytes; the line is then the current one
     */
    boolean nextLine() throws IOException {
        if (inLine) {
            skipRest();
        }
        if (position == limit) {
            try {
                if (!fill()) {
                    return false;
                }
            } catch (Utf8Reader.MalformedException e) {
                startLine();
                throw e;
            }
        }
        startLine();
        return true;
    }

    private void startLine() {
        lineNumber++;
        inLine = true;
        column = 0;
        first = -1;
    }

    /** Gets the first character of the current line read through {@link #line()}, -1 if none has been. */
    int first() {
        return first;
    }

    /** Gets the current line as a reader, which ends at the end of the line; closing it does nothing. */
    Reader line() {
        return line;
    }

    /**
     * Looks at the first character of the current line that is not JSON white space, without
     * reading it, when that is cheap: when nothing of the line has been read and the character is
     * in the buffer.
     *
     * @return the character; {@link #PEEK_BLANK} if the line is blank; {@link #PEEK_UNKNOWN} if
     *     the character cannot be looked at without reading
     * @throws Utf8Reader.MalformedException if the line starts with a malformed sequence of bytes
     */
    int peek() throws IOException {
        if (!inLine || column > 0) {
            return PEEK_UNKNOWN;
        }
        if (position == limit && !fill()) {
            return PEEK_BLANK;
        }
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '\n') {
                return PEEK_BLANK;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return c;
            }
        }
        return PEEK_UNKNOWN;
    }

    /** What {@link #peek()} returns for a blank line. */
    static final int PEEK_BLANK = -1;
    /** What {@link #peek()} returns when it cannot look without reading. */
    static final int PEEK_UNKNOWN = -2;

    /** Skips what is left of the current line, malformed bytes included, without reporting them. */
    void skipRest() throws IOException {
        if (utf8 != null) {
            utf8.skipMalformed(true);
        }
        try {
            skipLine();
        } finally {
            if (utf8 != null) {
                utf8.skipMalformed(false);
            }
        }
    }

    private void skipLine() throws IOException {
        while (inLine) {
            if (position == limit) {
                boolean more;
                try {
                    more = fill();
                } catch (Utf8Reader.MalformedException e) {
                    continue;  // the decoder goes on after the malformed bytes
                }
                if (!more) {
                    inLine = false;
                    return;
                }
            }
            int i = position;
            while (i < limit && buffer[i] != '\n') {
                i++;
            }
            if (i < limit) {
                position = i + 1;
                inLine = false;
            } else {
                position = limit;
            }
        }
    }

    /** Reads more characters into the empty buffer; false at the end of the text. */
    private boolean fill() throws IOException {
        while (!sourceEnded) {
            int n = source.read(buffer, 0, buffer.length);
            if (n < 0) {
                sourceEnded = true;
                break;
            }
            position = 0;
            limit = n;
            if (!started && n > 0) {
                started = true;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                }
            }
            if (position < limit) {
                return true;
            }
        }
        position = 0;
        limit = 0;
        return false;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** The current line: its characters up to the {@code \n}, then the end. */
    private final class Line extends Reader {

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (!inLine) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                inLine = false;
                return -1;
            }
            int end = Math.min(limit, position + len);
            int i = position;
            while (i < end && buffer[i] != '\n') {
                i++;
            }
            int count = i - position;
            if (column == 0 && count > 0) {
                first = buffer[position];
            }
            System.arraycopy(buffer, position, cbuf, off, count);
            column += count;
            position = i;
            if (i < end) {  // at the \n
                position++;
                inLine = false;
                if (count == 0) {
                    return -1;
                }
            }
            return count;
        }

        @Override
        public void close() {
            // the lines own the source
        }
    }
}
