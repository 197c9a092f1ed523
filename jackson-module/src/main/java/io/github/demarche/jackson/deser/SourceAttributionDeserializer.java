package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a source through {@code SourceAttribution.builder()}; the publication date in ISO 8601
 * ({@code "2021-03-24"}), the URL as text. Every statement and casualty report carries its source,
 * so identical sources read again share one instance: the cache key is the texts read, which build
 * an equal source; the texts read again are the strings read before ({@link Texts}).
 */
final class SourceAttributionDeserializer extends ModelDeserializer<SourceAttribution> {

    private static final long serialVersionUID = 1L;

    private final InstanceCache<Key, SourceAttribution> cache = new InstanceCache<>(256);
    /** The texts read: a source read again is made of the same strings, whose hash codes are known. */
    private final Texts texts = new Texts(512);

    /** The sources read recently, by the hash of their key: found without a lock. */
    private final Recent<Known> recent = new Recent<>(1024);

    /** Everything a source is built from; equal keys build equal sources. */
    private record Key(String publication, String url, String publicationDate, String author, String language) {
    }

    /** A source and the key it was built from. */
    private record Known(Key key, SourceAttribution source) {
    }

    SourceAttributionDeserializer() {
        super(SourceAttribution.class, "publication", "url", "publicationDate", "author", "language");
    }

    @Override
    SourceAttribution read(JsonParser p, DeserializationContext ctxt) throws IOException {
        String publication = null;
        String url = null;
        String publicationDate = null;
        String author = null;
        String language = null;
        int present = 0;
        for (String field = Tokens.firstField(p, SourceAttribution.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "publication":
                    publication = texts.read(p, SourceAttribution.class, field);
                    break;
                case "url":
                    url = texts.read(p, SourceAttribution.class, field);
                    break;
                case "publicationDate":
                    publicationDate = texts.read(p, SourceAttribution.class, field);
                    break;
                case "author":
                    author = texts.read(p, SourceAttribution.class, field);
                    break;
                case "language":
                    language = texts.read(p, SourceAttribution.class, field);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, SourceAttribution.class, field);
                    break;
            }
        }
        Key key = new Key(publication, url, publicationDate, author, language);
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
            if (publication != null) {
                builder.publication(publication);
            }
            if (url != null) {
                builder.url(url);
            }
            if (publicationDate != null) {
                builder.publicationDate(date(p, ctxt, publicationDate));
            }
            if (author != null) {
                builder.author(author);
            }
            if (language != null) {
                builder.language(language);
            }
            source = builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, SourceAttribution.class, e, null);
        }
        source = cache.intern(key, source);
        recent.put(hash, new Known(key, source));
        return source;
    }

    private static LocalDate date(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Failures.violation(p, ctxt, SourceAttribution.class, "publicationDate", ViolationCode.MALFORMED,
                    "be an ISO 8601 date such as '2021-03-24'", Failures.show(text));
        }
    }
}
