package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.VoteCount;
import java.io.IOException;

/** Writes the tally of a vote, {@code {"inFavour":13,"against":0,"abstentions":2}}; its fields are {@link VoteCountField}. */
final class VoteCountSerializer extends ObjectSerializer<VoteCount, VoteCountField> {

    private static final long serialVersionUID = 1L;

    private static final VoteCountField[] FIELDS = VoteCountField.values();


    VoteCountSerializer() {
        super(VoteCount.class);
    }

    @Override
    void writeFields(VoteCount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (VoteCountField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
