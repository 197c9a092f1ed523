package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceAttributionTest {

    private static final String ARTICLE_URN = "urn:demarche:article:000_5b4d5c46eeeb27f0";

    private static final SourceAttribution IRRAWADDY = SourceAttribution.builder()
            .publication("The Irrawaddy")
            .url(ARTICLE_URN)
            .publicationDate(LocalDate.of(2021, 3, 24))
            .language("en")
            .build();

    private static SourceAttribution.Builder valid() {
        return SourceAttribution.builder().publication("P").url(URI.create("urn:x:1"))
                .publicationDate(LocalDate.of(2021, 3, 24));
    }

    private static List<Violation> violationsOf(SourceAttribution.Builder builder) {
        return builder.validate();
    }

    @Test
    void attributes_the_reference_article() {
        assertThat(IRRAWADDY.publication()).isEqualTo("The Irrawaddy");
        assertThat(IRRAWADDY.url()).isEqualTo(URI.create(ARTICLE_URN));
        assertThat(IRRAWADDY.publicationDate()).isEqualTo(LocalDate.of(2021, 3, 24));
        assertThat(IRRAWADDY.author()).isEmpty();
        assertThat(IRRAWADDY.language()).contains("en");
    }

    @Test
    void has_a_short_domain_shaped_to_string() {
        assertThat(IRRAWADDY).hasToString("SourceAttribution[The Irrawaddy, 2021-03-24]");
    }

    @Test
    void equal_when_all_attributes_are_equal() {
        SourceAttribution copy = SourceAttribution.builder().from(IRRAWADDY).build();
        assertThat(copy).isEqualTo(IRRAWADDY).hasSameHashCodeAs(IRRAWADDY);
        assertThat(SourceAttribution.builder().from(IRRAWADDY).author("Irrawaddy Staff").build())
                .isNotEqualTo(IRRAWADDY);
        assertThat(SourceAttribution.builder().from(IRRAWADDY).publicationDate(LocalDate.of(2021, 3, 23)).build())
                .isNotEqualTo(IRRAWADDY);
    }

    @Test
    void survives_java_serialization() {
        assertThat(SerializationSupport.roundTrip(IRRAWADDY)).isEqualTo(IRRAWADDY);
        SourceAttribution withAuthor = SourceAttribution.builder().from(IRRAWADDY).author("Irrawaddy Staff").build();
        assertThat(SerializationSupport.roundTrip(withAuthor)).isEqualTo(withAuthor);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> SourceAttribution.builder().publication(null))
                .isInstanceOf(NullPointerException.class).hasMessage("publication");
        assertThatThrownBy(() -> SourceAttribution.builder().url((URI) null))
                .isInstanceOf(NullPointerException.class).hasMessage("url");
        assertThatThrownBy(() -> SourceAttribution.builder().url((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> SourceAttribution.builder().publicationDate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("publicationDate");
        assertThatThrownBy(() -> SourceAttribution.builder().author((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("author");
        assertThatThrownBy(() -> SourceAttribution.builder().language((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void reports_every_missing_attribute_at_once() {
        assertThatThrownBy(() -> SourceAttribution.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("3 violations: SourceAttribution.publication must be set, got nothing; "
                        + "SourceAttribution.url must be set, got nothing; "
                        + "SourceAttribution.publicationDate must be set, got nothing");
        assertThat(violationsOf(SourceAttribution.builder().publication("P")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        tuple("url", ViolationCode.MISSING_ATTRIBUTE),
                        tuple("publicationDate", ViolationCode.MISSING_ATTRIBUTE));
    }

    @Test
    void reports_every_broken_rule_at_once() {
        assertThatThrownBy(() -> valid().publication(" ").url("www.irrawaddy.com").author("").language("en_US").build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("4 violations: SourceAttribution.publication must not be blank, got ' '; "
                        + "SourceAttribution.url must be an absolute URI with a scheme such as 'https:' or 'urn:', "
                        + "got 'www.irrawaddy.com'; "
                        + "SourceAttribution.author must not be blank, got ''; "
                        + "SourceAttribution.language must be a well-formed BCP 47 language tag such as 'en' or "
                        + "'zh-Hans', got 'en_US'");
    }

    @Test
    void accepts_a_publication_of_200_characters_and_rejects_201() {
        assertThat(violationsOf(valid().publication("a".repeat(200)))).isEmpty();
        assertThat(violationsOf(valid().publication("a".repeat(201))))
                .containsExactly(Violation.of("publication", ViolationCode.TOO_LONG,
                        "SourceAttribution.publication must be at most 200 characters long, got 201 characters"));
        assertThat(violationsOf(valid().publication("")))
                .containsExactly(Violation.of("publication", ViolationCode.BLANK,
                        "SourceAttribution.publication must not be blank, got ''"));
    }

    @Test
    void accepts_an_author_of_200_characters_and_rejects_201() {
        assertThat(violationsOf(valid().author("a".repeat(200)))).isEmpty();
        assertThat(violationsOf(valid().author("a".repeat(201))))
                .containsExactly(Violation.of("author", ViolationCode.TOO_LONG,
                        "SourceAttribution.author must be at most 200 characters long, got 201 characters"));
        assertThat(violationsOf(valid().author(" ")))
                .containsExactly(Violation.of("author", ViolationCode.BLANK,
                        "SourceAttribution.author must not be blank, got ' '"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ARTICLE_URN, "https://www.irrawaddy.com/news/burma/china-russia.html",
        "http://www.irrawaddy.com", "https://user_name.example.com/x", "urn:isbn:0451450523"})
    void accepts_an_absolute_uri(String url) {
        assertThat(violationsOf(valid().url(url))).isEmpty();
        assertThat(valid().url(url).build().url()).isEqualTo(URI.create(url));
    }

    @Test
    void rejects_a_relative_uri() {
        assertThat(violationsOf(valid().url("www.irrawaddy.com/news/burma")))
                .containsExactly(Violation.of("url", ViolationCode.INVALID_URI,
                        "SourceAttribution.url must be an absolute URI with a scheme such as 'https:' or 'urn:', "
                                + "got 'www.irrawaddy.com/news/burma'"));
        assertThat(violationsOf(valid().url(URI.create("/news/burma")))).extracting(Violation::code)
                .containsExactly(ViolationCode.INVALID_URI);
    }

    @Test
    void rejects_a_web_address_without_a_host() {
        assertThat(violationsOf(valid().url("https:news/burma")))
                .containsExactly(Violation.of("url", ViolationCode.INVALID_URI,
                        "SourceAttribution.url must have a host for scheme 'https', got 'https:news/burma'"));
        assertThat(violationsOf(valid().url("HTTP:///news"))).extracting(Violation::code)
                .containsExactly(ViolationCode.INVALID_URI);
    }

    @Test
    void turns_a_malformed_uri_into_a_validation_exception() {
        assertThatThrownBy(() -> SourceAttribution.builder().url("ht tp://www.irrawaddy.com"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("SourceAttribution.url must be a well-formed URI, got 'ht tp://www.irrawaddy.com'")
                .hasCauseInstanceOf(URISyntaxException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("url", ViolationCode.INVALID_URI)));
        assertThatThrownBy(() -> SourceAttribution.builder().url("https://"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("SourceAttribution.url must be a well-formed URI, got 'https://'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-Hans", "my-MM", "EN", "zh-Hant-TW", "x-private"})
    void accepts_a_well_formed_language_tag(String tag) {
        assertThat(violationsOf(valid().language(tag))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "x", "", " ", "en-", "abcdefghi", "en--US", "1"})
    void rejects_a_malformed_language_tag(String tag) {
        assertThat(violationsOf(valid().language(tag)))
                .containsExactly(Violation.of("language", ViolationCode.INVALID_LANGUAGE_TAG,
                        "SourceAttribution.language must be a well-formed BCP 47 language tag such as 'en' or "
                                + "'zh-Hans', got '" + tag + "'"));
    }
}
