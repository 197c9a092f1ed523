package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Texts that are read again and again — publications, URLs, topics, event ids — returned as the
 * string read before instead of a new one: the parser's characters are hashed and compared with
 * the strings in their pair of slots of a small two-way set-associative table, without making a
 * string. A third text of the same pair replaces one of the two. Besides the allocation, this saves the hashing of the
 * caches that take these strings as keys: a string returned again has its hash code computed.
 *
 * <p>Texts longer than {@value #MAX_LENGTH} characters, quotes and summaries, are rarely read
 * twice: they are returned as new strings without being hashed or kept. Thread-safe (strings are
 * immutable, so a slot may be read and written without ordering); a deserialized table starts
 * empty.
 */
final class Texts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text kept, in characters. */
    static final int MAX_LENGTH = 64;

    /** The number of slots, a power of two. */
    private final int capacity;
    /** The texts by slot; null where none was kept. */
    private transient AtomicReferenceArray<String> slots;

    /** Creates a table of {@code capacity} slots, a power of two, at least 2. */
    Texts(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("Texts.capacity must be a power of two of at least 2, got " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /**
     * Reads the current token as a text, as {@link Tokens#string} does, returning the string read
     * before if it has the same characters.
     */
    String read(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return Tokens.string(p, ctxt, type, attribute);  // reports the wrong type
        }
        int length = p.getTextLength();
        if (length > MAX_LENGTH) {
            return p.getText();
        }
        return find(p.getTextCharacters(), p.getTextOffset(), length);
    }

    /** Gets the string of the given characters, the one kept if it has them. */
    String find(char[] text, int offset, int length) {
        int hash = hash(text, offset, length);
        int slot = (hash ^ hash >>> 16) & (capacity - 1);
        String known = slots.getPlain(slot);
        if (known != null && matches(known, text, offset, length)) {
            return known;
        }
        String other = slots.getPlain(slot ^ 1);
        if (other != null && matches(other, text, offset, length)) {
            return other;
        }
        String read = new String(text, offset, length);
        // the free slot of the pair, or else one of the two chosen by a higher bit of the hash
        slots.setPlain(known == null || other != null && (hash & 1 << 20) == 0 ? slot : slot ^ 1, read);
        return read;
    }

    /** Hashes characters as {@code String.hashCode()} hashes a string of them. */
    static int hash(char[] text, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + text[offset + i];
        }
        return hash;
    }

    /** Checks whether a string has the given characters. */
    static boolean matches(String known, char[] text, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != text[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Restores an empty table of the same capacity. */
    private Object readResolve() {
        return new Texts(capacity);
    }
}
