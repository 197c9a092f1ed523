package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a casualty report:
 * {@code {"id":"killed-2021-03-23","type":"killed","count":{...},"victims":{...},"perpetrator":{...},
 * "location":{"country":"MMR"},"asOf":"2021-03-23","periodStart":"2021-02-01","source":{...}}}.
 */
final class CasualtyReportSerializer extends ModelSerializer<CasualtyReport> {

    private static final long serialVersionUID = 1L;

    static final CasualtyReportSerializer INSTANCE = new CasualtyReportSerializer();

    private static final EnumSerializer<CasualtyType> TYPES = new EnumSerializer<>(CasualtyType.class);

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString COUNT = new SerializedString("count");
    private static final SerializedString VICTIMS = new SerializedString("victims");
    private static final SerializedString PERPETRATOR = new SerializedString("perpetrator");
    private static final SerializedString LOCATION = new SerializedString("location");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString PERIOD_START = new SerializedString("periodStart");
    private static final SerializedString SOURCE = new SerializedString("source");

    private CasualtyReportSerializer() {
        super(CasualtyReport.class);
    }

    @Override
    void write(CasualtyReport report, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ID);
        gen.writeString(report.id());
        gen.writeFieldName(TYPE);
        TYPES.write(report.type(), gen);
        gen.writeFieldName(COUNT);
        QualifiedCountSerializer.INSTANCE.write(report.count(), gen);
        gen.writeFieldName(VICTIMS);
        VictimsSerializer.INSTANCE.write(report.victims(), gen);
        Optional<Actor> perpetrator = report.perpetrator();
        if (perpetrator.isPresent()) {
            gen.writeFieldName(PERPETRATOR);
            ActorSerializer.INSTANCE.write(perpetrator.get(), gen);
        }
        gen.writeFieldName(LOCATION);
        LocationSerializer.INSTANCE.write(report.location(), gen);
        gen.writeFieldName(AS_OF);
        gen.writeString(report.asOf().toString());
        Optional<ApproximateDate> periodStart = report.periodStart();
        if (periodStart.isPresent()) {
            gen.writeFieldName(PERIOD_START);
            gen.writeString(periodStart.get().toString());
        }
        gen.writeFieldName(SOURCE);
        SourceAttributionSerializer.INSTANCE.write(report.source(), gen);
        gen.writeEndObject();
    }
}
