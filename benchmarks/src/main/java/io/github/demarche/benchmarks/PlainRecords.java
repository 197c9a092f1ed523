package io.github.demarche.benchmarks;

import java.util.List;

/**
 * The baseline: what a user would write by hand instead of Demarche — plain Java records with the
 * same fields and no validation. Enumerations and dates are kept as the text the JSON format uses,
 * so that Jackson databind reads the same bytes into them.
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
    public record ActorRecord(String id, String name, String kind, String country, String title,
            ActorRecord affiliation, List<String> aliases, String wikidataId, String cameoCode) {
    }

    /**
     * A stance target as a plain record.
     *
     * @param kind  actor, topic or event
     * @param actor  the actor, or null
     * @param label  the topic label, or null
     * @param key  the topic key, or null
     * @param eventId  the event id, or null
     */
    public record TargetRecord(String kind, ActorRecord actor, String label, String key, String eventId) {
    }

    /**
     * A stance as a plain record.
     *
     * @param type  the stance type
     * @param target  the target
     * @param intensity  the intensity
     * @param contemplated  whether contemplated
     * @param wording  the wording, or null
     */
    public record StanceRecord(String type, TargetRecord target, String intensity, boolean contemplated,
            String wording) {
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
    public record StatementRecord(String id, List<ActorRecord> speakers, ActorRecord onBehalfOf, String date,
            String mode, String channel, String quote, String summary, List<StanceRecord> stances,
            List<String> eventIds, SourceRecord source) {
    }
}
