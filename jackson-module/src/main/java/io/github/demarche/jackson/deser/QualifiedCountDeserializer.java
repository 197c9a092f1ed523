package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountQualifier;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a count through {@code QualifiedCount.of} or {@code between}, then {@code withWording}
 * and {@code withBounds}:
 * {@code {"qualifier":"more_than","figure":270,"wording":"over 270","bounds":{"low":271,"best":271}}}.
 *
 * <p>The bounds are optional on input: without them the count has the bounds its qualifier
 * derives; with them, bounds other than the derived ones are an analyst's own, and must satisfy
 * {@code low <= best <= high} (no {@code "high"} means unbounded). The core's violations of the
 * bounds are located in the {@code "bounds"} object, and the inverted figures of a range at
 * {@code "secondFigure"}.
 */
final class QualifiedCountDeserializer extends ModelDeserializer<QualifiedCount> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<CountQualifier> QUALIFIERS = new EnumDeserializer<>(CountQualifier.class);

    QualifiedCountDeserializer() {
        super(QualifiedCount.class, "qualifier", "figure", "secondFigure", "wording", "bounds");
    }

    @Override
    QualifiedCount read(JsonParser p, DeserializationContext ctxt) throws IOException {
        CountQualifier qualifier = null;
        Long figure = null;
        Long secondFigure = null;
        String wording = null;
        long[] bounds = null;
        int present = 0;
        for (String field = Tokens.firstField(p, QualifiedCount.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "qualifier":
                    qualifier = QUALIFIERS.read(p, QualifiedCount.class, field);
                    break;
                case "figure":
                    figure = Tokens.whole(p, ctxt, QualifiedCount.class, field, QualifiedCount.MAX_FIGURE);
                    break;
                case "secondFigure":
                    secondFigure = Tokens.whole(p, ctxt, QualifiedCount.class, field, QualifiedCount.MAX_FIGURE);
                    break;
                case "wording":
                    wording = Tokens.string(p, QualifiedCount.class, field);
                    break;
                case "bounds":
                    bounds = readBounds(p, ctxt);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, QualifiedCount.class, field);
                    break;
            }
        }
        List<Violation> violations = new ArrayList<>(1);
        if (qualifier == null) {
            violations.add(missing("qualifier", ""));
        }
        if (figure == null) {
            violations.add(missing("figure", ""));
        }
        if (qualifier == CountQualifier.BETWEEN && secondFigure == null) {
            violations.add(missing("secondFigure", " when qualifier is 'between'"));
        }
        if (qualifier != null && qualifier != CountQualifier.BETWEEN && secondFigure != null) {
            violations.add(Failures.rule(QualifiedCount.class, "secondFigure", ViolationCode.NOT_APPLICABLE,
                    "be absent unless qualifier is 'between'", secondFigure.toString()));
        }
        if (bounds != null && (bounds[0] < 0 || bounds[1] < 0)) {
            violations.add(missing(bounds[0] < 0 ? "bounds.low" : "bounds.best", " when bounds are given"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, QualifiedCount.class, violations);
        }
        QualifiedCount count;
        try {
            count = qualifier == CountQualifier.BETWEEN ? QualifiedCount.between(figure, secondFigure)
                    : QualifiedCount.of(qualifier, figure);
        } catch (ValidationException e) {
            String path = e.violations().get(0).path();
            throw Failures.invalid(p, ctxt, QualifiedCount.class, e, path.equals("bounds") ? "secondFigure" : path);
        }
        try {
            if (wording != null) {
                count = count.withWording(wording);
            }
            if (bounds != null) {
                count = count.withBounds(bounds[0], bounds[1],
                        bounds[2] < 0 ? OptionalLong.empty() : OptionalLong.of(bounds[2]));
            }
        } catch (ValidationException e) {
            String path = e.violations().get(0).path();
            throw Failures.invalid(p, ctxt, QualifiedCount.class, e,
                    path.equals("low") || path.equals("best") || path.equals("high") ? "bounds." + path : path);
        }
        return count;
    }

    private static Violation missing(String attribute, String condition) {
        return Failures.rule(QualifiedCount.class, attribute, ViolationCode.MISSING_ATTRIBUTE, "be set" + condition,
                "nothing");
    }

    /**
     * Reads {@code {"low":271,"best":271,"high":400}}; an absent bound is -1 (an unbounded high,
     * or a missing low or best). Negative bounds are reported here, so that -1 means absent.
     */
    private long[] readBounds(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Failures.wrongType(p, QualifiedCount.class, "bounds", "an object");
        }
        long[] bounds = {-1, -1, -1};
        for (String field = Tokens.firstField(p, QualifiedCount.class); field != null; field = p.nextFieldName()) {
            p.nextToken();
            int index;
            switch (field) {
                case "low":
                    index = 0;
                    break;
                case "best":
                    index = 1;
                    break;
                case "high":
                    index = 2;
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, QualifiedCount.class, field);
                    continue;
            }
            if (bounds[index] >= 0) {  // a bound read is never negative
                throw duplicate(p, field);
            }
            long bound = Tokens.whole(p, ctxt, QualifiedCount.class, field, QualifiedCount.MAX_FIGURE);
            if (bound < 0) {
                throw Failures.violationAtField(p, ctxt, QualifiedCount.class, field, ViolationCode.NEGATIVE,
                        "not be negative", Long.toString(bound));
            }
            bounds[index] = bound;
        }
        return bounds;
    }
}
