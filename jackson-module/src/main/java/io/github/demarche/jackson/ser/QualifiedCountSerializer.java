package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.CountQualifier;
import io.github.demarche.QualifiedCount;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Writes a count as the source states it, with its bounds spelled out for readers that do not
 * derive them: {@code {"qualifier":"more_than","figure":270,"wording":"over 270","bounds":{"low":271,"best":271}}}.
 * An unbounded count has no {@code "high"}.
 */
final class QualifiedCountSerializer extends ModelSerializer<QualifiedCount> {

    private static final long serialVersionUID = 1L;

    static final QualifiedCountSerializer INSTANCE = new QualifiedCountSerializer();

    private static final EnumSerializer<CountQualifier> QUALIFIERS = new EnumSerializer<>(CountQualifier.class);

    private static final SerializedString QUALIFIER = new SerializedString("qualifier");
    private static final SerializedString FIGURE = new SerializedString("figure");
    private static final SerializedString SECOND_FIGURE = new SerializedString("secondFigure");
    private static final SerializedString WORDING = new SerializedString("wording");
    private static final SerializedString BOUNDS = new SerializedString("bounds");
    private static final SerializedString LOW = new SerializedString("low");
    private static final SerializedString BEST = new SerializedString("best");
    private static final SerializedString HIGH = new SerializedString("high");

    private QualifiedCountSerializer() {
        super(QualifiedCount.class);
    }

    @Override
    void write(QualifiedCount count, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(QUALIFIER);
        QUALIFIERS.write(count.qualifier(), gen);
        gen.writeFieldName(FIGURE);
        gen.writeNumber(count.figure());
        OptionalLong secondFigure = count.secondFigure();
        if (secondFigure.isPresent()) {
            gen.writeFieldName(SECOND_FIGURE);
            gen.writeNumber(secondFigure.getAsLong());
        }
        Strings.writeIfPresent(gen, WORDING, count.wording());
        gen.writeFieldName(BOUNDS);
        gen.writeStartObject();
        gen.writeFieldName(LOW);
        gen.writeNumber(count.low());
        gen.writeFieldName(BEST);
        gen.writeNumber(count.best());
        OptionalLong high = count.high();
        if (high.isPresent()) {
            gen.writeFieldName(HIGH);
            gen.writeNumber(high.getAsLong());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
