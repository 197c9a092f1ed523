package io.github.demarche.formats.internal;

import io.github.demarche.AttributeValue;
import io.github.demarche.Coordinates;
import io.github.demarche.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the row mappings share: a row read and written by column name, and the rules by which a
 * cell becomes a typed extension attribute and is written back exactly.
 *
 * <p>A cell becomes an attribute of its column's kind when that kind gives back its text exactly:
 * an {@code INTEGER} written as {@link Long#toString(long)} writes it, a {@code DECIMAL} written as
 * {@link BigDecimal#toPlainString()} writes it (every digit kept), a {@code BOOLEAN} written
 * {@code 1} or {@code 0}; any other cell is kept as a {@code TEXT}, so that nothing is lost. A cell
 * holding the dataset's mark of a missing value ({@code ""}, or {@code NA} in ICEWS) becomes no
 * attribute, and is written back when the attribute is absent.
 */
public final class Cells {

    private Cells() {
    }

    /** A row's fields by column name, for reading or writing. */
    public static final class Fields {

        private final List<String> names;
        private final String[] values;

        public Fields(List<String> names, List<String> row) {
            if (row.size() != names.size()) {
                throw new IllegalArgumentException("a row of " + names.size() + " fields expected, got " + row.size());
            }
            this.names = names;
            this.values = row.toArray(new String[0]);
        }

        public Fields(List<String> names, String fill) {
            this.names = names;
            this.values = new String[names.size()];
            Arrays.fill(values, fill);
        }

        public String get(String name) {
            return values[index(name)];
        }

        public boolean has(String name) {
            return names.contains(name);
        }

        public void set(String name, String value) {
            values[index(name)] = value;
        }

        public List<String> toList() {
            return List.of(values);
        }

        private int index(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + names);
            }
            return index;
        }
    }

    /**
     * Puts a cell as an attribute of the given kind if it gives back the cell exactly in that kind,
     * else as a text; a cell that is the missing mark becomes no attribute.
     */
    public static void put(Map<String, AttributeValue> attributes, String key, String cell, String missing,
            AttributeValue.Kind kind) {
        if (!cell.equals(missing)) {
            attributes.put(key, value(cell, kind));
        }
    }

    /** Puts a cell as a text attribute, whatever it holds (an empty cell included). */
    public static void putText(Map<String, AttributeValue> attributes, String key, String cell) {
        attributes.put(key, AttributeValue.of(cell));
    }

    /** The attribute value of the given kind that gives back the cell exactly, else a text. */
    public static AttributeValue value(String cell, AttributeValue.Kind kind) {
        switch (kind) {
            case BOOLEAN:
                return cell.equals("1") || cell.equals("0") ? AttributeValue.of(cell.equals("1")) : AttributeValue.of(cell);
            case INTEGER:
                return isExactLong(cell) ? AttributeValue.of(Long.parseLong(cell)) : AttributeValue.of(cell);
            case DECIMAL:
                return isExactDecimal(cell) ? AttributeValue.of(new BigDecimal(cell)) : AttributeValue.of(cell);
            default:
                return AttributeValue.of(cell);
        }
    }

    /** Writes an attribute value back as the cell it came from. */
    public static String cell(AttributeValue value) {
        switch (value.kind()) {
            case TEXT:
                return value.asText();
            case INTEGER:
                return Long.toString(value.asLong());
            case DECIMAL:
                return value.asDecimal().toPlainString();
            case BOOLEAN:
                return value.asBoolean() ? "1" : "0";
            default:
                throw new AssertionError(value.kind());
        }
    }

    /** The cell an attribute gives back, if the attribute is there. */
    public static Optional<String> cell(Map<String, AttributeValue> attributes, String key) {
        return Optional.ofNullable(attributes.get(key)).map(Cells::cell);
    }

    /**
     * Checks if a cell is a plain decimal that {@link BigDecimal#toPlainString()} writes back as is:
     * {@code -?\d+(\.\d+)?}, at most 40 characters, and written as {@code BigDecimal} writes it (no
     * leading zero before another digit, no minus before a zero). Checked character by character, as
     * readers check some ten cells a row; {@code CellsTest} proves it equal to the readable check
     * (the pattern, then a round trip through {@code BigDecimal}).
     */
    public static boolean isExactDecimal(String cell) {
        int length = cell.length();
        if (length > 40) {
            return false;
        }
        int point = cell.indexOf('.');
        int end = point < 0 ? length : point;
        if (!isCanonicalWhole(cell, end)) {
            return false;
        }
        if (point >= 0 && !isDigits(cell, point + 1, length)) {
            return false;
        }
        // a minus before a zero: BigDecimal drops it
        return cell.charAt(0) != '-' || !isZeros(cell, 1, end) || point >= 0 && !isZeros(cell, point + 1, length);
    }

    /**
     * Checks if a cell is a whole number that {@link Integer#toString(int)} writes back as is, character
     * by character ({@code CellsTest} proves it equal to the pattern {@code -?\d{1,18}}, at most 9
     * characters, and a round trip through {@code int}).
     */
    public static boolean isExactInt(String cell) {
        return cell.length() <= 9 && isCanonicalWhole(cell, cell.length()) && !cell.equals("-0");
    }

    /**
     * Checks if a cell is a whole number that {@link Long#toString(long)} writes back as is, character
     * by character ({@code CellsTest} proves it equal to the pattern {@code -?\d{1,18}} and a round
     * trip through {@code long}).
     */
    static boolean isExactLong(String cell) {
        int digits = cell.isEmpty() || cell.charAt(0) != '-' ? cell.length() : cell.length() - 1;
        return digits <= 18 && isCanonicalWhole(cell, cell.length()) && !cell.equals("-0");
    }

    /** Checks if {@code cell[0, end)} is {@code -?\d+} with no leading zero before another digit. */
    private static boolean isCanonicalWhole(String cell, int end) {
        int start = end > 0 && cell.charAt(0) == '-' ? 1 : 0;
        return isDigits(cell, start, end) && (end - start == 1 || cell.charAt(start) != '0');
    }

    /** Checks if {@code cell[start, end)} is one or more ASCII digits. */
    private static boolean isDigits(String cell, int start, int end) {
        if (end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Checks if {@code cell[start, end)} is zeros only. */
    private static boolean isZeros(String cell, int start, int end) {
        for (int i = start; i < end; i++) {
            if (cell.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Checks if a cell is an ISO day that {@link LocalDate#toString()} writes back as is. */
    public static boolean isExactIsoDate(String cell) {
        try {
            return LocalDate.parse(cell).toString().equals(cell);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Checks if a text fits a text field of the model: not blank, at most {@code max} characters. */
    public static boolean fitsText(String cell, int max) {
        return !cell.isBlank() && cell.length() <= max;
    }

    /** Checks if a text fits a code field of {@code Location}: not blank, at most 64, no white space. */
    public static boolean fitsCode(String cell) {
        if (!fitsText(cell, 64)) {
            return false;
        }
        // a loop, not cell.chars().noneMatch(..): a stream a cell took a twentieth of a GDELT import
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isWhitespace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The coordinates of two cells, if both are degrees the model keeps with their digits. */
    public static Optional<Coordinates> coordinates(String latitude, String longitude) {
        if (!isExactDecimal(latitude) || !isExactDecimal(longitude)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Coordinates.parse(latitude, longitude));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Splits a cell at every {@code separator}, keeping empty parts. */
    public static List<String> split(String cell, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) == separator) {
                parts.add(cell.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(cell.substring(start));
        return parts;
    }
}
