package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.demarche.CountryCode;
import java.io.IOException;

/** Writes a country code as its ISO 3166-1 alpha-3 text, such as {@code "MMR"}. */
final class CountryCodeSerializer extends ModelSerializer<CountryCode> {

    private static final long serialVersionUID = 1L;

    static final CountryCodeSerializer INSTANCE = new CountryCodeSerializer();

    private CountryCodeSerializer() {
        super(CountryCode.class);
    }

    @Override
    void write(CountryCode value, JsonGenerator gen) throws IOException {
        gen.writeString(value.code());
    }
}
