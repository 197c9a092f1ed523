package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoCodeTest {

    // ---- the table against the original code books ----

    @Test
    void holds_every_gdelt_code_with_its_name_and_score_and_nothing_more() {
        Map<String, ReferenceData.Entry> original = ReferenceData.gdelt();
        assertThat(original).hasSize(311).containsKey("106");
        assertMatches(CameoDialect.GDELT, original);
    }

    @Test
    void holds_every_icews_code_with_its_name_and_score_and_nothing_more() {
        Map<String, ReferenceData.Entry> original = ReferenceData.icews();
        assertThat(original).hasSize(312);
        assertMatches(CameoDialect.ICEWS, original);
    }

    private static void assertMatches(CameoDialect dialect, Map<String, ReferenceData.Entry> original) {
        assertThat(CameoCode.all(dialect)).extracting(CameoCode::code)
                .containsExactlyInAnyOrderElementsOf(original.keySet());
        for (ReferenceData.Entry entry : original.values()) {
            CameoCode code = CameoCode.of(dialect, entry.code());
            assertThat(code.name()).as("name of %s", code).isEqualTo(entry.name().strip());
            assertThat(code.goldsteinScore()).as("score of %s", code).isEqualTo(Double.parseDouble(entry.score()));
        }
    }

    @Test
    void the_gdelt_reader_splits_an_entry_glued_onto_the_1056_line() {
        // some published copies of CAMEO.eventcodes.txt lack a 106 line and glue it onto 1056
        Map<String, ReferenceData.Entry> read = ReferenceData.gdelt(
                List.of("CAMEOEVENTCODE\tEVENTDESCRIPTION",
                        "1056\tDemand de-escalation of military engagement106:[-5.0] Demand withdrawal",
                        "107\tDemand ceasefire"),
                List.of("CAMEOEVENTCODE\tGOLDSTEINSCALE", "1056\t-5.0", "107\t-5.0"));
        assertThat(read.values()).containsExactly(
                new ReferenceData.Entry("1056", "Demand de-escalation of military engagement", "-5.0"),
                new ReferenceData.Entry("106", "Demand withdrawal", "-5.0"),
                new ReferenceData.Entry("107", "Demand ceasefire", "-5.0"));
    }

    // ---- the dialects differ ----

    @Test
    void the_dialects_differ_where_their_code_books_do() {
        assertThat(CameoCode.gdelt("106").name()).isEqualTo("Demand withdrawal");
        assertThat(CameoCode.icews("106").name()).isEqualTo("Demand meeting, negotiation");
        assertThat(CameoCode.gdelt("016").goldsteinScore()).isEqualTo(-2.0);
        assertThat(CameoCode.icews("016").goldsteinScore()).isEqualTo(-5.0);
        assertThat(CameoCode.icews("1213").name()).isEqualTo("Reject judicial cooperation");
        assertThat(CameoCode.validate(CameoDialect.GDELT, "1213")).hasSize(1);
        assertThat(CameoCode.gdelt("106")).isNotEqualTo(CameoCode.icews("106"));
    }

    @Test
    void keeps_names_as_published_without_surrounding_white_space() {
        assertThat(CameoCode.gdelt("111").name()).isEqualTo("Criticize or denounce");  // "Criticize or denounce " in GDELT
        assertThat(CameoCode.gdelt("044").name()).isEqualTo("Meet at a ÒhirdÓlocation");
        assertThat(CameoCode.icews("044").name()).isEqualTo("Meet at a 'third' location");
    }

    @Test
    void finds_the_same_digits_in_the_other_dialect() {
        assertThat(CameoCode.gdelt("106").inDialect(CameoDialect.ICEWS)).containsSame(CameoCode.icews("106"));
        assertThat(CameoCode.gdelt("106").inDialect(CameoDialect.GDELT)).containsSame(CameoCode.gdelt("106"));
        assertThat(CameoCode.icews("1213").inDialect(CameoDialect.GDELT)).isEmpty();
    }

    // ---- the hierarchy ----

    @ParameterizedTest
    @CsvSource({"03, 03, , 1", "036, 03, 03, 2", "1312, 13, 131, 3", "20, 20, , 1", "2042, 20, 204, 3"})
    void knows_its_root_parent_and_depth(String code, String root, String parent, int depth) {
        for (CameoDialect dialect : CameoDialect.values()) {
            CameoCode cameo = CameoCode.of(dialect, code);
            assertThat(cameo.root()).isSameAs(CameoCode.of(dialect, root));
            assertThat(cameo.parent()).isEqualTo(parent == null
                    ? java.util.Optional.empty() : java.util.Optional.of(CameoCode.of(dialect, parent)));
            assertThat(cameo.depth()).isEqualTo(depth);
            assertThat(cameo.isRoot()).isEqualTo(depth == 1);
        }
    }

    @ParameterizedTest
    @EnumSource(CameoDialect.class)
    void every_code_has_its_parent_in_its_dialect_and_lies_within_it(CameoDialect dialect) {
        for (CameoCode code : CameoCode.all(dialect)) {
            assertThat(code.isWithin(code)).isTrue();
            assertThat(code.isWithin(code.root())).isTrue();
            code.parent().ifPresent(parent -> {
                assertThat(parent.dialect()).isEqualTo(dialect);
                assertThat(parent.depth()).isEqualTo(code.depth() - 1);
                assertThat(code.isWithin(parent)).isTrue();
                assertThat(parent.isWithin(code)).isFalse();
            });
        }
    }

    @Test
    void is_within_a_family_of_its_own_dialect_only() {
        CameoCode code = CameoCode.gdelt("036");
        assertThat(code.isWithin(CameoCode.gdelt("03"))).isTrue();
        assertThat(code.isWithin(CameoCode.gdelt("04"))).isFalse();
        assertThat(code.isWithin(CameoCode.gdelt("030"))).isFalse();
        assertThat(code.isWithin(CameoCode.icews("03"))).isFalse();
        assertThat(CameoCode.gdelt("1312").isWithin(CameoCode.gdelt("13"))).isTrue();
        assertThat(CameoCode.gdelt("13").isWithin(CameoCode.gdelt("1312"))).isFalse();
    }

    @Test
    void lists_every_code_in_code_book_order() {
        List<CameoCode> gdelt = CameoCode.all(CameoDialect.GDELT);
        assertThat(gdelt).hasSize(311).isSorted().doesNotHaveDuplicates();
        assertThat(gdelt.subList(0, 4)).extracting(CameoCode::code).containsExactly("01", "010", "011", "012");
        assertThat(CameoCode.all(CameoDialect.ICEWS)).hasSize(312).isSorted();
        assertThat(gdelt.stream().filter(CameoCode::isRoot).count()).isEqualTo(20);
        assertThatThrownBy(() -> gdelt.add(CameoCode.gdelt("01"))).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- quad classes ----

    @ParameterizedTest
    @CsvSource({"01, 1", "05, 1", "057, 1", "06, 2", "09, 2", "094, 2", "10, 3", "14, 3", "1454, 3", "15, 4", "20, 4"})
    void takes_its_quad_class_from_its_root_as_gdelt_rows_give_it(String code, int quadClass) {
        assertThat(CameoCode.gdelt(code).quadClass()).isEqualTo(QuadClass.of(quadClass));
        assertThat(CameoCode.icews(code).quadClass()).isEqualTo(QuadClass.of(quadClass));
    }

    // ---- PLOVER ----

    @Test
    void maps_to_plover_through_the_crosswalk() {
        CameoCode visit = CameoCode.gdelt("042");
        assertThat(visit.ploverType()).contains(PloverEventType.CONSULT);
        assertThat(visit.ploverMode()).contains(PloverMode.VISIT);
        assertThat(visit.ploverContexts()).isEmpty();

        CameoCode warCrimes = CameoCode.icews("094");
        assertThat(warCrimes.ploverType()).contains(PloverEventType.ACCUSE);
        assertThat(warCrimes.ploverMode()).contains(PloverMode.INVESTIGATE);
        assertThat(warCrimes.ploverContexts()).containsExactly(PloverContext.MILITARY, PloverContext.LEGAL);

        assertThat(CameoCode.gdelt("036").ploverType()).contains(PloverEventType.AGREE);
        assertThat(CameoCode.gdelt("036").ploverContexts()).containsExactly(PloverContext.DIPLOMATIC);
        assertThat(CameoCode.gdelt("03").ploverType()).contains(PloverEventType.AGREE);
        assertThat(CameoCode.gdelt("175").ploverType()).contains(PloverEventType.ASSAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "010", "016", "02", "0214", "028", "08"})
    void has_no_plover_mapping_where_plover_drops_the_code_or_the_crosswalk_gives_two(String code) {
        CameoCode cameo = CameoCode.gdelt(code);
        assertThat(cameo.ploverType()).isEmpty();
        assertThat(cameo.ploverMode()).isEmpty();
        assertThat(cameo.ploverContexts()).isEmpty();
    }

    @Test
    void every_code_from_root_03_on_has_a_plover_type_except_root_08() {
        for (CameoDialect dialect : CameoDialect.values()) {
            List<String> unmapped = CameoCode.all(dialect).stream()
                    .filter(code -> code.ploverType().isEmpty())
                    .map(CameoCode::code)
                    .filter(code -> !code.startsWith("01") && !code.startsWith("02"))
                    .collect(Collectors.toList());
            assertThat(unmapped).as("%s", dialect).containsExactly("08");
        }
    }

    // ---- bad input ----

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "03a", "12345", " 036", "036 ", "٠٣", "-10", "1.0"})
    void refuses_a_code_that_is_not_two_to_four_digits(String code) {
        String message = "CameoCode.code must be a CAMEO event code of 2 to 4 digits, got " + Violation.show(code);
        assertThat(CameoCode.validate(CameoDialect.GDELT, code))
                .containsExactly(Violation.of("code", ViolationCode.MALFORMED, message));
        assertThatThrownBy(() -> CameoCode.gdelt(code)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void shows_digits_that_are_not_ascii_as_escapes() {
        assertThat(CameoCode.validate(CameoDialect.GDELT, "\u0660\u0663")).extracting(Violation::message)
                .containsExactly("CameoCode.code must be a CAMEO event code of 2 to 4 digits, got '\\u0660\\u0663'");
    }

    @ParameterizedTest
    @CsvSource({"GDELT, 0999", "GDELT, 1213", "ICEWS, 00", "ICEWS, 21", "GDELT, 0215"})
    void refuses_a_well_formed_code_unknown_to_the_dialect(CameoDialect dialect, String code) {
        String message = "CameoCode.code must be a CAMEO event code of the " + dialect + " dialect, got '" + code + "'";
        assertThat(CameoCode.validate(dialect, code))
                .containsExactly(Violation.of("code", ViolationCode.UNKNOWN_CODE, message));
        assertThatThrownBy(() -> CameoCode.of(dialect, code)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void accepts_the_boundaries_of_the_form() {
        assertThat(CameoCode.validate(CameoDialect.GDELT, "01")).isEmpty();
        assertThat(CameoCode.validate(CameoDialect.GDELT, "2042")).isEmpty();
        assertThat(CameoCode.of(CameoDialect.GDELT, new StringBuilder("036"))).isSameAs(CameoCode.gdelt("036"));
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> CameoCode.of(null, "036")).isInstanceOf(NullPointerException.class).hasMessage("dialect");
        assertThatThrownBy(() -> CameoCode.of(CameoDialect.GDELT, null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CameoCode.gdelt(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CameoCode.validate(null, "036")).isInstanceOf(NullPointerException.class).hasMessage("dialect");
        assertThatThrownBy(() -> CameoCode.all(null)).isInstanceOf(NullPointerException.class).hasMessage("dialect");
        assertThatThrownBy(() -> CameoCode.gdelt("036").isWithin(null)).isInstanceOf(NullPointerException.class).hasMessage("family");
        assertThatThrownBy(() -> CameoCode.gdelt("036").inDialect(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    // ---- value semantics ----

    @Test
    void equal_when_dialect_and_digits_are_equal() {
        CameoCode code = CameoCode.gdelt("036");
        assertThat(CameoCode.of(CameoDialect.GDELT, "036")).isSameAs(code).isEqualTo(code).hasSameHashCodeAs(code);
        assertThat(code).isNotEqualTo(CameoCode.icews("036")).isNotEqualTo(CameoCode.gdelt("03"))
                .isNotEqualTo("036").isNotEqualTo(null);
    }

    @Test
    void prints_the_code_and_its_dialect() {
        assertThat(CameoCode.gdelt("036")).hasToString("CAMEO 036 (GDELT)");
        assertThat(CameoCode.icews("1213")).hasToString("CAMEO 1213 (ICEWS)");
    }

    @Test
    void orders_by_digits_then_dialect_consistently_with_equals() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<CameoCode> pool = new ArrayList<>(CameoCode.all(CameoDialect.GDELT));
        pool.addAll(CameoCode.all(CameoDialect.ICEWS));
        for (int i = 0; i < 10_000; i++) {
            CameoCode a = pool.get(random.nextInt(pool.size()));
            CameoCode b = random.nextInt(10) == 0 ? a : pool.get(random.nextInt(pool.size()));
            assertThat(a.compareTo(b) == 0).as("seed %d: %s vs %s", seed, a, b).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).as("seed %d", seed).isEqualTo(-Integer.signum(b.compareTo(a)));
            if (a.isWithin(b) && !a.equals(b)) {
                assertThat(b).as("seed %d: a family sorts before its members", seed).isLessThan(a);
            }
        }
        assertThat(CameoCode.gdelt("036")).isLessThan(CameoCode.icews("036")).isLessThan(CameoCode.gdelt("04"));
    }

    @Test
    void survives_java_serialization_as_the_same_instance() {
        for (CameoDialect dialect : CameoDialect.values()) {
            for (CameoCode code : CameoCode.all(dialect)) {
                CameoCode copy = SerializationSupport.roundTrip(code);
                assertThat(copy).isSameAs(code);
                assertThat(copy.name()).isEqualTo(code.name());
            }
        }
    }
}
