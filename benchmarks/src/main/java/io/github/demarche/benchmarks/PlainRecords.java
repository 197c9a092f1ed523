package io.github.demarche.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
     * @param cameoCode  the CAMEO actor code, or null
     * @param sectors  the sectors
     * @param externalIds  the dataset ids
     * @param attributes  the extension attributes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ActorRecord(String id, String name, String kind, String country, String title,
            ActorRecord affiliation, List<String> aliases, String wikidataId, String cameoCode, List<String> sectors,
            List<ExternalIdRecord> externalIds, Map<String, Object> attributes) {
    }

    /**
     * A dataset's id as a plain record.
     *
     * @param scheme  the dataset or scheme
     * @param value  the id as written
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExternalIdRecord(String scheme, String value) {
    }

    /**
     * How a stance or an event was coded, as a plain record.
     *
     * @param cameoCode  the CAMEO code's digits, or null
     * @param cameoDialect  the CAMEO dialect, or null
     * @param reportedScore  the source's own score, or null
     * @param ploverType  the PLOVER type, or null
     * @param ploverMode  the PLOVER mode, or null
     * @param ploverContexts  the PLOVER contexts
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CodingRecord(String cameoCode, String cameoDialect, BigDecimal reportedScore, String ploverType,
            String ploverMode, List<String> ploverContexts) {
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
     * @param coding  the coding, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StanceRecord(String type, TargetRecord target, String intensity,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean contemplated, String wording, CodingRecord coding) {
    }

    /**
     * A source as a plain record: every field may be null.
     *
     * @param publication  the publication
     * @param url  the URL
     * @param publicationDate  the ISO publication date
     * @param author  the author
     * @param language  the language tag
     * @param headline  the headline
     * @param citation  the citation
     * @param originator  the originator
     * @param documentId  the document id
     * @param sentenceNumber  the sentence number
     * @param excerpt  the excerpt
     * @param coder  the coder
     * @param codedOn  the ISO date of coding
     * @param codedAt  the ISO instant of coding
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SourceRecord(String publication, String url, String publicationDate, String author,
            String language, String headline, String citation, String originator, String documentId,
            Integer sentenceNumber, String excerpt, String coder, String codedOn, String codedAt) {

        /**
         * Obtains a source of an article, the shape of the benchmarks' sources.
         *
         * @param publication  the publication
         * @param url  the URL
         * @param publicationDate  the ISO publication date
         * @param author  the author, or null
         * @param language  the language tag, or null
         * @return the source, the other fields null
         */
        public static SourceRecord article(String publication, String url, String publicationDate, String author,
                String language) {
            return new SourceRecord(publication, url, publicationDate, author, language, null, null, null, null, null,
                    null, null, null, null);
        }
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
     * @param location  where, or null
     * @param quote  the quote, or null
     * @param summary  the summary
     * @param stances  the stances
     * @param eventIds  the event ids
     * @param sources  the sources
     * @param externalIds  the dataset ids
     * @param attributes  the extension attributes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record StatementRecord(String id, List<ActorRecord> speakers, ActorRecord onBehalfOf, String date,
            String mode, String channel, LocationRecord location, String quote, String summary,
            List<StanceRecord> stances, List<String> eventIds, List<SourceRecord> sources,
            List<ExternalIdRecord> externalIds, Map<String, Object> attributes) {
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
     * @param country  the ISO alpha-3 code, or null
     * @param place  the place, or null
     * @param adminUnits  the administrative units, largest first
     * @param adminCodes  their codes
     * @param coordinates  the coordinates, or null
     * @param featureId  the gazetteer's feature id, or null
     * @param precision  the precision, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LocationRecord(String country, String place, List<String> adminUnits, List<String> adminCodes,
            CoordinatesRecord coordinates, String featureId, PrecisionRecord precision) {

        /**
         * Obtains a location of a country and, optionally, a place in it.
         *
         * @param country  the ISO alpha-3 code
         * @param place  the place, or null
         * @return the location, the other fields empty
         */
        public static LocationRecord of(String country, String place) {
            return new LocationRecord(country, place, List.of(), List.of(), null, null, null);
        }
    }

    /**
     * Coordinates as a plain record.
     *
     * @param latitude  the latitude
     * @param longitude  the longitude
     */
    public record CoordinatesRecord(BigDecimal latitude, BigDecimal longitude) {
    }

    /**
     * A location's precision as a plain record.
     *
     * @param scale  the dataset's scale
     * @param code  the code on that scale
     */
    public record PrecisionRecord(String scale, int code) {
    }

    /**
     * An actor's part in an event, as a plain record.
     *
     * @param actor  the actor
     * @param role  the role, such as {@code initiator}
     * @param location  the participant's own location, or null
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ParticipantRecord(ActorRecord actor, String role, LocationRecord location) {
    }

    /**
     * An event as a plain record.
     *
     * @param id  the id
     * @param type  the event type, such as {@code crackdown}
     * @param title  the title
     * @param date  the date text
     * @param datePrecision  the date's precision, or null
     * @param location  where, or null
     * @param participants  the participants
     * @param casualtyReportIds  the ids of the casualty reports of the event
     * @param deaths  the event-level estimate of the dead, or null
     * @param blocked  whether a vote or resolution was blocked; written only when true
     * @param coding  the coding, or null (then the type's CAMEO root stands)
     * @param sources  the sources
     * @param externalIds  the dataset ids
     * @param attributes  the extension attributes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EventRecord(String id, String type, String title, String date, String datePrecision,
            LocationRecord location, List<ParticipantRecord> participants, List<String> casualtyReportIds,
            CountRecord deaths, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean blocked, CodingRecord coding,
            List<SourceRecord> sources, List<ExternalIdRecord> externalIds, Map<String, Object> attributes) {
    }

    /**
     * A casualty report as a plain record.
     *
     * @param id  the id
     * @param type  the casualty type, such as {@code killed}
     * @param count  the figure
     * @param victims  who was counted
     * @param perpetrator  who caused the casualties, or null
     * @param location  where, or null
     * @param asOf  the as-of date text
     * @param periodStart  the start of a cumulative figure's period, or null
     * @param sources  the sources
     * @param externalIds  the dataset ids
     * @param attributes  the extension attributes
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CasualtyReportRecord(String id, String type, CountRecord count, VictimsRecord victims,
            ActorRecord perpetrator, LocationRecord location, String asOf, String periodStart,
            List<SourceRecord> sources, List<ExternalIdRecord> externalIds, Map<String, Object> attributes) {
    }
}
