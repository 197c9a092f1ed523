package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CasualtyReportTest {

    /** A report like the article's, with its own id, count and dates. */
    private static CasualtyReport report(String id, QualifiedCount count, String asOf, String periodStart) {
        CasualtyReport.Builder builder = CasualtyReport.builder().id(id).type(KILLED.type()).count(count)
                .victims(KILLED.victims()).location(KILLED.location()).asOf(ApproximateDate.parse(asOf))
                .addAllSources(KILLED.sources());
        if (periodStart != null) {
            builder.periodStart(ApproximateDate.parse(periodStart));
        }
        return builder.build();
    }

    private static CasualtyReport cumulative(String id, QualifiedCount count, String asOf) {
        return report(id, count, asOf, "2021-02-01");
    }

    private static CasualtyReport daily(String id, QualifiedCount count, String asOf) {
        return report(id, count, asOf, null);
    }

    /** Pairs of reports of one scope, each with whether they are consistent, on both sides of each rule. */
    static Stream<Arguments> pairs() {
        CasualtyReport total260 = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        return Stream.of(
                // same time, both cumulative: ranges overlap
                Arguments.of("totals meeting at 260", total260,
                        cumulative("b", QualifiedCount.between(250, 260), "2021-03-23"), true),
                Arguments.of("totals apart, 259 below 260", total260,
                        cumulative("b", QualifiedCount.between(250, 259), "2021-03-23"), false),
                // same time, neither cumulative: ranges overlap
                Arguments.of("tolls meeting at 3", daily("a", QualifiedCount.exactly(3), "2021-03-23"),
                        daily("b", QualifiedCount.upTo(3), "2021-03-23"), true),
                Arguments.of("tolls apart, 4 above 3", daily("a", QualifiedCount.exactly(3), "2021-03-23"),
                        daily("b", QualifiedCount.atLeast(4), "2021-03-23"), false),
                // same time, a total and a part: the part's low does not exceed the total's high
                Arguments.of("a day's 3 within over 270 since Feb. 1", KILLED,
                        daily("a", QualifiedCount.exactly(3), "2021-03-23"), true),
                Arguments.of("any part within an unbounded total", KILLED,
                        daily("a", QualifiedCount.exactly(QualifiedCount.MAX_FIGURE), "2021-03-23"), true),
                Arguments.of("a part whose low reaches the total", total260,
                        daily("a", QualifiedCount.between(260, 400), "2021-03"), true),
                Arguments.of("a part whose low exceeds the total", total260,
                        daily("a", QualifiedCount.moreThan(260), "2021-03"), false),
                // different times: only two totals constrain each other
                Arguments.of("a later part above an earlier total", total260,
                        daily("a", QualifiedCount.exactly(300), "2021-03-24"), true),
                Arguments.of("a later total reaching an earlier one", total260,
                        cumulative("b", QualifiedCount.upTo(260), "2021-03-24"), true),
                Arguments.of("a later total below an earlier one", total260,
                        cumulative("b", QualifiedCount.fewerThan(260), "2021-03-24"), false));
    }

    @Test
    void models_the_reference_articles_figure() {
        assertThat(KILLED).hasToString("CasualtyReport[killed >270 civilians as of 2021-03-23]");
        assertThat(KILLED.count().low()).isEqualTo(271);
        assertThat(KILLED.count().wording()).contains("over 270");
        assertThat(KILLED.isCumulative()).isTrue();
        assertThat(KILLED.perpetrator()).contains(ReferenceArticleFixture.SECURITY_FORCES);
    }

    @Test
    void has_the_same_scope_only_for_the_same_type_victims_and_location() {
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("i").type(CasualtyType.INJURED).build();
        CasualtyReport protesters = CasualtyReport.builder().from(KILLED).id("p").victims(Victims.of(PROTESTERS))
                .build();
        CasualtyReport yangon = CasualtyReport.builder().from(KILLED).id("y")
                .location(Location.of(CountryCode.of("MMR"), "Yangon")).build();
        CasualtyReport otherSource = CasualtyReport.builder().from(KILLED).id("o").count(QualifiedCount.exactly(275))
                .build();
        assertThat(KILLED.hasSameScopeAs(otherSource)).isTrue();
        assertThat(KILLED.hasSameScopeAs(injured)).isFalse();
        assertThat(KILLED.hasSameScopeAs(protesters)).isFalse();
        assertThat(KILLED.hasSameScopeAs(yangon)).isFalse();
        assertThat(KILLED.isConsistentWith(injured)).isFalse();
        assertThat(KILLED.supersedes(injured)).isFalse();
    }

    @Test
    void is_consistent_with_an_overlapping_figure_of_the_same_day_both_ways() {
        CasualtyReport exactly275 = cumulative("b", QualifiedCount.exactly(275), "2021-03-23");
        CasualtyReport exactly250 = cumulative("c", QualifiedCount.exactly(250), "2021-03-23");
        assertThat(KILLED.isConsistentWith(exactly275)).isTrue();
        assertThat(exactly275.isConsistentWith(KILLED)).isTrue();
        assertThat(KILLED.isConsistentWith(exactly250)).isFalse();
        assertThat(exactly250.isConsistentWith(KILLED)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void compares_like_with_like_both_ways(String name, CasualtyReport a, CasualtyReport b, boolean consistent) {
        assertThat(a.hasSameScopeAs(b)).isTrue();
        assertThat(a.isConsistentWith(b)).as(name).isEqualTo(consistent);
        assertThat(b.isConsistentWith(a)).as(name + ", the other way").isEqualTo(consistent);
    }

    @Test
    void holds_a_days_toll_as_a_part_of_the_running_total_of_that_day() {
        CasualtyReport threeThatDay = daily("killed-2021-03-23-day", QualifiedCount.exactly(3), "2021-03-23");
        assertThat(KILLED.isConsistentWith(threeThatDay)).isTrue();
        assertThat(threeThatDay.isConsistentWith(KILLED)).isTrue();
        CasualtyReport total260 = cumulative("total", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport part260 = daily("part", QualifiedCount.exactly(260), "2021-03-23");
        CasualtyReport part261 = daily("part", QualifiedCount.exactly(261), "2021-03-23");
        assertThat(total260.isConsistentWith(part260)).isTrue();
        assertThat(part260.isConsistentWith(total260)).isTrue();
        assertThat(total260.isConsistentWith(part261)).isFalse();
        assertThat(part261.isConsistentWith(total260)).isFalse();
        assertThat(total260.supersedes(part260)).isFalse();
        assertThat(part260.supersedes(total260)).isFalse();
    }

    @Test
    void flags_a_later_cumulative_figure_below_an_earlier_one_both_ways() {
        CasualtyReport earlier = cumulative("a", QualifiedCount.exactly(200), "2021-03-10");
        CasualtyReport laterHigher = cumulative("b", QualifiedCount.exactly(250), "2021-03-15");
        CasualtyReport laterSame = cumulative("c", QualifiedCount.exactly(200), "2021-03-15");
        CasualtyReport laterLower = cumulative("d", QualifiedCount.exactly(199), "2021-03-15");
        assertThat(laterHigher.isConsistentWith(earlier)).isTrue();
        assertThat(earlier.isConsistentWith(laterHigher)).isTrue();
        assertThat(laterSame.isConsistentWith(earlier)).isTrue();
        assertThat(laterLower.isConsistentWith(earlier)).isFalse();
        assertThat(earlier.isConsistentWith(laterLower)).isFalse();
    }

    @Test
    void does_not_compare_figures_of_different_times_that_are_not_both_cumulative() {
        CasualtyReport daily = report("a", QualifiedCount.exactly(10), "2021-03-10", null);
        CasualtyReport later = report("b", QualifiedCount.exactly(3), "2021-03-15", null);
        assertThat(daily.isCumulative()).isFalse();
        assertThat(daily.isConsistentWith(later)).isTrue();
        assertThat(later.isConsistentWith(daily)).isTrue();
        assertThat(later.supersedes(daily)).isFalse();
    }

    @Test
    void supersedes_an_earlier_cumulative_figure_of_the_same_scope_only() {
        CasualtyReport earlier = cumulative("a", QualifiedCount.exactly(200), "2021-03-10");
        assertThat(KILLED.supersedes(earlier)).isTrue();
        assertThat(earlier.supersedes(KILLED)).isFalse();
        assertThat(KILLED.supersedes(KILLED)).isFalse();
        CasualtyReport sameMonth = cumulative("m", QualifiedCount.exactly(200), "2021-03");
        assertThat(KILLED.supersedes(sameMonth)).as("March is not certainly before March 23").isFalse();
    }

    @Test
    void sorts_by_as_of_date_then_id() {
        List<CasualtyReport> reports = new ArrayList<>(List.of(KILLED,
                cumulative("b", QualifiedCount.exactly(1), "2021-03-10"),
                cumulative("a", QualifiedCount.exactly(1), "2021-03-10")));
        reports.sort(CasualtyReport.BY_AS_OF);
        assertThat(reports).extracting(CasualtyReport::id).containsExactly("a", "b", "killed-2021-03-23");
    }

    @Test
    void rejects_a_period_starting_after_the_as_of_date() {
        assertThat(CasualtyReport.builder().from(KILLED).periodStart(ApproximateDate.parse("2021-03-23")).validate())
                .isEmpty();
        assertThat(CasualtyReport.builder().from(KILLED).periodStart(ApproximateDate.parse("2021-03-24")).validate())
                .containsExactly(Violation.of("periodStart", ViolationCode.PERIOD_AFTER_AS_OF,
                        "CasualtyReport.periodStart must not be after asOf, got periodStart=2021-03-24, asOf=2021-03-23"));
    }

    @Test
    void accepts_a_group_included_up_to_the_whole_count_and_rejects_one_above_it() {
        CasualtyReport.Builder killed38 = CasualtyReport.builder().from(KILLED).count(QualifiedCount.exactly(38));
        Victims civilians = Victims.of(VictimGroup.CIVILIANS);

        assertThat(killed38.victims(civilians.including(VictimGroup.CHILDREN, QualifiedCount.exactly(38))).validate())
                .isEmpty();
        assertThat(killed38.victims(civilians.including(VictimGroup.WOMEN)
                .including(VictimGroup.CHILDREN, QualifiedCount.exactly(39))).validate())
                .containsExactly(Violation.of("victims.included[1].count", ViolationCode.INCONSISTENT,
                        "CasualtyReport.victims.included[1].count must have a low bound not above the count's high"
                                + " bound, got low=39, high=38"));
        assertThat(killed38.victims(civilians.including(VictimGroup.CHILDREN, QualifiedCount.vague(CountQualifier.DOZENS)))
                .validate()).isEmpty();  // dozens: low 24
        assertThat(CasualtyReport.builder().from(KILLED).victims(civilians.including(VictimGroup.CHILDREN,
                QualifiedCount.exactly(1_000_000))).validate()).isEmpty();  // over 270: unbounded
    }

    @Test
    void has_the_same_scope_whatever_groups_the_victims_include() {
        CasualtyReport including = CasualtyReport.builder().from(KILLED).id("including")
                .victims(KILLED.victims().including(VictimGroup.WOMEN, VictimGroup.CHILDREN)).build();

        assertThat(including.hasSameScopeAs(KILLED)).isTrue();
        assertThat(KILLED.hasSameScopeAs(including)).isTrue();
        assertThat(including.isConsistentWith(KILLED)).isTrue();
        assertThat(including).hasToString("CasualtyReport[killed >270 civilians including women, children as of 2021-03-23]");
    }

    @Test
    void rejects_a_malformed_id() {
        assertThatThrownBy(() -> CasualtyReport.builder().from(KILLED).id("Killed 270").build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("CasualtyReport.id must be lower-case letters and digits separated by single '-', '.' or '_',"
                        + " got 'Killed 270'");
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        assertThat(CasualtyReport.builder().from(KILLED).build()).isEqualTo(KILLED).hasSameHashCodeAs(KILLED);
        assertThat(SerializationSupport.roundTrip(KILLED)).isEqualTo(KILLED);
    }

    // ------------------------------------------------------------------ figures as sources give them

    /** A monitoring group, the originator of most figures in the months after the coup. */
    private static final Actor AAPP = Actor.builder().id("aapp").name("Assistance Association for Political Prisoners")
            .kind(ActorKind.CIVIL_SOCIETY).country(CountryCode.of("MMR")).build();

    /** "About 3,000 villagers fled to Thailand" after air strikes in Karen State, late March 2021. */
    private static CasualtyReport.Builder fled() {
        return CasualtyReport.builder().id("fled-thailand").type(CasualtyType.FLED_ABROAD)
                .count(QualifiedCount.about(3000)).victims(Victims.of(VictimGroup.CIVILIANS))
                .origin(Location.of(CountryCode.of("MMR"), "Karen State")).destination(Location.of(CountryCode.of("THA")))
                .asOf(ApproximateDate.parse("2021-03-28")).addAllSources(KILLED.sources());
    }

    private static CasualtyReport.Builder projection(String id, String asOf, String horizon) {
        CasualtyReport.Builder builder = CasualtyReport.builder().from(KILLED).id(id).figureKind(FigureKind.PROJECTION)
                .asOf(ApproximateDate.parse(asOf));
        if (horizon != null) {
            builder.horizon(ApproximateDate.parse(horizon));
        }
        return builder;
    }

    @Test
    void says_nothing_of_how_a_figure_is_given_unless_set() {
        assertThat(KILLED.originator()).isEmpty();
        assertThat(KILLED.reportedBy()).isEmpty();
        assertThat(KILLED.certainty()).isEmpty();
        assertThat(KILLED.hedges()).isEmpty();
        assertThat(KILLED.figureKind()).isEqualTo(FigureKind.REPORTED);
        assertThat(KILLED.isProjection()).isFalse();
        assertThat(KILLED.horizon()).isEmpty();
        assertThat(KILLED.origin()).isEmpty();
        assertThat(KILLED.destination()).isEmpty();
    }

    @Test
    void keeps_originator_relay_certainty_and_hedges_apart_from_the_sources() {
        FigureHedge higher = FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the real toll is likely considerably higher");
        CasualtyReport relayed = CasualtyReport.builder().from(KILLED).originator(AAPP)
                .reportedBy(ReferenceArticleFixture.UN).certainty(FigureCertainty.VERIFIED).addHedge(higher)
                .addHedge(FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE)).build();
        assertThat(relayed.originator()).contains(AAPP);
        assertThat(relayed.reportedBy()).contains(ReferenceArticleFixture.UN);
        assertThat(relayed.certainty()).contains(FigureCertainty.VERIFIED);
        assertThat(relayed.hedges()).containsExactly(higher, FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE));
        assertThat(relayed.sources()).isEqualTo(KILLED.sources());
        assertThat(relayed).isNotEqualTo(KILLED).hasToString(KILLED.toString());
        assertThat(SerializationSupport.roundTrip(relayed)).isEqualTo(relayed);
    }

    @Test
    void who_gives_a_figure_and_how_sure_it_is_do_not_change_what_it_counts() {
        CasualtyReport claimed = CasualtyReport.builder().from(KILLED).id("claimed").originator(AAPP)
                .certainty(FigureCertainty.CLAIMED).addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_LOWER)).build();
        assertThat(KILLED.hasSameScopeAs(claimed)).isTrue();
        assertThat(KILLED.isConsistentWith(claimed)).isTrue();
        assertThat(claimed.isConsistentWith(KILLED)).isTrue();
    }

    @Test
    void requires_a_relay_to_come_with_an_originator_that_is_another_actor() {
        assertThat(CasualtyReport.builder().from(KILLED).originator(AAPP).reportedBy(ReferenceArticleFixture.UN)
                .validate()).isEmpty();
        assertThat(CasualtyReport.builder().from(KILLED).reportedBy(ReferenceArticleFixture.UN).validate())
                .containsExactly(Violation.of("reportedBy", ViolationCode.INCONSISTENT,
                        "CasualtyReport.reportedBy must come with an originator, got reportedBy='un' without an"
                                + " originator"));
        assertThat(CasualtyReport.builder().from(KILLED).originator(AAPP).reportedBy(AAPP).validate())
                .containsExactly(Violation.of("reportedBy", ViolationCode.INCONSISTENT,
                        "CasualtyReport.reportedBy must be another actor than the originator, got 'aapp'"));
    }

    @Test
    void rejects_a_kind_of_hedge_given_twice() {
        assertThat(CasualtyReport.builder().from(KILLED).addHedge(FigureHedge.of(FigureHedge.Kind.PRELIMINARY))
                .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER)).validate()).isEmpty();
        assertThat(CasualtyReport.builder().from(KILLED).addHedge(FigureHedge.of(FigureHedge.Kind.PRELIMINARY))
                .addHedge(FigureHedge.of(FigureHedge.Kind.PRELIMINARY, "initial reports")).validate())
                .containsExactly(Violation.of("hedges[1]", ViolationCode.DUPLICATE,
                        "CasualtyReport.hedges[1] must name each kind of hedge once, got PRELIMINARY"));
    }

    @Test
    void describes_a_projection_with_its_horizon() {
        CasualtyReport soon = projection("soon", "2021-03-23", "2021-03-23/2021-03-30").build();
        assertThat(soon.isProjection()).isTrue();
        assertThat(soon).hasToString("CasualtyReport[killed >270 civilians as of 2021-03-23, projected for"
                + " 2021-03-23/2021-03-30]");
        assertThat(projection("some-day", "2021-03-23", null).build())
                .hasToString("CasualtyReport[killed >270 civilians as of 2021-03-23, projected]");
        assertThat(SerializationSupport.roundTrip(soon)).isEqualTo(soon);
    }

    @Test
    void rejects_a_horizon_before_the_as_of_date_or_on_a_reported_figure() {
        assertThat(projection("p", "2021-03-23", "2021-03-23").validate()).isEmpty();
        assertThat(projection("p", "2021-03-23", "2021-03").validate()).as("March is not before March 23").isEmpty();
        assertThat(projection("p", "2021-03-23", "2021-03-22").validate())
                .containsExactly(Violation.of("horizon", ViolationCode.HORIZON_BEFORE_AS_OF,
                        "CasualtyReport.horizon must not be before asOf, got horizon=2021-03-22, asOf=2021-03-23"));
        assertThat(CasualtyReport.builder().from(KILLED).horizon(ApproximateDate.parse("2021-04")).validate())
                .containsExactly(Violation.of("horizon", ViolationCode.NOT_APPLICABLE,
                        "CasualtyReport.horizon must be empty unless figureKind is PROJECTION, got horizon=2021-04"
                                + " for figureKind REPORTED"));
    }

    @Test
    void never_compares_a_projection_with_a_reported_figure() {
        CasualtyReport tenfold = projection("tenfold", "2021-03-23", "2021-04").count(QualifiedCount.exactly(2700))
                .build();
        assertThat(KILLED.hasSameScopeAs(tenfold)).isFalse();
        assertThat(KILLED.isConsistentWith(tenfold)).isFalse();
        assertThat(tenfold.isConsistentWith(KILLED)).isFalse();
        CasualtyReport laterProjection = projection("later", "2021-03-30", "2021-04").build();
        CasualtyReport laterReport = CasualtyReport.builder().from(KILLED).id("later-report")
                .asOf(ApproximateDate.parse("2021-03-30")).build();
        assertThat(laterReport.supersedes(tenfold)).isFalse();
        assertThat(laterProjection.supersedes(KILLED)).isFalse();
    }

    @Test
    void compares_projections_for_the_same_horizon_only() {
        CasualtyReport early = projection("early", "2021-03-10", "2021-04").count(QualifiedCount.exactly(500)).build();
        CasualtyReport late = projection("late", "2021-03-23", "2021-04").count(QualifiedCount.exactly(400)).build();
        CasualtyReport otherHorizon = projection("other", "2021-03-23", "2021-05").build();
        assertThat(late.hasSameScopeAs(early)).isTrue();
        assertThat(late.supersedes(early)).as("a revised projection for the same horizon").isTrue();
        assertThat(early.supersedes(late)).isFalse();
        assertThat(late.isConsistentWith(early)).as("a cumulative projection does not fall").isFalse();
        assertThat(otherHorizon.hasSameScopeAs(late)).isFalse();
        assertThat(otherHorizon.supersedes(early)).isFalse();
    }

    @Test
    void describes_a_flight_abroad_from_its_origin_to_its_destination() {
        CasualtyReport fled = fled().build();
        assertThat(fled).hasToString("CasualtyReport[fled_abroad ~3000 civilians from Karen State, MMR to THA as of"
                + " 2021-03-28]");
        assertThat(fled.origin()).contains(Location.of(CountryCode.of("MMR"), "Karen State"));
        assertThat(fled.destination()).contains(Location.of(CountryCode.of("THA")));
        assertThat(SerializationSupport.roundTrip(fled)).isEqualTo(fled);
    }

    @Test
    void counts_flights_to_different_destinations_apart() {
        CasualtyReport thailand = fled().build();
        CasualtyReport india = fled().id("fled-india").count(QualifiedCount.exactly(1000))
                .destination(Location.of(CountryCode.of("IND"))).build();
        CasualtyReport nowhere = fled().id("fled").count(QualifiedCount.exactly(1000)).destination(Optional.empty())
                .build();
        assertThat(thailand.hasSameScopeAs(india)).isFalse();
        assertThat(thailand.hasSameScopeAs(nowhere)).isFalse();
        CasualtyReport fromShan = fled().id("from-shan").origin(Location.of(CountryCode.of("MMR"), "Shan State"))
                .build();
        assertThat(thailand.hasSameScopeAs(fromShan)).isFalse();
        assertThat(thailand.hasSameScopeAs(fled().id("again").build())).isTrue();
    }

    @Test
    void refuses_an_origin_or_destination_on_a_type_that_is_not_a_displacement() {
        assertThat(CasualtyReport.builder().from(KILLED).origin(Location.of(CountryCode.of("MMR"), "Yangon"))
                .destination(Location.of(CountryCode.of("THA"))).validate())
                .containsExactly(
                        Violation.of("origin", ViolationCode.NOT_APPLICABLE, "CasualtyReport.origin must be empty"
                                + " unless type is DISPLACED, INTERNALLY_DISPLACED or FLED_ABROAD, got origin=Yangon, MMR"
                                + " for type KILLED"),
                        Violation.of("destination", ViolationCode.NOT_APPLICABLE, "CasualtyReport.destination must"
                                + " be empty unless type is DISPLACED, INTERNALLY_DISPLACED or FLED_ABROAD, got"
                                + " destination=THA for type KILLED"));
        assertThat(fled().type(CasualtyType.DISPLACED).validate()).isEmpty();
    }

    @Test
    void requires_a_flight_abroad_to_cross_a_border_and_an_internal_one_not_to() {
        assertThat(fled().destination(Location.of(CountryCode.of("MMR"), "Mae Sot")).validate())
                .containsExactly(Violation.of("destination", ViolationCode.INCONSISTENT,
                        "CasualtyReport.destination must be in another country than the origin when type is"
                                + " FLED_ABROAD, got origin and destination in MMR"));
        assertThat(fled().type(CasualtyType.INTERNALLY_DISPLACED).validate())
                .containsExactly(Violation.of("destination", ViolationCode.INCONSISTENT,
                        "CasualtyReport.destination must be in the origin's country when type is"
                                + " INTERNALLY_DISPLACED, got origin in MMR, destination in THA"));
        assertThat(fled().type(CasualtyType.INTERNALLY_DISPLACED)
                .destination(Location.of(CountryCode.of("MMR"), "northern Shan State")).validate()).isEmpty();
        Location border = Location.builder().place("the Thai border").build();
        assertThat(fled().destination(border).validate()).as("a destination without a country").isEmpty();
        assertThat(fled().type(CasualtyType.INTERNALLY_DISPLACED).destination(border).validate()).isEmpty();
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> KILLED.isConsistentWith(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> KILLED.supersedes(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> KILLED.hasSameScopeAs(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> CasualtyReport.builder().victims(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("victims");
    }
}
