package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final Actor CHINA = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
            .country(CountryCode.of("CHN")).wikidataId("Q148").cameoCode("CHN").build();
    private static final Actor CHINA_GOV = Actor.builder().id("chn-gov").name("Government of China")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("CHN")).affiliation(CHINA)
            .addAlias("Beijing").cameoCode("CHNGOV").build();
    private static final Actor WANG_YI = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
            .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(CHINA_GOV).build();

    private static Actor.Builder valid() {
        return Actor.builder().id("x").name("X").kind(ActorKind.OTHER);
    }

    private static List<Violation> violationsOf(Actor.Builder builder) {
        return builder.validate();
    }

    @Test
    void builds_the_reference_articles_chain_of_affiliation() {
        assertThat(WANG_YI.affiliationChain()).containsExactly(WANG_YI, CHINA_GOV, CHINA);
        assertThat(WANG_YI.isAffiliatedWith(CHINA)).isTrue();
        assertThat(WANG_YI.isAffiliatedWith(WANG_YI)).isTrue();
        assertThat(CHINA.isAffiliatedWith(WANG_YI)).isFalse();
        assertThat(CHINA_GOV.isKnownAs("beijing")).isTrue();
        assertThat(CHINA_GOV.isKnownAs("Moscow")).isFalse();
    }

    @Test
    void has_a_short_domain_shaped_to_string() {
        assertThat(WANG_YI).hasToString("Actor[wang-yi: Wang Yi, Foreign Minister, PERSON]");
        assertThat(CHINA).hasToString("Actor[chn: China, STATE]");
    }

    @Test
    void equal_when_all_attributes_are_equal() {
        Actor copy = Actor.builder().from(WANG_YI).build();
        assertThat(copy).isEqualTo(WANG_YI).hasSameHashCodeAs(WANG_YI);
        assertThat(Actor.builder().from(WANG_YI).title("Minister").build()).isNotEqualTo(WANG_YI);
    }

    @Test
    void survives_java_serialization() {
        assertThat(SerializationSupport.roundTrip(WANG_YI)).isEqualTo(WANG_YI);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Actor.builder().name((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void reports_every_missing_attribute_at_once() {
        assertThatThrownBy(() -> Actor.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: Actor.id must be set, got nothing; Actor.kind must be set, got nothing");
        assertThat(violationsOf(Actor.builder()))
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", ViolationCode.MISSING_ATTRIBUTE),
                        org.assertj.core.groups.Tuple.tuple("kind", ViolationCode.MISSING_ATTRIBUTE));
    }

    @Test
    void accepts_an_id_of_64_characters_and_rejects_65() {
        assertThat(violationsOf(valid().id("a".repeat(64)))).isEmpty();
        assertThat(violationsOf(valid().id("a".repeat(65))))
                .containsExactly(Violation.of("id", ViolationCode.TOO_LONG,
                        "Actor.id must be at most 64 characters long, got 65 characters"));
    }

    @Test
    void rejects_an_id_out_of_form() {
        assertThat(violationsOf(valid().id("wang-yi.2021_a"))).isEmpty();
        assertThat(violationsOf(valid().id("Wang Yi")))
                .containsExactly(Violation.of("id", ViolationCode.MALFORMED,
                        "Actor.id must be lower-case letters and digits separated by single '-', '.' or '_', got 'Wang Yi'"));
        assertThat(violationsOf(valid().id("wang--yi"))).extracting(Violation::code)
                .containsExactly(ViolationCode.MALFORMED);
        assertThat(violationsOf(valid().id(""))).extracting(Violation::code)
                .containsExactly(ViolationCode.MALFORMED);
    }

    @Test
    void rejects_blank_and_overlong_names() {
        assertThat(violationsOf(valid().name("a".repeat(200)))).isEmpty();
        assertThat(violationsOf(valid().name(" ")))
                .containsExactly(Violation.of("name", ViolationCode.BLANK, "Actor.name must not be blank, got ' '"));
        assertThat(violationsOf(valid().name("a".repeat(201))))
                .containsExactly(Violation.of("name", ViolationCode.TOO_LONG,
                        "Actor.name must be at most 200 characters long, got 201 characters"));
    }

    @Test
    void abbreviates_a_hostile_value_in_the_message() {
        assertThat(violationsOf(valid().name(" ".repeat(100_000))))
                .containsExactly(Violation.of("name", ViolationCode.BLANK,
                        "Actor.name must not be blank, got '" + " ".repeat(97) + "...'"));
    }

    @Test
    void allows_a_title_only_for_persons() {
        assertThat(violationsOf(valid().kind(ActorKind.PERSON).title("Brigadier General"))).isEmpty();
        assertThat(violationsOf(valid().kind(ActorKind.STATE).title("Brigadier General")))
                .containsExactly(Violation.of("title", ViolationCode.NOT_APPLICABLE,
                        "Actor.title must be empty unless kind is PERSON, got title='Brigadier General' for kind STATE"));
    }

    @Test
    void rejects_duplicate_aliases_ignoring_case() {
        assertThat(violationsOf(valid().addAliases("Beijing", "Peking"))).isEmpty();
        assertThat(violationsOf(valid().addAliases("Beijing", "BEIJING")))
                .containsExactly(Violation.of("aliases[1]", ViolationCode.DUPLICATE,
                        "Actor.aliases[1] must be unique ignoring case, got 'BEIJING'"));
    }

    @Test
    void checks_the_form_of_external_identifiers() {
        assertThat(violationsOf(valid().wikidataId("Q1").cameoCode("MMRMIL"))).isEmpty();
        assertThat(violationsOf(valid().wikidataId("Q0148")))
                .containsExactly(Violation.of("wikidataId", ViolationCode.MALFORMED,
                        "Actor.wikidataId must be a Wikidata item id such as 'Q148', got 'Q0148'"));
        assertThatThrownBy(() -> valid().cameoCode("CHNGO")).isInstanceOf(ValidationException.class)
                .hasMessage("CameoActorCode.text must be whole segments of three characters, got 'CHNGO'");
        assertThat(valid().cameoCode("bdaUAF").build().cameoCode()).contains(CameoActorCode.parse("bdaUAF"));
    }

    @Test
    void accepts_wikidata_ids_of_up_to_twelve_digits_and_rejects_longer_or_malformed_ones() {
        for (String good : List.of("Q1", "Q9", "Q10", "Q109", "Q123456789012", "Q999999999999")) {
            assertThat(violationsOf(valid().wikidataId(good))).as(good).isEmpty();
        }
        for (String bad : List.of("Q", "Q1234567890123", "P148", "q148", "Q0", "Q/", "Q:", "Q1/", "Q1:", "Q14a")) {
            assertThat(violationsOf(valid().wikidataId(bad))).as(bad)
                    .containsExactly(Violation.of("wikidataId", ViolationCode.MALFORMED,
                            "Actor.wikidataId must be a Wikidata item id such as 'Q148', got '" + bad + "'"));
        }
    }

    @Test
    void rejects_an_affiliation_that_leads_back_to_the_actor() {
        assertThat(violationsOf(Actor.builder().from(CHINA).affiliation(WANG_YI)))
                .containsExactly(Violation.of("affiliation", ViolationCode.AFFILIATION_CYCLE,
                        "Actor.affiliation must not lead back to the actor itself, got 'wang-yi -> chn-gov -> chn'"));
    }

    @Test
    void accepts_a_chain_of_the_maximum_depth_and_rejects_a_deeper_one() {
        Actor chain = Actor.builder().id("a0").name("A0").kind(ActorKind.OTHER).build();
        for (int i = 1; i <= Actor.MAX_AFFILIATION_DEPTH; i++) {
            chain = Actor.builder().id("a" + i).name("A" + i).kind(ActorKind.OTHER).affiliation(chain).build();
        }
        assertThat(chain.affiliationChain()).hasSize(Actor.MAX_AFFILIATION_DEPTH + 1);
        assertThat(violationsOf(valid().affiliation(chain)))
                .containsExactly(Violation.of("affiliation", ViolationCode.AFFILIATION_TOO_DEEP,
                        "Actor.affiliation must be a chain of at most 8 actors, got 9 actors"));
        Actor atLimit = chain.affiliation().orElseThrow();
        assertThat(violationsOf(valid().affiliation(atLimit))).isEmpty();
    }

    private static final Actor ASEAN = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("ASEAN").build();
    private static final Actor DIPLOMATS = Actor.builder().id("unnamed-diplomats-1")
            .description("diplomats who asked not to be named").kind(ActorKind.PERSON).collective(true).build();

    @Test
    void an_unnamed_actor_has_a_description_and_no_name() {
        assertThat(DIPLOMATS.name()).isEmpty();
        assertThat(DIPLOMATS.description()).contains("diplomats who asked not to be named");
        assertThat(DIPLOMATS.isCollective()).isTrue();
        assertThat(DIPLOMATS.label()).isEqualTo("diplomats who asked not to be named");
        assertThat(DIPLOMATS.isKnownAs("diplomats who asked not to be named")).isFalse();
        assertThat(DIPLOMATS).hasToString(
                "Actor[unnamed-diplomats-1: (diplomats who asked not to be named), collective PERSON]");
        assertThat(WANG_YI.label()).isEqualTo("Wang Yi");
        assertThat(WANG_YI.isCollective()).isFalse();
        assertThat(SerializationSupport.roundTrip(DIPLOMATS)).isEqualTo(DIPLOMATS);
    }

    @Test
    void two_unnamed_actors_with_one_description_are_the_same_only_with_one_id() {
        Actor others = Actor.builder().from(DIPLOMATS).id("unnamed-diplomats-2").build();
        assertThat(others).isNotEqualTo(DIPLOMATS);
        assertThat(others.isAffiliatedWith(DIPLOMATS)).isFalse();
        assertThat(Actor.builder().from(DIPLOMATS).build()).isEqualTo(DIPLOMATS);
    }

    @Test
    void a_collective_named_actor_keeps_its_name() {
        Actor protesters = Actor.builder().id("mmr-protesters").name("Myanmar pro-democracy movement")
                .description("protesters").kind(ActorKind.CIVIL_SOCIETY).collective(true).build();
        assertThat(protesters.label()).isEqualTo("Myanmar pro-democracy movement");
        assertThat(protesters).hasToString("Actor[mmr-protesters: Myanmar pro-democracy movement, collective CIVIL_SOCIETY]");
    }

    @Test
    void requires_a_name_or_a_description() {
        assertThat(violationsOf(Actor.builder().id("x").kind(ActorKind.OTHER)))
                .containsExactly(Violation.of("name", ViolationCode.MISSING_ATTRIBUTE,
                        "Actor.name must be set when no description is given, got nothing"));
        assertThat(violationsOf(Actor.builder().id("x").kind(ActorKind.OTHER).description("a monitoring group")))
                .isEmpty();
        assertThat(violationsOf(valid().description("a monitoring group"))).isEmpty();
    }

    @Test
    void rejects_blank_and_overlong_descriptions() {
        assertThat(violationsOf(valid().description("a".repeat(200)))).isEmpty();
        assertThat(violationsOf(valid().description("a".repeat(201))))
                .containsExactly(Violation.of("description", ViolationCode.TOO_LONG,
                        "Actor.description must be at most 200 characters long, got 201 characters"));
        assertThat(violationsOf(Actor.builder().id("x").kind(ActorKind.OTHER).description(" ")))
                .containsExactly(Violation.of("description", ViolationCode.BLANK,
                        "Actor.description must not be blank, got ' '"));
    }

    @Test
    void allows_a_surname_only_for_a_named_single_person() {
        Actor.Builder person = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON);
        assertThat(violationsOf(person.surname("Wang"))).isEmpty();
        assertThat(violationsOf(valid().kind(ActorKind.STATE).surname("Wang")))
                .containsExactly(Violation.of("surname", ViolationCode.NOT_APPLICABLE,
                        "Actor.surname must be empty unless kind is PERSON, got surname='Wang' for kind STATE"));
        assertThat(violationsOf(valid().kind(ActorKind.PERSON).collective(true).surname("Wang")))
                .containsExactly(Violation.of("surname", ViolationCode.NOT_APPLICABLE,
                        "Actor.surname must be empty for a collective actor, got surname='Wang'"));
        assertThat(violationsOf(Actor.builder().from(DIPLOMATS).collective(false).surname("Wang")))
                .containsExactly(Violation.of("surname", ViolationCode.NOT_APPLICABLE,
                        "Actor.surname must be empty when no name is given, got surname='Wang'"));
    }

    @Test
    void rejects_duplicate_common_descriptions_ignoring_case() {
        assertThat(violationsOf(valid().addCommonDescriptions("the junta", "the military government"))).isEmpty();
        assertThat(violationsOf(valid().addCommonDescriptions("the junta", "The Junta")))
                .containsExactly(Violation.of("commonDescriptions[1]", ViolationCode.DUPLICATE,
                        "Actor.commonDescriptions[1] must be unique ignoring case, got 'The Junta'"));
        assertThat(violationsOf(valid().addCommonDescription("the\njunta")))
                .extracting(Violation::code).containsExactly(ViolationCode.INVALID_CHARACTER);
    }

    @Test
    void says_leaders_of_the_bloc_met_as_a_collective_unnamed_actor_with_a_role_in_the_bloc() {
        Actor leaders = Actor.builder().id("unnamed-asean-leaders-1").description("leaders of the bloc")
                .kind(ActorKind.PERSON).collective(true).addMembership(Membership.of(ASEAN, "leader")).build();
        assertThat(leaders.isMemberOf(ASEAN)).isTrue();
        assertThat(leaders.isAffiliatedWith(ASEAN)).isFalse();
        assertThat(leaders.affiliation()).isEmpty();
        assertThat(leaders.memberships()).singleElement().satisfies(membership -> {
            assertThat(membership.organization()).isEqualTo(ASEAN);
            assertThat(membership.role()).contains("leader");
        });
    }

    @Test
    void a_state_is_a_member_of_several_organizations_and_speaks_for_itself() {
        Actor un = Actor.builder().id("un").name("United Nations").kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();
        Actor myanmar = Actor.builder().id("mmr").name("Myanmar").kind(ActorKind.STATE)
                .addMemberships(Membership.of(ASEAN), Membership.of(un)).build();
        assertThat(myanmar.isMemberOf(ASEAN)).isTrue();
        assertThat(myanmar.isMemberOf(un)).isTrue();
        assertThat(myanmar.isMemberOf(CHINA)).isFalse();
        assertThat(myanmar.affiliationChain()).containsExactly(myanmar);
    }

    @Test
    void rejects_a_membership_of_the_actor_itself() {
        assertThat(violationsOf(Actor.builder().from(ASEAN).addMembership(Membership.of(ASEAN))))
                .containsExactly(Violation.of("memberships[0].organization", ViolationCode.INCONSISTENT,
                        "Actor.memberships[0].organization must not be the actor itself, got 'asean'"));
    }

    @Test
    void rejects_a_membership_given_twice_but_accepts_two_roles_or_two_periods_in_one_body() {
        Membership chair2022 = Membership.builder().organization(ASEAN).role("chair")
                .since(ApproximateDate.ofYear(2022)).until(ApproximateDate.ofYear(2022)).build();
        Membership chair2023 = Membership.builder().from(chair2022).since(ApproximateDate.ofYear(2023))
                .until(ApproximateDate.ofYear(2023)).build();
        assertThat(violationsOf(valid().addMemberships(chair2022, chair2023, Membership.of(ASEAN)))).isEmpty();
        assertThat(violationsOf(valid().addMemberships(Membership.of(ASEAN, "chair"), Membership.of(ASEAN, "chair"))))
                .containsExactly(Violation.of("memberships[1]", ViolationCode.DUPLICATE,
                        "Actor.memberships[1] must name each membership once, got Membership[asean as 'chair']"));
    }

    @Test
    void bounds_the_nesting_through_memberships_as_through_affiliations() {
        Actor chain = Actor.builder().id("a0").name("A0").kind(ActorKind.OTHER).build();
        for (int i = 1; i < Actor.MAX_AFFILIATION_DEPTH; i++) {
            chain = Actor.builder().id("a" + i).name("A" + i).kind(ActorKind.OTHER)
                    .addMembership(Membership.of(chain)).build();
        }
        Actor atLimit = Actor.builder().id("limit").name("Limit").kind(ActorKind.OTHER).affiliation(chain).build();
        assertThat(violationsOf(valid().addMembership(Membership.of(chain)))).isEmpty();
        assertThat(violationsOf(valid().addMembership(Membership.of(atLimit))))
                .containsExactly(Violation.of("memberships[0].organization", ViolationCode.AFFILIATION_TOO_DEEP,
                        "Actor.memberships[0].organization must be nested at most 8 actors deep through affiliations"
                                + " and memberships, got 9 actors"));
        assertThat(violationsOf(valid().affiliation(atLimit)))
                .containsExactly(Violation.of("affiliation", ViolationCode.AFFILIATION_TOO_DEEP,
                        "Actor.affiliation must be nested at most 8 actors deep through affiliations"
                                + " and memberships, got 9 actors"));
    }
}
