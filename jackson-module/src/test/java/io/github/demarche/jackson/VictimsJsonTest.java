package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.demarche.CasualtyReport;
import io.github.demarche.CountQualifier;
import io.github.demarche.IncludedGroup;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.ViolationCode;
import org.junit.jupiter.api.Test;

/** The groups victims include: "killed 38 people, including women and children", "including 44 children". */
class VictimsJsonTest {

    @Test
    void writes_the_groups_included_after_the_victims_only_when_there_are_some() {
        assertThat(write(Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.WOMEN, VictimGroup.CHILDREN)))
                .isEqualTo(json("{'kind':'group','group':'civilians','included':[{'group':'women'},{'group':'children'}]}"));
        assertThat(write(Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.CHILDREN, QualifiedCount.exactly(44))))
                .isEqualTo(json("{'kind':'group','group':'civilians','included':[{'group':'children',"
                        + "'count':{'qualifier':'exactly','figure':44,'bounds':{'low':44,'best':44,'high':44}}}]}"));
        assertThat(write(Victims.of(VictimGroup.CIVILIANS))).isEqualTo(json("{'kind':'group','group':'civilians'}"));
    }

    @Test
    void reads_the_groups_included_in_the_sources_order() throws Exception {
        Victims victims = Victims.of(ReferenceArticleFixture.PROTESTERS).including(VictimGroup.JOURNALISTS,
                QualifiedCount.vague(CountQualifier.SEVERAL).withWording("several")).including(VictimGroup.MEDICAL_WORKERS);

        assertThat(MAPPER.readValue(write(victims), Victims.class)).isEqualTo(victims);
        assertThat(MAPPER.readValue(json("{'included':[],'group':'civilians','kind':'group'}"), Victims.class))
                .isEqualTo(Victims.of(VictimGroup.CIVILIANS));
        assertThat(MAPPER.readValue(json("{'count':{'qualifier':'dozens'},'group':'children'}"), IncludedGroup.class))
                .isEqualTo(IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.vague(CountQualifier.DOZENS)));
    }

    @Test
    void rejects_a_group_included_twice_at_the_second() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'kind':'group','group':'civilians','included':[{'group':'women'},{'group':'women'}]}"),
                Victims.class));

        assertThat(e.getOriginalMessage())
                .isEqualTo("Victims.included[1].group must not repeat a group already included, got 'women'");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.DUPLICATE);
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/included/1/group");
    }

    @Test
    void rejects_the_victims_own_group_included_in_itself() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'kind':'group','group':'children','included':[{'group':'children'}]}"), Victims.class));

        assertThat(e.getOriginalMessage())
                .isEqualTo("Victims.included[0].group must not be the victims' own group, got 'children'");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/included/0/group");
    }

    @Test
    void rejects_an_included_group_without_its_group() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'kind':'group','group':'civilians','included':[{'count':{'qualifier':'exactly','figure':4}}]}"),
                Victims.class));

        assertThat(e.getOriginalMessage()).isEqualTo("IncludedGroup.group must be set, got nothing");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/included/0/group");
    }

    @Test
    void rejects_a_group_whose_count_exceeds_the_whole_at_the_count() throws Exception {
        CasualtyReport killed38 = CasualtyReport.builder().from(ReferenceArticleFixture.KILLED)
                .count(QualifiedCount.exactly(38)).build();
        String json = write(killed38).replace("\"victims\":{\"kind\":\"group\",\"group\":\"civilians\"}",
                "\"victims\":{\"kind\":\"group\",\"group\":\"civilians\",\"included\":[{\"group\":\"children\","
                        + "\"count\":{\"qualifier\":\"exactly\",\"figure\":39}}]}");

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(json, CasualtyReport.class));

        assertThat(e.getOriginalMessage()).isEqualTo("CasualtyReport.victims.included[0].count must have a low bound"
                + " not above the count's high bound, got low=39, high=38");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/victims/included/0/count");
    }
}
