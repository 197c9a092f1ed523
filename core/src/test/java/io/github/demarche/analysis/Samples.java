package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;

/** Constructed values for the analysis tests, shaped like the reference article's. */
final class Samples {

    /** A topic of the constructed cases. */
    static final StanceTarget TOPIC = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");

    private Samples() {
    }

    static Actor actor(String id) {
        return Actor.builder().id(id).name("Actor " + id).kind(ActorKind.OTHER).build();
    }

    static Stance stance(StanceType type) {
        return stance(type, TOPIC);
    }

    static Stance stance(StanceType type, StanceTarget target) {
        return Stance.builder().type(type).target(target).build();
    }

    /** A statement by one speaker, with the given stances. */
    static Statement statement(String id, String date, Actor speaker, Stance... stances) {
        return Statement.builder().id(id).addSpeaker(speaker).date(ApproximateDate.parse(date))
                .mode(StatementMode.PARAPHRASE).channel(Channel.OTHER).summary("summary of " + id)
                .addStances(stances).addSource(ReferenceArticleFixture.SOURCE).build();
    }

    /** A statement by one speaker taking one stance of the given type on {@link #TOPIC}. */
    static Statement statement(String id, String date, Actor speaker, StanceType type) {
        return statement(id, date, speaker, stance(type));
    }

    /** A cumulative figure of civilians killed in Myanmar since the coup. */
    static CasualtyReport cumulative(String id, QualifiedCount count, String asOf) {
        return report(id, count, asOf, true);
    }

    /** A figure of civilians killed in Myanmar that is not cumulative. */
    static CasualtyReport daily(String id, QualifiedCount count, String asOf) {
        return report(id, count, asOf, false);
    }

    static CasualtyReport report(String id, QualifiedCount count, String asOf, boolean cumulative) {
        CasualtyReport.Builder builder = CasualtyReport.builder().id(id).type(CasualtyType.KILLED).count(count)
                .victims(Victims.of(VictimGroup.CIVILIANS)).location(Location.of(CountryCode.of("MMR")))
                .asOf(ApproximateDate.parse(asOf)).addSource(ReferenceArticleFixture.SOURCE);
        if (cumulative) {
            builder.periodStart(ApproximateDate.parse("2021-02-01"));
        }
        return builder.build();
    }
}
