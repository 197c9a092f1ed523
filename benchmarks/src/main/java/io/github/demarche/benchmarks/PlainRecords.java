package io.github.demarche.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The baseline: what a user would write by hand instead of Demarche — plain Java records with the
 * same fields and no validation. Enumerations and dates are kept as the text the JSON format uses
 * (lower_snake_case names, canonical date texts), and the field names and nesting are those of the
 * documented format ({@code jackson-module/README.md}), so that Jackson databind reads and writes
 * the same bytes as the module: the only annotation is the format's rule that absent values (null,
 * empty lists, a {@code false} flag) are left out.
 *
 * <p>A field that the JSON leaves out reads as {@code null} (a list too), as databind gives it.
 */
public final class PlainRecords {

    private PlainRecords() {
    }

    /**
     * An actor as a plain record.
     *
     * @param id  the id
     * @param name  the name
     * @param kind  the kind
     * @param country  the ISO alpha-3 code, or null
     * @param title  the title, or null
     * @param affiliation  the affiliation, or null
     * @param aliases  the aliases
     * @param wikidataId  the Wikidata id, or null
     * @param cameoCode  the CAMEO code, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ActorRecord(String id, String name, String kind, String country, String title,
            ActorRecord affiliation, List<String> aliases, String wikidataId, String cameoCode) {
    }

    /**
     * A stance target as a plain record: {@code {"kind":"topic","label":..,"key":..}}.
     *
     * @param kind  actor, topic or event
     * @param actor  the actor, or null
     * @param label  the topic label, or null
     * @param key  the topic key, or null
     * @param eventId  the event id, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TargetRecord(String kind, ActorRecord actor, String label, String key, String eventId) {
    }

    /**
     * A stance as a plain record.
     *
     * @param type  the stance type
     * @param target  the target
     * @param intensity  the intensity
     * @param contemplated  whether contemplated; written only when true
     * @param wording  the wording, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StanceRecord(String type, TargetRecord target, String intensity,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean contemplated, String wording) {
    }

    /**
     * A source as a plain record.
     *
     * @param publication  the publication
     * @param url  the URL
     * @param publicationDate  the ISO publication date
     * @param author  the author, or null
     * @param language  the language tag, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SourceRecord(String publication, String url, String publicationDate, String author,
            String language) {
    }

    /**
     * A statement as a plain record.
     *
     * @param id  the id
     * @param speakers  the speakers
     * @param onBehalfOf  the actor spoken for, or null
     * @param date  the date text
     * @param mode  the mode
     * @param channel  the channel
     * @param quote  the quote, or null
     * @param summary  the summary
     * @param stances  the stances
     * @param eventIds  the event ids
     * @param source  the source
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StatementRecord(String id, List<ActorRecord> speakers, ActorRecord onBehalfOf, String date,
            String mode, String channel, String quote, String summary, List<StanceRecord> stances,
            List<String> eventIds, SourceRecord source) {
    }

    /**
     * A casualty figure as a plain record: the qualifier and figures as stated.
     *
     * @param qualifier  the qualifier, such as {@code more_than}
     * @param figure  the figure
     * @param secondFigure  the second figure of {@code between}, or null
     * @param wording  the source's words, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CountRecord(String qualifier, long figure, Long secondFigure, String wording) {
    }

    /**
     * Who a casualty figure counts, as a plain record: {@code {"kind":"group","group":"civilians"}}.
     *
     * @param kind  group or actor
     * @param group  the victim group, or null
     * @param actor  the actor, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record VictimsRecord(String kind, String group, ActorRecord actor) {
    }

    /**
     * A location as a plain record.
     *
     * @param country  the ISO alpha-3 code
     * @param place  the place, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LocationRecord(String country, String place) {
    }

    /**
     * An actor's part in an event, as a plain record.
     *
     * @param actor  the actor
     * @param role  the role, such as {@code initiator}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ParticipantRecord(ActorRecord actor, String role) {
    }

    /**
     * An event as a plain record.
     *
     * @param id  the id
     * @param type  the event type, such as {@code crackdown}
     * @param title  the title
     * @param date  the date text
     * @param location  where, or null
     * @param participants  the participants
     * @param casualtyReportIds  the ids of the casualty reports of the event
     * @param blocked  whether a vote or resolution was blocked; written only when true
     * @param cameoRootCode  the CAMEO root code, always written
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EventRecord(String id, String type, String title, String date, LocationRecord location,
            List<ParticipantRecord> participants, List<String> casualtyReportIds,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean blocked, String cameoRootCode) {
    }

    /**
     * A casualty report as a plain record.
     *
     * @param id  the id
     * @param type  the casualty type, such as {@code killed}
     * @param count  the figure
     * @param victims  who was counted
     * @param perpetrator  who caused the casualties, or null
     * @param location  where
     * @param asOf  the as-of date text
     * @param periodStart  the start of a cumulative figure's period, or null
     * @param source  the source
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CasualtyReportRecord(String id, String type, CountRecord count, VictimsRecord victims,
            ActorRecord perpetrator, LocationRecord location, String asOf, String periodStart, SourceRecord source) {
    }
}
