package io.github.demarche.jackson;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes bytes as strict UTF-8 (overlong forms, surrogates and truncated sequences are errors),
 * and reports a malformed sequence only once every character before it has been read, so that the
 * reader of the text knows where it is. After the report, decoding goes on after the sequence.
 * A byte order mark of UTF-16 or UTF-32, or a NUL byte, among the first four bytes is reported
 * first, as {@link Utf8Input} does. Not thread-safe.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** The bytes read and not decoded yet, in read mode. */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean ended;
    private boolean started;
    /** Whether malformed sequences are dropped silently, as when skipping the rest of a bad line. */
    private boolean skipping;

    /** A malformed sequence of bytes; decoding goes on after it. */
    static final class MalformedException extends CharConversionException {

        private static final long serialVersionUID = 1L;

        /** Creates an exception that describes the bytes, such as {@code the malformed byte 0xE9}. */
        MalformedException(String description) {
            super(description);
        }

        /** Keeps no stack trace: the exception reports bad input, which is common, not a bug. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        for (;;) {
            CoderResult result = decoder.decode(bytes, out, ended);
            int count = out.position() - off;
            if (result.isError() && skipping && count == 0) {
                // dropped without an exception per byte; with characters before it, it waits for
                // the next call, as they may end the line being skipped
                bytes.position(bytes.position() + result.length());
                continue;
            }
            if (result.isError()) {
                if (count > 0) {
                    return count;  // the error comes again at the next call
                }
                int length = result.length();
                String description = (length == 1 ? "the malformed byte " : "the malformed bytes ")
                        + Utf8Input.hex(bytes.array(), bytes.position(), length);
                bytes.position(bytes.position() + length);
                throw new MalformedException(description);
            }
            if (result.isOverflow() || count > 0) {
                return count;
            }
            if (ended) {
                return -1;
            }
            fill();
        }
    }

    /**
     * Drops malformed sequences without reporting them, or reports them again: a reader skipping
     * the rest of a line already reported does not need an exception for every bad byte.
     */
    void skipMalformed(boolean skip) {
        this.skipping = skip;
    }

    /** Reads the first bytes and checks that they may start UTF-8 text. */
    private void start() throws IOException {
        started = true;
        while (!ended && bytes.remaining() < 4) {
            fill();
        }
        String problem = Utf8Input.describeStart(bytes.array(), bytes.position(), bytes.remaining());
        if (problem != null) {
            throw new MalformedException(problem);  // decoding goes on from the first byte
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
