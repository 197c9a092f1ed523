package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.demarche.ApproximateDate;
import java.io.IOException;

/**
 * Writes an approximate date as its canonical text, such as {@code "2021-03-early"} or
 * {@code "2021-02-01/.."}: the text {@code ApproximateDate.parse} reads back.
 */
final class ApproximateDateSerializer extends ModelSerializer<ApproximateDate> {

    private static final long serialVersionUID = 1L;

    static final ApproximateDateSerializer INSTANCE = new ApproximateDateSerializer();

    private ApproximateDateSerializer() {
        super(ApproximateDate.class);
    }

    @Override
    void write(ApproximateDate value, JsonGenerator gen) throws IOException {
        gen.writeString(value.toString());
    }
}
