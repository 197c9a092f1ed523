package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened, as the source or dataset gives it: a country, a named place, the
 * administrative units it lies in, coordinates, a gazetteer's feature id, and how precise all that
 * is. Every part is optional, since sources give what they know: "the Black Sea" has no country,
 * "Kabul" may come without a code, a GDELT row may carry only a country.
 *
 * <p>From the reference article, the crackdowns "across the country" and the protests at the
 * embassies; from a UCDP GED row, a town with its divisions, coordinates and precision:
 * <pre>{@code
 * Location.of(CountryCode.of("MMR"));
 * Location.of(CountryCode.of("MMR"), "Yangon");
 * Location.builder().country(CountryCode.of("BGD")).place("Bhāndāria town")
 *         .addAdminUnits("Barisāl Division", "Pirojpur District")
 *         .coordinates(Coordinates.parse("22.488976", "90.062732"))
 *         .precision(LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 1))
 *         .build();
 * }</pre>
 *
 * <p>Rules: at least one part is given; the place and each administrative unit are not blank and
 * at most 200 characters; administrative codes and the feature id are not blank, at most 64
 * characters, and have no white space.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Location implements Serializable {

    private static final long serialVersionUID = 2L;

    private static final int MAX_PLACE = 200;
    private static final int MAX_CODE = 64;

    Location() {
    }

    /**
     * Obtains a builder of locations.
     *
     * @return a new builder, not null
     * @since 0.2
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a location that is a whole country.
     *
     * @param country  the country, not null
     * @return the location, not null
     */
    public static Location of(CountryCode country) {
        Objects.requireNonNull(country, "country");
        return builder().country(country).build();
    }

    /**
     * Obtains a location that is a place within a country.
     *
     * @param country  the country, not null
     * @param place  the place, such as {@code "Yangon"}, not null
     * @return the location, not null
     * @throws ValidationException if the place is blank or longer than 200 characters
     */
    public static Location of(CountryCode country, String place) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(place, "place");
        return builder().country(country).place(place).build();
    }

    /**
     * Gets the country.
     *
     * @return the country, empty where there is none (a sea) or none is given
     */
    public abstract Optional<CountryCode> country();

    /**
     * Gets the name of the place, as written: a town, a city, a region, a sea, or a dataset's full
     * name of the place such as GDELT's {@code "Moscow, Moskva, Russia"}.
     *
     * @return the place, empty for a country as a whole or where no name is given
     */
    public abstract Optional<String> place();

    /**
     * Gets the names of the administrative units the place lies in, largest first, such as
     * {@code ["Barisāl Division", "Pirojpur District"]} (UCDP's {@code adm_1}, {@code adm_2}; ICEWS's
     * province and district).
     *
     * @return the units, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<String> adminUnits();

    /**
     * Gets the codes of the administrative units the place lies in, largest first, as the dataset
     * writes them, such as GDELT's {@code ADM1Code} {@code "RS48"} and {@code ADM2Code}.
     *
     * @return the codes, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<String> adminCodes();

    /**
     * Gets the coordinates of the place.
     *
     * @return the point, empty if not given
     * @since 0.2
     */
    public abstract Optional<Coordinates> coordinates();

    /**
     * Gets the id of the place in a gazetteer, as written, such as GDELT's {@code FeatureID}
     * ({@code "-2960561"}, a GeoNames or GNS id).
     *
     * @return the feature id, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> featureId();

    /**
     * Gets how precisely the place is known, on the scale of the dataset that gives it.
     *
     * @return the precision, empty if not given
     * @since 0.2
     */
    public abstract Optional<LocationPrecision> precision();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Location");
        if (country().isEmpty() && place().isEmpty() && adminUnits().isEmpty() && adminCodes().isEmpty()
                && coordinates().isEmpty() && featureId().isEmpty()) {
            violations.addRaw("", ViolationCode.EMPTY,
                    "have a country, place, administrative unit or code, coordinates or feature id",
                    precision().map(p -> "only a precision").orElse("nothing"));
        }
        place().ifPresent(place -> violations.text("place", place, MAX_PLACE));
        for (int i = 0; i < adminUnits().size(); i++) {
            violations.text(Violations.at("adminUnits", i), adminUnits().get(i), MAX_PLACE);
        }
        for (int i = 0; i < adminCodes().size(); i++) {
            code(violations, Violations.at("adminCodes", i), adminCodes().get(i));
        }
        featureId().ifPresent(id -> code(violations, "featureId", id));
        violations.throwIfAny();
    }

    private static void code(Violations violations, String path, String code) {
        violations.text(path, code, MAX_CODE, Violations.TextForm.NAME);
        for (int i = 0; i < code.length(); i++) {
            if (Character.isWhitespace(code.charAt(i))) {
                violations.add(path, ViolationCode.MALFORMED, "have no white space", code);
                return;
            }
        }
    }

    /**
     * Gets the location as text: the place, the country, and the coordinates, those given.
     *
     * @return text such as {@code MMR}, {@code Yangon, MMR} or {@code Black Sea (43.5,34)}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        place().ifPresent(text::append);
        country().ifPresent(country -> text.append(text.length() > 0 ? ", " : "").append(country));
        if (text.length() == 0 && !adminUnits().isEmpty()) {
            text.append(String.join(", ", adminUnits()));
        }
        coordinates().ifPresent(point -> text.append(text.length() > 0 ? " (" : "(").append(point).append(')'));
        if (text.length() == 0) {
            text.append(featureId().map(id -> "feature " + id).orElse(String.join(", ", adminCodes())));
        }
        return Violations.abbreviate(text.toString());
    }

    /**
     * Builds locations. Obtain one from {@link Location#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutableLocation.Builder {

        /** Creates a builder; prefer {@link Location#builder()}. */
        public Builder() {
        }

        /**
         * Checks the location this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a location from the attributes set on this builder.
         *
         * <p>No attribute is required; the exception carries every rule of {@link Location} that
         * the attributes set break.
         *
         * @return the location, not null
         * @throws ValidationException if a rule is broken
         */
        @Override
        public Location build() {
            return super.build();
        }
    }
}
