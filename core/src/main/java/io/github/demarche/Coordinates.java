package io.github.demarche;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point on the earth as a dataset gives it: latitude and longitude in decimal degrees (WGS 84),
 * with the digits as written.
 *
 * <p>Datasets write coordinates with as many digits as they have: GDELT {@code 35} and {@code 105}
 * for China's centroid, UCDP {@code 22.488976} and {@code 90.062732}. The degrees are kept as
 * {@link BigDecimal}s so that neither {@code 35} nor {@code 22.488976} gains or loses a digit:
 * <pre>{@code
 * Coordinates town = Coordinates.parse("22.488976", "90.062732");
 * town.latitude();         // 22.488976
 * town.toString();         // 22.488976,90.062732
 * }</pre>
 *
 * <p>Rules: the latitude is within [−90, 90], the longitude within [−180, 180]. Two points are
 * equal when both numbers are equal with their scale ({@code 35} and {@code 35.0} differ, as the
 * text they came from does); {@link #isSamePointAs(Coordinates)} compares numerically.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class Coordinates implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    /** Degrees north, negative for south. */
    private final BigDecimal latitude;
    /** Degrees east, negative for west. */
    private final BigDecimal longitude;

    private Coordinates(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /**
     * Obtains a point from its degrees.
     *
     * @param latitude  degrees north, from −90 to 90, not null
     * @param longitude  degrees east, from −180 to 180, not null
     * @return the point, not null
     * @throws ValidationException if a number is out of its range
     */
    public static Coordinates of(BigDecimal latitude, BigDecimal longitude) {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        Violations violations = Violations.of("Coordinates");
        if (latitude.abs().compareTo(MAX_LATITUDE) > 0) {
            violations.addRaw("latitude", ViolationCode.OUT_OF_RANGE, "be within [-90, 90]", latitude.toString());
        }
        if (longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            violations.addRaw("longitude", ViolationCode.OUT_OF_RANGE, "be within [-180, 180]", longitude.toString());
        }
        violations.throwIfAny();
        return new Coordinates(latitude, longitude);
    }

    /**
     * Obtains a point from the text of its degrees, as a dataset writes them.
     *
     * @param latitude  degrees north, such as {@code "22.488976"}, not null
     * @param longitude  degrees east, such as {@code "90.062732"}, not null
     * @return the point, not null
     * @throws ValidationException if a text is not a decimal number ({@code MALFORMED}) or a
     *     number is out of its range
     */
    public static Coordinates parse(CharSequence latitude, CharSequence longitude) {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        Violations violations = Violations.of("Coordinates");
        BigDecimal lat = decimal(violations, "latitude", latitude);
        BigDecimal lon = decimal(violations, "longitude", longitude);
        violations.throwIfAny();
        return of(lat, lon);
    }

    private static BigDecimal decimal(Violations violations, String path, CharSequence text) {
        String string = text.toString();
        boolean plain = !string.isEmpty() && string.length() <= 40;
        for (int i = 0; plain && i < string.length(); i++) {
            char c = string.charAt(i);
            plain = c >= '0' && c <= '9' || c == '.' || c == '-' && i == 0;
        }
        if (plain) {
            try {
                return new BigDecimal(string);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        violations.add(path, ViolationCode.MALFORMED, "be a decimal number of degrees such as '22.488976'", string);
        return BigDecimal.ZERO;
    }

    /**
     * Gets the latitude.
     *
     * @return degrees north, negative for south, with the digits as given, not null
     */
    public BigDecimal latitude() {
        return latitude;
    }

    /**
     * Gets the longitude.
     *
     * @return degrees east, negative for west, with the digits as given, not null
     */
    public BigDecimal longitude() {
        return longitude;
    }

    /**
     * Checks if this is the same point as another, comparing the numbers whatever their scale:
     * {@code 35,105} is the same point as {@code 35.0,105.00}.
     *
     * @param other  the other point, not null
     * @return true if both latitudes and both longitudes are numerically equal
     */
    public boolean isSamePointAs(Coordinates other) {
        Objects.requireNonNull(other, "other");
        return latitude.compareTo(other.latitude) == 0 && longitude.compareTo(other.longitude) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Coordinates)) {
            return false;
        }
        Coordinates other = (Coordinates) obj;
        return latitude.equals(other.latitude) && longitude.equals(other.longitude);
    }

    @Override
    public int hashCode() {
        return latitude.hashCode() * 31 + longitude.hashCode();
    }

    /**
     * Gets the point as text: latitude, a comma, longitude, as given.
     *
     * @return text such as {@code 22.488976,90.062732}
     */
    @Override
    public String toString() {
        return latitude.toPlainString() + "," + longitude.toPlainString();
    }
}
