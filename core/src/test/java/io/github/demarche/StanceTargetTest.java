package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StanceTargetTest {

    private static final Actor CHINA_GOV = Actor.builder().id("chn-gov").name("Government of China")
            .kind(ActorKind.GOVERNMENT).addAlias("Beijing").build();

    @Test
    void holds_an_actor_a_topic_or_an_event() {
        StanceTarget actor = StanceTarget.actor(CHINA_GOV);
        assertThat(actor.kind()).isEqualTo(StanceTarget.Kind.ACTOR);
        assertThat(actor.actor()).contains(CHINA_GOV);
        assertThat(actor.label()).isEmpty();
        assertThat(actor.eventId()).isEmpty();
        assertThat(actor.topicKey()).isEmpty();

        StanceTarget topic = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
        assertThat(topic.kind()).isEqualTo(StanceTarget.Kind.TOPIC);
        assertThat(topic.label()).contains("the situation in Myanmar");
        assertThat(topic.topicKey()).contains("myanmar-situation");
        assertThat(topic.eventId()).isEmpty();

        StanceTarget event = StanceTarget.event("coup-2021-02-01");
        assertThat(event.kind()).isEqualTo(StanceTarget.Kind.EVENT);
        assertThat(event.eventId()).contains("coup-2021-02-01");
        assertThat(event.topicKey()).isEmpty();
        assertThat(event.actor()).isEmpty();
    }

    @Test
    void has_a_short_to_string() {
        assertThat(StanceTarget.actor(CHINA_GOV)).hasToString("actor chn-gov");
        assertThat(StanceTarget.topic("the situation in Myanmar", "myanmar-situation"))
                .hasToString("topic 'the situation in Myanmar' (myanmar-situation)");
        assertThat(StanceTarget.topic("bloodshed")).hasToString("topic 'bloodshed'");
        assertThat(StanceTarget.event("coup-2021-02-01")).hasToString("event coup-2021-02-01");
    }

    @Test
    void refers_to_the_same_topic_by_key_whatever_the_wording() {
        StanceTarget a = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
        StanceTarget b = StanceTarget.topic("Myanmar's crisis", "myanmar-situation");
        assertThat(a.refersToSameAs(b)).isTrue();
        assertThat(b.refersToSameAs(a)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.identityKey()).isEqualTo("topic:myanmar-situation").isEqualTo(b.identityKey());
    }

    @Test
    void refers_to_the_same_unkeyed_topic_by_label_ignoring_case() {
        assertThat(StanceTarget.topic("Bloodshed").refersToSameAs(StanceTarget.topic("bloodshed"))).isTrue();
        assertThat(StanceTarget.topic("bloodshed").refersToSameAs(StanceTarget.topic("bloodshed", "bloodshed")))
                .isFalse();
        assertThat(StanceTarget.topic("Bloodshed").identityKey()).isEqualTo("topic-label:bloodshed");
    }

    @Test
    void refers_to_the_same_actor_or_event_by_id() {
        Actor renamed = Actor.builder().from(CHINA_GOV).name("Chinese government").build();
        assertThat(StanceTarget.actor(CHINA_GOV).refersToSameAs(StanceTarget.actor(renamed))).isTrue();
        assertThat(StanceTarget.actor(CHINA_GOV)).isNotEqualTo(StanceTarget.actor(renamed));
        assertThat(StanceTarget.event("coup").refersToSameAs(StanceTarget.event("coup"))).isTrue();
        assertThat(StanceTarget.event("coup").refersToSameAs(StanceTarget.topic("coup", "coup"))).isFalse();
        assertThat(StanceTarget.actor(CHINA_GOV).identityKey()).isEqualTo("actor:chn-gov");
        assertThat(StanceTarget.event("coup").identityKey()).isEqualTo("event:coup");
    }

    @Test
    void equal_when_all_attributes_are_equal() {
        assertThat(StanceTarget.topic("a", "k")).isEqualTo(StanceTarget.topic("a", "k"))
                .hasSameHashCodeAs(StanceTarget.topic("a", "k"));
        assertThat(StanceTarget.event("e")).isEqualTo(StanceTarget.event("e"));
        assertThat(StanceTarget.actor(CHINA_GOV)).isEqualTo(StanceTarget.actor(CHINA_GOV));
        assertThat(StanceTarget.topic("e")).isNotEqualTo(StanceTarget.event("e"));
    }

    @Test
    void survives_java_serialization() {
        StanceTarget target = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
        assertThat(SerializationSupport.roundTrip(target)).isEqualTo(target);
        assertThat(SerializationSupport.roundTrip(StanceTarget.actor(CHINA_GOV))).isEqualTo(StanceTarget.actor(CHINA_GOV));
    }

    @Test
    void rejects_a_blank_or_overlong_label() {
        assertThat(StanceTarget.topic("a".repeat(200)).label()).hasValue("a".repeat(200));
        assertThatThrownBy(() -> StanceTarget.topic(" "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.label must not be blank, got ' '");
        assertThatThrownBy(() -> StanceTarget.topic("a".repeat(201)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.label must be at most 200 characters long, got 201 characters");
    }

    @Test
    void rejects_malformed_keys_and_event_ids() {
        assertThatThrownBy(() -> StanceTarget.topic("x", "Myanmar Situation"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.key must be lower-case letters and digits separated by single '-', '.' or '_',"
                        + " got 'Myanmar Situation'");
        assertThatThrownBy(() -> StanceTarget.event("coup!"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.eventId must be lower-case letters and digits separated by single '-', '.'"
                        + " or '_', got 'coup!'");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> StanceTarget.actor(null)).isInstanceOf(NullPointerException.class).hasMessage("actor");
        assertThatThrownBy(() -> StanceTarget.topic(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> StanceTarget.topic("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
        assertThatThrownBy(() -> StanceTarget.event(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("eventId");
        assertThatThrownBy(() -> StanceTarget.event("e").refersToSameAs(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void refers_to_the_same_as_exactly_when_identity_keys_are_equal() {
        long seed = new java.util.Random().nextLong();
        java.util.Random random = new java.util.Random(seed);
        String[] labels = {"Bloodshed", "bloodshed", "BLOODSHED", "the coup", "İstanbul", "i̇stanbul", "istanbul"};
        for (int i = 0; i < 2_000; i++) {
            StanceTarget a = target(random, labels);
            StanceTarget b = target(random, labels);
            assertThat(a.refersToSameAs(b)).as("seed %d: %s and %s", seed, a, b)
                    .isEqualTo(a.identityKey().equals(b.identityKey())).isEqualTo(b.refersToSameAs(a));
        }
    }

    private static StanceTarget target(java.util.Random random, String[] labels) {
        String id = "x" + random.nextInt(2);
        switch (random.nextInt(8)) {
            case 0:
                return StanceTarget.actor(Actor.builder().id(id).name("N" + random.nextInt(2)).kind(ActorKind.STATE)
                        .build());
            case 1:
                return StanceTarget.event(id);
            case 2:
                return StanceTarget.topic(labels[random.nextInt(labels.length)], id);
            case 3:
                return StanceTarget.casualtyReport(id);
            case 4:
                return StanceTarget.statement(id);
            case 5:
                return StanceTarget.document(id);
            case 6:
                return StanceTarget.passage(id, "p" + random.nextInt(2));
            default:
                return StanceTarget.topic(labels[random.nextInt(labels.length)]);
        }
    }

    @Test
    void holds_a_casualty_report_a_statement_a_document_or_a_passage() {
        StanceTarget toll = StanceTarget.casualtyReport("aapp-toll");
        assertThat(toll.kind()).isEqualTo(StanceTarget.Kind.CASUALTY_REPORT);
        assertThat(toll.casualtyReportId()).contains("aapp-toll");
        assertThat(toll.statementId()).isEmpty();
        assertThat(toll.eventId()).isEmpty();
        StanceTarget denied = StanceTarget.statement("s05-accusation");
        assertThat(denied.statementId()).contains("s05-accusation");
        assertThat(denied.documentId()).isEmpty();
        StanceTarget draft = StanceTarget.document("unsc-draft");
        assertThat(draft.documentId()).contains("unsc-draft");
        assertThat(draft.passageId()).isEmpty();
        assertThat(draft.casualtyReportId()).isEmpty();
        StanceTarget coup = StanceTarget.passage("unsc-draft", "coup-wording");
        assertThat(coup.kind()).isEqualTo(StanceTarget.Kind.DOCUMENT);
        assertThat(coup.documentId()).contains("unsc-draft");
        assertThat(coup.passageId()).contains("coup-wording");
    }

    @Test
    void writes_the_new_kinds_shortly() {
        assertThat(StanceTarget.casualtyReport("aapp-toll")).hasToString("casualty report aapp-toll");
        assertThat(StanceTarget.statement("s05")).hasToString("statement s05");
        assertThat(StanceTarget.document("unsc-draft")).hasToString("document unsc-draft");
        assertThat(StanceTarget.passage("unsc-draft", "op4")).hasToString("passage op4 of document unsc-draft");
        assertThat(StanceTarget.casualtyReport("aapp-toll").identityKey()).isEqualTo("casualty-report:aapp-toll");
        assertThat(StanceTarget.statement("s05").identityKey()).isEqualTo("statement:s05");
        assertThat(StanceTarget.document("d").identityKey()).isEqualTo("document:d");
        assertThat(StanceTarget.passage("d", "op4").identityKey()).isEqualTo("document:d#op4");
    }

    @Test
    void a_passage_is_not_the_whole_document_and_ids_of_other_kinds_do_not_meet() {
        assertThat(StanceTarget.passage("d", "op4").refersToSameAs(StanceTarget.document("d"))).isFalse();
        assertThat(StanceTarget.passage("d", "op4").refersToSameAs(StanceTarget.passage("d", "op4"))).isTrue();
        assertThat(StanceTarget.passage("d", "op4").refersToSameAs(StanceTarget.passage("d", "op5"))).isFalse();
        assertThat(StanceTarget.statement("x").refersToSameAs(StanceTarget.casualtyReport("x"))).isFalse();
        assertThat(StanceTarget.document("x").refersToSameAs(StanceTarget.event("x"))).isFalse();
        assertThat(StanceTarget.passage("d", "op4")).isEqualTo(StanceTarget.passage("d", "op4"))
                .hasSameHashCodeAs(StanceTarget.passage("d", "op4")).isNotEqualTo(StanceTarget.passage("d", "op5"));
        assertThat(SerializationSupport.roundTrip(StanceTarget.passage("d", "op4")))
                .isEqualTo(StanceTarget.passage("d", "op4"));
    }

    @Test
    void rejects_malformed_ids_of_the_new_kinds() {
        String form = " must be lower-case letters and digits separated by single '-', '.' or '_', got 'A B'";
        assertThatThrownBy(() -> StanceTarget.casualtyReport("A B")).isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.reportId" + form);
        assertThatThrownBy(() -> StanceTarget.statement("A B")).isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.statementId" + form);
        assertThatThrownBy(() -> StanceTarget.document("A B")).isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.documentId" + form);
        assertThatThrownBy(() -> StanceTarget.passage("d", "A B")).isInstanceOf(ValidationException.class)
                .hasMessage("StanceTarget.passageId" + form);
        assertThatThrownBy(() -> StanceTarget.casualtyReport(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reportId");
        assertThatThrownBy(() -> StanceTarget.statement(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statementId");
        assertThatThrownBy(() -> StanceTarget.document(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("documentId");
        assertThatThrownBy(() -> StanceTarget.passage("d", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("passageId");
    }
}
