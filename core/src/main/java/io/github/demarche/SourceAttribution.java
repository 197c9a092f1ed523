package io.github.demarche;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.lang3.StringUtils;
import org.immutables.value.Value;

/**
 * Where a record comes from: a report (its publication, address, date, author, language, headline),
 * the place in a dataset's source it was coded from (a story id and sentence number, the words
 * coded), and who coded it when. Every part is optional, since sources give what they know: an
 * ICEWS row names a publisher and a story id but no address; a UCDP GED row cites an office, a
 * date and a headline; a PLOVER record names its coder and coding date; a GDELT row gives an
 * address and when GDELT added it.
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
 * <p>Rules: at least one of publication, URL, author, headline, citation, originator, document id,
 * excerpt and coder is given; texts are not blank (Unicode spaces and format characters count as
 * blank), and at most 200 characters (publication, author, originator, coder, document id), 500
 * (headline), 2,000 (citation) or 20,000 (excerpt); they hold no control character, unpaired
 * surrogate or noncharacter; the texts a dataset copies from its sources (publication, headline,
 * citation, originator, excerpt) may hold line breaks and tabs, as UCDP's do
 * ({@code "Islamic State\nPolice"}), the others not; the
 * author, coder and document id no bidirectional override or isolate; the URL is at most 8,192
 * characters, with the same characters as a name, and an absolute URI, that is one with a scheme: a web address such as
 * {@code https://www.irrawaddy.com/news/burma/...}, which then needs an authority (a host), or a
 * URN such as {@code urn:demarche:article:000_5b4d5c46eeeb27f0} where the web address is unknown;
 * the language is a well-formed BCP 47 language tag such as {@code en}, {@code zh-Hans} or
 * {@code my-MM}, kept as written (checked for form only, not against the registry of languages);
 * the sentence number is at least 1 and needs a document id; the publication date, the coding date
 * and the coding time (in UTC) have years from 0000 to 9999, as every date of the model; the
 * coding time and the coding date, if both given, fall on the same day (UTC).
 *
 * <p>Two attributions are equal when all their attributes are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SourceAttribution implements Serializable {

    private static final long serialVersionUID = 2L;

    private static final int MAX_TEXT = 200;
    private static final int MAX_HEADLINE = 500;
    private static final int MAX_CITATION = 2_000;
    private static final int MAX_EXCERPT = 20_000;
    /**
     * The most characters a URL may have: 8,192, above the 8,000 octets that RFC 9110 (section
     * 4.1) asks every HTTP sender and recipient to support, so that any address a web server takes
     * fits, while a document cannot smuggle megabytes of data in a {@code data:} URL.
     */
    static final int MAX_URL = 8_192;
    /**
     * The first year of a date: 0000, as in {@link ApproximateDate} and {@link CompactDates}, so
     * that every date of the model has four digits, as RFC 3339 writes them.
     */
    static final int MIN_YEAR = 0;
    /** The last year of a date: 9999, the last of four digits. */
    static final int MAX_YEAR = 9_999;

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
     * Gets the name of the publication, such as {@code "The Irrawaddy"}, ICEWS's publisher
     * ({@code "Indo-Asian News Service"}) or UCDP's source office ({@code "BBC Monitoring Newsfile"}).
     *
     * @return the publication, empty if not given
     */
    public abstract Optional<String> publication();

    /**
     * Gets the address of the report: its web address, or a URN when that is unknown.
     *
     * @return the absolute URI, such as {@code urn:demarche:article:000_5b4d5c46eeeb27f0}, empty if
     *     not given
     */
    public abstract Optional<URI> url();

    /**
     * Gets the date the report was published.
     *
     * @return the publication date, such as 2021-03-24, empty if not given
     */
    public abstract Optional<LocalDate> publicationDate();

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

    /**
     * Gets the headline of the report, such as UCDP's {@code source_headline}.
     *
     * @return the headline, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> headline();

    /**
     * Gets the citation of the report as a dataset writes it, such as UCDP's {@code source_article}
     * ({@code "BBC Monitoring Newsfile,2013-12-14,Seven killed in clashes ..."}).
     *
     * @return the citation, as written, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> citation();

    /**
     * Gets who the report had its information from, as written, such as UCDP's
     * {@code source_original} ({@code "police"}, {@code "officials"}).
     *
     * @return the originator, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> originator();

    /**
     * Gets the id of the report in a dataset's collection of stories, as written, such as ICEWS's
     * {@code Story ID}.
     *
     * @return the document id, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> documentId();

    /**
     * Gets the number of the sentence within the document that the record was coded from, such as
     * ICEWS's {@code Sentence Number}.
     *
     * @return the sentence number, from 1, empty if not given
     * @since 0.2
     */
    public abstract OptionalInt sentenceNumber();

    /**
     * Gets the words of the report that the record was coded from, such as a PLOVER record's
     * {@code text}.
     *
     * @return the excerpt, as written, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> excerpt();

    /**
     * Gets who coded the record from the report, such as a PLOVER record's {@code coder}.
     *
     * @return the coder, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> coder();

    /**
     * Gets the day the record was coded, such as a PLOVER record's {@code dateCoded} or a GDELT 1.0
     * row's {@code DATEADDED}.
     *
     * @return the date, empty if not given
     * @since 0.2
     */
    public abstract Optional<LocalDate> codedOn();

    /**
     * Gets the moment the record was coded, such as a GDELT 2.0 row's {@code DATEADDED}
     * ({@code 20191024143000}, UTC).
     *
     * @return the instant, empty if not given
     * @since 0.2
     */
    public abstract Optional<Instant> codedAt();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("SourceAttribution");
        if (publication().isEmpty() && url().isEmpty() && author().isEmpty() && headline().isEmpty()
                && citation().isEmpty() && originator().isEmpty() && documentId().isEmpty() && excerpt().isEmpty()
                && coder().isEmpty()) {
            violations.addRaw("", ViolationCode.EMPTY, "name a publication, URL, author, headline, citation, "
                    + "originator, document id, excerpt or coder", "none");
        }
        publication().ifPresent(text -> violations.text("publication", text, MAX_TEXT, Violations.TextForm.LINES));
        url().ifPresent(url -> checkUrl(violations, url));
        author().ifPresent(text -> violations.text("author", text, MAX_TEXT, Violations.TextForm.NAME));
        language().ifPresent(language -> checkLanguage(violations, language));
        headline().ifPresent(text -> violations.text("headline", text, MAX_HEADLINE, Violations.TextForm.LINES));
        citation().ifPresent(text -> violations.text("citation", text, MAX_CITATION, Violations.TextForm.LINES));
        originator().ifPresent(text -> violations.text("originator", text, MAX_TEXT, Violations.TextForm.LINES));
        documentId().ifPresent(text -> violations.text("documentId", text, MAX_TEXT, Violations.TextForm.NAME));
        OptionalInt sentence = sentenceNumber();
        if (sentence.isPresent()) {
            if (sentence.getAsInt() < 1) {
                violations.add("sentenceNumber", ViolationCode.OUT_OF_RANGE, "be at least 1", sentence.getAsInt());
            }
            if (documentId().isEmpty()) {
                violations.addRaw("sentenceNumber", ViolationCode.INCONSISTENT, "come with a document id",
                        "no document id");
            }
        }
        excerpt().ifPresent(text -> violations.text("excerpt", text, MAX_EXCERPT, Violations.TextForm.LINES));
        coder().ifPresent(text -> violations.text("coder", text, MAX_TEXT, Violations.TextForm.NAME));
        publicationDate().ifPresent(date -> checkYear(violations, "publicationDate", date.getYear(), date));
        codedOn().ifPresent(date -> checkYear(violations, "codedOn", date.getYear(), date));
        codedAt().ifPresent(instant -> checkYear(violations, "codedAt",
                instant.atOffset(ZoneOffset.UTC).getYear(), instant));
        if (codedOn().isPresent() && codedAt().isPresent()
                && !codedAt().get().atOffset(ZoneOffset.UTC).toLocalDate().equals(codedOn().get())) {
            violations.add("codedAt", ViolationCode.INCONSISTENT,
                    "fall on the day codedOn " + codedOn().get() + " (UTC)", codedAt().get());
        }
        violations.throwIfAny();
    }

    /** Checks that a date's year (in UTC for an instant) is one of four digits, from 0000 to 9999. */
    private static void checkYear(Violations violations, String path, int year, Object date) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            violations.add(path, ViolationCode.OUT_OF_RANGE, "have a year from 0000 to 9999", date);
        }
    }

    private static void checkUrl(Violations violations, URI url) {
        String text = url.toString();
        if (text.length() > MAX_URL) {
            violations.addRaw("url", ViolationCode.TOO_LONG, "be at most " + MAX_URL + " characters long",
                    text.length() + " characters");
            return;
        }
        int before = violations.count();
        if (violations.characters("url", text, Violations.TextForm.NAME).count() > before) {
            return;
        }
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
     * Gets a short description: the publication (or, without one, the first of URL, document id,
     * coder and originator given) and the publication date, if given.
     *
     * @return text such as {@code SourceAttribution[The Irrawaddy, 2021-03-24]}
     */
    @Override
    public String toString() {
        String name = publication()
                .or(() -> url().map(URI::toString))
                .or(() -> documentId().map(id -> "document " + id))
                .or(() -> coder().map(coder -> "coded by " + coder))
                .or(() -> originator())
                .orElse("unnamed");
        return "SourceAttribution[" + StringUtils.abbreviate(name, Violations.MAX_SHOWN)
                + publicationDate().map(date -> ", " + date).orElse("") + "]";
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

        /**
         * Builds a source attribution from the attributes set on this builder.
         *
         * <p>No attribute is required; the exception carries every rule of
         * {@link SourceAttribution} that the attributes set break.
         *
         * @return the source attribution, not null
         * @throws ValidationException if a rule is broken
         */
        @Override
        public SourceAttribution build() {
            return super.build();
        }
    }
}
