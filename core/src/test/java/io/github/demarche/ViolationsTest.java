package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.SITUATION;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text rules that every text of the model obeys, through {@link Violations#text}. */
class ViolationsTest {

    private static Actor actor(String name) {
        return Actor.builder().id("a").name(name).kind(ActorKind.PERSON).build();
    }

    private static Statement statement(Function<Statement.Builder, Statement.Builder> change) {
        return change.apply(Statement.builder().id("s").addSpeaker(WANG_YI).date(ApproximateDate.parse("2021-03-23"))
                .mode(StatementMode.PARAPHRASE).channel(Channel.MEETING).summary("Wang Yi spoke")
                .addStance(Stance.builder().type(StanceType.CONCERN).target(SITUATION).build()).addSource(SOURCE))
                .build();
    }

    private static SourceAttribution source(Function<SourceAttribution.Builder, SourceAttribution.Builder> change) {
        return change.apply(SourceAttribution.builder().publication("The Irrawaddy")).build();
    }

    static Stream<Arguments> bad_names() {
        return Stream.of(
                arguments("Wang\u0000", "Actor.name must not contain control characters, got 'Wang\\u0000' (U+0000 at index 4)"),
                arguments("Wang\u0007Yi", "Actor.name must not contain control characters, got 'Wang\\u0007Yi' (U+0007 at index 4)"),
                arguments("Wang\u007f", "Actor.name must not contain control characters, got 'Wang\\u007f' (U+007F at index 4)"),
                arguments("Wang\u0085", "Actor.name must not contain control characters, got 'Wang\\u0085' (U+0085 at index 4)"),
                arguments("Wang\tYi", "Actor.name must not contain control characters, got 'Wang\\u0009Yi' (U+0009 at index 4)"),
                arguments("Wang\nYi", "Actor.name must not contain line breaks, got 'Wang\\u000aYi' (U+000A at index 4)"),
                arguments("Wang\u2028Yi", "Actor.name must not contain line breaks, got 'Wang\\u2028Yi' (U+2028 at index 4)"),
                arguments("Wang\uD800", "Actor.name must not contain unpaired surrogates, got 'Wang\\ud800' (U+D800 at index 4)"),
                arguments("\uDC00Wang", "Actor.name must not contain unpaired surrogates, got '\\udc00Wang' (U+DC00 at index 0)"),
                arguments("Wang\uFFFE", "Actor.name must not contain noncharacters, got 'Wang\\ufffe' (U+FFFE at index 4)"),
                arguments("Wang\uFFFF", "Actor.name must not contain noncharacters, got 'Wang\\uffff' (U+FFFF at index 4)"),
                arguments("Wang\uFDD0", "Actor.name must not contain noncharacters, got 'Wang\\ufdd0' (U+FDD0 at index 4)"),
                arguments("Wang\uFDEF", "Actor.name must not contain noncharacters, got 'Wang\\ufdef' (U+FDEF at index 4)"),
                arguments("Wang\uD83F\uDFFE", "Actor.name must not contain noncharacters, got 'Wang\\ud83f\\udffe' (U+1FFFE at index 4)"),
                arguments("Wang\u202EiY", "Actor.name must not contain bidirectional overrides or isolates, got 'Wang\\u202eiY' (U+202E at index 4)"),
                arguments("\u202AWang", "Actor.name must not contain bidirectional overrides or isolates, got '\\u202aWang' (U+202A at index 0)"),
                arguments("Wang\u2066Yi\u2069", "Actor.name must not contain bidirectional overrides or isolates, got 'Wang\\u2066Yi\\u2069' (U+2066 at index 4)"),
                arguments("Wang\u2069", "Actor.name must not contain bidirectional overrides or isolates, got 'Wang\\u2069' (U+2069 at index 4)"));
    }

    @ParameterizedTest
    @MethodSource
    void bad_names(String name, String message) {
        assertThatThrownBy(() -> actor(name))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", ViolationCode.INVALID_CHARACTER)));
    }

    static Stream<String> good_names() {
        return Stream.of("Wang Yi", "王毅", "Wang\u00a0Yi", "Zaw\u200bMin", "\u0645\u062d\u0645\u062f", "Wang\u202fYi",
                "\uD83D\uDE00 smile", "Lavrov\u0301", "a\u200db", "Wang\u0085".substring(0, 4), "\u061cAli",
                "\uFDCF\uFDF0\uFFFD", "x\u202F\u2060\uFEFFy");
    }

    @ParameterizedTest
    @MethodSource
    void good_names(String name) {
        assertThat(actor(name).name()).contains(name);
    }

    static Stream<String> blank_names() {
        return Stream.of("", " ", "\t", "\u00a0", "\u00a0\u00a0", "\u200b", "\u200b\u200c\u200d", "\ufeff", "\u2060",
                "\u3000", "\u2007\u202f", "\u180e", "\u3164", "\u115f\u1160", "\ufe0f", "\u034f", "\u00ad",
                " \u00a0\u200b\n");
    }

    @ParameterizedTest
    @MethodSource
    void blank_names(String name) {
        assertThatThrownBy(() -> actor(name))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Actor.name must not be blank, got " + Violation.show(name))
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
                        .isEqualTo(ViolationCode.BLANK));
    }

    @Test
    void the_invisible_ranges_end_where_the_visible_characters_begin() {
        // the ends of each range of invisible characters are blank, their neighbours are names
        for (int blank : new int[] {0x180B, 0x180F, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF, 0xFFA0, 0x3164}) {
            assertThat(Actor.builder().id("a").name(new String(Character.toChars(blank))).kind(ActorKind.PERSON)
                    .validate()).as("U+%X", blank).extracting(Violation::code).containsExactly(ViolationCode.BLANK);
        }
        for (int visible : new int[] {0x180A, 0x1810, 0xFDFC, 0xFE10, 0x4E2D, 0xFFA1, 0x3165}) {
            assertThat(Actor.builder().id("a").name(new String(Character.toChars(visible))).kind(ActorKind.PERSON)
                    .validate()).as("U+%X", visible).isEmpty();
        }
    }

    @Test
    void a_name_of_no_break_spaces_is_blank() {
        assertThatThrownBy(() -> actor("\u00a0\u00a0"))
                .hasMessage("Actor.name must not be blank, got '\\u00a0\\u00a0'");
        assertThatThrownBy(() -> actor("\u200b"))
                .hasMessage("Actor.name must not be blank, got '\\u200b'");
    }

    @Test
    void aliases_refuse_bidi_overrides_and_titles_allow_them_but_not_line_breaks() {
        assertThatThrownBy(() -> Actor.builder().id("a").name("Wang").kind(ActorKind.PERSON).addAlias("\u202Egnaw").build())
                .hasMessage("Actor.aliases[0] must not contain bidirectional overrides or isolates, got '\\u202egnaw' "
                        + "(U+202E at index 0)");
        Actor titled = Actor.builder().id("a").name("Wang").kind(ActorKind.PERSON).title("\u2067وزير\u2069").build();
        assertThat(titled.title()).contains("\u2067وزير\u2069");
        assertThatThrownBy(() -> Actor.builder().id("a").name("Wang").kind(ActorKind.PERSON).title("Foreign\nMinister").build())
                .hasMessage("Actor.title must not contain line breaks, got 'Foreign\\u000aMinister' (U+000A at index 7)");
    }

    @Test
    void quotes_and_summaries_may_hold_line_breaks_but_no_other_control_character() {
        Statement statement = statement(b -> b.quote("First line.\r\nSecond\tline.\u2029End").summary("One.\nTwo."));
        assertThat(statement.quote()).contains("First line.\r\nSecond\tline.\u2029End");
        assertThatThrownBy(() -> statement(b -> b.summary("Wang\u0000Yi spoke")))
                .hasMessage("Statement.summary must not contain control characters, got 'Wang\\u0000Yi spoke' "
                        + "(U+0000 at index 4)");
        assertThatThrownBy(() -> statement(b -> b.quote("say\uDBFF")))
                .hasMessage("Statement.quote must not contain unpaired surrogates, got 'say\\udbff' (U+DBFF at index 3)");
        assertThatThrownBy(() -> statement(b -> b.summary("\u200b\u00a0\n")))
                .hasMessage("Statement.summary must not be blank, got '\\u200b\\u00a0\\u000a'");
    }

    @Test
    void the_index_is_given_past_the_part_of_the_text_the_message_shows() {
        String name = "x".repeat(150) + "\u0001";
        assertThatThrownBy(() -> actor(name))
                .hasMessage("Actor.name must not contain control characters, got '" + "x".repeat(97)
                        + "...' (U+0001 at index 150)");
    }

    @Test
    void every_text_of_the_model_is_checked() {
        String bad = "a\u0000";
        assertThat(Actor.builder().id("a").name("n").kind(ActorKind.PERSON).title(bad).validate())
                .extracting(Violation::path).containsExactly("title");
        assertThat(Actor.builder().id("a").name("n").kind(ActorKind.PERSON).addSector(bad).validate())
                .extracting(Violation::path).containsExactly("sectors[0]");
        assertThatThrownBy(() -> ExternalId.of("gdelt", "88\u202e1")).hasMessage(
                "ExternalId.value must not contain bidirectional overrides or isolates, got '88\\u202e1' (U+202E at index 2)");
        assertThatThrownBy(() -> StanceTarget.topic(bad)).hasMessageStartingWith("StanceTarget.label must not contain");
        assertThatThrownBy(() -> Location.builder().place(bad).build()).hasMessageStartingWith("Location.place must not");
        assertThatThrownBy(() -> Location.builder().addAdminUnit(bad).build())
                .hasMessageStartingWith("Location.adminUnits[0] must not");
        assertThatThrownBy(() -> Location.builder().featureId("\u202e1").build())
                .hasMessageStartingWith("Location.featureId must not contain bidirectional");
        assertThatThrownBy(() -> QualifiedCount.exactly(3).withWording(bad))
                .hasMessageStartingWith("QualifiedCount.wording must not");
        assertThatThrownBy(() -> Stance.builder().type(StanceType.CONCERN).target(SITUATION).wording(bad).build())
                .hasMessageStartingWith("Stance.wording must not");
        for (String field : List.of("publication", "author", "headline", "citation", "originator", "documentId",
                "excerpt", "coder")) {
            SourceAttribution.Builder builder = SourceAttribution.builder();
            switch (field) {
                case "publication": builder.publication(bad); break;
                case "author": builder.author(bad); break;
                case "headline": builder.headline(bad); break;
                case "citation": builder.citation(bad); break;
                case "originator": builder.originator(bad); break;
                case "documentId": builder.documentId(bad); break;
                case "excerpt": builder.excerpt(bad); break;
                default: builder.coder(bad); break;
            }
            assertThat(builder.validate()).extracting(Violation::path, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, ViolationCode.INVALID_CHARACTER));
        }
        assertThatThrownBy(() -> AttributeValue.of(bad)).hasMessage(
                "AttributeValue.text must not contain control characters, got 'a\\u0000' (U+0000 at index 1)");
    }

    @Test
    void source_texts_copied_from_datasets_may_hold_line_breaks_and_tabs_and_the_others_not() {
        SourceAttribution ucdp = source(b -> b.headline("Election threats grow\n\nAU \t\nSam Jahan")
                .citation("AFP,2018-12-18,Bangladesh\tdeploys").originator("Islamic State\nPolice").excerpt("a\r\nb"));
        assertThat(ucdp.originator()).contains("Islamic State\nPolice");
        assertThatThrownBy(() -> source(b -> b.author("Wang\nYi")))
                .hasMessage("SourceAttribution.author must not contain line breaks, got 'Wang\\u000aYi' (U+000A at index 4)");
    }

    @Test
    void attribute_texts_may_be_empty_blank_or_hold_line_breaks() {
        assertThat(AttributeValue.of("").asText()).isEmpty();
        assertThat(AttributeValue.of(" \u00a0").asText()).isEqualTo(" \u00a0");
        assertThat(AttributeValue.of("a\nb\tc").asText()).isEqualTo("a\nb\tc");
        assertThat(AttributeValue.of("Sanaa, San\u0091a', Yemen").asText()).contains("\u0091");
        assertThatThrownBy(() -> AttributeValue.of("\uFFFF")).hasMessage(
                "AttributeValue.text must not contain noncharacters, got '\\uffff' (U+FFFF at index 0)");
    }

    @Test
    void urls_are_at_most_8192_characters_without_invisible_characters() {
        String prefix = "https://example.org/";
        String longest = prefix + "a".repeat(8192 - prefix.length());
        assertThat(source(b -> b.url(longest)).url()).contains(URI.create(longest));
        assertThatThrownBy(() -> source(b -> b.url(longest + "a")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("SourceAttribution.url must be at most 8192 characters long, got 8193 characters");
        assertThatThrownBy(() -> source(b -> b.url(prefix + "a".repeat(980_000))))
                .hasMessage("SourceAttribution.url must be at most 8192 characters long, got 980020 characters");
        assertThatThrownBy(() -> source(b -> b.url("https://example.org/\u202egpj.exe")))
                .hasMessage("SourceAttribution.url must not contain bidirectional overrides or isolates, got "
                        + "'https://example.org/\\u202egpj.exe' (U+202E at index 20)");
    }

    static Stream<Arguments> dates_out_of_range() {
        return Stream.of(
                arguments(Function.<SourceAttribution.Builder>identity().andThen(b -> b.publicationDate(LocalDate.of(-1, 12, 31))),
                        "SourceAttribution.publicationDate must have a year from 0000 to 9999, got -0001-12-31"),
                arguments(Function.<SourceAttribution.Builder>identity().andThen(b -> b.publicationDate(LocalDate.of(10000, 1, 1))),
                        "SourceAttribution.publicationDate must have a year from 0000 to 9999, got +10000-01-01"),
                arguments(Function.<SourceAttribution.Builder>identity().andThen(b -> b.codedOn(LocalDate.of(99999, 1, 1))),
                        "SourceAttribution.codedOn must have a year from 0000 to 9999, got +99999-01-01"),
                arguments(Function.<SourceAttribution.Builder>identity().andThen(b -> b.codedAt(Instant.parse("+10000-01-01T00:00:00Z"))),
                        "SourceAttribution.codedAt must have a year from 0000 to 9999, got +10000-01-01T00:00:00Z"),
                arguments(Function.<SourceAttribution.Builder>identity().andThen(b -> b.codedAt(Instant.parse("-0001-12-31T23:59:59Z"))),
                        "SourceAttribution.codedAt must have a year from 0000 to 9999, got -0001-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @MethodSource
    void dates_out_of_range(Function<SourceAttribution.Builder, SourceAttribution.Builder> change, String message) {
        assertThatThrownBy(() -> source(change))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).code())
                        .isEqualTo(ViolationCode.OUT_OF_RANGE));
    }

    @Test
    void dates_at_the_ends_of_the_range_are_accepted() {
        SourceAttribution first = source(b -> b.publicationDate(LocalDate.of(0, 1, 1)).codedOn(LocalDate.of(0, 1, 1))
                .codedAt(Instant.parse("0000-01-01T00:00:00Z")));
        SourceAttribution last = source(b -> b.publicationDate(LocalDate.of(9999, 12, 31)).codedOn(LocalDate.of(9999, 12, 31))
                .codedAt(Instant.parse("9999-12-31T23:59:59.999999999Z")));
        assertThat(first.publicationDate()).contains(LocalDate.of(0, 1, 1));
        assertThat(last.codedAt()).contains(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @Test
    void statement_to_string_is_bounded() {
        Statement.Builder many = Statement.builder().id("s").date(ApproximateDate.parse("2021-03-23"))
                .mode(StatementMode.JOINT).channel(Channel.MEETING).addSource(SOURCE);
        for (int i = 0; i < 1000; i++) {
            many.addSpeaker(Actor.builder().id("speaker-" + i).name("Speaker " + i).kind(ActorKind.PERSON).build());
            many.addStance(Stance.builder().type(StanceType.CONCERN)
                    .target(StanceTarget.topic("topic " + i, "topic-" + i)).build());
        }
        assertThat(many.build()).hasToString("Statement[s 2021-03-23 speaker-0+speaker-1+speaker-2+speaker-3+speaker-4"
                + " +995 more: CONCERN, CONCERN, CONCERN, CONCERN, CONCERN, +995 more]");
    }

    @Test
    void to_strings_that_repeat_user_text_are_bounded() {
        String longName = "n".repeat(200);
        assertThat(Actor.builder().id("a").name(longName).title(longName).kind(ActorKind.PERSON).build().toString())
                .hasSizeLessThan(250);
        assertThat(ExternalId.of("gdelt", longName).toString()).hasSize(6 + 100);
        assertThat(StanceTarget.topic(longName).toString()).hasSizeLessThan(120);
        Location.Builder location = Location.builder();
        for (int i = 0; i < 1000; i++) {
            location.addAdminUnit("unit " + i);
        }
        assertThat(location.build().toString()).hasSize(100);
        assertThat(source(b -> b.publication(longName)).toString()).hasSizeLessThan(130);
    }

    @Test
    void random_texts_are_refused_exactly_when_they_hold_a_bad_character() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        char[] pool = {'a', ' ', '\u00a0', '\u200b', '\u0000', '\u001f', '\u007f', '\u0085', '\n', '\t', '\uD800',
            '\uDC00', '\uFFFE', '\uFDD0', '\u202E', '\u2066', '\u4e2d', '\u0301'};
        for (int n = 0; n < 5000; n++) {
            char[] chars = new char[1 + random.nextInt(6)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = pool[random.nextInt(pool.length)];
            }
            String text = new String(chars);
            List<Violation> violations = Actor.builder().id("a").name(text).kind(ActorKind.PERSON).validate();
            boolean blank = text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
            boolean bad = !blank && (text.chars().anyMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0xFFFE
                    || c == 0xFDD0 || c == 0x202E || c == 0x2066)
                    || text.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF));
            assertThat(violations).as("seed %d, text %s", seed, Violation.show(text))
                    .extracting(Violation::code)
                    .containsExactlyElementsOf(blank ? List.of(ViolationCode.BLANK)
                            : bad ? List.of(ViolationCode.INVALID_CHARACTER) : List.of());
        }
    }

    @Test
    void attribute_keys_are_an_ascii_letter_then_letters_digits_and_four_marks() {
        for (String good : List.of("a", "z", "A", "Z", "az09", "a0", "a9", "a.b", "a_b", "a-b", "a:b", "gdelt.NumMentions")) {
            assertThat(Violations.isAttributeKey(good)).as(good).isTrue();
        }
        // the characters just outside each range: '@' '[' '`' '{' around the letters, '/' ':' around the digits
        for (String bad : List.of("", "@", "[", "`", "{", "0a", ".a", "a@", "a[", "a`", "a{", "a/", "a;", "a b", "aé")) {
            assertThat(Violations.isAttributeKey(bad)).as(bad).isFalse();
        }
    }

    @Test
    void duplicates_are_found_the_same_way_in_short_and_long_lists() {
        for (int size : new int[] {2, 15, 16, 17, 40}) {
            List<String> values = new java.util.ArrayList<>();
            for (int i = 0; i < size - 2; i++) {
                values.add("v" + i);
            }
            values.add("v0");
            values.add(size > 2 ? "v0" : "v1");
            List<Violation> found = Violations.of("T").unique("xs", values, value -> value, "be unique").list();
            assertThat(found).as("size %d", size).extracting(Violation::path).containsExactlyElementsOf(size > 2
                    ? List.of("xs[" + (size - 2) + "]", "xs[" + (size - 1) + "]") : List.of());
            assertThat(found).as("size %d", size).extracting(Violation::message).allMatch(
                    message -> message.equals("T.xs[" + (size - 2) + "] must be unique, got 'v0'")
                            || message.equals("T.xs[" + (size - 1) + "] must be unique, got 'v0'"));
        }
        assertThat(Violations.of("T").unique("xs", List.of("a"), value -> value, "be unique").list()).isEmpty();
        assertThat(Violations.of("T").unique("xs", List.of("a", "a"), value -> value, "be unique").list())
                .containsExactly(Violation.of("xs[1]", ViolationCode.DUPLICATE, "T.xs[1] must be unique, got 'a'"));
    }

    @Test
    void the_fast_id_check_agrees_with_the_readable_rule_on_random_texts() {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        // the id characters, their neighbours in ASCII, upper case, a space, a non-ASCII letter and a character past the table
        String alphabet = "az09-._/:`{@[AZ \u00e9\u0100\uff0d";
        for (int i = 0; i < RandomValues.rounds(100_000); i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(3)));
            }
            String id = text.toString();
            assertThat(Violations.isId(id)).as("'%s' (seed=%d)", id, seed).isEqualTo(isIdAsWritten(id));
        }
    }

    /** The identifier rule as {@link Violations#ID_FORM} states it, without regard to speed. */
    private static boolean isIdAsWritten(String value) {
        return value.matches("[a-z0-9]+([-._][a-z0-9]+)*");
    }

    @Test
    void the_quick_text_check_is_its_definition() {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        // both ends of printable ASCII and their neighbours, the extremes of char, a space
        String alphabet = " !}~\u007f\u001f\u0000\uffff\u0100";
        for (int i = 0; i < RandomValues.rounds(100_000); i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : ' ');
            }
            String value = text.toString();
            int max = random.nextInt(7);
            boolean definition = value.length() <= max && value.chars().allMatch(c -> c >= ' ' && c <= '~')
                    && !value.isBlank();
            assertThat(Violations.isPlainText(value, max)).as("'%s', at most %d (seed=%d)", value, max, seed)
                    .isEqualTo(definition);
        }
    }

    @Test
    void a_text_the_quick_check_passes_breaks_no_text_rule_of_any_form() {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        // printable ASCII and its neighbours, spaces, a tab, line breaks, a C1 control and non-ASCII letters
        String alphabet = "a Z~\u007f\u001f\t\n\u0085\u00a0\u00e9\u200b\u2028";
        int passed = 0;
        for (int i = 0; i < RandomValues.rounds(100_000); i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'b');
            }
            String value = text.toString();
            int max = 1 + random.nextInt(6);
            if (!Violations.isPlainText(value, max)) {
                continue;
            }
            passed++;
            for (Violations.TextForm form : Violations.TextForm.values()) {
                assertThat(Violations.of("T").text("t", value, max, form).list())
                        .as("'%s', at most %d, %s (seed=%d)", value, max, form, seed).isEmpty();
            }
        }
        assertThat(passed).as("texts the quick check passed (seed=%d)", seed)
                .isGreaterThan(RandomValues.rounds(100_000) / 10);
    }
}
