package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.SourceAttribution;
import java.io.IOException;

/**
 * Writes a source:
 * {@code {"publication":"The Irrawaddy","url":"urn:...","publicationDate":"2021-03-24","language":"en"}};
 * the publication date in ISO 8601 ({@code LocalDate.toString()}), never as numbers.
 */
final class SourceAttributionSerializer extends ModelSerializer<SourceAttribution> {

    private static final long serialVersionUID = 1L;

    static final SourceAttributionSerializer INSTANCE = new SourceAttributionSerializer();

    private static final SerializedString PUBLICATION = new SerializedString("publication");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString PUBLICATION_DATE = new SerializedString("publicationDate");
    private static final SerializedString AUTHOR = new SerializedString("author");
    private static final SerializedString LANGUAGE = new SerializedString("language");

    private SourceAttributionSerializer() {
        super(SourceAttribution.class);
    }

    @Override
    void write(SourceAttribution source, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(PUBLICATION);
        gen.writeString(source.publication());
        gen.writeFieldName(URL);
        gen.writeString(source.url().toString());
        gen.writeFieldName(PUBLICATION_DATE);
        gen.writeString(source.publicationDate().toString());
        Strings.writeIfPresent(gen, AUTHOR, source.author());
        Strings.writeIfPresent(gen, LANGUAGE, source.language());
        gen.writeEndObject();
    }
}
