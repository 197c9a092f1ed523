package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import io.github.demarche.jackson.InvalidValueException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeParseException;

/**
 * Reads a source through {@code SourceAttribution.builder()}; its fields are
 * {@link SourceAttributionField}; the publication date in ISO 8601
 * ({@code "2021-03-24"}), the URL as text. Every statement and casualty report carries its source,
 * so identical sources read again share one instance: the cache key is the texts read, which build
 * an equal source; the texts read again are the strings read before ({@link Texts}).
 */
final class SourceAttributionDeserializer
        extends ObjectDeserializer<SourceAttribution, SourceAttributionField, SourceAttributionDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    private final InstanceCache<Key, SourceAttribution> cache = new InstanceCache<>(256);
    /** The texts read: a source read again is made of the same strings, whose hash codes are known. */
    final Texts texts = new Texts(512);

    /** The sources read recently, by the hash of their key: found without a lock. */
    private final Recent<Known> recent = new Recent<>(1024);

    /** Everything a source is built from: its texts by field, and its sentence number; equal keys build equal sources. */
    private record Key(List<String> texts, long sentenceNumber) {
    }

    /** A source and the key it was built from. */
    private record Known(Key key, SourceAttribution source) {
    }

    /** The fields of a source being read: texts by field ordinal, null where absent; a sentence number, -1 if absent. */
    static final class Reading {
        final String[] texts = new String[FIELDS.length];
        long sentenceNumber = -1;

        String text(SourceAttributionField field) {
            return texts[field.ordinal()];
        }
    }

    private static final SourceAttributionField[] FIELDS = SourceAttributionField.values();

    SourceAttributionDeserializer() {
        super(SourceAttribution.class, SourceAttributionField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(SourceAttributionField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    SourceAttribution build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        Key key = new Key(Arrays.asList(r.texts), r.sentenceNumber);
        int hash = key.hashCode();  // cheap: the strings that Texts returns again know their hash codes
        Known known = recent.get(hash);
        if (known != null && known.key().equals(key)) {
            return known.source();
        }
        SourceAttribution cached = cache.get(key);
        if (cached != null) {
            recent.put(hash, new Known(key, cached));
            return cached;
        }
        SourceAttribution.Builder builder = SourceAttribution.builder();
        boolean handled = false;  // a problem handler replaced a value: the source is not what the key says
        SourceAttribution source;
        try {
            String text;
            if ((text = r.text(SourceAttributionField.PUBLICATION)) != null) {
                builder.publication(text);
            }
            if ((text = r.text(SourceAttributionField.URL)) != null) {
                builder.url(text);
            }
            if ((text = r.text(SourceAttributionField.PUBLICATION_DATE)) != null) {
                LocalDate date = date(p, ctxt, SourceAttributionField.PUBLICATION_DATE, text);
                handled |= !date.toString().equals(text);
                builder.publicationDate(date);
            }
            if ((text = r.text(SourceAttributionField.AUTHOR)) != null) {
                builder.author(text);
            }
            if ((text = r.text(SourceAttributionField.LANGUAGE)) != null) {
                builder.language(text);
            }
            if ((text = r.text(SourceAttributionField.HEADLINE)) != null) {
                builder.headline(text);
            }
            if ((text = r.text(SourceAttributionField.CITATION)) != null) {
                builder.citation(text);
            }
            if ((text = r.text(SourceAttributionField.ORIGINATOR)) != null) {
                builder.originator(text);
            }
            if ((text = r.text(SourceAttributionField.DOCUMENT_ID)) != null) {
                builder.documentId(text);
            }
            if (r.sentenceNumber >= 0) {
                builder.sentenceNumber((int) r.sentenceNumber);
            }
            if ((text = r.text(SourceAttributionField.EXCERPT)) != null) {
                builder.excerpt(text);
            }
            if ((text = r.text(SourceAttributionField.CODER)) != null) {
                builder.coder(text);
            }
            if ((text = r.text(SourceAttributionField.CODED_ON)) != null) {
                LocalDate date = date(p, ctxt, SourceAttributionField.CODED_ON, text);
                handled |= !date.toString().equals(text);
                builder.codedOn(date);
            }
            if ((text = r.text(SourceAttributionField.CODED_AT)) != null) {
                Instant instant = instant(p, ctxt, text);
                handled |= !instant.toString().equals(text);
                builder.codedAt(instant);
            }
            source = builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, SourceAttribution.class, e, null);
        }
        if (handled) {
            return source;
        }
        source = cache.intern(key, source);
        recent.put(hash, new Known(key, source));
        return source;
    }

    private static LocalDate date(JsonParser p, DeserializationContext ctxt, SourceAttributionField field, String text)
            throws IOException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            String attribute = field.text();
            InvalidValueException invalid = Failures.violation(p, ctxt, SourceAttribution.class, attribute,
                    ViolationCode.MALFORMED, "be an ISO 8601 date such as '2021-03-24'", Failures.show(text));
            LocalDate handled = (LocalDate) Failures.weirdString(p, ctxt, LocalDate.class, text,
                    invalid.getOriginalMessage());
            if (handled == null) {
                throw invalid;
            }
            return handled;
        }
    }

    private static Instant instant(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            String attribute = SourceAttributionField.CODED_AT.text();
            InvalidValueException invalid = Failures.violation(p, ctxt, SourceAttribution.class, attribute,
                    ViolationCode.MALFORMED, "be an ISO 8601 instant in UTC such as '2019-10-24T14:30:00Z'",
                    Failures.show(text));
            Instant handled = (Instant) Failures.weirdString(p, ctxt, Instant.class, text, invalid.getOriginalMessage());
            if (handled == null) {
                throw invalid;
            }
            return handled;
        }
    }
}
