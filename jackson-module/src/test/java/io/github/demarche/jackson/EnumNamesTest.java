package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.ActorKind;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoDialect;
import io.github.demarche.DatePrecision;
import io.github.demarche.LocationPrecision;
import io.github.demarche.QuadClass;
import io.github.demarche.jackson.ser.DemarcheSerializers;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.DocumentKind;
import io.github.demarche.PassageStatus;
import io.github.demarche.Position;
import io.github.demarche.VoteChoice;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.CountQualifier;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.RelativeDate;
import io.github.demarche.EventType;
import io.github.demarche.Intensity;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PloverEventType;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON names of the model's enums are part of the format: the golden file
 * {@code golden/enum-names.json} lists every constant with its name, so that renaming a Java
 * constant cannot silently change the files. Regenerate with {@code -Ddemarche.golden.update=true}.
 */
class EnumNamesTest {

    static final String GOLDEN = "enum-names.json";

    /** Every enum the module writes, in the order of the golden file. */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(ActorKind.class,
            ApproximateDate.MonthPart.class, ApproximateDate.Precision.class, CasualtyType.class, Channel.class,
            CountQualifier.class, FigureCertainty.class, FigureHedge.Kind.class, FigureKind.class, EventType.class,
            Intensity.class, ParticipantRole.class, PloverEventType.class, Stance.Polarity.class, StanceTarget.Kind.class,
            StanceType.class, StatementMode.class, VictimGroup.class, RelativeDate.Anchor.Kind.class, RelativeDate.Relation.class,
            RelativeDate.Unit.class, Position.class, AdoptionMethod.class,
            DocumentKind.class, PassageStatus.class, VoteChoice.class, AttributeValue.Kind.class, CameoDialect.class,
            DatePrecision.class, LocationPrecision.Scale.class, QuadClass.class);

    static Stream<Enum<?>> constants() {
        return ENUMS.stream().flatMap(type -> Stream.of(type.getEnumConstants()));
    }

    private static String typeName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    @Test
    void names_are_those_of_the_golden_file() throws IOException {
        ObjectNode table = MAPPER.createObjectNode();
        for (Class<? extends Enum<?>> type : ENUMS) {
            ObjectNode names = table.putObject(typeName(type));
            for (Enum<?> constant : type.getEnumConstants()) {
                names.put(constant.name(), MAPPER.readTree(MAPPER.writeValueAsString(constant)).asText());
            }
        }
        String written = ReferenceArticleJsonTest.pretty(table);
        if (ReferenceArticleJsonTest.updateGolden(GOLDEN, written)) {
            return;
        }
        assertThat(written.getBytes(StandardCharsets.UTF_8))
                .isEqualTo(ReferenceArticleJsonTest.golden(GOLDEN).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lists_every_enum_the_module_writes() throws ReflectiveOperationException {
        Field registered = DemarcheSerializers.class.getDeclaredField("ENUMS");
        registered.setAccessible(true);
        assertThat(new HashSet<>(ENUMS)).isEqualTo(new HashSet<>((List<?>) registered.get(null)));
        assertThat(new HashSet<>(ENUMS)).hasSameSizeAs(ENUMS);
    }

    /** The name a reader sees in the module's README: nested classes with their enclosing ones. */
    private static String readmeName(Class<?> type) {
        return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    }

    @Test
    void the_readme_table_lists_every_enum_with_its_names() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            StringBuilder row = new StringBuilder("| `").append(readmeName(type)).append("` | ");
            Enum<?>[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                row.append(i == 0 ? "" : ", ").append(MAPPER.writeValueAsString(constants[i]).replace('"', '`'));
            }
            expected.add(row.append(" |").toString());
        }
        expected.sort(Comparator.naturalOrder());
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = readme.indexOf("| Java enum | JSON names |");
        assertThat(header).as("the enum table of README.md").isPositive();
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            rows.add(readme.get(i));
        }
        assertThat(rows).as("README.md's enum table, sorted by Java name").isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("constants")
    void name_is_lower_snake_case_and_reads_back(Enum<?> constant) throws IOException {
        String json = MAPPER.writeValueAsString(constant);

        assertThat(json).matches("\"[a-z]+(_[a-z]+)*\"");
        assertThat(MAPPER.readValue(json, constant.getDeclaringClass())).isSameAs(constant);
    }

    @Test
    void java_names_are_not_read() {
        assertThatThrownBy(() -> MAPPER.readValue("\"THREATEN_SANCTIONS\"", StanceType.class))
                .isExactlyInstanceOf(InvalidFormatException.class)
                .satisfies(e -> assertThat(((InvalidFormatException) e).getValue()).isEqualTo("THREATEN_SANCTIONS"))
                .satisfies(e -> assertThat(((InvalidFormatException) e).getTargetType()).isEqualTo(StanceType.class));
    }
}
