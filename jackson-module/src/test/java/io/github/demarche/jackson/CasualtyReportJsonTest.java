package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountryCode;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SourceAttribution;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A casualty report's figure as its source gives it: originator, relay, certainty, hedges, projection, displacement. */
class CasualtyReportJsonTest {

    private static final Actor KPSN = Actor.builder().id("kpsn").name("Karen Peace Support Network")
            .kind(ActorKind.CIVIL_SOCIETY).build();
    private static final Actor OHCHR = Actor.builder().id("ohchr").name("UN human rights office")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();

    /** "About 3,000 villagers fled to Thailand", late March 2021, relayed and hedged. */
    private static final CasualtyReport FLED = CasualtyReport.builder().id("fled-thailand")
            .type(CasualtyType.FLED_ABROAD).count(QualifiedCount.about(3000).withWording("about 3,000"))
            .victims(Victims.of(VictimGroup.CIVILIANS)).originator(KPSN).reportedBy(OHCHR)
            .certainty(FigureCertainty.UNVERIFIED).addHedge(FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE))
            .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the real number is likely higher"))
            .origin(Location.of(CountryCode.of("MMR"), "Karen State")).destination(Location.of(CountryCode.of("THA")))
            .asOf(ApproximateDate.parse("2021-03-28")).addSource(SourceAttribution.builder().publication("Reuters").build())
            .build();

    private static final String FLED_JSON = json("{'id':'fled-thailand','type':'fled_abroad',"
            + "'count':{'qualifier':'about','figure':3000,'wording':'about 3,000','bounds':{'low':2700,'best':3000,'high':3300}},"
            + "'victims':{'kind':'group','group':'civilians'},"
            + "'originator':{'id':'kpsn','name':'Karen Peace Support Network','kind':'civil_society'},"
            + "'reportedBy':{'id':'ohchr','name':'UN human rights office','kind':'intergovernmental_organization'},"
            + "'certainty':'unverified',"
            + "'hedges':[{'kind':'expected_to_rise'},{'kind':'likely_higher','wording':'the real number is likely higher'}],"
            + "'origin':{'country':'MMR','place':'Karen State'},'destination':{'country':'THA'},"
            + "'asOf':'2021-03-28','sources':[{'publication':'Reuters'}]}");

    private static final CasualtyReport PROJECTION = CasualtyReport.builder().from(ReferenceArticleFixture.KILLED)
            .figureKind(FigureKind.PROJECTION).horizon(ApproximateDate.parse("2021-03-23/2021-03-30")).build();

    @Test
    void writes_and_reads_how_the_source_gives_a_figure() throws Exception {
        assertThat(write(FLED)).isEqualTo(FLED_JSON);
        assertThat(MAPPER.readValue(FLED_JSON, CasualtyReport.class)).isEqualTo(FLED);
        SchemaSupport.assertValid(FLED_JSON, "CasualtyReport");
    }

    @Test
    void writes_the_figure_kind_only_for_a_projection_with_its_horizon() throws Exception {
        String json = write(PROJECTION);
        assertThat(json).contains("\"type\":\"killed\",\"figureKind\":\"projection\",\"count\":")
                .contains("\"periodStart\":\"2021-02-01\",\"horizon\":\"2021-03-23/2021-03-30\",\"sources\":");
        assertThat(MAPPER.readValue(json, CasualtyReport.class)).isEqualTo(PROJECTION);
        SchemaSupport.assertValid(json, "CasualtyReport");
        assertThat(write(ReferenceArticleFixture.KILLED)).doesNotContain("figureKind").doesNotContain("horizon")
                .doesNotContain("certainty").doesNotContain("hedges").doesNotContain("originator");
    }

    @Test
    void reads_an_absent_or_explicit_reported_figure_kind_as_the_default() throws Exception {
        String json = write(ReferenceArticleFixture.KILLED);
        String explicit = json.replace("\"type\":\"killed\",", "\"type\":\"killed\",\"figureKind\":\"reported\",");
        assertThat(MAPPER.readValue(json, CasualtyReport.class).figureKind()).isEqualTo(FigureKind.REPORTED);
        assertThat(MAPPER.readValue(explicit, CasualtyReport.class)).isEqualTo(ReferenceArticleFixture.KILLED);
        SchemaSupport.assertValid(explicit, "CasualtyReport");
    }

    private static String fledWith(String from, String to) {
        assertThat(FLED_JSON).contains(from);
        return FLED_JSON.replace(from, to);
    }

    static Stream<Arguments> badInput() {
        String hedges = "'hedges':[{'kind':'expected_to_rise'},{'kind':'likely_higher','wording':'the real number is likely higher'}]";
        return Stream.of(
                Arguments.of("unknown certainty", fledWith(json("'unverified'"), json("'probable'")),
                        InvalidFormatException.class, "/certainty", "CasualtyReport.certainty must be one of"
                                + " 'verified', 'estimated', 'unverified', 'claimed', 'disputed', got 'probable'"),
                Arguments.of("unknown hedge kind", fledWith(json("'expected_to_rise'"), json("'rising'")),
                        InvalidFormatException.class, "/hedges/0/kind", "FigureHedge.kind must be one of"
                                + " 'likely_higher', 'likely_lower', 'minimum', 'incomplete', 'preliminary',"
                                + " 'expected_to_rise', got 'rising'"),
                Arguments.of("hedge without a kind", fledWith(json("{'kind':'expected_to_rise'}"), json("{}")),
                        InvalidValueException.class, "/hedges/0/kind", "FigureHedge.kind must be set, got nothing"),
                Arguments.of("blank hedge wording", fledWith(json("'the real number is likely higher'"), json("' '")),
                        InvalidValueException.class, "/hedges/1/wording", "FigureHedge.wording must not be blank,"
                                + " got ' '"),
                Arguments.of("a kind of hedge twice", fledWith(json(hedges),
                                json("'hedges':[{'kind':'preliminary'},{'kind':'preliminary'}]")),
                        InvalidValueException.class, "/hedges/1", "CasualtyReport.hedges[1] must name each kind of"
                                + " hedge once, got PRELIMINARY"),
                Arguments.of("a relay without an originator",
                        fledWith(json("'originator':{'id':'kpsn','name':'Karen Peace Support Network',"
                                + "'kind':'civil_society'},"), ""),
                        InvalidValueException.class, "/reportedBy", "CasualtyReport.reportedBy must come with an"
                                + " originator, got reportedBy='ohchr' without an originator"),
                Arguments.of("a flight abroad within one country", fledWith(json("'destination':{'country':'THA'}"),
                                json("'destination':{'country':'MMR','place':'Mae Sot'}")),
                        InvalidValueException.class, "/destination", "CasualtyReport.destination must be in another"
                                + " country than the origin when type is FLED_ABROAD, got origin and destination in MMR"),
                Arguments.of("an origin of the killed", fledWith(json("'fled_abroad'"), json("'killed'")),
                        InvalidValueException.class, "/origin", "2 violations: CasualtyReport.origin must be empty"
                                + " unless type is DISPLACED, INTERNALLY_DISPLACED or FLED_ABROAD, got origin=Karen State,"
                                + " MMR for type KILLED; CasualtyReport.destination must be empty unless type is"
                                + " DISPLACED, INTERNALLY_DISPLACED or FLED_ABROAD, got destination=THA for type KILLED"),
                Arguments.of("a horizon of a reported figure", fledWith(json("'asOf':'2021-03-28',"),
                                json("'asOf':'2021-03-28','horizon':'2021-04',")),
                        InvalidValueException.class, "/horizon", "CasualtyReport.horizon must be empty unless"
                                + " figureKind is PROJECTION, got horizon=2021-04 for figureKind REPORTED"),
                Arguments.of("a horizon before the as-of date", fledWith(json("'asOf':'2021-03-28',"),
                                json("'asOf':'2021-03-28','horizon':'2021-03-27',")).replace(json("'type':'fled_abroad',"),
                                json("'type':'fled_abroad','figureKind':'projection',")),
                        InvalidValueException.class, "/horizon", "CasualtyReport.horizon must not be before asOf, got"
                                + " horizon=2021-03-27, asOf=2021-03-28"),
                Arguments.of("unknown figure kind", fledWith(json("'type':'fled_abroad',"),
                                json("'type':'fled_abroad','figureKind':'forecast',")),
                        InvalidFormatException.class, "/figureKind", "CasualtyReport.figureKind must be one of"
                                + " 'reported', 'projection', got 'forecast'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void reports_bad_input_with_type_path_and_message(String name, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> MAPPER.readValue(json, CasualtyReport.class));

        assertThat(e).as("no exception for %s", json).isNotNull();
        assertThat(e).isExactlyInstanceOf(exception);
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo(pointer);
        assertThat(e.getOriginalMessage()).isEqualTo(message);
    }
}
