package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.ActorKind;
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
import java.nio.charset.StandardCharsets;
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

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(ActorKind.class,
            ApproximateDate.MonthPart.class, ApproximateDate.Precision.class, CasualtyType.class, Channel.class,
            CountQualifier.class, FigureCertainty.class, FigureHedge.Kind.class, FigureKind.class, EventType.class,
            Intensity.class, ParticipantRole.class, PloverEventType.class, Stance.Polarity.class, StanceTarget.Kind.class,
            StanceType.class, StatementMode.class, VictimGroup.class, RelativeDate.Anchor.Kind.class, RelativeDate.Relation.class,
            RelativeDate.Unit.class, Position.class, AdoptionMethod.class,
            DocumentKind.class, PassageStatus.class, VoteChoice.class);

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
