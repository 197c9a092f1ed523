package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;

/**
 * How precisely a dataset knows where something happened, on the dataset's own scale.
 *
 * <p>Datasets grade their places differently, and the grades do not translate one into another
 * without loss, so each is kept on its own scale:
 * <ul>
 * <li>{@link Scale#GDELT_GEO_TYPE}, GDELT's {@code ActionGeo_Type} (and {@code Actor1Geo_Type},
 *     {@code Actor2Geo_Type}): 1 country, 2 US state, 3 US city, 4 world city, 5 world state
 *     (an administrative division of a country other than the US), per the GDELT event codebook;
 * <li>{@link Scale#UCDP_WHERE_PREC}, UCDP GED's {@code where_prec}: 1 exact location, 2 within
 *     25 km, 3 second-order administrative division, 4 first-order administrative division,
 *     5 a linear feature or larger region, 6 the country only, 7 international waters or airspace,
 *     per the UCDP GED codebook.
 * </ul>
 * <pre>{@code
 * LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 1).description();   // "exact location"
 * }</pre>
 *
 * <p>Rules: the code is within its scale's range. Two precisions are equal when scale and code are.
 * This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class LocationPrecision implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The scales of location precision, one per dataset.
     *
     * @since 0.2
     */
    public enum Scale {
        /** GDELT's geographic type, 1 to 5. */
        GDELT_GEO_TYPE("country", "US state", "US city", "world city", "world state"),
        /** UCDP GED's {@code where_prec}, 1 (most precise) to 7. */
        UCDP_WHERE_PREC("exact location", "within 25 km of a known point", "second-order administrative division",
                "first-order administrative division", "linear feature or larger region", "country",
                "international waters or airspace");

        private final String[] descriptions;

        Scale(String... descriptions) {
            this.descriptions = descriptions;
        }

        /**
         * Gets the highest code of the scale; codes run from 1 to it.
         *
         * @return the highest code
         */
        public int maxCode() {
            return descriptions.length;
        }
    }

    private static final LocationPrecision[][] ALL = instances();

    /** The scale. */
    private final Scale scale;
    /** The code on the scale. */
    private final int code;

    private LocationPrecision(Scale scale, int code) {
        this.scale = scale;
        this.code = code;
    }

    private static LocationPrecision[][] instances() {
        LocationPrecision[][] all = new LocationPrecision[Scale.values().length][];
        for (Scale scale : Scale.values()) {
            all[scale.ordinal()] = new LocationPrecision[scale.maxCode()];
            for (int code = 1; code <= scale.maxCode(); code++) {
                all[scale.ordinal()][code - 1] = new LocationPrecision(scale, code);
            }
        }
        return all;
    }

    /**
     * Obtains a precision on a scale.
     *
     * @param scale  the dataset's scale, not null
     * @param code  the code on it, from 1 to {@link Scale#maxCode()}
     * @return the precision, not null
     * @throws ValidationException if the code is out of the scale's range ({@code OUT_OF_RANGE})
     */
    public static LocationPrecision of(Scale scale, int code) {
        Objects.requireNonNull(scale, "scale");
        if (code < 1 || code > scale.maxCode()) {
            Violations.of("LocationPrecision").addRaw("code", ViolationCode.OUT_OF_RANGE,
                    "be within [1, " + scale.maxCode() + "] on scale " + scale, String.valueOf(code)).throwIfAny();
        }
        return ALL[scale.ordinal()][code - 1];
    }

    /**
     * Gets the scale.
     *
     * @return the scale, not null
     */
    public Scale scale() {
        return scale;
    }

    /**
     * Gets the code on the scale.
     *
     * @return the code, from 1 to the scale's {@link Scale#maxCode()}
     */
    public int code() {
        return code;
    }

    /**
     * Gets what the code means on its scale, in the words of the dataset's codebook.
     *
     * @return the description, such as {@code "world city"}, not null
     */
    public String description() {
        return scale.descriptions[code - 1];
    }

    /**
     * Keeps one instance per scale and code when deserialized.
     *
     * @return the shared instance
     */
    private Object readResolve() {
        return of(scale, code);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof LocationPrecision)) {
            return false;
        }
        LocationPrecision other = (LocationPrecision) obj;
        return scale == other.scale && code == other.code;
    }

    @Override
    public int hashCode() {
        return scale.hashCode() * 31 + code;
    }

    /**
     * Gets the precision as text: scale and code.
     *
     * @return text such as {@code UCDP_WHERE_PREC 1}
     */
    @Override
    public String toString() {
        return scale + " " + code;
    }
}
