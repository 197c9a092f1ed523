package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.RelativeDate;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a relative date, {@code {"relation":"after","anchorKind":"event","anchor":"…","amount":6,"unit":"weeks"}},
 * through {@code RelativeDate.Anchor.of} and {@code RelativeDate.of}: an amount and a unit come
 * together or not at all.
 */
final class RelativeDateDeserializer
        extends ObjectDeserializer<RelativeDate, RelativeDateField, RelativeDateDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of a relative date being read, null (or not had) where absent. */
    static final class Reading {
        RelativeDate.Relation relation;
        RelativeDate.Anchor.Kind anchorKind;
        String anchorId;
        long amount;
        boolean hasAmount;
        RelativeDate.Unit unit;
        String wording;
    }

    RelativeDateDeserializer() {
        super(RelativeDate.class, RelativeDateField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(RelativeDateField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    RelativeDate build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        List<Violation> violations = new ArrayList<>(2);
        if (r.relation == null) {
            violations.add(Failures.missingRule(RelativeDate.class, RelativeDateField.RELATION.text()));
        }
        if (r.anchorKind == null) {
            violations.add(Failures.missingRule(RelativeDate.class, RelativeDateField.ANCHOR_KIND.text()));
        }
        if (r.anchorId == null) {
            violations.add(Failures.missingRule(RelativeDate.class, RelativeDateField.ANCHOR.text()));
        }
        if (r.hasAmount && r.unit == null) {
            violations.add(Failures.rule(RelativeDate.class, RelativeDateField.UNIT.text(),
                    ViolationCode.MISSING_ATTRIBUTE, "be set when amount is set", "nothing"));
        }
        if (!r.hasAmount && r.unit != null) {
            violations.add(Failures.rule(RelativeDate.class, RelativeDateField.AMOUNT.text(),
                    ViolationCode.MISSING_ATTRIBUTE, "be set when unit is set", "nothing"));
        }
        if (r.hasAmount && (r.amount < Integer.MIN_VALUE || r.amount > Integer.MAX_VALUE)) {
            violations.add(Failures.rule(RelativeDate.class, RelativeDateField.AMOUNT.text(),
                    ViolationCode.OUT_OF_RANGE, "be between 1 and " + RelativeDate.MAX_AMOUNT, String.valueOf(r.amount)));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, RelativeDate.class, violations);
        }
        RelativeDate.Anchor anchor;
        try {
            anchor = RelativeDate.Anchor.of(r.anchorKind, r.anchorId);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, RelativeDate.class, e, RelativeDateField.ANCHOR.text());
        }
        try {
            RelativeDate relative = r.unit == null ? RelativeDate.of(r.relation, anchor)
                    : RelativeDate.of(r.relation, anchor, (int) r.amount, r.unit);
            return r.wording == null ? relative : relative.withWording(r.wording);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, RelativeDate.class, e, null);
        }
    }
}
