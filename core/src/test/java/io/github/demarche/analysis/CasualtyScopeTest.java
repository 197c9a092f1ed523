package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountryCode;
import io.github.demarche.FigureKind;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RandomValues;
import io.github.demarche.SerializationSupport;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyScopeTest {

    private static CasualtyReport variant(String id) {
        return CasualtyReport.builder().from(KILLED).id(id).build();
    }

    @Test
    void is_what_a_report_counts() {
        CasualtyScope scope = CasualtyScope.of(KILLED);
        assertThat(scope.type()).isEqualTo(CasualtyType.KILLED);
        assertThat(scope.victims()).isEqualTo(Victims.of(VictimGroup.CIVILIANS));
        assertThat(scope.location()).contains(Location.of(CountryCode.of("MMR")));
        assertThat(scope).hasToString("CasualtyScope[killed civilians in MMR]");
        assertThat(scope.includes(KILLED)).isTrue();
    }

    @Test
    void is_equal_exactly_when_reports_have_the_same_scope() {
        CasualtyReport otherFigure = CasualtyReport.builder().from(KILLED).id("other").count(QualifiedCount.exactly(5))
                .build();
        CasualtyReport injured = CasualtyReport.builder().from(KILLED).id("i").type(CasualtyType.INJURED).build();
        CasualtyReport protesters = CasualtyReport.builder().from(KILLED).id("p").victims(Victims.of(PROTESTERS)).build();
        CasualtyReport yangon = CasualtyReport.builder().from(KILLED).id("y")
                .location(Location.of(CountryCode.of("MMR"), "Yangon")).build();
        for (CasualtyReport other : List.of(otherFigure, injured, protesters, yangon, variant("v"))) {
            assertThat(CasualtyScope.of(KILLED).equals(CasualtyScope.of(other))).as(other.toString())
                    .isEqualTo(KILLED.hasSameScopeAs(other));
            assertThat(CasualtyScope.of(other).equals(CasualtyScope.of(KILLED))).as(other.toString())
                    .isEqualTo(other.hasSameScopeAs(KILLED));
        }
        assertThat(CasualtyScope.of(otherFigure)).isEqualTo(CasualtyScope.of(KILLED))
                .hasSameHashCodeAs(CasualtyScope.of(KILLED));
        assertThat(CasualtyScope.of(protesters)).hasToString("CasualtyScope[killed mmr-protesters in MMR]");
        assertThat(CasualtyScope.of(yangon)).hasToString("CasualtyScope[killed civilians in Yangon, MMR]");
    }

    @Test
    void separates_projections_horizons_and_where_displaced_people_went() {
        CasualtyReport fled = CasualtyReport.builder().from(KILLED).id("fled").type(CasualtyType.FLED_ABROAD)
                .origin(Location.of(CountryCode.of("MMR"), "Karen State")).destination(Location.of(CountryCode.of("THA")))
                .build();
        CasualtyReport toIndia = CasualtyReport.builder().from(fled).id("india")
                .destination(Location.of(CountryCode.of("IND"))).build();
        CasualtyReport projected = CasualtyReport.builder().from(KILLED).id("proj").figureKind(FigureKind.PROJECTION)
                .horizon(ApproximateDate.parse("2021-04")).build();
        CasualtyReport projectedLater = CasualtyReport.builder().from(projected).id("proj-later")
                .horizon(ApproximateDate.parse("2021-05")).build();
        assertThat(CasualtyScope.of(fled)).isNotEqualTo(CasualtyScope.of(toIndia))
                .hasToString("CasualtyScope[fled abroad civilians in MMR from Karen State, MMR to THA]");
        assertThat(CasualtyScope.of(projected)).isNotEqualTo(CasualtyScope.of(KILLED))
                .isNotEqualTo(CasualtyScope.of(projectedLater))
                .hasToString("CasualtyScope[killed civilians in MMR, projected for 2021-04]");
        assertThat(CasualtyScope.of(fled).origin()).contains(Location.of(CountryCode.of("MMR"), "Karen State"));
        assertThat(CasualtyScope.of(fled).destination()).contains(Location.of(CountryCode.of("THA")));
        assertThat(CasualtyScope.of(projected).figureKind()).isEqualTo(FigureKind.PROJECTION);
        assertThat(CasualtyScope.of(projected).horizon()).contains(ApproximateDate.parse("2021-04"));
        assertThat(CasualtyScope.of(KILLED).horizon()).isEmpty();
    }

    @Test
    void is_equal_exactly_when_random_reports_have_the_same_scope() {
        long seed = 20261203L;
        RandomValues random = new RandomValues(seed);
        List<CasualtyReport> reports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            reports.add(random.casualtyReport());
        }
        int same = 0;
        for (CasualtyReport a : reports) {
            for (CasualtyReport b : reports) {
                boolean equal = CasualtyScope.of(a).equals(CasualtyScope.of(b));
                assertThat(equal).as("seed=%d, %s vs %s", seed, a, b).isEqualTo(a.hasSameScopeAs(b));
                if (equal) {
                    same++;
                    assertThat(CasualtyScope.of(a)).hasSameHashCodeAs(CasualtyScope.of(b));
                }
            }
        }
        assertThat(same).as("pairs of one scope besides each report with itself").isGreaterThan(reports.size());
    }

    @Test
    void compares_victim_actors_by_id() {
        Actor renamed = Actor.builder().from(PROTESTERS).name("Civil disobedience movement").build();
        CasualtyReport a = CasualtyReport.builder().from(KILLED).id("a").victims(Victims.of(PROTESTERS)).build();
        CasualtyReport b = CasualtyReport.builder().from(KILLED).id("b").victims(Victims.of(renamed)).build();
        assertThat(CasualtyScope.of(a)).isEqualTo(CasualtyScope.of(b));
        assertThat(CasualtyScope.of(a).includes(b)).isTrue();
    }

    @Test
    void survives_serialization() {
        assertThat(SerializationSupport.roundTrip(CasualtyScope.of(KILLED))).isEqualTo(CasualtyScope.of(KILLED));
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> CasualtyScope.of(null)).isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> CasualtyScope.of(KILLED).includes(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("report");
    }
}
