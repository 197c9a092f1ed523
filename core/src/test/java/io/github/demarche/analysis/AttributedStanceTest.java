package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.ApproximateDate;
import io.github.demarche.SerializationSupport;
import io.github.demarche.Stance;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import org.junit.jupiter.api.Test;

class AttributedStanceTest {

    private static final Stance SUPPORT = JOINT_STATEMENT.stances().get(0);

    @Test
    void holds_the_actor_the_statement_and_the_stance() {
        AttributedStance stance = AttributedStance.of(CHINA, JOINT_STATEMENT, SUPPORT);
        assertThat(stance.actor()).isEqualTo(CHINA);
        assertThat(stance.statement()).isEqualTo(JOINT_STATEMENT);
        assertThat(stance.stance()).isEqualTo(SUPPORT);
        assertThat(stance.date()).isEqualTo(ApproximateDate.parse("2021-03-23"));
        assertThat(stance.cooperationScore()).isEqualTo(3.4);
        assertThat(stance).hasToString("AttributedStance[chn: SUPPORT in s03-joint-statement 2021-03-23]");
    }

    @Test
    void is_equal_by_actor_statement_and_stance() {
        AttributedStance china = AttributedStance.of(CHINA, JOINT_STATEMENT, SUPPORT);
        assertThat(china).isEqualTo(AttributedStance.of(CHINA, JOINT_STATEMENT, Stance.builder().from(SUPPORT).build()))
                .hasSameHashCodeAs(AttributedStance.of(CHINA, JOINT_STATEMENT, SUPPORT));
        assertThat(china).isNotEqualTo(AttributedStance.of(RUSSIA, JOINT_STATEMENT, SUPPORT));
        assertThat(china).isNotEqualTo(AttributedStance.of(CHINA, JOINT_STATEMENT, JOINT_STATEMENT.stances().get(1)));
        assertThat(SerializationSupport.roundTrip(china)).isEqualTo(china);
    }

    @Test
    void rejects_a_stance_the_statement_does_not_take() {
        assertThatThrownBy(() -> AttributedStance.of(CHINA, DEEP_CONCERN, SUPPORT))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .returns("stance", Violation::path).returns(ViolationCode.INCONSISTENT, Violation::code))
                .hasMessage("AttributedStance.stance must be one of the statement's stances, got " + SUPPORT + " for "
                        + DEEP_CONCERN);
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> AttributedStance.of(null, JOINT_STATEMENT, SUPPORT))
                .isInstanceOf(NullPointerException.class).hasMessage("actor");
        assertThatThrownBy(() -> AttributedStance.of(CHINA, null, SUPPORT))
                .isInstanceOf(NullPointerException.class).hasMessage("statement");
        assertThatThrownBy(() -> AttributedStance.of(CHINA, JOINT_STATEMENT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("stance");
    }
}
