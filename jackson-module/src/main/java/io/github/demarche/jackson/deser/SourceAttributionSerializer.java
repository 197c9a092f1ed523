package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.SourceAttribution;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes a source:
 * {@code {"publication":"The Irrawaddy","url":"urn:...","publicationDate":"2021-03-24","language":"en"}};
 * its fields are {@link SourceAttributionField}.
 */
final class SourceAttributionSerializer extends ObjectSerializer<SourceAttribution, SourceAttributionField> {

    private static final long serialVersionUID = 1L;

    private static final SourceAttributionField[] FIELDS = SourceAttributionField.values();

    SourceAttributionSerializer() {
        super(SourceAttribution.class);
    }

    /**
     * Writes the fields as {@link #writeFieldsByTable} does, each constant called by its name (a call
     * of a constant is inlined, where the loop's one call, which sees every constant, is not), two of
     * them written out.
     * {@code ObjectSerializerTest} proves that both write the same bytes.
     */
    @Override
    void writeFields(SourceAttribution value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SourceAttributionField.PUBLICATION.write(value, gen);
        // URL and PUBLICATION_DATE as their constants write them, without the Optionals of Optional.map
        Optional<URI> url = value.url();
        if (url.isPresent()) {
            ObjectSerializer.text(gen, SourceAttributionField.URL, url.get().toString());
        }
        Optional<LocalDate> publicationDate = value.publicationDate();
        if (publicationDate.isPresent()) {
            ObjectSerializer.name(gen, SourceAttributionField.PUBLICATION_DATE);
            writeDate(gen, publicationDate.get());
        }
        SourceAttributionField.AUTHOR.write(value, gen);
        SourceAttributionField.LANGUAGE.write(value, gen);
        SourceAttributionField.HEADLINE.write(value, gen);
        SourceAttributionField.CITATION.write(value, gen);
        SourceAttributionField.ORIGINATOR.write(value, gen);
        SourceAttributionField.DOCUMENT_ID.write(value, gen);
        SourceAttributionField.SENTENCE_NUMBER.write(value, gen);
        SourceAttributionField.EXCERPT.write(value, gen);
        SourceAttributionField.CODER.write(value, gen);
        SourceAttributionField.CODED_ON.write(value, gen);
        SourceAttributionField.CODED_AT.write(value, gen);
    }

    /**
     * Writes a date as {@link LocalDate#toString()} does, from its digits when the year has four
     * (every statement writes its source, and the string builder, array and string of
     * {@code toString()} were a quarter of the bytes that writing statements allocated).
     */
    static void writeDate(JsonGenerator gen, LocalDate date) throws IOException {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            gen.writeString(date.toString());  // a sign, or five digits and more
            return;
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
            digit(month / 10), digit(month), '-', digit(day / 10), digit(day)};
        gen.writeString(text, 0, text.length);
    }

    private static char digit(int value) {
        return (char) ('0' + value % 10);
    }

    /**
     * Writes the fields in the order of the constants of {@link SourceAttributionField}, one call for all: what
     * {@link #writeFields} spells out.
     */
    void writeFieldsByTable(SourceAttribution value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        for (SourceAttributionField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
