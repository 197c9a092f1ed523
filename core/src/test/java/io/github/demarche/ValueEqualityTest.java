package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code equals} and {@code hashCode} of the hand-written values (and of {@link Location},
 * which the hand-written ones hold): a value built twice is equal with an equal hash code, and a
 * value that differs in one attribute at a time is unequal both ways, with a different hash code.
 * The types' own tests check their other behaviour; this table checks that no attribute is left
 * out of {@code equals} or {@code hashCode}, and that {@code hashCode} is not a constant.
 */
class ValueEqualityTest {

    private static final Actor WANG_YI_RETITLED = Actor.builder().from(WANG_YI).title("Vice Premier").build();
    private static final Location MYANMAR = Location.of(CountryCode.of("MMR"));
    private static final OptionalLong TO_290 = OptionalLong.of(290);

    private static QualifiedCount between(long low, long high, long boundLow, long best, OptionalLong boundHigh,
            String wording) {
        QualifiedCount count = QualifiedCount.between(low, high).withBounds(boundLow, best, boundHigh);
        return wording == null ? count : count.withWording(wording);
    }

    private static Location.Builder yangon() {
        return Location.builder().country(CountryCode.of("MMR")).place("Yangon").addAdminUnit("Yangon Region")
                .addAdminCode("BM17").coordinates(Coordinates.parse("16.8", "96.15")).featureId("-3136195")
                .precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 4));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                row("Participant", () -> Participant.of(WANG_YI, ParticipantRole.INITIATOR, MYANMAR),
                        Participant.of(CHINA, ParticipantRole.INITIATOR, MYANMAR),
                        Participant.of(WANG_YI_RETITLED, ParticipantRole.INITIATOR, MYANMAR),
                        Participant.of(WANG_YI, ParticipantRole.TARGET, MYANMAR),
                        Participant.of(WANG_YI, ParticipantRole.INITIATOR, Location.of(CountryCode.of("CHN"))),
                        Participant.of(WANG_YI, ParticipantRole.INITIATOR)),
                row("Victims of a group", () -> Victims.of(VictimGroup.CIVILIANS),
                        Victims.of(VictimGroup.PROTESTERS), Victims.of(CHINA)),
                row("Victims of an actor", () -> Victims.of(WANG_YI),
                        Victims.of(WANG_YI_RETITLED), Victims.of(RUSSIA), Victims.of(VictimGroup.CIVILIANS)),
                row("ExternalId", () -> ExternalId.of("gdelt", "0881990842"),
                        ExternalId.of("icews", "0881990842"), ExternalId.of("gdelt", "0881990843")),
                row("RelativeDate", () -> RelativeDate.after(RelativeDate.Anchor.event("coup"), 6, RelativeDate.Unit.WEEKS)
                                .withWording("six weeks later"),
                        RelativeDate.before(RelativeDate.Anchor.event("coup"), 6, RelativeDate.Unit.WEEKS)
                                .withWording("six weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.statement("coup"), 6, RelativeDate.Unit.WEEKS)
                                .withWording("six weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.event("coup2"), 6, RelativeDate.Unit.WEEKS)
                                .withWording("six weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.event("coup"), 7, RelativeDate.Unit.WEEKS)
                                .withWording("six weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.event("coup"), 6, RelativeDate.Unit.DAYS)
                                .withWording("six weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.event("coup"), 6, RelativeDate.Unit.WEEKS)
                                .withWording("6 weeks later"),
                        RelativeDate.after(RelativeDate.Anchor.event("coup"), 6, RelativeDate.Unit.WEEKS)),
                row("RelativeDate.Anchor", () -> RelativeDate.Anchor.event("coup"),
                        RelativeDate.Anchor.statement("coup"), RelativeDate.Anchor.event("coup2")),
                row("AttributeValue", () -> AttributeValue.of("1"),
                        AttributeValue.of("2"), AttributeValue.of(1), AttributeValue.of(BigDecimal.ONE),
                        AttributeValue.of(true)),
                row("AttributeValue of a number", () -> AttributeValue.of(1),
                        AttributeValue.of(2), AttributeValue.of(BigDecimal.ONE), AttributeValue.of("1")),
                row("Coordinates", () -> Coordinates.parse("16.8", "96.15"),
                        Coordinates.parse("16.9", "96.15"), Coordinates.parse("16.8", "96.16"),
                        Coordinates.parse("-16.8", "96.15")),
                row("LocationPrecision", () -> LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 2),
                        LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 3),
                        LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 2)),
                row("CameoActorCode", () -> CameoActorCode.parse("USAGOV"),
                        CameoActorCode.parse("USA"), CameoActorCode.parse("CHNGOV"), CameoActorCode.parse("GOVUSA")),
                row("CountryCode", () -> CountryCode.of("MMR"), CountryCode.of("CHN")),
                row("CameoCode", () -> CameoCode.gdelt("190"),
                        CameoCode.icews("190"), CameoCode.gdelt("19"), CameoCode.gdelt("191")),
                row("ApproximateDate", () -> ApproximateDate.parse("2021-03"),
                        ApproximateDate.parse("2021-03-01"), ApproximateDate.parse("2021-04"),
                        ApproximateDate.parse("2021-03/..")),
                row("QualifiedCount of BETWEEN", () -> between(260, 280, 250, 270, TO_290, "260 to 280"),
                        between(261, 280, 250, 270, TO_290, "260 to 280"),
                        between(260, 281, 250, 270, TO_290, "260 to 280"),
                        between(260, 280, 250, 270, TO_290, "between 260 and 280"),
                        between(260, 280, 250, 270, TO_290, null),
                        between(260, 280, 251, 270, TO_290, "260 to 280"),
                        between(260, 280, 250, 271, TO_290, "260 to 280"),
                        between(260, 280, 250, 270, OptionalLong.of(291), "260 to 280"),
                        between(260, 280, 250, 270, OptionalLong.empty(), "260 to 280")),
                row("QualifiedCount", () -> QualifiedCount.exactly(270),
                        QualifiedCount.about(270).withBounds(270, 270, OptionalLong.of(270)),
                        QualifiedCount.exactly(271)),
                row("StanceTarget of an actor", () -> StanceTarget.actor(WANG_YI),
                        StanceTarget.actor(WANG_YI_RETITLED), StanceTarget.actor(CHINA),
                        StanceTarget.topic("wang-yi"), StanceTarget.event("wang-yi")),
                row("StanceTarget of a topic", () -> StanceTarget.topic("Democracy", "democracy"),
                        StanceTarget.topic("democracy", "democracy"), StanceTarget.topic("Democracy"),
                        StanceTarget.topic("Democracy", "rule-of-law"), StanceTarget.event("democracy")),
                row("Location", () -> yangon().build(),
                        yangon().country(CountryCode.of("CHN")).build(),
                        yangon().place("Rangoon").build(),
                        yangon().adminUnits(List.of("Yangon")).build(),
                        yangon().adminCodes(List.of("BM18")).build(),
                        yangon().coordinates(Coordinates.parse("16.8", "96.16")).build(),
                        yangon().featureId("-3136196").build(),
                        yangon().precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 3)).build()),
                row("FigureHedge", () -> FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "likely higher"),
                        FigureHedge.of(FigureHedge.Kind.LIKELY_LOWER, "likely higher"),
                        FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "likely considerably higher"),
                        FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER)),
                row("Violation", () -> Violation.of("a", ViolationCode.EMPTY, "m"),
                        Violation.of("b", ViolationCode.EMPTY, "m"), Violation.of("a", ViolationCode.MALFORMED, "m"),
                        Violation.of("a", ViolationCode.EMPTY, "n")));
    }

    private static Arguments row(String name, Supplier<Object> value, Object... variants) {
        return Arguments.of(name, value, List.of(variants));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void equal_values_have_equal_hash_codes(String name, Supplier<Object> value, List<Object> variants) {
        Object one = value.get();
        Object other = SerializationSupport.roundTrip((Serializable) value.get());
        assertThat(one).as(name).isEqualTo(one).isEqualTo(other).isNotEqualTo(null).isNotEqualTo(name);
        assertThat(other).as(name).isEqualTo(one);
        assertThat(one.hashCode()).as(name).isEqualTo(other.hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void a_value_differing_in_one_attribute_is_unequal_with_another_hash_code(String name, Supplier<Object> value,
            List<Object> variants) {
        Object one = value.get();
        for (Object variant : variants) {
            assertThat(one).as("%s against %s", one, variant).isNotEqualTo(variant);
            assertThat(variant).as("%s against %s", variant, one).isNotEqualTo(one);
            assertThat(one.hashCode()).as("hash of %s against %s", one, variant).isNotEqualTo(variant.hashCode());
        }
    }
}
