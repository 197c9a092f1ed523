package io.github.demarche.jackson;

import com.fasterxml.jackson.core.Version;

/**
 * The Jackson that the tests run on, and what of it changes what they assert. The tests run on the
 * pinned Jackson in the build and on each supported minor in CI's matrix
 * ({@code -Djackson.test.version=2.15.4}); where Jackson's messages or limits differ between
 * versions, a test asserts what the running version does, never nothing.
 */
final class JacksonVersions {

    /** The running jackson-core. */
    static final Version CORE = com.fasterxml.jackson.core.json.PackageVersion.VERSION;

    private JacksonVersions() {
    }

    /** Checks if the running jackson-core is 2.{@code minor}.{@code patch} or later. */
    static boolean atLeast(int minor, int patch) {
        return CORE.compareTo(new Version(2, minor, patch, null, CORE.getGroupId(), CORE.getArtifactId())) >= 0;
    }

    /**
     * Checks if the running Jackson limits the length of field names and of documents: 2.16 and later
     * (2.15 has neither limit).
     */
    static boolean limitsNamesAndDocuments() {
        return atLeast(16, 0);
    }

    /**
     * Checks if the running Jackson checks the name limit while it reads a name from text (a
     * {@code String} or a {@code Reader}), as it does from bytes: 2.18.10, 2.21.6, 2.22.2 and later
     * patches of those lines, and 2.23 on (jackson-core's fix of CVE-2026-68498). Earlier versions
     * check the name limit on text at the end of the name, and the string limit while reading it.
     */
    static boolean checksNameLimitWhileReadingText() {
        int minor = CORE.getMinorVersion();
        int patch = CORE.getPatchLevel();
        return minor >= 23 || minor == 22 && patch >= 2 || minor == 21 && patch >= 6 || minor == 18 && patch >= 10;
    }

    /** The message of a nesting depth beyond the limit. */
    static String depthExceeded(int depth, int max) {
        return limitsNamesAndDocuments()
                ? "Document nesting depth (" + depth + ") exceeds the maximum allowed (" + max + ", from "
                        + "`StreamReadConstraints.getMaxNestingDepth()`)"
                : "Depth (" + depth + ") exceeds the maximum allowed nesting depth (" + max + ")";
    }

    /** The message of a number longer than the limit. */
    static String numberTooLong(int length, int max) {
        return limitsNamesAndDocuments()
                ? "Number value length (" + length + ") exceeds the maximum allowed (" + max + ", from "
                        + "`StreamReadConstraints.getMaxNumberLength()`)"
                : "Number length (" + length + ") exceeds the maximum length (" + max + ")";
    }

    /** A pattern of the message of a string longer than the limit, its length being any number. */
    static String stringTooLongPattern(int max) {
        return limitsNamesAndDocuments()
                ? "String value length \\(\\d+\\) exceeds the maximum allowed \\(" + max + ", from "
                        + "`StreamReadConstraints.getMaxStringLength\\(\\)`\\)"
                : "String length \\(\\d+\\) exceeds the maximum length \\(" + max + "\\)";
    }

    /** A pattern of the message of a field name longer than the limit (2.16 and later). */
    static String nameTooLongPattern(int max) {
        return "Name length \\(\\d+\\) exceeds the maximum allowed \\(" + max + ", from "
                + "`StreamReadConstraints.getMaxNameLength\\(\\)`\\)";
    }

    /** A pattern of the message of a document longer than the limit (2.16 and later). */
    static String documentTooLongPattern(long max) {
        return "Document length \\(\\d+\\) exceeds the maximum allowed \\(" + max + ", from "
                + "`StreamReadConstraints.getMaxDocumentLength\\(\\)`\\)";
    }
}
