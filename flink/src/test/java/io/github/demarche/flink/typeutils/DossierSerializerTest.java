package io.github.demarche.flink.typeutils;

import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SecondFixture;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * Dossier serializer.
 */
class DossierSerializerTest extends SerializerTestBase<Dossier> {

    @Override
    protected TypeSerializer<Dossier> createSerializer() {
        return DemarcheTypeInfo.dossiers().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<Dossier> getTypeClass() {
        return Dossier.class;
    }

    @Override
    protected Dossier[] getTestData() {
        return List.of(ReferenceArticleFixture.dossier(), SecondFixture.dossier()).toArray(new Dossier[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<Dossier> serializer) {
        return true;
    }
}
