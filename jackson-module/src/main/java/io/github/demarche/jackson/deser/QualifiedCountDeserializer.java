package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountQualifier;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import io.github.demarche.jackson.deser.QualifiedCountField.BoundsField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads a count through {@code QualifiedCount.of}, {@code between} or {@code vague}, then
 * {@code withWording} and {@code withBounds}; its fields are {@link QualifiedCountField}:
 * {@code {"qualifier":"more_than","figure":270,"wording":"over 270","bounds":{"low":271,"best":271}}},
 * {@code {"qualifier":"thousands","wording":"thousands"}}.
 *
 * <p>A vague qualifier ({@code "thousands"}) comes without a {@code "figure"}, every other with
 * one. The bounds are optional on input: without them the count has the bounds its qualifier
 * derives; with them, bounds other than the derived ones are an analyst's own, and must satisfy
 * {@code low <= best <= high} (no {@code "high"} means unbounded, no {@code "best"} no best
 * estimate). The core's violations of the bounds are located in the {@code "bounds"} object, and
 * the inverted figures of a range at {@code "secondFigure"}.
 */
final class QualifiedCountDeserializer
        extends ObjectDeserializer<QualifiedCount, QualifiedCountField, QualifiedCountDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    private static final String BOUNDS = QualifiedCountField.BOUNDS.text();

    /** The fields of a count being read, null where absent. */
    static final class Reading {
        CountQualifier qualifier;
        Long figure;
        Long secondFigure;
        String wording;
        /** Low, best and high, -1 where absent. */
        long[] bounds;
    }

    QualifiedCountDeserializer() {
        super(QualifiedCount.class, QualifiedCountField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(QualifiedCountField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    QualifiedCount build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        CountQualifier qualifier = r.qualifier;
        Long figure = r.figure;
        Long secondFigure = r.secondFigure;
        String wording = r.wording;
        long[] bounds = r.bounds;
        List<Violation> violations = new ArrayList<>(1);
        String secondFigureName = QualifiedCountField.SECOND_FIGURE.text();
        if (qualifier == null) {
            violations.add(missing(QualifiedCountField.QUALIFIER.text(), ""));
        }
        String figureName = QualifiedCountField.FIGURE.text();
        if (qualifier == null && figure == null) {
            violations.add(missing(figureName, ""));
        } else if (qualifier != null && !qualifier.isVague() && figure == null) {
            violations.add(missing(figureName, " when qualifier is '" + json(qualifier) + "'"));
        } else if (qualifier != null && qualifier.isVague() && figure != null) {
            violations.add(Failures.rule(QualifiedCount.class, figureName, ViolationCode.NOT_APPLICABLE,
                    "be absent when qualifier is '" + json(qualifier) + "'", figure.toString()));
        }
        if (qualifier == CountQualifier.BETWEEN && secondFigure == null) {
            violations.add(missing(secondFigureName, " when qualifier is 'between'"));
        }
        if (qualifier != null && qualifier != CountQualifier.BETWEEN && secondFigure != null) {
            violations.add(Failures.rule(QualifiedCount.class, secondFigureName, ViolationCode.NOT_APPLICABLE,
                    "be absent unless qualifier is 'between'", secondFigure.toString()));
        }
        if (bounds != null && bounds[0] < 0) {
            violations.add(missing(BOUNDS + "." + BoundsField.LOW.text(), " when bounds are given"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, QualifiedCount.class, violations);
        }
        QualifiedCount count;
        try {
            if (qualifier.isVague()) {
                count = QualifiedCount.vague(qualifier);
            } else {
                count = qualifier == CountQualifier.BETWEEN ? QualifiedCount.between(figure, secondFigure)
                        : QualifiedCount.of(qualifier, figure);
            }
        } catch (ValidationException e) {
            String path = e.violations().get(0).path();
            throw Failures.invalid(p, ctxt, QualifiedCount.class, e,
                    path.equals(BOUNDS) ? QualifiedCountField.SECOND_FIGURE.text() : path);
        }
        try {
            if (wording != null) {
                count = count.withWording(wording);
            }
            if (bounds != null) {
                OptionalLong high = bounds[2] < 0 ? OptionalLong.empty() : OptionalLong.of(bounds[2]);
                count = bounds[1] < 0 ? count.withBounds(bounds[0], high) : count.withBounds(bounds[0], bounds[1], high);
            }
        } catch (ValidationException e) {
            String path = e.violations().get(0).path();
            throw Failures.invalid(p, ctxt, QualifiedCount.class, e, bound(path) != null ? BOUNDS + "." + path : path);
        }
        return count;
    }

    /** The qualifier as the JSON writes it, such as {@code more_than}. */
    private static String json(CountQualifier qualifier) {
        return qualifier.name().toLowerCase(Locale.ROOT);
    }

    private static Violation missing(String attribute, String condition) {
        return Failures.rule(QualifiedCount.class, attribute, ViolationCode.MISSING_ATTRIBUTE, "be set" + condition,
                "nothing");
    }

    /**
     * Reads {@code {"low":271,"best":271,"high":400}}; an absent bound is -1 (an unbounded high,
     * no best estimate, or a missing low). Negative bounds are reported here, so that -1 means absent.
     */
    long[] readBounds(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (long[]) Failures.unexpected(p, ctxt, long[].class, QualifiedCount.class, BOUNDS, "an object");
        }
        long[] bounds = {-1, -1, -1};
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            BoundsField bound = bound(field);
            if (bound == null) {
                Tokens.unknown(p, ctxt, this, QualifiedCount.class, field);
                continue;
            }
            int index = bound.ordinal();
            if (bounds[index] >= 0) {  // a bound read is never negative
                throw duplicate(p, field);
            }
            long value = Tokens.whole(p, ctxt, QualifiedCount.class, field, QualifiedCount.MAX_FIGURE);
            if (value < 0) {
                throw Failures.violationAtField(p, ctxt, QualifiedCount.class, field, ViolationCode.NEGATIVE,
                        "not be negative", Long.toString(value));
            }
            bounds[index] = value;
        }
        return bounds;
    }

    /** Gets the bound of a name, or null. */
    private static BoundsField bound(String name) {
        for (BoundsField bound : BOUNDS_FIELDS) {
            if (bound.text().equals(name)) {
                return bound;
            }
        }
        return null;
    }

    private static final BoundsField[] BOUNDS_FIELDS = BoundsField.values();
}
