package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemarcheModuleTest {

    /** A mapper as a user who configures nothing but the module gets it. */
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DemarcheModule());

    /** One value of every type the module reads and writes, and every enum constant. */
    static Stream<Object> values() {
        List<Object> values = new ArrayList<>(List.of(
                ReferenceArticleFixture.dossier(),
                ReferenceArticleFixture.SOURCE,
                ReferenceArticleFixture.WANG_YI,
                ReferenceArticleFixture.UN,
                ReferenceArticleFixture.RUSSIA_ALARMED,
                ReferenceArticleFixture.RUSSIA_ALARMED.stances().get(1),
                ReferenceArticleFixture.SITUATION,
                StanceTarget.topic("a topic without a key"),
                StanceTarget.actor(ReferenceArticleFixture.CHINA_GOV),
                StanceTarget.event("coup-2021-02-01"),
                ReferenceArticleFixture.KILLED,
                ReferenceArticleFixture.KILLED.count(),
                QualifiedCount.between(270, 300),
                QualifiedCount.about(270).withBounds(250, 260, java.util.OptionalLong.of(290)),
                io.github.demarche.FigureHedge.of(io.github.demarche.FigureHedge.Kind.LIKELY_HIGHER,
                        "the real toll is likely considerably higher"),
                io.github.demarche.FigureHedge.of(io.github.demarche.FigureHedge.Kind.PRELIMINARY),
                Victims.of(VictimGroup.CIVILIANS),
                Victims.of(ReferenceArticleFixture.PROTESTERS),
                Location.of(CountryCode.of("MMR")),
                Location.of(CountryCode.of("MMR"), "Yangon"),
                Participant.of(ReferenceArticleFixture.WANG_YI, ParticipantRole.PARTICIPANT),
                ReferenceArticleFixture.BLOCKED_RESOLUTION,
                ReferenceArticleFixture.EMBASSY_PROTESTS,
                ApproximateDate.parse("2021-03-early~"),
                ApproximateDate.parse("../2021-03-23"),
                CountryCode.of("RUS")));
        for (Class<? extends Enum<?>> type : EnumNamesTest.ENUMS) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        return values.stream();
    }

    @ParameterizedTest
    @MethodSource("values")
    void writes_and_reads_every_type_with_nothing_but_the_module(Object value) throws Exception {
        String json = PLAIN.writeValueAsString(value);

        assertThat(PLAIN.readValue(json, JsonSupport.modelType(value))).isEqualTo(value);
    }

    @Test
    void is_found_by_find_and_register_modules() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        assertThat(mapper.getRegisteredModuleIds()).contains(DemarcheModule.class.getName());
        Dossier dossier = ReferenceArticleFixture.dossier();
        assertThat(mapper.readValue(mapper.writeValueAsString(dossier), Dossier.class)).isEqualTo(dossier);
    }

    @Test
    void is_listed_for_the_service_loader() {
        assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type))
                .contains(DemarcheModule.class);
    }

    @Test
    void reports_its_name_and_the_artifact_version() {
        DemarcheModule module = new DemarcheModule();

        assertThat(module.getModuleName()).isEqualTo("DemarcheModule");
        assertThat(module.version()).isEqualTo(PackageVersion.VERSION);
        assertThat(module.version().getArtifactId()).isEqualTo("demarche-jackson");
    }

    @Test
    void registering_twice_registers_once() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new DemarcheModule())
                .registerModule(new DemarcheModule());

        assertThat(mapper.getRegisteredModuleIds()).hasSize(1);
        assertThat(mapper.writeValueAsString(StanceType.THREATEN_SANCTIONS)).isEqualTo("\"threaten_sanctions\"");
    }

    @Test
    void writes_dates_as_text_without_the_java_time_module() throws Exception {
        assertThat(PLAIN.writeValueAsString(ReferenceArticleFixture.SOURCE))
                .contains("\"publicationDate\":\"2021-03-24\"");
        assertThat(PLAIN.writeValueAsString(ApproximateDate.parse("2021-02-01/.."))).isEqualTo("\"2021-02-01/..\"");
    }

    @Test
    void writes_and_reads_enums_country_codes_and_dates_as_map_keys() throws Exception {
        Map<StanceType, Integer> byType = new LinkedHashMap<>();
        byType.put(StanceType.THREATEN_SANCTIONS, 1);
        byType.put(StanceType.CONCERN, 2);
        Map<CountryCode, ApproximateDate> byCountry = Map.of(CountryCode.of("MMR"),
                ApproximateDate.parse("2021-02-01"));
        Map<ApproximateDate, String> byDate = Map.of(ApproximateDate.parse("2021-03-early"), "early March");

        String types = PLAIN.writeValueAsString(byType);

        assertThat(types).isEqualTo("{\"threaten_sanctions\":1,\"concern\":2}");
        assertThat(PLAIN.readValue(types, new TypeReference<Map<StanceType, Integer>>() { })).isEqualTo(byType);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(byCountry),
                new TypeReference<Map<CountryCode, ApproximateDate>>() { })).isEqualTo(byCountry);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(byDate),
                new TypeReference<Map<ApproximateDate, String>>() { })).isEqualTo(byDate);
    }

    @Test
    void reads_values_inside_the_users_own_types() throws Exception {
        List<Stance> stances = ReferenceArticleFixture.EMBASSY_PROTEST.stances();

        String json = PLAIN.writeValueAsString(stances);

        assertThat(PLAIN.readValue(json, new TypeReference<List<Stance>>() { })).isEqualTo(stances);
    }
}
