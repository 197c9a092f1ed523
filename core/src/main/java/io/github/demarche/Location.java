package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where something happened: a country and, optionally, a place within it.
 *
 * <p>From the reference article: the crackdowns "across the country",
 * {@code Location.of(CountryCode.of("MMR"))}; the protests at the embassies,
 * {@code Location.of(CountryCode.of("MMR"), "Yangon")}.
 *
 * <p>Rules: the place, if given, is not blank and at most 200 characters. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
public final class Location implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_PLACE = 200;

    /** The country. */
    private final CountryCode country;
    /** The place within the country, or null for the country as a whole. */
    private final String place;

    private Location(CountryCode country, String place) {
        this.country = country;
        this.place = place;
    }

    /**
     * Obtains a location that is a whole country.
     *
     * @param country  the country, not null
     * @return the location, not null
     */
    public static Location of(CountryCode country) {
        Objects.requireNonNull(country, "country");
        return new Location(country, null);
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
        Violations.of("Location").text("place", place, MAX_PLACE).throwIfAny();
        return new Location(country, place);
    }

    /**
     * Gets the country.
     *
     * @return the country, not null
     */
    public CountryCode country() {
        return country;
    }

    /**
     * Gets the place within the country.
     *
     * @return the place, empty for the country as a whole
     */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Location)) {
            return false;
        }
        Location other = (Location) obj;
        return country.equals(other.country) && Objects.equals(place, other.place);
    }

    @Override
    public int hashCode() {
        return country.hashCode() * 31 + Objects.hashCode(place);
    }

    /**
     * Gets the location as text.
     *
     * @return text such as {@code MMR} or {@code Yangon, MMR}
     */
    @Override
    public String toString() {
        return place == null ? country.toString() : place + ", " + country;
    }
}
