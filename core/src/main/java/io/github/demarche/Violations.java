package io.github.demarche;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Collects the violations of one object so that all of them are reported together.
 *
 * <p>Messages follow {@code <Type>.<path> must <rule>, got <actual>}; strings are shown in single
 * quotes. Not thread-safe; one instance per check.
 */
final class Violations {

    private final String type;
    private List<Violation> found;

    private Violations(String type) {
        this.type = type;
    }

    /** Starts collecting the violations of a value of the given simple type name. */
    static Violations of(String type) {
        return new Violations(type);
    }

    /** Records a broken rule at {@code path}; {@code actual} is the offending value, shown quoted if text. */
    Violations add(String path, ViolationCode code, String rule, Object actual) {
        return addRaw(path, code, rule, show(actual));
    }

    /** Records a broken rule whose offending value is already written out, such as {@code low=3, high=2}. */
    Violations addRaw(String path, ViolationCode code, String rule, String actualText) {
        String where = path.isEmpty() ? type : type + "." + path;
        if (found == null) {
            found = new ArrayList<>(2);
        }
        found.add(Violation.of(path, code, where + " must " + rule + ", got " + actualText));
        return this;
    }

    /**
     * What a text attribute may hold besides what every text may: the rules of
     * {@link #text(String, String, int, TextForm)}.
     */
    enum TextForm {
        /** A name or an id-like value, on one line, without bidirectional overrides or isolates. */
        NAME,
        /** A text on one line, such as a title or a label. */
        LINE,
        /**
         * A text that may hold line breaks ({@code \n}, {@code \r}, U+2028, U+2029) and tabs, such
         * as a quote or a citation (UCDP's {@code source_article} holds tabs).
         */
        LINES
    }

    /** Checks that a text is not blank, at most {@code maxLength} characters long, and on one line. */
    Violations text(String path, String value, int maxLength) {
        return text(path, value, maxLength, TextForm.LINE);
    }

    /**
     * Checks that a text is not blank (Unicode spaces and format characters count as blank), at
     * most {@code maxLength} characters long, and holds only characters of its form (see
     * {@link #characters}). One violation at most: blank, too long, or the first bad character.
     */
    Violations text(String path, String value, int maxLength, TextForm form) {
        if (isPlainText(value, maxLength)) {
            return this;  // the usual text, in one pass: none of the rules below can fail
        }
        if (isBlank(value)) {
            add(path, ViolationCode.BLANK, "not be blank", value);
        } else if (value.length() > maxLength) {
            addRaw(path, ViolationCode.TOO_LONG, "be at most " + maxLength + " characters long",
                    value.length() + " characters");
        } else {
            characters(path, value, form);
        }
        return this;
    }

