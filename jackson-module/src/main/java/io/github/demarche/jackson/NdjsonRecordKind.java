package io.github.demarche.jackson;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed set of records of an NDJSON line: the name of the line's one field, and the model type
 * of its value.
 */
enum NdjsonRecordKind {

    STATEMENT("statement", Statement.class),
    EVENT("event", Event.class),
    CASUALTY_REPORT("casualtyReport", CasualtyReport.class),
    DOCUMENT("document", Document.class);

    /** The names of the fields of a line, for messages: {@code 'statement', 'event', 'casualtyReport', 'document'}. */
    static final String NAMES = Arrays.stream(values()).map(kind -> Violation.show(kind.field))
            .collect(Collectors.joining(", "));

    private final String field;
    private final Class<?> type;

    NdjsonRecordKind(String field, Class<?> type) {
        this.field = field;
        this.type = type;
    }

    /** Gets the name of the field that holds a record of this kind. */
    String field() {
        return field;
    }

    /** Gets the model type of a record of this kind. */
    Class<?> type() {
        return type;
    }

    /** Gets the kind of the record in a field, or null for a field of no record. */
    static NdjsonRecordKind ofField(String field) {
        for (NdjsonRecordKind kind : values()) {
            if (kind.field.equals(field)) {
                return kind;
            }
        }
        return null;
    }

    /** Gets the kind of a record value, or null for a value of no record. */
    static NdjsonRecordKind ofValue(Object value) {
        for (NdjsonRecordKind kind : values()) {
            if (kind.type.isInstance(value)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Gets the kinds of record that a reader or writer of a type handles: one for a record type,
     * all for {@code Object}.
     *
     * @throws IllegalArgumentException for another type
     */
    static Set<NdjsonRecordKind> forType(Class<?> type) {
        if (type == Object.class) {
            return EnumSet.allOf(NdjsonRecordKind.class);
        }
        for (NdjsonRecordKind kind : values()) {
            if (kind.type == type) {
                return EnumSet.of(kind);
            }
        }
        throw new IllegalArgumentException("DemarcheNdjson.type must be Statement, Event, CasualtyReport, Document or Object, got "
                + type.getName());
    }
}
