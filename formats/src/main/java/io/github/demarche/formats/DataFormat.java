package io.github.demarche.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats that Demarche reads and writes, with the names the command line gives them.
 *
 * @since 0.2
 */
public enum DataFormat {
    /** GDELT 1.0 event rows: tab-separated, no header, 57 fields (backfile) or 58 (daily files). */
    GDELT1("gdelt1"),
    /** GDELT 2.0 event exports: tab-separated, no header, 61 fields. */
    GDELT2("gdelt2"),
    /** ICEWS coded events: tab-separated with a header, {@code NA} for missing. */
    ICEWS("icews"),
    /** UCDP GED: comma-separated with a header, read by column name; an HXL hashtag row on line 2 is allowed. */
    UCDP_GED("ucdp-ged"),
    /** PLOVER records: a JSON array, or JSON Lines (one record a line). */
    PLOVER("plover"),
    /** Demarche's own NDJSON: one record a line, as {@code demarche-jackson}'s {@code DemarcheNdjson} writes it. */
    NDJSON("ndjson");

    private final String cliName;

    DataFormat(String cliName) {
        this.cliName = cliName;
    }

    /**
     * Gets the name of the format on the command line, such as {@code ucdp-ged}.
     *
     * @return the name, not null
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Obtains a format by its command-line name, ignoring case.
     *
     * @param name  the name, such as {@code gdelt2}, not null
     * @return the format, not null
     * @throws IllegalArgumentException if no format has the name; the message lists the names
     */
    public static DataFormat ofCliName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (DataFormat format : values()) {
            if (format.cliName.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + name + "\"; the formats are "
                + Arrays.stream(values()).map(DataFormat::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
