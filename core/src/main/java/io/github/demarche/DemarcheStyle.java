package io.github.demarche;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}.
 *
 * <p>Generated {@code ImmutableX} classes stay package-private: users type {@code Actor} and
 * {@code Actor.builder()}, never the generated names. Accessors are record-style, list setters
 * are depluralized ({@code addAlias}), and missing required attributes become a
 * {@link ValidationException} like every other broken rule. The generated builders are
 * package-private as well, so that the setters the public {@code X.Builder} inherits are documented
 * on its own Javadoc page. {@code Actor}, {@code Statement}, {@code Event} and {@code Coding} are
 * written by hand (see {@code ActorValue}, {@code StatementValue}, {@code EventValue} and
 * {@code CodingValue}): they are built by the million, and the generated builder made and copied
 * every collection whether used or not.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        // the generated ImmutableX.Builder package-private too: Javadoc then documents its setters
        // (signature, comment, search index) on the public X.Builder that extends it, where a public
        // builder nested in a package-private class is listed as bare method names (BuildersTest)
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        // List.copyOf: compact immutable lists (List12/ListN) rather than wrapped ArrayLists
        jdk9Collections = true,
        // a boolean attribute reads as a query (isContemplated()) and builds as contemplated(true)
        get = {"is*", "get*"},
        depluralize = true,
        depluralizeDictionary = {"alias:aliases", "casualtyReportId:casualtyReportIds", "eventId:eventIds", "party:parties"},
        defaults = @Value.Immutable(copy = false),
        // defaults and derived values computed in the constructor in the order of declaration, without
        // the shim that guards against cycles among them: none of the model's reads another default or
        // derived value, and the shim cost every actor an allocation when built and a field for life
        unsafeDefaultAndDerived = true,
        throwForInvalidImmutableState = MissingAttributesException.class,
        // no @Generated on generated classes: users of the jar do not have the annotations on their path
        allowedClasspathAnnotations = {Override.class},
        // a value type's @SuppressWarnings("serial") reaches its generated class, whose list fields
        // hold List.copyOf lists, serializable though List is not (javac 21 and later warn of them)
        passAnnotations = {SuppressWarnings.class})
@interface DemarcheStyle {
}
