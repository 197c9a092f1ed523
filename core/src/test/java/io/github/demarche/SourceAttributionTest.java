package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
        assertThat(IRRAWADDY.publication()).contains("The Irrawaddy");
        assertThat(IRRAWADDY.url()).contains(URI.create(ARTICLE_URN));
        assertThat(IRRAWADDY.publicationDate()).contains(LocalDate.of(2021, 3, 24));
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
        assertThatThrownBy(() -> SourceAttribution.builder().publication((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("publication");
        assertThatThrownBy(() -> SourceAttribution.builder().url((URI) null))
                .isInstanceOf(NullPointerException.class).hasMessage("url");
        assertThatThrownBy(() -> SourceAttribution.builder().url((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> SourceAttribution.builder().publicationDate((LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessage("publicationDate");
        assertThatThrownBy(() -> SourceAttribution.builder().author((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("author");
        assertThatThrownBy(() -> SourceAttribution.builder().language((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void requires_something_that_names_the_source() {
        assertThatThrownBy(() -> SourceAttribution.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("SourceAttribution must name a publication, URL, author, headline, citation, originator, "
                        + "document id, excerpt or coder, got none");
        assertThat(violationsOf(SourceAttribution.builder().publicationDate(LocalDate.of(2021, 3, 24)).language("en")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("", ViolationCode.EMPTY));
    }

    @ParameterizedTest
    @MethodSource("sourcesWithOneName")
    void accepts_any_one_thing_that_names_the_source(SourceAttribution.Builder builder, String toString) {
        assertThat(violationsOf(builder)).isEmpty();
        assertThat(builder.build()).hasToString(toString);
    }

    static Stream<Arguments> sourcesWithOneName() {
        return Stream.of(
                Arguments.of(SourceAttribution.builder().publication("Indo-Asian News Service"),
                        "SourceAttribution[Indo-Asian News Service]"),
                Arguments.of(SourceAttribution.builder().url("https://www.themoscowtimes.com/2019/10/24/a67891"),
                        "SourceAttribution[https://www.themoscowtimes.com/2019/10/24/a67891]"),
                Arguments.of(SourceAttribution.builder().author("A. Reporter"), "SourceAttribution[unnamed]"),
                Arguments.of(SourceAttribution.builder().headline("Seven killed in clashes"), "SourceAttribution[unnamed]"),
                Arguments.of(SourceAttribution.builder().citation("BBC Monitoring Newsfile,2013-12-14,Seven killed"),
                        "SourceAttribution[unnamed]"),
                Arguments.of(SourceAttribution.builder().originator("police"), "SourceAttribution[police]"),
                Arguments.of(SourceAttribution.builder().documentId("47400363").sentenceNumber(1),
                        "SourceAttribution[document 47400363]"),
                Arguments.of(SourceAttribution.builder().excerpt("Senior Hungarian and Romanian officials agreed"),
                        "SourceAttribution[unnamed]"),
                Arguments.of(SourceAttribution.builder().coder("Parus Analytics").codedOn(LocalDate.of(2016, 12, 19)),
                        "SourceAttribution[coded by Parus Analytics]"),
                Arguments.of(SourceAttribution.builder().publication("BBC Monitoring Newsfile")
                        .publicationDate(LocalDate.of(2013, 12, 14)), "SourceAttribution[BBC Monitoring Newsfile, 2013-12-14]"));
    }

    @Test
    void keeps_what_datasets_say_of_their_sources() {
        Instant added = Instant.parse("2019-10-24T14:30:00Z");
        SourceAttribution icews = SourceAttribution.builder().publication("Indo-Asian News Service")
                .documentId("47400363").sentenceNumber(1).build();
        SourceAttribution gdelt = SourceAttribution.builder().url("https://www.bworldonline.com/from-wyoming/")
                .codedAt(added).codedOn(LocalDate.of(2019, 10, 24)).build();
        assertThat(icews.documentId()).contains("47400363");
        assertThat(icews.sentenceNumber()).hasValue(1);
        assertThat(gdelt.codedAt()).contains(added);
        assertThat(SourceAttribution.builder().from(gdelt).build()).isEqualTo(gdelt).hasSameHashCodeAs(gdelt);
        assertThat(gdelt).isNotEqualTo(SourceAttribution.builder().from(gdelt).codedAt(added.plusSeconds(1)).build());
    }

    @Test
    void rejects_a_sentence_number_below_one_or_without_its_document() {
        assertThat(violationsOf(SourceAttribution.builder().documentId("47400363").sentenceNumber(1))).isEmpty();
        assertThat(violationsOf(SourceAttribution.builder().documentId("47400363").sentenceNumber(0)))
                .containsExactly(Violation.of("sentenceNumber", ViolationCode.OUT_OF_RANGE,
                        "SourceAttribution.sentenceNumber must be at least 1, got 0"));
        assertThat(violationsOf(SourceAttribution.builder().publication("P").sentenceNumber(2)))
                .containsExactly(Violation.of("sentenceNumber", ViolationCode.INCONSISTENT,
                        "SourceAttribution.sentenceNumber must come with a document id, got no document id"));
    }

    @Test
    void rejects_a_coding_time_on_another_day_than_the_coding_date() {
        LocalDate day = LocalDate.of(2019, 10, 24);
        assertThat(violationsOf(SourceAttribution.builder().coder("c").codedOn(day)
                .codedAt(Instant.parse("2019-10-24T23:59:59Z")))).isEmpty();
        assertThat(violationsOf(SourceAttribution.builder().coder("c").codedOn(day)
                .codedAt(Instant.parse("2019-10-25T00:00:00Z"))))
                .containsExactly(Violation.of("codedAt", ViolationCode.INCONSISTENT,
                        "SourceAttribution.codedAt must fall on the day codedOn 2019-10-24 (UTC), got 2019-10-25T00:00:00Z"));
    }

    @Test
    void bounds_the_texts_of_datasets() {
        assertThat(violationsOf(SourceAttribution.builder().headline("h".repeat(500)))).isEmpty();
        assertThat(violationsOf(SourceAttribution.builder().headline("h".repeat(501)))).containsExactly(
                Violation.of("headline", ViolationCode.TOO_LONG,
                        "SourceAttribution.headline must be at most 500 characters long, got 501 characters"));
        assertThat(violationsOf(SourceAttribution.builder().citation("c".repeat(2000)))).isEmpty();
        assertThat(violationsOf(SourceAttribution.builder().citation("c".repeat(2001)))).extracting(Violation::code)
                .containsExactly(ViolationCode.TOO_LONG);
        assertThat(violationsOf(SourceAttribution.builder().excerpt("e".repeat(20_000)))).isEmpty();
        assertThat(violationsOf(SourceAttribution.builder().excerpt("e".repeat(20_001)))).extracting(Violation::code)
                .containsExactly(ViolationCode.TOO_LONG);
        assertThat(violationsOf(SourceAttribution.builder().originator(" "))).containsExactly(
                Violation.of("originator", ViolationCode.BLANK, "SourceAttribution.originator must not be blank, got ' '"));
        assertThat(violationsOf(SourceAttribution.builder().coder("c".repeat(201)))).extracting(Violation::path)
                .containsExactly("coder");
        assertThat(violationsOf(SourceAttribution.builder().documentId("d".repeat(201)))).extracting(Violation::path)
                .containsExactly("documentId");
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
        assertThat(valid().url(url).build().url()).contains(URI.create(url));
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
