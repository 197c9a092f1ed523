package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public builders of every value type: what a user can call on them is documented, and a
 * missing required attribute is a {@link ValidationException} like every other broken rule.
 */
class BuildersTest {

    static Stream<Arguments> builders() {
        return Stream.of(
                builder(Actor.Builder.class, Actor::builder, "id", "kind"),
                builder(Membership.Builder.class, Membership::builder, "organization"),
                builder(Statement.Builder.class, Statement::builder, "id", "date", "mode", "channel"),
                builder(Stance.Builder.class, Stance::builder, "type", "target"),
                builder(Event.Builder.class, Event::builder, "id", "type", "date"),
                builder(CasualtyReport.Builder.class, CasualtyReport::builder,
                        "id", "type", "count", "victims", "asOf"),
                builder(Dossier.Builder.class, Dossier::builder, "source"),
                builder(SourceAttribution.Builder.class, SourceAttribution::builder),
                builder(Location.Builder.class, Location::builder),
                builder(Coding.Builder.class, Coding::builder),
                builder(Document.Builder.class, Document::builder, "id", "kind", "title", "date"),
                builder(Adoption.Builder.class, Adoption::builder, "method"),
                builder(Passage.Builder.class, Passage::builder, "id", "status"));
    }

    private static Arguments builder(Class<?> type, Supplier<?> factory, String... required) {
        return Arguments.of(type.getEnclosingClass().getSimpleName(), type, factory, List.of(required));
    }

    /**
     * Javadoc documents the public methods that a public class inherits from a package-private
     * superclass as the public class's own: signature, comment, search index. A public generated
     * builder nested in the package-private {@code ImmutableX} would instead be listed as bare
     * method names, so the generated builder must stay package-private (the style's
     * {@code builderVisibility = PACKAGE}), and no public method may come from anywhere else.
     * {@link Actor.Builder}, {@link Statement.Builder}, {@link Event.Builder} and
     * {@link Coding.Builder} are written by hand (see {@link ActorValue}, {@link StatementValue},
     * {@link EventValue} and {@link CodingValue}) and declare every setter themselves.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void every_public_method_is_declared_by_the_builder_or_its_package_private_generated_superclass(
            String name, Class<?> type, Supplier<?> factory, List<String> required) {
        assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
        Class<?> generated = type.getSuperclass();
        if (type == Actor.Builder.class || type == Statement.Builder.class || type == Event.Builder.class
                || type == Coding.Builder.class) {
            assertThat(generated).isEqualTo(Object.class);
        } else {
            assertThat(generated.getName()).isEqualTo("io.github.demarche.Immutable" + name + "$Builder");
            assertThat(Modifier.isPublic(generated.getModifiers()))
                    .as("%s must stay package-private so that Javadoc shows its setters on %s", generated, type)
                    .isFalse();
        }
        assertThat(Arrays.stream(type.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> method.getDeclaringClass() != type && method.getDeclaringClass() != generated)
                .map(Method::toGenericString))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void build_is_declared_by_the_public_builder_so_its_exception_is_documented(
            String name, Class<?> type, Supplier<?> factory, List<String> required) throws NoSuchMethodException {
        Method build = type.getMethod("build");
        assertThat(build.getDeclaringClass()).isEqualTo(type);
        assertThat(build.getReturnType()).isEqualTo(type.getEnclosingClass());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void every_setter_returns_the_public_builder(
            String name, Class<?> type, Supplier<?> factory, List<String> required) {
        assertThat(Arrays.stream(type.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> !List.of("build", "validate").contains(method.getName()))
                .filter(method -> method.getReturnType() != type)
                .map(Method::toGenericString))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builders")
    void an_empty_builder_reports_one_missing_attribute_violation_per_required_attribute(
            String name, Class<?> type, Supplier<?> factory, List<String> required) throws Exception {
        Object builder = factory.get();
        Method build = type.getMethod("build");
        Throwable thrown = catchThrowableOfType(InvocationTargetException.class,
                () -> build.invoke(builder));
        if (required.isEmpty()) {
            // nothing is required: whatever fails is a rule, never a missing attribute
            if (thrown != null) {
                assertThat(thrown.getCause()).isInstanceOf(ValidationException.class);
                assertThat(((ValidationException) thrown.getCause()).violations())
                        .extracting(Violation::code).doesNotContain(ViolationCode.MISSING_ATTRIBUTE);
            }
            return;
        }
        assertThat(thrown).isNotNull();
        assertThat(thrown.getCause()).isInstanceOf(ValidationException.class);
        List<Violation> violations = ((ValidationException) thrown.getCause()).violations();
        assertThat(violations).extracting(Violation::code).containsOnly(ViolationCode.MISSING_ATTRIBUTE);
        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrderElementsOf(required);
        assertThat(violations).extracting(Violation::message)
                .containsExactlyInAnyOrderElementsOf(required.stream()
                        .map(attribute -> name + "." + attribute + " must be set, got nothing")
                        .toList());
    }

    @Test
    void a_partly_set_builder_reports_only_the_attributes_still_missing() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> Actor.builder().id("wang-yi").build());
        assertThat(thrown.violations()).extracting(Violation::message).containsExactly(
                "Actor.kind must be set, got nothing");
    }

    @Test
    void every_public_builder_of_the_package_is_checked_here() throws IOException, URISyntaxException {
        Path classes = Path.of(Actor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/github/demarche");
        Set<String> found;
        try (Stream<Path> files = Files.list(classes)) {
            found = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith("$Builder.class") && !file.startsWith("Immutable"))
                    .map(file -> file.substring(0, file.length() - "$Builder.class".length()))
                    .collect(Collectors.toSet());
        }
        assertThat(found).isEqualTo(builders()
                .map(arguments -> (String) arguments.get()[0])
                .collect(Collectors.toSet()));
    }
}