    /**
     * Checks if a text keeps every text rule of every form at a glance: at most {@code maxLength}
     * characters, all printable ASCII, not all spaces. Callers that check the elements of a list
     * test this first, so that the path of an element ({@code aliases[0]}) is made only for a text
     * that {@link #text(String, String, int, TextForm)} must look at.
     */
    static boolean isPlainText(String value, int maxLength) {
        int length = value.length();
        if (length > maxLength) {
            return false;
        }
        boolean blank = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c >= '\u007f') {
                return false;
            }
            blank &= c == ' ';
        }
        return !blank;
    }

    /**
     * Checks that a text holds no control character (line breaks and tabs apart, in the form
     * {@link TextForm#LINES}; the C1 controls U+0080 to U+009F apart, except in the form
     * {@link TextForm#NAME}: datasets keep them where text was decoded as Latin-1 rather than
     * Windows-1252, as GDELT's {@code 'Sanaa, San\u0091a', Yemen'}, and a row read must write back
     * as it was), no unpaired surrogate, no noncharacter (U+FDD0 to U+FDEF, and the
     * last two code points of every plane, such as U+FFFE), and, in the form {@link TextForm#NAME},
     * no bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069), which make a name
     * read otherwise than it is written. Reports the first bad character, with its index.
     */
    Violations characters(String path, String value, TextForm form) {
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= ' ' && c < '\u007f') {  // the usual case: printable ASCII
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            String rule = characterRule(codePoint, form);
            if (rule != null) {
                addRaw(path, ViolationCode.INVALID_CHARACTER, rule, show(value) + " ("
                        + String.format(java.util.Locale.ROOT, "U+%04X", codePoint) + " at index " + i + ")");
                return this;
            }
            i += Character.charCount(codePoint);
        }
        return this;
    }

    /** Gets the rule that a code point breaks in a text of a form, or null. */
    private static String characterRule(int codePoint, TextForm form) {
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return "not contain unpaired surrogates";  // codePointAt joins a pair
        }
        if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE) {
            return "not contain noncharacters";
        }
        if (isLineBreak(codePoint)) {
            return form == TextForm.LINES ? null : "not contain line breaks";
        }
        if (codePoint == '\t' && form == TextForm.LINES) {
            return null;
        }
        if (codePoint < ' ' || codePoint == 0x7F || codePoint <= 0x9F && form == TextForm.NAME) {
            return "not contain control characters";  // C1 controls are left in texts kept as written
        }
        if (form == TextForm.NAME && (codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return "not contain bidirectional overrides or isolates";
        }
        return null;
    }

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /**
     * Checks if a text is blank: empty, or only white space, Unicode spaces (such as the no-break
     * space U+00A0), format characters (such as the zero-width space U+200B and U+FEFF) and the
     * other characters that show nothing by themselves (the Hangul fillers, the combining grapheme
     * joiner, variation selectors).
     */
    static boolean isBlank(String value) {
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c > ' ' && c < '\u007f') {
                return false;
            }
            int codePoint = value.codePointAt(i);
            if (!isBlankCharacter(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isBlankCharacter(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0 || codePoint >= 0x180B && codePoint <= 0x180F
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    /** Checks that a text matches a pattern; {@code form} describes the pattern to the reader. */
    Violations matches(String path, String value, Pattern pattern, String form) {
        if (!pattern.matcher(value).matches()) {
            add(path, ViolationCode.MALFORMED, "be " + form, value);
        }
        return this;
    }

    /**
     * The form of every identifier in the model (actors, events, statements, casualty reports):
     * lower-case ASCII letters and digits in runs separated by single '-', '.' or '_', 1 to 64
     * characters, such as {@code wang-yi} or {@code event.2021-02-01.coup}.
     */
    static final String ID_FORM = "lower-case letters and digits separated by single '-', '.' or '_'";

    /** The most characters an identifier may have. */
    static final int ID_MAX_LENGTH = 64;

    /** Checks that a text is an identifier of the documented form. */
    Violations id(String path, String value) {
        if (value.length() > ID_MAX_LENGTH) {
            addRaw(path, ViolationCode.TOO_LONG, "be at most " + ID_MAX_LENGTH + " characters long",
                    value.length() + " characters");
        } else if (!isId(value)) {
            add(path, ViolationCode.MALFORMED, "be " + ID_FORM, value);
        }
        return this;
    }

    /**
     * Checks the identifier form by hand: ids are checked for every value built, and a regular
     * expression here was the largest cost of building a statement. The loop has no branch that
     * depends on the kind of character (a table gives the kind, arithmetic the verdict);
     * {@code ViolationsTest} proves it equal to the readable form of the rule on random texts.
     */
    static boolean isId(String value) {
        int previous = ID_SEPARATOR;  // the first character, like one after a separator, must be a letter or digit
        int bad = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ID_CHARACTER_KINDS.length) {
                return false;
            }
            int kind = ID_CHARACTER_KINDS[c];
            // bad if not an id character (kind 0), or a separator right after a separator or at the start
            bad |= (kind - 1) >>> 31 | (kind & previous) >> 1;
            previous = kind;
        }
        return bad == 0 && previous == ID_LETTER_OR_DIGIT;
    }

    /** The kind of an id character: a lower-case ASCII letter or digit. */
    private static final byte ID_LETTER_OR_DIGIT = 1;

    /** The kind of an id character: a separator, '-', '.' or '_'. */
    private static final byte ID_SEPARATOR = 2;

    /** The kind of each ASCII character in an id: 0 for those an id may not hold. */
    private static final byte[] ID_CHARACTER_KINDS = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ID_CHARACTER_KINDS[c] = ID_LETTER_OR_DIGIT;
        }
        for (char c = '0'; c <= '9'; c++) {
            ID_CHARACTER_KINDS[c] = ID_LETTER_OR_DIGIT;
        }
        ID_CHARACTER_KINDS['-'] = ID_SEPARATOR;
        ID_CHARACTER_KINDS['.'] = ID_SEPARATOR;
        ID_CHARACTER_KINDS['_'] = ID_SEPARATOR;
    }

    /**
     * Reports each element whose key an earlier element already has, at {@code path[i]}: the
     * duplicate check of the model's lists. Short lists (the usual one or two speakers) are
     * compared pairwise, which is cheaper than a hash set; long ones go through a hash set, so
     * that hostile input stays linear.
     */
    <T> Violations unique(String path, List<T> values, Function<? super T, ?> key, String rule) {
        int size = values.size();
        if (size < 2) {
            return this;
        }
        if (size <= 16) {
            for (int i = 1; i < size; i++) {
                Object current = key.apply(values.get(i));
                for (int j = 0; j < i; j++) {
                    if (current.equals(key.apply(values.get(j)))) {
                        add(at(path, i), ViolationCode.DUPLICATE, rule, current);
                        break;
                    }
                }
            }
            return this;
        }
        Set<Object> seen = new HashSet<>(size * 2);
        for (int i = 0; i < size; i++) {
            Object current = key.apply(values.get(i));
            if (!seen.add(current)) {
                add(at(path, i), ViolationCode.DUPLICATE, rule, current);
            }
        }
        return this;
    }

    /** Checks that a collection is not empty. */
    static final int ATTRIBUTE_KEY_MAX_LENGTH = 64;

    /**
     * Checks the keys of extension attributes: a letter, then letters, digits, '.', '_', '-' or
     * ':', at most 64 characters, such as {@code gdelt.NumMentions}.
     */
    Violations attributeKeys(String path, java.util.Map<String, AttributeValue> attributes) {
        if (attributes.isEmpty()) {
            return this;  // the usual case, without the key set and iterator of an empty map
        }
        for (String key : attributes.keySet()) {
            if (key.length() > ATTRIBUTE_KEY_MAX_LENGTH) {
                addRaw(path + "." + StringUtils.abbreviate(key, MAX_SHOWN), ViolationCode.TOO_LONG,
                        "have keys of at most " + ATTRIBUTE_KEY_MAX_LENGTH + " characters", key.length() + " characters");
            } else if (!isAttributeKey(key)) {
                add(path, ViolationCode.MALFORMED,
                        "have keys that are a letter followed by letters, digits, '.', '_', '-' or ':'", key);
            }
        }
        return this;
    }

    static boolean isAttributeKey(String key) {
        if (key.isEmpty() || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Checks the provenance every record shares: at least one source, and no external id twice. */
    Violations provenance(List<SourceAttribution> sources, List<ExternalId> externalIds) {
        notEmpty("sources", sources);
        unique("externalIds", externalIds, Function.identity(), "name each external id once");
        return this;
    }

    /**
     * Checks that a record's relative date is not anchored to the record itself, at
     * {@code relativeDate.anchor}: a statement "after itself" says nothing.
     */
    Violations notSelfAnchored(RelativeDate relativeDate, RelativeDate.Anchor.Kind kind, String id) {
        RelativeDate.Anchor anchor = relativeDate.anchor();
        if (anchor.kind() == kind && anchor.id().equals(id)) {
            add("relativeDate.anchor", ViolationCode.INCONSISTENT,
                    "name another " + kind.name().toLowerCase(java.util.Locale.ROOT) + " than this one", id);
        }
        return this;
    }

    Violations notEmpty(String path, Collection<?> values) {
        if (values.isEmpty()) {
            addRaw(path, ViolationCode.EMPTY, "hold at least one element", "[]");
        }
        return this;
    }

    /** Gets how many violations were found so far. */
    int count() {
        return found == null ? 0 : found.size();
    }

    /** Gets the violations found so far. */
    List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    /** Throws a {@link ValidationException} if any violation was found. */
    void throwIfAny() {
        if (found != null) {
            throw new ValidationException(found);
        }
    }

    /** The most characters of an offending text a message repeats; longer texts are abbreviated. */
    static final int MAX_SHOWN = 100;

    /**
     * Writes a value the way messages show it: text in single quotes, abbreviated with "..." past
     * {@value #MAX_SHOWN} characters so that hostile input cannot blow up a message, with what
     * cannot be seen or could be mistaken for something else escaped as {@code \}{@code uXXXX} (see
     * {@link #isShownEscaped(char)}) and a backslash doubled; everything else as is.
     */
    static String show(Object value) {
        if (!(value instanceof CharSequence)) {
            return String.valueOf(value);
        }
        String text = StringUtils.abbreviate(value.toString(), MAX_SHOWN);
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = c == '\\' || isShownEscaped(c);
            if (escaped && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                if (c == '\\') {
                    shown.append("\\\\");
                } else if (escaped) {
                    shown.append(String.format("\\u%04x", (int) c));
                } else {
                    shown.append(c);
                }
            }
        }
        return "'" + (shown == null ? text : shown.toString()) + "'";
    }

    /**
     * Checks if a message shows a character as an escape: control and format characters (a tab,
     * a zero-width space, a bidi override), white space other than the ASCII space (a no-break
     * space), surrogates (a lone half of a pair included), noncharacters, and digits other than
     * ASCII ones, which look like them ('٢٠٢١' is not a year).
     */
    static boolean isShownEscaped(char c) {
        if (c >= ' ' && c <= '~') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED && (c >= '\ufdd0' && c <= '\ufdef' || (c & 0xfffe) == 0xfffe)
                || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isDigit(c)
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The most elements of a list that a {@code toString()} names; it counts the others. */
    static final int MAX_LISTED = 5;

    /**
     * Shortens a user's text for a {@code toString()}: at most {@value #MAX_SHOWN} characters, so
     * that a description stays short whatever the value holds.
     */
    static String abbreviate(String text) {
        return StringUtils.abbreviate(text, MAX_SHOWN);
    }

    /**
     * Runs a factory or builder and returns the violations it would throw, without throwing.
     * This is how every {@code validate()} of the model reports exactly what {@code build()} would.
     */
    static List<Violation> collect(Supplier<?> factory) {
        try {
            factory.get();
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    /** Formats the JDK's index path of a list element, such as {@code stances[1]}. */
    static String at(String path, int index) {
        return path + "[" + index + "]";
    }
}
