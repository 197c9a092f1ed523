package io.github.demarche.formats.gdelt;

import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.CompactDates;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import io.github.demarche.formats.internal.CellRefusal;

/**
 * The rules a GDELT row's cells must keep to be read, in the order of the columns; the first broken
 * one refuses the row. They hold for every row GDELT publishes (every shared sample row keeps
 * them); a cell that keeps its rule but that a typed home cannot hold exactly is still kept, as an
 * attribute ({@link GdeltRows}).
 *
 * The rules are listed in the package documentation ({@code package-info.java}).
 */
final class GdeltChecks {

    private static final int NINETY = 90;
    private static final int HALF_TURN = 180;
    private static final int[] GEOS = {GdeltRows.ACTOR1_GEO, GdeltRows.ACTOR2_GEO, GdeltRows.ACTION_GEO};

    private GdeltChecks() {
    }

    /**
     * Checks the cells of a row.
     *
     * @param layout  the row's layout
     * @param fields  the row
     * @throws CellRefusal for the first cell that breaks its rule
     */
    static void check(Layout layout, GdeltFields fields) {
        String id = fields.get(GdeltRows.GLOBALEVENTID);
        if (!isDigits(id, 0, id.length(), 18)) {
            throw refuse("GLOBALEVENTID", id, ProblemCode.NOT_A_NUMBER, "be a whole number");
        }
        String date = fields.get(GdeltRows.SQLDATE);
        if (!CompactDates.validateDate(date).isEmpty()) {
            throw refuse("SQLDATE", date, ProblemCode.NOT_A_DATE, "be a date yyyyMMdd");
        }
        whole(fields, GdeltRows.MONTH_YEAR);
        whole(fields, GdeltRows.YEAR);
        number(fields, GdeltRows.FRACTION_DATE);
        String root = fields.get(GdeltRows.IS_ROOT_EVENT);
        if (!root.equals("0") && !root.equals("1")) {
            throw refuse("IsRootEvent", root, ProblemCode.NOT_A_NUMBER, "be 0 or 1");
        }
        String code = fields.get(GdeltRows.EVENT_CODE);
        if (!CameoCode.validate(CameoDialect.GDELT, code).isEmpty()) {
            throw refuse("EventCode", code, ProblemCode.UNKNOWN_CODE, "be a CAMEO event code of GDELT's dialect");
        }
        String quad = fields.get(GdeltRows.QUAD_CLASS);
        if (quad.length() != 1 || quad.charAt(0) < '1' || quad.charAt(0) > '4') {
            throw refuse("QuadClass", quad, ProblemCode.NOT_A_NUMBER, "be 1, 2, 3 or 4");
        }
        String score = fields.get(GdeltRows.GOLDSTEIN_SCALE);
        if (!isNumber(score) || !isAtMost(score, 10)) {
            throw refuse("GoldsteinScale", score, ProblemCode.NOT_A_NUMBER, "be a number from -10 to 10");
        }
        for (int count = GdeltRows.NUM_MENTIONS; count <= GdeltRows.NUM_ARTICLES; count++) {
            whole(fields, count);
        }
        number(fields, GdeltRows.AVG_TONE);
        for (int geo : GEOS) {
            geo(fields, geo);
        }
        String added = fields.get(GdeltRows.DATEADDED);
        if (layout == Layout.V2 && !CompactDates.validateTimestamp(added).isEmpty()) {
            throw refuse("DATEADDED", added, ProblemCode.NOT_A_DATE, "be a UTC time yyyyMMddHHmmss");
        }
        if (layout != Layout.V2 && !CompactDates.validateDate(added).isEmpty()) {
            throw refuse("DATEADDED", added, ProblemCode.NOT_A_DATE, "be a date yyyyMMdd");
        }
    }

