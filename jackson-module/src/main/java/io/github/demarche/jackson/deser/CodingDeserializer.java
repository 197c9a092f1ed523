package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Coding;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a coding, {@code {"cameoCode":"036","cameoDialect":"gdelt"}}, through {@code Coding.builder()};
 * its fields are {@link CodingField}. A CAMEO code needs its dialect, and a dialect its code.
 */
final class CodingDeserializer extends ObjectDeserializer<Coding, CodingField, CodingDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of a coding being read, null where absent. */
    static final class Reading {
        String cameoCode;
        CameoDialect cameoDialect;
        BigDecimal reportedScore;
        PloverEventType ploverType;
        String ploverMode;
        List<String> ploverContexts;
    }

    CodingDeserializer() {
        super(Coding.class, CodingField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(CodingField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    Coding build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if ((r.cameoCode == null) != (r.cameoDialect == null)) {
            CodingField missing = r.cameoCode == null ? CodingField.CAMEO_CODE : CodingField.CAMEO_DIALECT;
            CodingField given = r.cameoCode == null ? CodingField.CAMEO_DIALECT : CodingField.CAMEO_CODE;
            throw Failures.violation(p, ctxt, Coding.class, missing.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set when " + given.text() + " is", "nothing");
        }
        Coding.Builder builder = Coding.builder();
        String attribute = CodingField.CAMEO_CODE.text();
        try {
            if (r.cameoCode != null) {
                builder.cameoCode(CameoCode.of(r.cameoDialect, r.cameoCode));
            }
            attribute = CodingField.PLOVER_MODE.text();
            if (r.ploverMode != null) {
                builder.ploverMode(PloverMode.parse(r.ploverMode));
            }
            attribute = CodingField.PLOVER_CONTEXTS.text();
            if (r.ploverContexts != null) {
                for (String label : r.ploverContexts) {
                    builder.addPloverContext(PloverContext.parse(label));
                }
            }
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Coding.class, e, attribute);
        }
        if (r.reportedScore != null) {
            builder.reportedScore(r.reportedScore);
        }
        if (r.ploverType != null) {
            builder.ploverType(r.ploverType);
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Coding.class, e, null);
        }
    }
}
