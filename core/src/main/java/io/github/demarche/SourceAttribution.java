package io.github.demarche;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who reported something, and where and when: the publication, the address of the report, its
 * date, and optionally its author and language.
 *
 * <p>The reference article is taken to come from The Irrawaddy, whose headlines fill its "You may
 * also like these stories" footer; its date, 2021-03-24 (the day after the Tuesday it reports on),
 * is an assumption, and its web address is unknown, so a URN names it instead:
 * <pre>{@code
 * SourceAttribution source = SourceAttribution.builder()
 *         .publication("The Irrawaddy")
 *         .url("urn:demarche:article:000_5b4d5c46eeeb27f0")
 *         .publicationDate(LocalDate.of(2021, 3, 24))
 *         .language("en")
 *         .build();
 * source.toString();  // SourceAttribution[The Irrawaddy, 2021-03-24]
 * }</pre>
 *
 * <p>Rules: the publication and the author are not blank and at most 200 characters; the URL is an
 * absolute URI, that is one with a scheme: a web address such as
 * {@code https://www.irrawaddy.com/news/burma/...}, which then needs an authority (a host), or a
 * URN such as {@code urn:demarche:article:000_5b4d5c46eeeb27f0} where the web address is unknown;
 * the language is a well-formed BCP 47 language tag such as {@code en}, {@code zh-Hans} or
 * {@code my-MM}, kept as written. The language tag is checked for form only, not against the
 * registry of languages.
 *
 * <p>Two attributions are equal when all their attributes are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SourceAttribution implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_TEXT = 200;

    SourceAttribution() {
    }

    /**
     * Obtains a builder of source attributions.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the name of the publication, such as {@code "The Irrawaddy"}.
     *
     * @return the publication, not null
     */
    public abstract String publication();

    /**
     * Gets the address of the report: its web address, or a URN when that is unknown.
     *
     * @return the absolute URI, such as {@code urn:demarche:article:000_5b4d5c46eeeb27f0}, not null
     */
    public abstract URI url();

    /**
     * Gets the date the report was published.
     *
     * @return the publication date, such as 2021-03-24, not null
     */
    public abstract LocalDate publicationDate();

    /**
     * Gets the author of the report, if known.
     *
     * @return the author, empty if unknown or not credited
     */
    public abstract Optional<String> author();

    /**
     * Gets the language of the report, as a BCP 47 language tag such as {@code en}.
     *
     * @return the language tag, as written, empty if unknown
     */
    public abstract Optional<String> language();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("SourceAttribution");
        violations.text("publication", publication(), MAX_TEXT);
        checkUrl(violations, url());
        author().ifPresent(author -> violations.text("author", author, MAX_TEXT));
        language().ifPresent(language -> checkLanguage(violations, language));
        violations.throwIfAny();
    }

    private static void checkUrl(Violations violations, URI url) {
        if (!url.isAbsolute()) {
            violations.add("url", ViolationCode.INVALID_URI,
                    "be an absolute URI with a scheme such as 'https:' or 'urn:'", url.toString());
        } else if (isWeb(url.getScheme()) && url.getRawAuthority() == null) {
            violations.add("url", ViolationCode.INVALID_URI,
                    "have a host for scheme '" + url.getScheme() + "'", url.toString());
        }
    }

    private static boolean isWeb(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    private static void checkLanguage(Violations violations, String language) {
        boolean wellFormed = !language.isEmpty();
        if (wellFormed) {
            try {
                new Locale.Builder().setLanguageTag(language);
            } catch (IllformedLocaleException e) {
                wellFormed = false;
            }
        }
        if (!wellFormed) {
            violations.add("language", ViolationCode.INVALID_LANGUAGE_TAG,
                    "be a well-formed BCP 47 language tag such as 'en' or 'zh-Hans'", language);
        }
    }

    /**
     * Gets a short description: the publication and the publication date.
     *
     * @return text such as {@code SourceAttribution[The Irrawaddy, 2021-03-24]}
     */
    @Override
    public String toString() {
        return "SourceAttribution[" + publication() + ", " + publicationDate() + "]";
    }

    /**
     * Builds source attributions. Obtain one from {@link SourceAttribution#builder()}; it is not
     * thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableSourceAttribution.Builder {

        /** Creates a builder; prefer {@link SourceAttribution#builder()}. */
        public Builder() {
        }

        /**
         * Sets the address of the report from its text, such as
         * {@code "urn:demarche:article:000_5b4d5c46eeeb27f0"}. Whether the URI is absolute is
         * checked when the attribution is built.
         *
         * @param text  the URI as text, not null
         * @return this builder, not null
         * @throws ValidationException if the text is not a well-formed URI ({@code INVALID_URI})
         */
        public Builder url(String text) {
            Objects.requireNonNull(text, "text");
            URI parsed;
            try {
                parsed = new URI(text);
            } catch (URISyntaxException e) {
                ValidationException invalid = new ValidationException(Violations.of("SourceAttribution")
                        .add("url", ViolationCode.INVALID_URI, "be a well-formed URI", text)
                        .list());
                invalid.initCause(e);
                throw invalid;
            }
            return url(parsed);
        }

        /**
         * Checks the attribution this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }
    }
}