    private static void geo(GdeltFields fields, int geo) {
        String type = fields.get(geo + GdeltRows.TYPE);
        if (!type.isEmpty() && (type.length() != 1 || type.charAt(0) < '0' || type.charAt(0) > '5')) {
            throw refuse(name(geo + GdeltRows.TYPE), type, ProblemCode.NOT_A_NUMBER, "be empty or a whole number from 0 to 5");
        }
        String country = fields.get(geo + GdeltRows.GEO_COUNTRY);
        if (!country.isEmpty() && !isCountry(country)) {
            throw refuse(name(geo + GdeltRows.GEO_COUNTRY), country, ProblemCode.UNKNOWN_CODE,
                    "be empty or two capital letters (FIPS 10-4, or GDELT's own such as OS for the oceans)");
        }
        degrees(fields, geo + GdeltRows.LAT, NINETY, "be empty or a latitude from -90 to 90");
        degrees(fields, geo + GdeltRows.LONG, HALF_TURN, "be empty or a longitude from -180 to 180");
    }

    private static String name(int column) {
        return GdeltRows.V2_COLUMNS.get(column);
    }

    /**
     * Checks if a cell is a country code of GDELT's geography: two capital letters. GDELT writes FIPS
     * 10-4 codes and a few of its own ({@code OS} for the oceans); a code that {@code CountryCode}
     * does not list is kept as an attribute.
     */
    private static boolean isCountry(String cell) {
        return cell.length() == 2 && cell.charAt(0) >= 'A' && cell.charAt(0) <= 'Z' && cell.charAt(1) >= 'A'
                && cell.charAt(1) <= 'Z';
    }

    private static void degrees(GdeltFields fields, int column, int limit, String rule) {
        String cell = fields.get(column);
        if (!cell.isEmpty() && (!isNumber(cell) || !isAtMost(cell, limit))) {
            throw refuse(name(column), cell, ProblemCode.NOT_A_NUMBER, rule);
        }
    }

    private static void whole(GdeltFields fields, int column) {
        String cell = fields.get(column);
        if (!isWhole(cell)) {
            throw refuse(name(column), cell, ProblemCode.NOT_A_NUMBER, "be a whole number");
        }
    }

    private static void number(GdeltFields fields, int column) {
        String cell = fields.get(column);
        if (!isNumber(cell)) {
            throw refuse(name(column), cell, ProblemCode.NOT_A_NUMBER, "be a number");
        }
    }

    /** Checks if a text is {@code -?\d{1,18}}. */
    static boolean isWhole(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        return isDigits(text, start, text.length(), 18);
    }

    /** Checks if a text is {@code -?\d{1,30}(\.\d{1,30})?}. */
    static boolean isNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        if (point < 0) {
            return isDigits(text, start, text.length(), 30);
        }
        return isDigits(text, start, point, 30) && isDigits(text, point + 1, text.length(), 30);
    }

    /**
     * Checks if a number ({@link #isNumber}) is at most {@code limit} (at most 999) in magnitude, digit by
     * digit: what {@code new BigDecimal(number).abs().compareTo(limit) <= 0} tells (GdeltChecksTest proves
     * it on seeded random numbers), without making a {@code BigDecimal} for some ten cells a row.
     */
    static boolean isAtMost(String number, int limit) {
        int start = number.startsWith("-") ? 1 : 0;
        int point = number.indexOf('.');
        int end = point < 0 ? number.length() : point;
        while (start < end - 1 && number.charAt(start) == '0') {
            start++;
        }
        if (end - start > 3) {
            return false;
        }
        int whole = Integer.parseInt(number, start, end, 10);
        if (whole != limit) {
            return whole < limit;
        }
        for (int i = point + 1; point >= 0 && i < number.length(); i++) {
            if (number.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Checks if the characters from {@code start} to {@code end} are 1 to {@code max} ASCII digits. */
    private static boolean isDigits(String text, int start, int end, int max) {
        if (end <= start || end - start > max) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Makes the refusal of a cell: {@code GDELT.<column> must <rule>, got '<cell>'}. */
    static CellRefusal refuse(String column, String cell, ProblemCode code, String rule) {
        return new CellRefusal(column, cell, code, GdeltRows.CODER + "." + column + " must " + rule + ", got '"
                + cell + "'");
    }
}
