package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import io.github.demarche.jackson.InvalidValueException;
import java.io.IOException;
import java.time.LocalDate;
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

    /** Everything a source is built from; equal keys build equal sources. */
    private record Key(String publication, String url, String publicationDate, String author, String language) {
    }

    /** A source and the key it was built from. */
    private record Known(Key key, SourceAttribution source) {
    }

    /** The texts of a source being read, null where absent. */
    static final class Reading {
        String publication;
        String url;
        String publicationDate;
        String author;
        String language;
    }

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
        Key key = new Key(r.publication, r.url, r.publicationDate, r.author, r.language);
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
        SourceAttribution source;
        try {
            if (r.publication != null) {
                builder.publication(r.publication);
            }
            if (r.url != null) {
                builder.url(r.url);
            }
            if (r.publicationDate != null) {
                builder.publicationDate(date(p, ctxt, r.publicationDate));
            }
            if (r.author != null) {
                builder.author(r.author);
            }
            if (r.language != null) {
                builder.language(r.language);
            }
            source = builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, SourceAttribution.class, e, null);
        }
        if (!(r.publicationDate == null || source.publicationDate().toString().equals(r.publicationDate))) {
            return source;  // a problem handler's date: not what the key says
        }
        source = cache.intern(key, source);
        recent.put(hash, new Known(key, source));
        return source;
    }

    private static LocalDate date(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            String attribute = SourceAttributionField.PUBLICATION_DATE.text();
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
}
