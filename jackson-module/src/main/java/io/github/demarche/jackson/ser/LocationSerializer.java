package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Location;
import java.io.IOException;

/** Writes a location: {@code {"country":"MMR","place":"Yangon"}}, or {@code {"country":"MMR"}} for a whole country. */
final class LocationSerializer extends ModelSerializer<Location> {

    private static final long serialVersionUID = 1L;

    static final LocationSerializer INSTANCE = new LocationSerializer();

    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString PLACE = new SerializedString("place");

    private LocationSerializer() {
        super(Location.class);
    }

    @Override
    void write(Location location, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(COUNTRY);
        gen.writeString(location.country().code());
        Strings.writeIfPresent(gen, PLACE, location.place());
        gen.writeEndObject();
    }
}
