package io.github.demarche.flink.typeutils;

import io.github.demarche.CasualtyReport;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * CasualtyReport serializer.
 */
class CasualtyReportSerializerTest extends SerializerTestBase<CasualtyReport> {

    @Override
    protected TypeSerializer<CasualtyReport> createSerializer() {
        return DemarcheTypeInfo.casualtyReports().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<CasualtyReport> getTypeClass() {
        return CasualtyReport.class;
    }

    @Override
    protected CasualtyReport[] getTestData() {
        return TestRecords.casualtyReports().toArray(new CasualtyReport[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<CasualtyReport> serializer) {
        return true;
    }
}
